// Build-time: marks the scripts that run during page load for eager compilation with V8's explicit compile hint
// (a `//# allFunctionsCalledOnLoad` comment on a file's first line; Chrome 136+, ignored elsewhere). Without it,
// V8 compiles each function on the main thread the first time it is called, so hydration pays for compiling
// Svelte's runtime and the page's code in the middle of its own tasks; with it, the compiling happens on a
// background thread while the file streams in. Only for code that load runs almost whole: the entries, what they
// import statically, and the chunks named in `dynamic` (the live map). Presentation mode, the Embed panel and
// the embed host's script stay lazily compiled.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

export interface CompileHintsOptions {
  /** Lazily imported chunks that every page load still runs (matched against the chunk's name). */
  dynamic?: string[];
}

export default function compileHintsPlugin(options: CompileHintsOptions = {}): Plugin {
  const dynamic = new Set(options.dynamic ?? []);
  return {
    name: 'karabakh-compile-hints',
    apply: 'build',
    // On the written files: Vite puts its preload helper at the top of the entry after every generateBundle hook.
    writeBundle(out, bundle) {
      // Server builds (the prerender) have no browser to hint.
      if (this.environment?.config.consumer === 'server') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const marked = new Set<string>();
      const mark = (file: string) => {
        const c = byFile.get(file);
        if (!c || marked.has(file)) return;
        marked.add(file);
        c.imports.forEach(mark);
      };
      for (const c of chunks) if (c.isEntry || dynamic.has(c.name)) mark(c.fileName);
      for (const file of marked) {
        const path = join(out.dir!, file);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(HINT)) writeFileSync(path, HINT + code);
      }
    },
  };
}
