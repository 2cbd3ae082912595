/**
 * Build-time only (runs in node inside Vite): the offline single file, `vite build --mode single`.
 * vite-plugin-singlefile inlines the scripts, the styles and the lazily loaded article module;
 * this plugin then gives the page its own Content-Security-Policy, which allows exactly its
 * inline script by hash and nothing from any network, and keeps the output to that one file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const OTHER_POLICIES = /[ \t]*<meta\s+http-equiv="Content-Security-Policy"[^>]*>\n?/gi;

/** The CSP source for one inline script: sha256 of its exact text, as the browser hashes it. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The policy: no requests of any kind, the page's own scripts by hash, inline styles and data images. */
export function singleFilePolicy(hashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The page with a CSP meta tag first in <head> (after the charset) that allows its inline
 * scripts by hash. Throws when a script still loads from a file, which the policy would block.
 */
export function withCsp(html: string): string {
  // The HTML parser turns CR and CRLF into LF before the browser hashes a script: do it first.
  const page = html.replace(/\r\n?/g, '\n');
  const hashes: string[] = [];
  for (const [, attributes, code] of page.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!)) throw new Error(`single file: a script was not inlined: <script${attributes}>`);
    hashes.push(scriptHash(code!));
  }
  if (hashes.length === 0) throw new Error('single file: the page has no inline script');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy([...new Set(hashes)])}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(page)) throw new Error('single file: index.html has no <meta charset>, which must precede the policy');
  // The served page's policy allows 'self' scripts only; browsers enforce every policy at once,
  // so it goes, replaced by this one.
  return page.replace(OTHER_POLICIES, '').replace(charset, (m) => `${m}\n    ${meta}`);
}

const ICON = /<link rel="icon" href="\/([^"]+\.svg)"[^>]*>/;

/** The page's SVG favicon as a data: URL, read from public/. */
export function inlineIcon(html: string, publicDir = resolve(process.cwd(), 'public')): string {
  return html.replace(ICON, (_m, file: string) => {
    const svg = readFileSync(resolve(publicDir, file), 'utf8').trim();
    return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}" />`;
  });
}

/** Runs after vite-plugin-singlefile: adds the policy and drops every other output file. */
function cspMeta(): Plugin {
  return {
    name: 'summit-single-csp',
    enforce: 'post',
    // Early too, so vite-plugin-singlefile does not warn about the policy this one replaces.
    // The favicon, a file on the web, goes inline as a data: URL (the policy allows those).
    transformIndexHtml: { order: 'post', handler: (html) => inlineIcon(html.replace(OTHER_POLICIES, '')) },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') throw new Error('single file: no index.html in the bundle');
        page.source = withCsp(String(page.source));
        // The embed snippet and its demo pages serve hosts on a network; offline they are noise.
        for (const name of Object.keys(bundle)) {
          if (name === 'index.html') continue;
          this.info(`single file: left out ${name}`);
          delete bundle[name];
        }
      },
    },
  };
}

/** The plugins for `--mode single`, in order. */
export function singleFile(): PluginOption[] {
  return [viteSingleFile({ removeViteModuleLoader: true }), cspMeta()];
}
