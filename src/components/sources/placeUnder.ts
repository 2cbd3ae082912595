/**
 * Where an embed's source panel goes: just under the mark that opened it, over what follows,
 * so the reader finds it where they clicked and the host page never has to scroll to it.
 * The panel's top in px from its container's top, or null when there is no mark on screen to
 * sit under (a panel opened from the URL, a mark since hidden): then it stays in the flow.
 */
export function topUnder(opener: Element | null, container: Element, gap = 8): number | null {
  if (!opener?.isConnected || !container.contains(opener) || opener.getClientRects().length === 0) return null;
  return Math.round(opener.getBoundingClientRect().bottom - container.getBoundingClientRect().top + gap);
}
