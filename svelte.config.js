// Svelte compiler options shared by Vite, vitest and svelte-check.
export default {
  compilerOptions: { runes: true },
};
