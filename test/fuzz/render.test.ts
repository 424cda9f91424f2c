import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../src/adapters/discord/button-ids.ts';
import { MAX_MESSAGES } from '../../src/adapters/discord/embed-packer.ts';
import { renderDiscord } from '../../src/adapters/discord/render-discord.ts';
import { MESSAGES_PER_REPLY, renderSlack } from '../../src/adapters/slack/render-slack.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';
import { discordViolations, slackViolations } from '../helpers/render-limits.ts';
import { replyArbitrary } from '../helpers/reply-arbitraries.ts';
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

/** Any reply a command could build, its every text hostile. */
const reply = replyArbitrary({
  text: hostileText,
  commands: registry.map((command) => command.name),
  argName: fc.constantFrom('person', 'topic', 'page', 'words'),
  most: { bullets: 12, fields: 12, choices: 30 },
  blocks: (block) => fc.array(block, { maxLength: 8 }),
  maxPage: 1000,
  errorCodes: ['unknown_person', 'bad_argument'],
});

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
