/**
 * Build-time only. Vite gives each dynamic import a list of the files its preload helper
 * fetches first, stylesheets included; the helper skips a stylesheet only if the page links a
 * file of that very name. But every page links the styles of the views it shows up front
 * (prerenderPlugin.ts: the full page in one merged file, an embed its view's own files), so
 * the full page's islands fetched the core, matrix and network styles a second time as they
 * loaded. `build.modulePreload.resolveDependencies` cannot help: Vite hands it the scripts
 * only and adds the stylesheets after. This plugin takes the stylesheets the pages link out
 * of those lists once Vite has written them.
 */
import type { Plugin } from 'vite';

/**
 * Vite's list of preload files in a chunk, `__vite__mapDeps=(…m.f=[files]…)`, and its calls,
 * `__vite__mapDeps([indices])`.
 */
const FILES = /(__vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=)(\[[^\]]*\])/;
const CALL = /__vite__mapDeps\(\[([\d,]*)\]\)/g;

/** `code` with the files `linked` matches taken out of its preload lists (their indices renumbered). */
export function dropPreloads(code: string, linked: RegExp, chunk = 'chunk'): string {
  if (!code.includes('__vite__mapDeps')) return code;
  const list = FILES.exec(code);
  // A newer Vite that writes the lists otherwise must fail the build, not fetch styles twice.
  if (!list) throw new Error(`linkedStyles: ${chunk} uses __vite__mapDeps in an unknown form`);
  const files = JSON.parse(list[2]!) as string[];
  const index = new Map<number, number>();
  const kept = files.filter((file, i) => {
    if (linked.test(file)) return false;
    index.set(i, index.size);
    return true;
  });
  if (kept.length === files.length) return code;
  return code
    .replace(FILES, (_m, head: string) => `${head}${JSON.stringify(kept)}`)
    .replace(CALL, (_m, list: string) => {
      const deps = list ? list.split(',').map(Number).filter((i) => index.has(i)).map((i) => index.get(i)!) : [];
      return `__vite__mapDeps([${deps.join(',')}])`;
    });
}

/** Runs after Vite's own generateBundle, which writes the lists. */
export function linkedStyles(linked: RegExp): Plugin {
  return {
    name: 'summit-linked-styles',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = dropPreloads(chunk.code, linked, chunk.fileName);
        }
      },
    },
  };
}
