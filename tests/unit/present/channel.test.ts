import { describe, expect, test } from 'vitest';
import { CHANNEL, parseMessage } from '../../../src/lib/present/channel.ts';

describe('parseMessage', () => {
  test('uses the agreed channel name', () => {
    expect(CHANNEL).toBe('summit-present');
  });

  test.each<[unknown, unknown]>([
    [{ type: 'step', step: 3 }, { type: 'step', step: 3 }],
    [{ type: 'step', step: 1 }, { type: 'step', step: 1 }],
    [{ type: 'step', step: 8 }, { type: 'step', step: 8 }],
    [{ type: 'hello' }, { type: 'hello' }],
    [{ type: 'hello', extra: '<script>' }, { type: 'hello' }],
    [{ type: 'step', step: 0 }, null],
    [{ type: 'step', step: 9 }, null],
    [{ type: 'step', step: 2.5 }, null],
    [{ type: 'step', step: '3' }, null],
    [{ type: 'step' }, null],
    [{ type: 'other', step: 3 }, null],
    ['step', null],
    [null, null],
    [undefined, null],
    [42, null],
  ])('%j → %j', (data, expected) => {
    expect(parseMessage(data, 8)).toEqual(expected);
  });
});
