import { type Command, usage } from './command.ts';
import type { Reply } from './reply.ts';

/**
 * `/help digest` (and `/digest` alone): a command group's subcommands, each with what it does and
 * an example. Shown only to the asker: it answers one person's question, not the channel's.
 */
export function groupHelp(name: string, group: readonly Command[]): Reply {
  return {
    title: `/${name}`,
    private: true,
    blocks: [
      {
        type: 'paragraph',
        text: `/${name} has ${group.length} subcommands. /help ${group[0]?.name ?? name} explains one in detail.`,
      },
      {
        type: 'bullets',
        items: group.map(
          (c) => `${usage(c)}: ${c.description}. Example: ${c.examples[0] ?? `/${c.name}`}`,
        ),
      },
    ],
  };
}
