import type { types } from '@slack/bolt';

/** The Block Kit blocks Briefbot sends. */
export type SlackBlock = types.KnownBlock;

/** One Slack message: blocks, and the plain `text` Slack shows in notifications and fallbacks. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/**
 * A mrkdwn text object. `verbatim` stops Slack from turning words in content into links or
 * mentions by itself (a bare `@channel`, a channel name, a URL); markup we add still works.
 */
export function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** A plain_text object, for headers, buttons and menu options, which take no mrkdwn. */
export function plainText(text: string): types.PlainTextElement {
  return { type: 'plain_text', text };
}

/** A section of mrkdwn text, already escaped by the caller. */
export function section(text: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

/** A context block (small grey text) of one mrkdwn element, already escaped by the caller. */
export function contextBlock(text: string): types.ContextBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}

const sizes = new WeakMap<SlackBlock, number>();

/**
 * The size Briefbot budgets a block at: its JSON, which is never shorter than its text. Blocks
 * are not changed once built, so the size is worked out once per block.
 */
export function blockSize(block: SlackBlock): number {
  let size = sizes.get(block);
  if (size === undefined) {
    size = JSON.stringify(block).length;
    sizes.set(block, size);
  }
  return size;
}
