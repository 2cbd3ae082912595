/**
 * Keep the presenter and its notes window on the same step: each posts its step on the
 * `summit-present` BroadcastChannel and follows the other's. Without BroadcastChannel (old
 * browsers, file:// in some) each window simply goes on alone.
 */
import { CHANNEL, parseMessage } from '../../lib/present/channel.ts';

export interface StepSync {
  /** Tell the other windows this one is on `step`. */
  post(step: number): void;
  close(): void;
}

/**
 * `current` answers another window's hello; `follow` receives the other windows' steps.
 * `ask`: a window that opens later (the notes) asks where the presentation is; the presenter
 * does not, so its own URL step wins on a reload. Call from an effect and close on teardown.
 */
export function syncSteps(total: number, current: () => number, follow: (step: number) => void, ask = false): StepSync {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data, total);
    if (message?.type === 'step') follow(message.step);
    else if (message?.type === 'hello') channel.postMessage({ type: 'step', step: current() });
  };
  if (ask) channel.postMessage({ type: 'hello' });
  return {
    post: (step) => channel.postMessage({ type: 'step', step }),
    close: () => channel.close(),
  };
}
