import {
  assertNever,
  attribution,
  type Block,
  kindLabel,
  quotedText,
  type Reply,
} from '../../core/reply.ts';
import {
  blockSize,
  contextBlock,
  mrkdwn,
  plainText,
  type SlackBlock,
  type SlackMessage,
  section,
} from './block-kit.ts';
import { choiceBlocks, pageBlocks } from './render-choices.ts';
import { escapeMrkdwn, escapeText, fitText, splitText } from './slack-text.ts';

/** Slack's cap on a header block's text. */
export const HEADER_TEXT_MAX = 150;
/** Slack's cap on a section's text. */
export const SECTION_TEXT_MAX = 3000;
/** Slack's cap on the fields of one section. */
export const FIELDS_PER_SECTION = 10;
/** Slack's cap on the text of one field. */
export const FIELD_TEXT_MAX = 2000;
/** Slack's cap on a context element's text. */
export const CONTEXT_TEXT_MAX = 3000;
/** Slack's cap on the blocks of one message. */
export const BLOCKS_PER_MESSAGE = 50;
/**
 * Briefbot's budget for one message's blocks, counted as their JSON. Slack rejects messages of
 * about 12,000 characters with `msg_blocks_too_long`, well below the sum of its per-block limits.
 */
export const MESSAGE_SIZE_MAX = 10_000;
/**
 * Briefbot's cap on the messages of one reply: a slash command's `response_url` takes five, and
 * anything longer belongs on more pages, not in more messages.
 */
export const MESSAGES_PER_REPLY = 5;
/** The `text` fallback is a notification preview, not the answer; Slack cuts it short anyway. */
export const FALLBACK_TEXT_MAX = 300;

/** Blocks that read as one unit (a quote and its attribution) and go in the same message if possible. */
type Group = SlackBlock[];

/** A field's name is a label; the value gets the rest of the field's 2000 characters. */
const FIELD_NAME_MAX = 200;

const TRUNCATED_NOTICE = 'This answer is too long for Slack and has been shortened.';

function sections(raw: string, render = escapeMrkdwn): Group[] {
  return splitText(raw, SECTION_TEXT_MAX, render).map((text) => [section(text)]);
}

function fieldSections(fields: { name: string; value: string }[]): Group[] {
  const texts = fields
    .map((field) => {
      const name = fitText(field.name.trim(), FIELD_NAME_MAX);
      const value = field.value.trim() === '' ? '—' : field.value.trim();
      const head = name === '' ? '' : `*${name}*\n`;
      return head + fitText(value, FIELD_TEXT_MAX - head.length);
    })
    .filter((text) => text !== '');
  const groups: Group[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) groups.push([{ type: 'section', fields: run.map(mrkdwn) }]);
    run = [];
  };
  for (const text of texts) {
    // Ten fields of 2000 characters would be allowed but blow the message budget, so a section
    // holds what a section's text could.
    const size = run.reduce((sum, t) => sum + t.length, 0) + text.length;
    if (run.length === FIELDS_PER_SECTION || size > SECTION_TEXT_MAX) flush();
    run.push(text);
  }
  flush();
  return groups;
}

function quoteGroups(block: Extract<Block, { type: 'quote' }>): Group[] {
  const lead = block.kind === 'paraphrase' ? 'Reported: ' : '';
  const asQuote = (raw: string) =>
    escapeMrkdwn(raw)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  const groups = sections(`${lead}${quotedText(block)}`, asQuote);
  if (block.context) groups.push(...sections(`In context: ${block.context}`));
  const credit = contextBlock(fitText(`— ${attribution(block)}`, CONTEXT_TEXT_MAX));
  groups.at(-1)?.push(credit);
  return groups;
}

/** One neutral block as Block Kit, in groups that belong together. */
function renderBlock(block: Block): Group[] {
  switch (block.type) {
    case 'heading': {
      const text = fitText(block.text.trim(), SECTION_TEXT_MAX - 2);
      return text === '' ? [] : [[section(`*${text}*`)]];
    }
    case 'paragraph':
      return sections(block.text);
    case 'bullets':
      return sections(
        block.items
          .map((item) => item.trim())
          .filter(Boolean)
          .map((item) => `• ${item}`)
          .join('\n'),
      );
    case 'quote':
      return quoteGroups(block);
    case 'fields':
      return fieldSections(block.fields);
    case 'choices':
      return [choiceBlocks(block.prompt, block.choices)].filter((group) => group.length > 0);
    case 'divider':
      return [[{ type: 'divider' }]];
    case 'footer': {
      const text = fitText(block.text.trim(), CONTEXT_TEXT_MAX);
      return text === '' ? [] : [[contextBlock(text)]];
    }
    default:
      return assertNever(block);
  }
}

