import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type ArgSpec, argSpecs, type Command } from '../../core/command.ts';
import { cutText } from './fit-text.ts';

/** Discord's limits on command and option descriptions and on an option's fixed choices. */
export const MAX_COMMAND_DESCRIPTION = 100;
export const MAX_OPTION_CHOICES = 25;

/** `default_member_permissions` for commands that change a channel's settings: Manage Channels. */
const MANAGE_CHANNELS = PermissionFlagsBits.ManageChannels.toString();

/** A slash command as the bulk-overwrite endpoint takes it. */
export type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

const describe = (text: string) => cutText(text, MAX_COMMAND_DESCRIPTION) || '-';

function option(spec: ArgSpec): APIApplicationCommandBasicOption {
  const base = {
    name: spec.name,
    description: describe(spec.description),
    required: spec.required,
  };
  if (spec.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(spec.minimum !== undefined ? { min_value: spec.minimum } : {}),
      ...(spec.maximum !== undefined ? { max_value: spec.maximum } : {}),
    };
  }
  const choices =
    spec.choices && spec.choices.length <= MAX_OPTION_CHOICES
      ? { choices: spec.choices.map((value) => ({ name: value, value })) }
      : {};
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    // Fixed choices and autocomplete exclude each other; fixed choices are the stricter.
    ...(spec.complete && !('choices' in choices) ? { autocomplete: true } : choices),
    ...(spec.maxLength !== undefined ? { max_length: spec.maxLength } : {}),
  };
}

/** A command's options, required first as Discord demands, otherwise in the registry's order. */
function options(command: Command): APIApplicationCommandBasicOption[] {
  const specs = argSpecs(command);
  return [...specs.filter((s) => s.required), ...specs.filter((s) => !s.required)].map(option);
}

/**
 * The application commands for a registry, as the bulk-overwrite endpoint takes them. A command
 * named `group sub` becomes subcommand `sub` of `/group`. A command that needs Manage Channels
 * (or a group holding one) is hidden by default from members without it; Discord lets server
 * admins change that, and the command checks again when it runs. Every command works in servers
 * and in DMs with the bot.
 */
export function discordCommands(registry: readonly Command[]): CommandJson[] {
  const groups = new Map<string, Command[]>();
  for (const command of registry) {
    const words = command.name.split(' ');
    if (words.length > 2)
      throw new Error(`/${command.name}: Discord commands have one subcommand level here`);
    const head = words[0] ?? command.name;
    groups.set(head, [...(groups.get(head) ?? []), command]);
  }
  return [...groups].map(([name, commands]): CommandJson => {
    const single = commands.find((command) => command.name === name);
    if (single && commands.length > 1)
      throw new Error(`/${name} cannot be both a command and a group of subcommands on Discord`);
    const commandOptions: APIApplicationCommandOption[] = single
      ? options(single)
      : commands.map(subcommand);
    const restricted = commands.some((command) => command.access === 'manage-channel');
    return {
      type: ApplicationCommandType.ChatInput,
      name,
      description: describe(
        single?.description ?? `${name}: ${commands.map((c) => c.name.split(' ')[1]).join(', ')}`,
      ),
      options: commandOptions,
      ...(restricted ? { default_member_permissions: MANAGE_CHANNELS } : {}),
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
  });
}

function subcommand(command: Command): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name.split(' ')[1] ?? command.name,
    description: describe(command.description),
    options: options(command),
  };
}
