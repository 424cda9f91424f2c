import type { DiscordMessage } from '../../src/adapters/discord/render-discord.ts';
import { BUTTON_VALUE_MAX, OPTION_VALUE_MAX } from '../../src/adapters/slack/action-value.ts';
import type { SlackBlock, SlackMessage } from '../../src/adapters/slack/block-kit.ts';
import {
  ACTIONS_ELEMENTS_MAX,
  BUTTON_TEXT_MAX,
  OPTION_TEXT_MAX,
  SELECT_OPTIONS_MAX,
} from '../../src/adapters/slack/render-choices.ts';
import {
  BLOCKS_PER_MESSAGE,
  CONTEXT_TEXT_MAX,
  FALLBACK_TEXT_MAX,
  FIELD_TEXT_MAX,
  FIELDS_PER_SECTION,
  HEADER_TEXT_MAX,
  MESSAGE_SIZE_MAX,
  SECTION_TEXT_MAX,
} from '../../src/adapters/slack/render-slack.ts';

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
  check(!('content' in message), 'content');
  check(message.embeds.length + message.components.length > 0, 'empty message');
  check(message.embeds.length <= 10, 'embeds > 10');
  let total = 0;
  for (const embed of message.embeds) {
    const fields = embed.fields ?? [];
    check((embed.title?.length ?? 0) <= 256, 'title > 256');
    check(embed.description !== '', 'empty description');
    check((embed.description?.length ?? 0) <= 4096, 'description > 4096');
    check((embed.footer?.text.length ?? 0) <= 2048, 'footer > 2048');
    check(fields.length <= 25, 'fields > 25');
    for (const field of fields) {
      check(field.name.length > 0 && field.name.length <= 256, `field name ${field.name.length}`);
      check(
        field.value.length > 0 && field.value.length <= 1024,
        `field value ${field.value.length}`,
      );
    }
    for (const markdown of strings([embed.description, fields])) {
      check(!DISCORD_MARKUP.test(markdown), `unescaped markup in ${JSON.stringify(markdown)}`);
    }
    total += strings([embed.title, embed.description, fields, embed.footer?.text]).join('').length;
  }
  check(total <= 6000, `embeds total ${total} > 6000`);
  check(message.components.length <= 5, 'rows > 5');
  const buttons = message.components.flatMap((row) => row.components);
  for (const row of message.components) {
    check(row.components.length > 0 && row.components.length <= 5, 'row size');
  }
  for (const button of buttons) {
    const label = button.label ?? '';
    check(label.length > 0 && label.length <= 80, `label ${label.length}`);
    check(button.custom_id.length <= 100, `custom_id ${button.custom_id.length}`);
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
    if (b.type === 'header') add(b.text, HEADER_TEXT_MAX);
    if (b.type === 'section') {
      if (b.text) add(b.text, SECTION_TEXT_MAX);
      check((b.fields?.length ?? 0) <= FIELDS_PER_SECTION, 'fields per section');
      for (const field of b.fields ?? []) add(field, FIELD_TEXT_MAX);
      if (b.accessory?.type === 'static_select') {
        const options = b.accessory.options ?? [];
        check(options.length <= SELECT_OPTIONS_MAX, 'select options');
        for (const option of options) {
          add(option.text, OPTION_TEXT_MAX);
          check((option.value?.length ?? 0) <= OPTION_VALUE_MAX, 'option value');
        }
      }
    }
    if (b.type === 'context') {
      check(b.elements.length <= 10, 'context elements');
      for (const element of b.elements) if ('text' in element) add(element, CONTEXT_TEXT_MAX);
    }
    if (b.type === 'actions') {
      check(b.elements.length <= ACTIONS_ELEMENTS_MAX, 'actions elements');
      const ids = b.elements.map((e) => ('action_id' in e ? e.action_id : undefined));
      check(new Set(ids).size === ids.length, 'duplicate action_id in a block');
      for (const element of b.elements) {
        if (element.type !== 'button') {
          found.push(`unexpected ${element.type}`);
          continue;
        }
        add(element.text, BUTTON_TEXT_MAX);
        check((element.value?.length ?? 0) <= BUTTON_VALUE_MAX, 'button value');
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
  check(message.blocks.length <= BLOCKS_PER_MESSAGE, 'blocks per message');
  check(JSON.stringify(message.blocks).length <= MESSAGE_SIZE_MAX, 'message size');
  const shown = [
    { text: message.text, max: FALLBACK_TEXT_MAX, mrkdwn: true },
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
