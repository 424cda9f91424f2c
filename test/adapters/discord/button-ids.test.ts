import { describe, expect, it } from 'vitest';
import { createButtonIds, MAX_CUSTOM_ID } from '../../../src/adapters/discord/button-ids.ts';

describe('button ids', () => {
  it('carry a short invocation inline, so they work after a restart too', () => {
    const id = createButtonIds().encode(
      'page',
      { command: 'quote', args: { person: 'antony-blinken', topic: 'north korea', page: 2 } },
      1,
    );
    expect(id).toBe('p1:/quote?person=antony-blinken&topic=north+korea&page=2');
    expect(createButtonIds().decode(id)).toEqual({
      action: 'page',
      invocation: {
        command: 'quote',
        args: { person: 'antony-blinken', topic: 'north korea', page: '2' },
      },
    });
  });

  it('remember a long invocation for a while and then say the button has expired', () => {
    let now = 0;
    const ids = createButtonIds({ now: () => now, ttlMs: 1000 });
    const invocation = { command: 'search', args: { words: 'Kim Jong Un '.repeat(20) } };
    const id = ids.encode('choice', invocation, 0);
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
    expect(id).toMatch(/^c0:#/);
    expect(ids.decode(id)).toEqual({ action: 'choice', invocation });
    now = 1000;
    expect(ids.decode(id)).toBe('expired');
    expect(createButtonIds().decode(id)).toBe('expired');
  });

  it('keep at most a bounded number of long invocations, forgetting the oldest', () => {
    const ids = createButtonIds({ max: 2 });
    const long = (n: number) => ({ command: 'search', args: { words: `${n} ${'x'.repeat(120)}` } });
    const [first, second, third] = [1, 2, 3].map((n) => ids.encode('choice', long(n), 0));
    expect(ids.decode(first ?? '')).toBe('expired');
    expect(ids.decode(second ?? '')).toMatchObject({ invocation: long(2) });
    expect(ids.decode(third ?? '')).toMatchObject({ invocation: long(3) });
  });

  it('carry the argument a modal asks for, inline and remembered', () => {
    const ids = createButtonIds();
    const invocation = { command: 'review reject', args: { id: 'harbour-deal' } };
    const id = ids.encode('ask', invocation, 1, 'reason');
    expect(id).toBe('a1:reason|/review%20reject?id=harbour-deal');
    expect(ids.decode(id)).toEqual({ action: 'ask', invocation, ask: 'reason' });
    const long = { command: 'review reject', args: { id: 'x'.repeat(120) } };
    const remembered = ids.encode('ask', long, 0, 'reason');
    expect(remembered).toMatch(/^a0:reason\|#/);
    expect(ids.decode(remembered)).toEqual({ action: 'ask', invocation: long, ask: 'reason' });
  });

  it('do not claim ids they did not make', () => {
    expect(createButtonIds().decode('something-else')).toBeUndefined();
  });
});
