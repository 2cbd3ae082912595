/**
 * The built page runs under its Content-Security-Policy with zero violations, has no inline
 * script, sets no cookies and uses no storage; an injected inline script is refused.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { available, openPage, useApp } from './harness.ts';

const app = useApp();
const html = () => readFileSync(`${process.env.OUT_DIR ?? 'dist'}/index.html`, 'utf8');

describe('security of the built HTML', () => {
  test('no inline script, and a CSP with script-src self, object-src none, base-uri none', () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body!.trim()).toBe('');
    }
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe.skipIf(!available)('security in Chromium', () => {
  test.each(['', '?embed=timeline', 'embed/timeline.html', 'embed/stances.html?sel=stance-trade-agriculture', 'embed/reactions.html?theme=dark', '?sel=summit&q=kim'])(
    '%s: no CSP violation, no cookie, no storage, nothing off-origin', async (path) => {
      const { page, errors, foreign, close } = await openPage(app, path);
      try {
        await page.locator('[data-id="summit"], [role="gridcell"]').first().click();
        await page.keyboard.press('Escape');
        expect(errors).toEqual([]);
        await page.waitForLoadState('networkidle');
        expect(foreign).toEqual([]);
        expect(await page.context().cookies()).toEqual([]);
        expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
      } finally {
        await close();
      }
    });

  test('the policy is enforced: an injected inline script does not run and is reported', async () => {
    const { page, errors, close } = await openPage(app);
    try {
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.body.append(s);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => errors.some((e) => e.startsWith('CSP violation: script-src'))).toBe(true);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!available)('robots.txt', () => {
  // Without it the server answers with index.html, which Lighthouse's SEO audit counts as invalid.
  test('is served as text/plain and lets every crawler in', async () => {
    const response = await fetch(new URL('robots.txt', app.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain\b/);
    const body = await response.text();
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).not.toMatch(/^Disallow: \/\s*$/m);
  });
});
