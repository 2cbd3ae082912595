import '@testing-library/jest-dom/vitest';

// jsdom has neither ResizeObserver nor matchMedia; the views use both.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false, media: query, onchange: null,
      addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The unit files share their worker's document (vite.config.ts, `isolate: false`): each starts
// as in a fresh one, at the site's root with an empty page, no storage and no stray attributes.
history.replaceState(null, '', `${location.origin}/`);
document.title = '';
document.body.replaceChildren();
document.head.replaceChildren();
for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
for (const { name } of [...document.body.attributes]) document.body.removeAttribute(name);
localStorage.clear();
sessionStorage.clear();
