import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../src/adapters/discord/button-ids.ts';
import { MAX_MESSAGES } from '../../src/adapters/discord/embed-packer.ts';
import { renderDiscord } from '../../src/adapters/discord/render-discord.ts';
import { MESSAGES_PER_REPLY, renderSlack } from '../../src/adapters/slack/render-slack.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import type { Block, Invocation, Reply } from '../../src/core/reply.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';
import { discordViolations, slackViolations } from '../helpers/render-limits.ts';
import { hostileText, runs } from './hostile.ts';

const library = seedLibrary();
const ids = createButtonIds();

/** Both renderers on one reply: every message within its platform's limits, nothing live. */
function checkRendered(reply: Reply): void {
  const discord = renderDiscord(reply, ids);
  expect(discord.length).toBeGreaterThanOrEqual(1);
  expect(discord.length).toBeLessThanOrEqual(MAX_MESSAGES);
  expect(discord.flatMap((message) => discordViolations(message, reply.private))).toEqual([]);
  const slack = renderSlack(reply);
  expect(slack.length).toBeGreaterThanOrEqual(1);
  expect(slack.length).toBeLessThanOrEqual(MESSAGES_PER_REPLY);
  expect(slack.flatMap(slackViolations)).toEqual([]);
}

const invocation: fc.Arbitrary<Invocation> = fc.record({
  command: fc.constantFrom(...registry.map((command) => command.name)),
  args: fc.dictionary(fc.constantFrom('person', 'topic', 'page', 'words'), hostileText, {
    maxKeys: 3,
  }),
});

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text: hostileText }),
  fc.record({ type: fc.constant('paragraph' as const), text: hostileText }),
  fc.record({
    type: fc.constant('bullets' as const),
    items: fc.array(hostileText, { maxLength: 12 }),
  }),
  fc.record(
    {
      type: fc.constant('quote' as const),
      text: hostileText,
      kind: fc.constantFrom('direct' as const, 'partial' as const, 'paraphrase' as const),
      speaker: hostileText,
      context: hostileText,
      source: hostileText,
    },
    { requiredKeys: ['type', 'text', 'kind', 'speaker', 'source'] },
  ),
  fc.record({
    type: fc.constant('fields' as const),
    fields: fc.array(fc.record({ name: hostileText, value: hostileText }), { maxLength: 12 }),
  }),
  fc.record({
    type: fc.constant('choices' as const),
    prompt: hostileText,
    choices: fc.array(fc.record({ label: hostileText, invocation }), { maxLength: 30 }),
  }),
  fc.constant({ type: 'divider' as const }),
  fc.record({ type: fc.constant('footer' as const), text: hostileText }),
);

/** Any reply a command could build, its every text hostile. */
const reply: fc.Arbitrary<Reply> = fc.record(
  {
    title: hostileText,
    blocks: fc.array(block, { maxLength: 8 }),
    private: fc.boolean(),
    error: fc.record({ code: fc.constantFrom('unknown_person', 'bad_argument') }),
    page: fc.record(
      { number: fc.nat(1000), count: fc.nat(1000), next: invocation, previous: invocation },
      { requiredKeys: ['number', 'count'] },
    ),
  },
  { requiredKeys: ['blocks', 'private'] },
);

describe('the Discord and Slack renderers survive hostile replies', () => {
  it('any reply built from hostile text keeps every limit and lets no mention or markup through', () => {
    fc.assert(fc.property(reply, checkRendered), { numRuns: runs });
  });

  it('the answer to any hostile message, as each platform renders it, does too', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.boolean(), async (text, isDirect) => {
        const answer = await dispatchText(registry, text, context(library, { isDirect }));
        checkRendered(answer);
      }),
      { numRuns: runs },
    );
  });
});
