// The pym.js demo's embed code: what a newsroom using pym.Parent already writes for any graphic.
// pym.v1.min.js, loaded just before this file, defines window.pym.
const host = /** @type {{ pym: { Parent: new (id: string, url: string, config: object) => unknown } }} */ (/** @type {unknown} */ (window));
new host.pym.Parent('summit-stances', '../embed/stances.html', { title: 'Where the two sides stand — Summit Explorer' });