/**
 * Neutral blocks as Block Kit, unsplit, for surfaces that are not messages (the App Home tab);
 * each block is within Slack's limits, the caller keeps the count within the surface's.
 */
export function renderBlocks(blocks: Block[]): SlackBlock[] {
  return blocks.flatMap((block) => renderBlock(block).flat());
}

function plainSummary(reply: Reply): string {
  if (reply.title?.trim()) return reply.title;
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'footer':
        if (block.text.trim()) return block.text;
        break;
      case 'bullets':
        if (block.items[0]?.trim()) return block.items[0];
        break;
      case 'quote':
        return `${block.speaker}: ${quotedText(block)} (${kindLabel(block.kind)})`;
      case 'fields':
        if (block.fields[0]) return `${block.fields[0].name}: ${block.fields[0].value}`;
        break;
      case 'choices':
        if (block.prompt.trim()) return block.prompt;
        break;
      case 'divider':
        break;
      default:
        return assertNever(block);
    }
  }
  return 'Briefbot';
}

const size = (blocks: SlackBlock[]) => blocks.reduce((sum, block) => sum + blockSize(block), 0);

function fits(message: SlackBlock[], group: Group): boolean {
  return (
    message.length + group.length <= BLOCKS_PER_MESSAGE &&
    // The blocks' JSON as an array: each block, the commas between them and the brackets.
    size(message) + size(group) + message.length + group.length + 1 <= MESSAGE_SIZE_MAX
  );
}

/** Fills messages in order, starting a new one when a group would break a message's limits. */
function pack(groups: Group[]): SlackBlock[][] {
  const messages: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  for (const group of groups) {
    const pieces = fits([], group) ? [group] : group.map((block) => [block]);
    for (const piece of pieces) {
      if (!fits(current, piece)) {
        messages.push(current);
        current = [];
      }
      current.push(...piece);
    }
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/** Adds the closing blocks (page controls) to the last message, shortening the reply if needed. */
function finish(messages: SlackBlock[][], tail: Group): SlackBlock[][] {
  const last = messages.at(-1);
  if (last && fits(last, tail) && messages.length <= MESSAGES_PER_REPLY) {
    last.push(...tail);
    return messages;
  }
  if (messages.length < MESSAGES_PER_REPLY) {
    if (tail.length > 0) messages.push(tail);
    return messages;
  }
  const kept = messages.slice(0, MESSAGES_PER_REPLY);
  const end = kept.at(-1) ?? [];
  const closing = [contextBlock(TRUNCATED_NOTICE), ...tail];
  while (end.length > 0 && !fits(end, closing)) end.pop();
  end.push(...closing);
  return kept;
}

/**
 * A reply as Slack messages: Block Kit within every Slack limit, long replies split into several
 * messages (at most MESSAGES_PER_REPLY), each with a plain `text` fallback. All content is
 * escaped, so nothing in it can mention anyone, link anywhere or change formatting.
 */
export function renderSlack(reply: Reply): SlackMessage[] {
  const title = reply.title?.trim() ?? '';
  const groups: Group[] = [];
  if (title !== '') {
    groups.push([{ type: 'header', text: plainText(fitText(title, HEADER_TEXT_MAX, escapeText)) }]);
  }
  for (const block of reply.blocks) groups.push(...renderBlock(block));
  const tail = reply.page ? pageBlocks(reply.page) : [];
  const messages = finish(pack(groups), tail);
  const summary = plainSummary(reply).trim();
  if (messages.length === 0) messages.push([]);
  return messages.map((blocks, index) => {
    const suffix = index === 0 ? '' : ` (continued, ${index + 1} of ${messages.length})`;
    return { text: fitText(summary, FALLBACK_TEXT_MAX - suffix.length) + suffix, blocks };
  });
}
