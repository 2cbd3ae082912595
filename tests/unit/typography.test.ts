/**
 * Typography (issue 11 point 4): what a reader sees uses curly quotes and apostrophes (’ “ ”),
 * never the typewriter's ' and ". Checked here at the source of the words: every string the
 * interface modules and the formatting code write, and the data's own words. The `quote`
 * fields stay as the article prints them (verbatim, checked by ../shared/tools/check-quotes.mjs).
 * tests/browser/typography.test.ts scans the rendered pages.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const STRAIGHT = /['"]/;

/** Every string literal and template text in a TypeScript source, with its line, that holds a straight quote. */
function straightLiterals(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const hits: string[] = [];
  const visit = (node: ts.Node) => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    // Module paths (`import … from '…'`) are code, not words.
    if (literal && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && STRAIGHT.test(node.text)) {
      hits.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

/** Every string in a JSON value outside `quote` fields that holds a straight quote, by its path. */
function straightWords(value: unknown, path: string, key = ''): string[] {
  if (typeof value === 'string') return key !== 'quote' && STRAIGHT.test(value) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => straightWords(v, `${path}[${i}]`, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => straightWords(v, `${path}.${k}`, k));
  return [];
}

const STRINGS_DIR = 'src/lib/strings';
/** The interface's words, and the code that writes reader-facing text from the data (dates, the source line). */
const SOURCES = [
  'src/lib/strings.ts',
  ...readdirSync(STRINGS_DIR).filter((f) => f.endsWith('.ts')).map((f) => join(STRINGS_DIR, f)),
  'src/lib/format.ts',
  'src/lib/story/meta.ts',
];

describe('curly quotes at the source of the words', () => {
  test('the checks catch a straight apostrophe or quote, and pass curly ones and verbatim quotes', () => {
    expect(straightLiterals('x.ts', "export const a = { b: 'the article\\'s', c: `say \"hi\" ${1}` };")).toHaveLength(2);
    expect(straightLiterals('x.ts', "import { x } from './y.ts';\nexport const a = 'the article’s “own” words';")).toEqual([]);
    expect(straightWords({ title: "Lee's", sources: [{ quote: 'He said, "no."' }] }, '$')).toEqual(["$.title: Lee's"]);
  });

  test('every interface string and generated text uses ’ “ ”', () => {
    expect(SOURCES.length).toBeGreaterThan(10);
    expect(SOURCES.flatMap((f) => straightLiterals(f))).toEqual([]);
  });

  // The project's own story (data/), the one the build ships: its titles, summaries, captions,
  // notes and questions; the fixture story is only read, never published.
  test('the data’s own words (every field but `quote`) use ’ “ ”', () => {
    const files = readdirSync('data').filter((f) => f.endsWith('.json') && f !== 'story.schema.json');
    expect(files).toContain('story.json');
    expect(files.length).toBeGreaterThanOrEqual(7);
    const hits = files.flatMap((f) => straightWords(JSON.parse(readFileSync(join('data', f), 'utf8')), f));
    expect(hits).toEqual([]);
  });
});
