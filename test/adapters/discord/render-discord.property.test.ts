import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../../src/adapters/discord/button-ids.ts';
import { MAX_MESSAGES } from '../../../src/adapters/discord/embed-packer.ts';
import { renderDiscord } from '../../../src/adapters/discord/render-discord.ts';
import { discordViolations } from '../../helpers/render-limits.ts';
import { replyArbitrary } from '../../helpers/reply-arbitraries.ts';

/** Words of any script and length, Markdown and mention look-alikes, and very long runs. */
const word = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    '**',
    '__',
    '[x](https://e.example)',
    '<@123>',
    '@everyone',
    '#',
    '-',
    '1.',
    '>',
    '\\',
    '`',
    '||',
    '…',
    '\u0001',
  ),
  fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 1500 }),
);
const text = fc.oneof(
  // Nothing left once control characters are dropped.
  { weight: 1, arbitrary: fc.constantFrom('\u0001', ' \u0002\u0003 ') },
  { weight: 3, arbitrary: fc.array(word, { maxLength: 60 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.array(word, { maxLength: 2500 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.array(word, { maxLength: 200 }).map((w) => w.join('\n')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5000 }) },
);
const reply = replyArbitrary({
  text,
  commands: ['quote', 'brief', 'digest subscribe'],
  argName: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }),
  most: { bullets: 30, fields: 40, choices: 30 },
  blocks: (block) =>
    fc.oneof(
      fc.array(block, { maxLength: 10 }),
      fc.array(block, { minLength: 20, maxLength: 120 }),
    ),
  maxPage: 1000,
  errorCodes: ['unknown_person'],
});

describe('the Discord renderer, on any reply', () => {
  it('never exceeds a Discord limit, never pings, and never sends a broken character', () => {
    const ids = createButtonIds();
    fc.assert(
      fc.property(reply, (r) => {
        const messages = renderDiscord(r, ids);
        expect(messages.length).toBeGreaterThanOrEqual(1);
        expect(messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
        expect(messages.flatMap((message) => discordViolations(message, r.private))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every button an id that leads back to its command', () => {
    const ids = createButtonIds();
    fc.assert(
      fc.property(reply, (r) => {
        const expected = [
          ...r.blocks.flatMap((b) =>
            b.type === 'choices' ? b.choices.map((c) => c.invocation) : [],
          ),
          ...(r.page?.previous ? [r.page.previous] : []),
          ...(r.page?.next ? [r.page.next] : []),
        ].map((i) => i.command);
        const pressed = renderDiscord(r, ids)
          .flatMap((m) => m.components.flatMap((row) => row.components))
          .map((button) => ids.decode(button.custom_id));
        for (const press of pressed) {
          expect(press).not.toBe('expired');
          expect(press).toBeDefined();
          if (typeof press === 'object') expect(expected).toContain(press.invocation.command);
        }
      }),
      { numRuns: 50 },
    );
  });
});
