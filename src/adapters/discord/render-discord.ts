import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import {
  assertNever,
  attribution,
  type Block,
  type Invocation,
  quotedText,
  type Reply,
} from '../../core/reply.ts';
import type { ButtonAction, ButtonIds } from './button-ids.ts';
import { escapeMarkdown, plainText } from './discord-markdown.ts';
import {
  type Button,
  createPacker,
  MAX_DESCRIPTION,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER,
  MAX_TITLE,
} from './embed-packer.ts';
import { cutText, splitText } from './fit-text.ts';

/** Discord's limit on a button label. */
export const MAX_BUTTON_LABEL = 80;
/** Fields with values this short sit side by side. */
const INLINE_FIELD = 40;

/** The embed colour of answers. */
export const COLOUR = 0x2f6fdb;
/** The embed colour of a user's mistake, so it reads as one at a glance. */
export const ERROR_COLOUR = 0xd9434b;

/**
 * One Discord message, as the API takes it (for a channel, a webhook or an interaction). Replies
 * are embeds, never content (2000 characters, and the only part that could ping); and
 * `allowed_mentions: { parse: [] }` makes sure nothing pings anyway.
 */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

function button(
  ids: ButtonIds,
  action: ButtonAction,
  label: string,
  invocation: Invocation,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  ask?: string,
) {
  return (slot: number): Button => ({
    type: ComponentType.Button,
    style,
    label: cutText(plainText(label), MAX_BUTTON_LABEL) || 'Open',
    custom_id: ids.encode(action, invocation, slot, ask),
  });
}

type Packer = ReturnType<typeof createPacker>;

/** Adds `text` as description pieces; each continuation piece starts with `rest` instead of `first`. */
function addText(pack: Packer, text: string, gap: string, first = '', rest = first): void {
  const escaped = escapeMarkdown(text);
  splitText(escaped, MAX_DESCRIPTION - Math.max(first.length, rest.length)).forEach(
    (piece, index) => {
      pack.text(`${index === 0 ? first : rest}${piece}`, index === 0 ? gap : '\n');
    },
  );
}

function addHeading(pack: Packer, text: string, gap: string): void {
  const escaped = escapeMarkdown(text).trim();
  if (escaped !== '') pack.heading(escaped, gap);
}

function addQuote(pack: Packer, block: Extract<Block, { type: 'quote' }>, gap: string): void {
  // Quote lines are Markdown block quotes; line breaks inside them would end the quote.
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const lead = block.kind === 'paraphrase' ? '> **Reported:** ' : '> ';
  addText(pack, flat(quotedText(block)), gap, lead, '> ');
  if (block.context) addText(pack, flat(block.context), '\n', '> *In context:* ', '> ');
  const line = cutText(escapeMarkdown(flat(attribution(block))), MAX_DESCRIPTION - 4);
  pack.text(`— *${line}*`, '\n');
}

function addBlock(pack: Packer, block: Block, gap: string, ids: ButtonIds): void {
  switch (block.type) {
    case 'heading':
      addHeading(pack, block.text, gap);
      return;
    case 'paragraph':
      addText(pack, block.text, gap);
      return;
    case 'bullets':
      block.items
        .filter((item) => item.trim() !== '')
        .forEach((item, index) => {
          addText(pack, item, index === 0 ? gap : '\n', '• ', '');
        });
      return;
    case 'quote':
      addQuote(pack, block, gap);
      return;
    case 'fields':
      for (const field of block.fields) {
        const value = cutText(escapeMarkdown(field.value), MAX_FIELD_VALUE) || '-';
        pack.field({
          name: cutText(escapeMarkdown(field.name), MAX_FIELD_NAME) || '-',
          value,
          inline: value.length <= INLINE_FIELD && !value.includes('\n'),
        });
      }
      return;
    case 'choices':
      addHeading(pack, block.prompt, gap);
      pack.buttons(
        block.choices.map((choice) =>
          choice.ask
            ? button(ids, 'ask', choice.label, choice.invocation, ButtonStyle.Secondary, choice.ask)
            : button(ids, 'choice', choice.label, choice.invocation, ButtonStyle.Secondary),
        ),
      );
      return;
    case 'divider':
      pack.divide();
      return;
    case 'footer':
      if (block.text.trim()) pack.footer(cutText(plainText(block.text), MAX_FOOTER));
      return;
    default:
      assertNever(block);
  }
}

/**
 * Renders a neutral reply as Discord messages: embeds for the text, buttons for choices and page
 * turns. Every Discord limit holds whatever the content; text that would not fit continues in
 * the next embed or message, and text cut to fit a single field ends in "…" at a word boundary.
 */
export function renderDiscord(reply: Reply, ids: ButtonIds): DiscordMessage[] {
  const title = reply.title?.trim() ? cutText(escapeMarkdown(reply.title), MAX_TITLE) : undefined;
  const pack = createPacker({
    ...(title ? { title } : {}),
    colour: reply.error ? ERROR_COLOUR : COLOUR,
    reserveRow: Boolean(reply.page?.next ?? reply.page?.previous),
  });
  let gap = '\n\n';
  for (const block of reply.blocks) {
    addBlock(pack, block, gap, ids);
    // A heading's text follows it directly; other blocks are a paragraph apart.
    gap = block.type === 'heading' ? '\n' : '\n\n';
  }
  const notes = reply.page ? [`Page ${reply.page.number} of ${reply.page.count}`] : [];
  const nav = [
    ...(reply.page?.previous
      ? [button(ids, 'page', '◀ Previous', reply.page.previous, ButtonStyle.Secondary)]
      : []),
    ...(reply.page?.next
      ? [button(ids, 'page', 'Next ▶', reply.page.next, ButtonStyle.Primary)]
      : []),
  ];
  return pack.finish(notes, nav).map((packed) => {
    const message: DiscordMessage = {
      embeds:
        packed.embeds.length > 0 || packed.rows.length > 0
          ? packed.embeds
          : [{ color: COLOUR, description: '…' }],
      components: packed.rows.map((row) => ({ type: ComponentType.ActionRow, components: row })),
      allowed_mentions: { parse: [] },
    };
    if (reply.private) message.flags = MessageFlags.Ephemeral;
    return message;
  });
}
