import { describe, expect, it } from 'vitest';
import { assertNever, formatInvocation } from '../../src/core/reply.ts';

describe('the neutral reply model', () => {
  it('writes an invocation as a command a user can type back, quoting values with spaces', () => {
    expect(formatInvocation({ command: 'quote', args: { person: 'blinken', page: 2 } })).toBe(
      '/quote person:blinken page:2',
    );
    // The quote marks of a value are dropped, since the typed form has no way to escape them.
    expect(formatInvocation({ command: 'who', args: { person: 'shin "won" sik' } })).toBe(
      '/who person:"shin won sik"',
    );
    expect(formatInvocation({ command: 'topics', args: {} })).toBe('/topics');
  });

  it('fails loudly, naming the block, if a block type reaches a renderer that does not know it', () => {
    expect(() => assertNever({ type: 'table' } as never)).toThrow(
      'unhandled block: {"type":"table"}',
    );
  });
});
