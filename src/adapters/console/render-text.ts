import {
  assertNever,
  attribution,
  type Block,
  formatInvocation,
  quotedText,
  type Reply,
} from '../../core/reply.ts';
import { type ConsoleStyle, plainStyle } from './console-style.ts';

/** Console width used when the terminal does not say (and for pipes). */
export const DEFAULT_WIDTH = 88;

// Content comes from files and users: control characters could move the cursor or recolour the
// terminal, so everything but newlines and tabs is dropped before printing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, '');
}

/** Wraps text at word boundaries to `width`, indenting every line by `indent`. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  for (const paragraph of sanitize(text).split('\n')) {
    let line = '';
    let prefix = lines.length === 0 ? firstIndent : indent;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
        lines.push(prefix + line);
        line = word;
        prefix = indent;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(prefix + line);
  }
  return lines.join('\n');
}

function renderBlock(block: Block, width: number, style: ConsoleStyle): string {
  switch (block.type) {
    case 'heading':
      return style.heading(sanitize(block.text));
    case 'paragraph':
      return wrap(block.text, width);
    case 'bullets':
      return block.items.map((item) => wrap(item, width, '    ', '  • ')).join('\n');
    case 'quote': {
      const lines = [
        wrap(quotedText(block), width, '  ', block.kind === 'paraphrase' ? '  Reported: ' : '  '),
      ];
      if (block.context) lines.push(wrap(`In context: ${block.context}`, width, '    ', '    '));
      lines.push(style.dim(wrap(`— ${attribution(block)}`, width, '      ', '    ')));
      return lines.join('\n');
    }
    case 'fields':
      return block.fields
        .map((field) => wrap(`${field.name}: ${field.value}`, width, '    ', '  '))
        .join('\n');
    case 'choices':
      return [
        sanitize(block.prompt),
        ...block.choices.map((choice) =>
          style.accent(
            wrap(
              `${formatInvocation(choice.invocation)}  (${choice.label})`,
              width,
              '      ',
              '  → ',
            ),
          ),
        ),
      ].join('\n');
    case 'divider':
      return '-'.repeat(Math.min(width, 40));
    case 'footer':
      return style.dim(wrap(block.text, width, '   ', '-- '));
    default:
      return assertNever(block);
  }
}

/**
 * A reply as plain text for a terminal: titles, wrapped paragraphs, bullets and attributed quotes;
 * `style` adds colour where the terminal wants it.
 */
export function renderText(reply: Reply, width = DEFAULT_WIDTH, style = plainStyle): string {
  const parts: string[] = [];
  if (reply.title) parts.push(style.title(`== ${sanitize(reply.title)} ==`));
  for (const [index, block] of reply.blocks.entries()) {
    const text = renderBlock(block, width, style);
    // A mistake's first line is what went wrong: it stands out from the suggestions after it.
    parts.push(reply.error && index === 0 ? style.warning(text) : text);
  }
  if (reply.page) {
    const nav = [
      reply.page.previous ? `previous: ${formatInvocation(reply.page.previous)}` : '',
      reply.page.next ? `next: ${formatInvocation(reply.page.next)}` : '',
    ].filter(Boolean);
    parts.push(
      style.dim(
        `Page ${reply.page.number} of ${reply.page.count}${nav.length ? ` · ${nav.join(' · ')}` : ''}`,
      ),
    );
  }
  return parts.join('\n\n');
}
