import type { StatementKind } from '../content/briefing-schema.ts';

/** A command to run when a user picks a choice or turns a page. */
export interface Invocation {
  command: string;
  args: Record<string, string | number>;
}

/** A button or menu entry that runs another command. */
export interface Choice {
  label: string;
  invocation: Invocation;
  /**
   * An argument of the command to ask the user for before running it (a reason): a platform
   * with forms (a Discord or Slack modal) asks; elsewhere the invocation runs without it, and
   * the command says what to type.
   */
  ask?: string;
}

/**
 * One piece of a reply. Text is always plain: each renderer escapes it and adds its own markup,
 * so nothing an editor or a user writes can turn into a mention or a link.
 */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  | {
      type: 'quote';
      text: string;
      kind: StatementKind;
      speaker: string;
      /** The sentence the words come from, when it adds something to the words themselves. */
      context?: string;
      /** Where it was said, for the attribution line ("Financial Times via Dlight News, ¶16"). */
      source: string;
    }
  | { type: 'fields'; fields: { name: string; value: string }[] }
  | { type: 'choices'; prompt: string; choices: Choice[] }
  | { type: 'divider' }
  | { type: 'footer'; text: string };

/** A reply from the core, before any platform has rendered it. */
export interface Reply {
  title?: string;
  blocks: Block[];
  /** Shown only to the person who asked (errors, previews, menus). */
  private: boolean;
  /** Set when the reply reports a user's mistake; the code is stable, the prose is not. */
  error?: { code: string };
  /** Set when the answer continues on further pages. */
  page?: { number: number; count: number; next?: Invocation; previous?: Invocation };
}

/** Makes a switch over block types exhaustive: a new block type fails the build until handled. */
export function assertNever(value: never): never {
  throw new Error(`unhandled block: ${JSON.stringify(value)}`);
}

const kindLabels: Record<StatementKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  paraphrase: 'reported speech, not a verbatim quote',
};

/** How a statement's kind is named to readers on every platform. */
export function kindLabel(kind: StatementKind): string {
  return kindLabels[kind];
}

/** The quoted words as a reader should see them: in quote marks only when they are verbatim. */
export function quotedText(block: Extract<Block, { type: 'quote' }>): string {
  if (block.kind === 'paraphrase') return block.text;
  return `“${block.text}”`;
}

/** The line under a quote: who, what kind of statement, and where it comes from. */
export function attribution(block: Extract<Block, { type: 'quote' }>): string {
  return `${block.speaker} · ${kindLabel(block.kind)} · ${block.source}`;
}

/** `/quote person:blinken page:2`, the form users can type back into any platform. */
export function formatInvocation(invocation: Invocation): string {
  const args = Object.entries(invocation.args).map(([name, value]) => {
    const text = String(value);
    return `${name}:${/\s/.test(text) ? `"${text.replace(/"/g, '')}"` : text}`;
  });
  return [`/${invocation.command}`, ...args].join(' ');
}
