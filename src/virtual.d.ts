// The validated story bundle served by scripts/vite-plugin-story.ts.
declare module 'virtual:story' {
  const bundle: import('./lib/story/validate.ts').StoryBundle;
  export default bundle;
}
