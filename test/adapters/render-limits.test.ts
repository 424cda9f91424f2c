import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../src/adapters/discord/button-ids.ts';
import type { DiscordMessage } from '../../src/adapters/discord/render-discord.ts';
import { renderDiscord } from '../../src/adapters/discord/render-discord.ts';
import type { SlackBlock } from '../../src/adapters/slack/block-kit.ts';
import { renderSlack } from '../../src/adapters/slack/render-slack.ts';
import type { Block, Reply } from '../../src/core/reply.ts';
import { DISCORD, discordViolations, SLACK, slackViolations } from '../helpers/render-limits.ts';

// The numbers below are the platforms' documented limits, written out on purpose: a renderer
// constant that drifts from them must fail here.

/** Plain words, exactly `length` characters, no markup to escape. */
function words(length: number): string {
  const text = 'word '.repeat(Math.ceil(length / 5)).slice(0, length);
  return text.endsWith(' ') ? `${text.slice(0, -1)}x` : text;
}

const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const reply = (blocks: Block[]): Reply => ({ private: false, blocks });
/** Paragraphs each in an embed of its own (a divider starts a new embed). */
const embedsOf = (count: number, size = 10): Block[] =>
  Array.from({ length: count }, (_, i): Block[] => [
    paragraph(`${i} ${words(size - String(i).length - 1)}`),
    { type: 'divider' },
  ]).flat();

const discord = (blocks: Block[]) => renderDiscord(reply(blocks), createButtonIds());
const embedTotal = (message: DiscordMessage) =>
  message.embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );

describe('Discord messages at the platform’s limits', () => {
  it('puts 10 embeds in one message and the 11th in the next', () => {
    expect(discord(embedsOf(10)).map((m) => m.embeds.length)).toEqual([10]);
    expect(discord(embedsOf(11)).map((m) => m.embeds.length)).toEqual([10, 1]);
    expect(discord(embedsOf(21)).map((m) => m.embeds.length)).toEqual([10, 10, 1]);
  });

  it('keeps every message within 6,000 characters across its embeds, filling it before splitting', () => {
    // 1,000 characters an embed: five fit with room for the page note, a sixth would reach 6,000.
    const messages = renderDiscord(
      {
        ...reply(embedsOf(12, 1000)),
        page: { number: 1, count: 9, next: { command: 'topics', args: { page: 2 } } },
      },
      createButtonIds(),
    );
    expect(messages.map((m) => m.embeds.length)).toEqual([5, 5, 2]);
    expect(messages.map(embedTotal)).toEqual([5000, 5000, 2000 + 'Page 1 of 9'.length]);
    // One long text in one embed's description: 4,096 characters, the rest in the next embed.
    const [long] = discord([paragraph(words(4096))]);
    expect(long?.embeds.map((e) => e.description?.length)).toEqual([4096]);
    const [longer] = discord([paragraph(words(4100))]);
    expect(longer?.embeds.map((e) => e.description?.length ?? 0).every((n) => n <= 4096)).toBe(
      true,
    );
    expect(longer?.embeds).toHaveLength(2);
    const [most] = discord(embedsOf(6, 4000));
    expect(embedTotal(most as DiscordMessage)).toBeLessThanOrEqual(6000);
  });

  it('never uses message content (2,000 characters, and the one part that could ping)', () => {
    for (const message of discord([paragraph(words(2001)), ...embedsOf(3)])) {
      expect(message).not.toHaveProperty('content');
      expect(discordViolations(message)).toEqual([]);
    }
  });
});

describe('Slack messages at the platform’s limits', () => {
  const slack = (blocks: Block[]) => renderSlack(reply(blocks));
  const texts = (blocks: SlackBlock[]) =>
    blocks.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''));

  it('puts 50 blocks in one message and the 51st in the next', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => paragraph(`p${i}`));
    expect(slack(many(50)).map((m) => m.blocks.length)).toEqual([50]);
    expect(slack(many(51)).map((m) => m.blocks.length)).toEqual([50, 1]);
  });

  it('keeps a section of 3,000 characters whole and splits one of 3,001', () => {
    const exact = words(3000);
    expect(slack([paragraph(exact)]).flatMap((m) => texts(m.blocks))).toEqual([exact]);
    const over = `${words(2995)} abcde`;
    expect(over).toHaveLength(3001);
    expect(slack([paragraph(over)]).flatMap((m) => texts(m.blocks))).toEqual([
      words(2995),
      'abcde',
    ]);
  });

  it('keeps a field within 2,000 characters, its name included', () => {
    const [message] = slack([{ type: 'fields', fields: [{ name: 'Role', value: words(2500) }] }]);
    const block = message?.blocks[0];
    const field = block?.type === 'section' ? block.fields?.[0]?.text : undefined;
    expect(field?.startsWith('*Role*\n')).toBe(true);
    expect(field?.length).toBeLessThanOrEqual(2000);
    expect(field?.length).toBeGreaterThan(1990);
    expect(field?.endsWith('…')).toBe(true);
  });
});

describe('the limit checker itself', () => {
  const embed = (description: string) => ({ color: 1, description });
  const message = (embeds: { color: number; description: string }[]): DiscordMessage => ({
    embeds,
    components: [],
    allowed_mentions: { parse: [] },
  });

  it('holds the documented Discord numbers', () => {
    expect(DISCORD).toMatchObject({ content: 2000, embeds: 10, embedTotal: 6000 });
    expect(discordViolations(message(Array.from({ length: 10 }, () => embed('x'))))).toEqual([]);
    expect(discordViolations(message(Array.from({ length: 11 }, () => embed('x'))))).toEqual([
      'embeds > 10',
    ]);
    const sixThousand = [embed(words(4000)), embed(words(2000))];
    expect(discordViolations(message(sixThousand))).toEqual([]);
    expect(discordViolations(message([...sixThousand, embed('x')]))).toEqual([
      'embeds total 6001 > 6000',
    ]);
    const withContent = (length: number) => ({ ...message([embed('x')]), content: words(length) });
    expect(discordViolations(withContent(2000))).toEqual(['content']);
    expect(discordViolations(withContent(2001))).toEqual(['content', 'content > 2000']);
  });

  it('holds the documented Slack numbers', () => {
    expect(SLACK).toMatchObject({ blocks: 50, sectionText: 3000, fieldText: 2000 });
    const sections = (count: number, text = 'x') =>
      Array.from({ length: count }, () => ({
        type: 'section' as const,
        text: { type: 'mrkdwn' as const, text },
      }));
    expect(slackViolations({ text: 'x', blocks: sections(50) })).toEqual([]);
    expect(slackViolations({ text: 'x', blocks: sections(51) })).toEqual(['blocks per message']);
    expect(slackViolations({ text: 'x', blocks: sections(1, words(3000)) })).toEqual([]);
    expect(slackViolations({ text: 'x', blocks: sections(1, words(3001)) })).toEqual([
      'text of 3001 > 3000',
    ]);
    const field = (length: number) => [
      { type: 'section' as const, fields: [{ type: 'mrkdwn' as const, text: words(length) }] },
    ];
    expect(slackViolations({ text: 'x', blocks: field(2000) })).toEqual([]);
    expect(slackViolations({ text: 'x', blocks: field(2001) })).toEqual(['text of 2001 > 2000']);
  });
});
