import { type Command, usage } from '../../core/command.ts';

/** Slack's cap on a slash command's usage hint. */
export const USAGE_HINT_MAX = 1000;

/** One Slack slash command and the registry commands it runs. */
export interface SlashCommand {
  /** `/quote`; Slack allows 32 characters with the slash. */
  command: string;
  description: string;
  /** What follows the command, such as `<person> [topic]`; empty when it takes nothing. */
  usageHint: string;
  /** The command itself, or for a group such as `/digest`, each of its subcommands. */
  commands: Command[];
}

const firstWord = (name: string) => name.split(' ')[0] ?? name;

function hintOf(command: Command, slash: string): string {
  return usage(command).slice(slash.length).trim();
}

/**
 * The slash commands for a registry. A command named `group sub` (`digest subscribe`) belongs to
 * the slash command of its first word (`/digest`), typed as `/digest subscribe …`, so Slack lists
 * `/digest` once with a hint covering every subcommand.
 */
export function slashCommands(registry: readonly Command[]): SlashCommand[] {
  const groups = new Map<string, Command[]>();
  for (const command of registry) {
    const word = firstWord(command.name);
    groups.set(word, [...(groups.get(word) ?? []), command]);
  }
  return [...groups].map(([word, commands]) => {
    const slash = `/${word}`;
    const own = commands.find((command) => command.name === word);
    if (own && commands.length === 1) {
      return {
        command: slash,
        description: own.description,
        usageHint: hintOf(own, slash),
        commands,
      };
    }
    const subs = commands.filter((command) => command !== own);
    const description = own
      ? own.description
      : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}: ${subs.map((c) => c.name.slice(word.length + 1)).join(', ')}`;
    const usageHint = commands
      .map((command) => hintOf(command, slash))
      .join(' | ')
      .slice(0, USAGE_HINT_MAX);
    return { command: slash, description, usageHint, commands };
  });
}
