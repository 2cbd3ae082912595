import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import StanceMatrix from '../../src/components/matrix/StanceMatrix.svelte';
import { loadStory } from '../../src/lib/story/readStory.ts';

const story = loadStory(process.cwd());
const topicOf = (id: string) => story.topics.find((t) => t.id === id)!;
const COLUMNS = ['South Korea (Lee Jae-myung)', 'United States (Trump)', 'Outcome'];
const SIDES = ['korea', 'us', 'outcome'] as const;

/** A cell's text as assistive technology gets it (without aria-hidden parts). */
function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent?.trim() ?? '';
}

describe.each([
  { width: 375, mode: 'phone cards' },
  { width: 1280, mode: 'grid' },
])('StanceMatrix at $width px ($mode)', ({ width }) => {
  test('is a figure named by its heading, with one group per issue in data order', () => {
    render(StanceMatrix, { story, width });
    const figure = screen.getByRole('figure', { name: 'Where the two sides stand' });
    const graphic = figure.querySelector('.graphic') as HTMLElement;
    const rows = within(graphic).getAllByRole('group').filter((g) => g.classList.contains('issue-row'));
    expect(rows.map((r) => r.getAttribute('aria-labelledby'))).toHaveLength(story.stances.length);
    story.stances.forEach((stance, i) => {
      const row = rows[i]!;
      expect(within(row).getByRole('heading', { level: 3 })).toHaveTextContent(topicOf(stance.topic).name);
      // 3 cells per row, each named by its column and showing the position and key term
      const cells = within(row).getAllByRole('group');
      expect(cells.map((c) => c.getAttribute('aria-labelledby') && document.getElementById(c.getAttribute('aria-labelledby')!)?.textContent)).toEqual(COLUMNS);
      SIDES.forEach((side, j) => {
        expect(within(cells[j]!).getByText(stance[side].position)).toBeInTheDocument();
        if (stance[side].keyTerm) expect(within(cells[j]!).getByText(stance[side].keyTerm!).tagName).toBe('Q');
      });
      expect(within(row).getByText(stance.distanceReason)).toBeInTheDocument();
    });
    const positions = rows.flatMap((r) => [...r.querySelectorAll('.position')].map((p) => p.textContent));
    expect(positions).toEqual(story.stances.flatMap((s) => SIDES.map((side) => s[side].position)));
  });

  test('draws one labelled distance marker per issue', () => {
    render(StanceMatrix, { story, width });
    const markers = screen.getAllByRole('img', { name: /: (aligned|close|apart|opposed)$/ });
    expect(markers.map((m) => m.getAttribute('aria-labelledby') && document.getElementById(m.getAttribute('aria-labelledby')!)?.textContent)).toEqual(
      story.stances.map((s) => `${topicOf(s.topic).shortName}: ${s.distance}`),
    );
    expect(screen.getByRole('img', { name: 'Trade & farming: opposed' })).toBeInTheDocument();
    // the gap between the two markers grows with the distance
    const gap = (m: Element) => Number(m.querySelector('rect')!.getAttribute('x')) - Number(m.querySelector('circle')!.getAttribute('cx'));
    const byStep = Object.fromEntries(story.stances.map((s, i) => [s.distance, gap(markers[i]!)]));
    expect(byStep.opposed).toBeGreaterThan(byStep.apart!);
    expect(byStep.apart).toBeGreaterThan(byStep.close!);
  });
});

describe('StanceMatrix interaction and alternatives', () => {
  test('opening a cell shows its detail and verbatim quote; closing hides them', async () => {
    const user = userEvent.setup();
    render(StanceMatrix, { story, width: 1280 });
    const trade = story.stances.find((s) => s.id === 'stance-trade-agriculture')!;
    const button = screen.getByRole('button', { name: 'Show the source: United States (Trump), Trade & farming' });
    const quote = screen.getByText(trade.us.sources[0]!.quote);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(quote).not.toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(quote).toBeVisible();
    expect(screen.getByText(trade.us.detail)).toBeVisible();
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(within(panel).getByText('Reported fact')).toBeVisible();

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(quote).not.toBeVisible();
  });

  test('every cell and every reason has its own source button (12 in all)', () => {
    render(StanceMatrix, { story, width: 768 });
    const buttons = screen.getAllByRole('button', { name: /^Show the source/ });
    expect(buttons).toHaveLength(story.stances.length * 4);
    expect(new Set(buttons.map((b) => b.getAttribute('aria-controls'))).size).toBe(buttons.length);
  });

  test('the reason for each distance opens onto its quotes', async () => {
    const user = userEvent.setup();
    render(StanceMatrix, { story, width: 375 });
    const nk = story.stances.find((s) => s.id === 'stance-north-korea')!;
    await user.click(screen.getByRole('button', { name: 'Show the source: Why close?, North Korea' }));
    expect(screen.getAllByText(nk.sources[0]!.quote).some((el) => el.closest('[hidden]') === null)).toBe(true);
  });

  test('the annotation names the widest gap and the closest issue, with both sides’ key terms', () => {
    render(StanceMatrix, { story, width: 1280 });
    const trade = story.stances.find((s) => s.distance === 'opposed')!;
    const nk = story.stances.find((s) => s.distance === 'close')!;
    const lead = screen.getByText('Widest gap: Trade & farming.');
    expect(lead.closest('p')).toHaveTextContent(`Korea’s “${trade.korea.keyTerm}” against the US’s “${trade.us.keyTerm}”.`);
    expect(screen.getByText('Closest: North Korea.').closest('p')).toHaveTextContent(nk.us.keyTerm!);
  });

  test('the alternative is a table with column and row headers and the same facts', () => {
    render(StanceMatrix, { story, width: 375 });
    const table = screen.getByRole('table', { name: /three contested issues/ });
    const cols = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(cols).toEqual(['Issue', ...COLUMNS, 'How far apart', 'Why']);
    const rowHeads = within(table).getAllByRole('rowheader');
    expect(rowHeads.map((h) => h.textContent)).toEqual(story.stances.map((s) => topicOf(s.topic).name));
    for (const h of rowHeads) expect(h).toHaveAttribute('scope', 'row');
    story.stances.forEach((s, i) => {
      const cells = within(rowHeads[i]!.closest('tr')!).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(s.korea.position);
      expect(cells[1]).toHaveTextContent(s.us.keyTerm!);
      expect(cells[2]).toHaveTextContent(s.outcome.position);
      expect(spokenText(cells[3]!).toLowerCase()).toBe(s.distance);
      expect(cells[4]).toHaveTextContent(s.distanceReason);
    });
  });

  test('the legend explains the four steps and the two markers', () => {
    render(StanceMatrix, { story, width: 375 });
    const figure = screen.getByRole('figure', { name: 'Where the two sides stand' });
    const legend = figure.querySelector('.legend') as HTMLElement;
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'South Korea',
      'United States',
      'Aligned',
      'Close',
      'Apart',
      'Opposed',
    ]);
  });
});
