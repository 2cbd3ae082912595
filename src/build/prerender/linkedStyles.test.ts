import { describe, expect, test } from 'vitest';
import { dropPreloads } from './linkedStyles.ts';

const LINKED = /assets\/(core|StancesView)-\w+\.css$/;

/** A chunk as Vite writes it: the list of preload files, then calls naming them by index. */
const chunk = (files: string[], ...calls: number[][]) =>
  `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(files)})))=>i.map(i=>d[i]);\n` +
  calls.map((c, n) => `const v${n}=()=>S(()=>import('./x${n}.js'),__vite__mapDeps([${c.join(',')}]));`).join('\n');

/** The files each call of `code` would preload, as the helper resolves them. */
function preloads(code: string): string[][] {
  const files = JSON.parse(/m\.f=(\[[^\]]*\])/.exec(code)![1]!) as string[];
  return [...code.matchAll(/__vite__mapDeps\(\[([\d,]*)\]\)/g)].map((m) => (m[1] ? m[1].split(',').map((i) => files[Number(i)]!) : []));
}

describe('dropPreloads', () => {
  test('takes the linked stylesheets out of every call and keeps the rest in order', () => {
    const files = ['assets/StancesView-a.js', 'assets/core-b.js', 'assets/core-c.css', 'assets/StancesView-d.css', 'assets/Panel-e.js', 'assets/Panel-f.css'];
    const out = dropPreloads(chunk(files, [0, 1, 2, 3], [4, 1, 2, 5], [2, 3]), LINKED);
    expect(preloads(out)).toEqual([
      ['assets/StancesView-a.js', 'assets/core-b.js'],
      ['assets/Panel-e.js', 'assets/core-b.js', 'assets/Panel-f.css'],
      [],
    ]);
    expect(out).not.toMatch(/core-c\.css|StancesView-d\.css/);
  });

  test('leaves code without lists, or with nothing linked in them, as it is', () => {
    const plain = 'export const a = 1;';
    expect(dropPreloads(plain, LINKED)).toBe(plain);
    const unlinked = chunk(['assets/Panel-e.js', 'assets/Panel-f.css'], [0, 1]);
    expect(dropPreloads(unlinked, LINKED)).toBe(unlinked);
  });

  test('fails on a list it cannot read, rather than let the styles be fetched twice', () => {
    expect(() => dropPreloads('const __vite__mapDeps=(i)=>files[i];', LINKED, 'page.js')).toThrow(/page\.js/);
  });
});
