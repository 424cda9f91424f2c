import type { DiscordMessage } from '../../src/adapters/discord/render-discord.ts';
import type { SlackBlock, SlackMessage } from '../../src/adapters/slack/block-kit.ts';

/**
 * The platforms' documented limits (discord.com/developers/docs, docs.slack.dev reference),
 * written here rather than imported from src/: a wrong limit in the renderer must
 * fail against the platform's number, not check itself.
 */
export const DISCORD = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

export const SLACK = {
  blocks: 50,
  header: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
} as const;

/**
 * Briefbot's own budgets, tighter than Slack's: Slack rejects a message of about 12,000
 * characters of blocks (`msg_blocks_too_long`) well under the documented sums, and cuts the
 * notification text short.
 */
export const SLACK_BUDGET = { messageJson: 10_000, fallbackText: 300 } as const;

/** Every string inside a value, however deeply nested. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Discord Markdown that would show as a mention, a channel link or a masked link, unescaped. */
const DISCORD_MARKUP = /(^|[^\\])(<[@#:]|<t:|\]\()/;

/**
 * Every Discord limit a message breaks, and every way its text could ping or link, as readable
 * lines; empty when the message keeps them all.
 */
export function discordViolations(message: DiscordMessage, isPrivate?: boolean): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) found.push(what);
  };
  check(JSON.stringify(message.allowed_mentions) === '{"parse":[]}', 'allowed_mentions');
  if (isPrivate !== undefined) {
    check(message.flags === (isPrivate ? 64 : undefined), 'ephemeral flag');
  }
  // Replies never use content: it is the one part of a message that could ping.
  check(!('content' in message), 'content');
  const content = (message as { content?: unknown }).content;
  check(typeof content !== 'string' || content.length <= DISCORD.content, 'content > 2000');
  check(message.embeds.length + message.components.length > 0, 'empty message');
  check(message.embeds.length <= DISCORD.embeds, 'embeds > 10');
  let total = 0;
  for (const embed of message.embeds) {
    const fields = embed.fields ?? [];
    check((embed.title?.length ?? 0) <= DISCORD.title, 'title > 256');
    check(embed.description !== '', 'empty description');
    check((embed.description?.length ?? 0) <= DISCORD.description, 'description > 4096');
    check((embed.footer?.text.length ?? 0) <= DISCORD.footer, 'footer > 2048');
    check(fields.length <= DISCORD.fields, 'fields > 25');
    for (const field of fields) {
      check(
        field.name.length > 0 && field.name.length <= DISCORD.fieldName,
        `field name ${field.name.length}`,
      );
      check(
        field.value.length > 0 && field.value.length <= DISCORD.fieldValue,
        `field value ${field.value.length}`,
      );
    }
    for (const markdown of strings([embed.description, fields])) {
      check(!DISCORD_MARKUP.test(markdown), `unescaped markup in ${JSON.stringify(markdown)}`);
    }
    total += strings([embed.title, embed.description, fields, embed.footer?.text]).join('').length;
  }
  check(total <= DISCORD.embedTotal, `embeds total ${total} > 6000`);
  check(message.components.length <= DISCORD.rows, 'rows > 5');
  const buttons = message.components.flatMap((row) => row.components);
  for (const row of message.components) {
    check(row.components.length > 0 && row.components.length <= DISCORD.buttonsPerRow, 'row size');
  }
  for (const button of buttons) {
    const label = button.label ?? '';
    check(label.length > 0 && label.length <= DISCORD.buttonLabel, `label ${label.length}`);
    check(button.custom_id.length <= DISCORD.customId, `custom_id ${button.custom_id.length}`);
  }
  check(new Set(buttons.map((b) => b.custom_id)).size === buttons.length, 'duplicate custom_id');
  check(
    strings(message).every((s) => !LONE_SURROGATE.test(s)),
    'lone surrogate',
  );
  return found;
}

/** Every text a Slack message shows, with its limit and whether Slack reads it as mrkdwn. */
function slackTexts(blocks: SlackBlock[], found: string[]) {
  const shown: { text: string; max: number; mrkdwn: boolean }[] = [];
  const add = (object: { type: string; text: string }, max: number) =>
    shown.push({ text: object.text, max, mrkdwn: object.type === 'mrkdwn' });
  const check = (ok: boolean, what: string) => {
    if (!ok) found.push(what);
  };
  for (const b of blocks) {
    if (b.type === 'header') add(b.text, SLACK.header);
    if (b.type === 'section') {
      if (b.text) add(b.text, SLACK.sectionText);
      check((b.fields?.length ?? 0) <= SLACK.sectionFields, 'fields per section');
      for (const field of b.fields ?? []) add(field, SLACK.fieldText);
      if (b.accessory?.type === 'static_select') {
        const options = b.accessory.options ?? [];
        check(options.length <= SLACK.selectOptions, 'select options');
        for (const option of options) {
          add(option.text, SLACK.optionText);
          check((option.value?.length ?? 0) <= SLACK.optionValue, 'option value');
        }
      }
    }
    if (b.type === 'context') {
      check(b.elements.length <= SLACK.contextElements, 'context elements');
      for (const element of b.elements) if ('text' in element) add(element, SLACK.contextText);
    }
    if (b.type === 'actions') {
      check(b.elements.length <= SLACK.actionsElements, 'actions elements');
      const ids = b.elements.map((e) => ('action_id' in e ? e.action_id : undefined));
      check(new Set(ids).size === ids.length, 'duplicate action_id in a block');
      for (const element of b.elements) {
        if (element.type !== 'button') {
          found.push(`unexpected ${element.type}`);
          continue;
        }
        add(element.text, SLACK.buttonText);
        check((element.value?.length ?? 0) <= SLACK.buttonValue, 'button value');
      }
    }
  }
  return shown;
}

/**
 * Every Slack limit a message breaks, and every way its text could mention, link or format
 * unexpectedly, as readable lines; empty when the message keeps them all.
 */
export function slackViolations(message: SlackMessage): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) found.push(what);
  };
  check(message.text.trim() !== '', 'empty fallback text');
  check(message.blocks.length <= SLACK.blocks, 'blocks per message');
  check(JSON.stringify(message.blocks).length <= SLACK_BUDGET.messageJson, 'message size');
  const shown = [
    { text: message.text, max: SLACK_BUDGET.fallbackText, mrkdwn: true },
    ...slackTexts(message.blocks, found),
  ];
  for (const { text, max, mrkdwn } of shown) {
    check(text.length <= max, `text of ${text.length} > ${max}`);
    check(text.trim() !== '', 'empty text');
    check(!LONE_SURROGATE.test(text), 'lone surrogate');
    // The only markup `>` Briefbot writes is a quote's line prefix.
    const content = mrkdwn ? text.replace(/^> /gm, '') : text;
    check(!/[<>]/.test(content), `unescaped < or > in ${JSON.stringify(text.slice(0, 80))}`);
    check(!content.replace(/&(amp|lt|gt);/g, '').includes('&'), 'unescaped &');
  }
  return found;
}
