import { z } from 'zod';
import { argSpecs, type Command, defineCommand, usage } from '../command.ts';
import { groupHelp } from '../group-help.ts';
import { plainLanguageExamples } from '../plain-language.ts';
import type { Block } from '../reply.ts';
import { UserError } from '../user-error.ts';

/** /help, generated from the registry so it can never list a command that does not exist. */
export function createHelp(registry: () => readonly Command[]): Command {
  return defineCommand({
    name: 'help',
    description: 'How to use Briefbot, or the details of one command',
    examples: ['/help', '/help quote'],
    args: z.object({
      command: z
        .string()
        .trim()
        .min(1)
        .max(50)
        .optional()
        .describe('A command to explain in detail'),
    }),
    run({ command }) {
      const commands = registry();
      if (command !== undefined) {
        const name = command.replace(/^\//, '').toLowerCase();
        const found = commands.find((c) => c.name === name);
        const group = commands.filter((c) => c.name.startsWith(`${name} `));
        if (!found && group.length > 0) return groupHelp(name, group);
        if (!found) {
          throw new UserError('unknown_command', `There is no /${name} command.`, {
            choices: commands.map((c) => ({
              label: `/${c.name}`,
              invocation: { command: 'help', args: { command: c.name } },
            })),
          });
        }
        return {
          title: usage(found),
          private: false,
          blocks: [
            { type: 'paragraph', text: found.description },
            {
              type: 'fields',
              fields: argSpecs(found).map((spec) => ({
                name: `${spec.name}${spec.required ? '' : ' (optional)'}`,
                value: spec.choices
                  ? `${spec.description}: ${spec.choices.join(', ')}`
                  : spec.description,
              })),
            },
            { type: 'heading', text: 'Examples' },
            { type: 'bullets', items: found.examples },
          ],
        };
      }
      const blocks: Block[] = [
        {
          type: 'paragraph',
          text: 'Briefbot answers questions about curated news briefings: who said what, with the source of every statement.',
        },
        { type: 'heading', text: 'Commands' },
        {
          type: 'bullets',
          items: commands.map(
            (c) => `${usage(c)}: ${c.description}. Example: ${c.examples[0] ?? `/${c.name}`}`,
          ),
        },
        { type: 'heading', text: 'Or just ask (in a DM)' },
        { type: 'bullets', items: plainLanguageExamples },
        {
          type: 'footer',
          text: 'Quotes are marked direct, partial or reported speech. Arguments can be named: /brief russia-dprk section:quotes',
        },
      ];
      return { title: 'Briefbot help', blocks, private: false };
    },
  });
}
