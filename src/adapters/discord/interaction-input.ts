import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  PermissionFlagsBits,
} from 'discord.js';
import type { Caller } from '../../core/caller.ts';
import { argSpecs, type Command } from '../../core/command.ts';
import type { Invocation } from '../../core/reply.ts';

/**
 * Who is asking and where. In a server, managing the channel follows Discord's Manage Channels
 * permission as resolved for this channel; in a DM, the person manages their own conversation.
 * An editor (who may review drafts) has Manage Server, or a role named `editorRole`; a DM makes no
 * one an editor, since it carries no server to hold either.
 */
export function callerOf(interaction: BaseInteraction, editorRole?: string): Caller {
  const isDirect = !interaction.inGuild();
  return {
    isEditor: !isDirect && isEditor(interaction, editorRole),
    platform: 'discord',
    userId: interaction.user.id,
    channelId: interaction.channelId ?? interaction.user.id,
    isDirect,
    canManageChannel: isDirect
      ? true
      : (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false),
  };
}

function isEditor(interaction: BaseInteraction, editorRole: string | undefined): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (editorRole === undefined || interaction.guild === null) return false;
  const wanted = editorRole.trim().toLowerCase();
  const { member } = interaction;
  // The interaction carries role ids; their names are in the server's cached roles.
  const roleIds = Array.isArray(member?.roles)
    ? member.roles
    : [...(member?.roles.cache.keys() ?? [])];
  return roleIds.some(
    (id) => interaction.guild?.roles.cache.get(id)?.name.trim().toLowerCase() === wanted,
  );
}

const NESTED = new Set([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

/** The registry name (`digest subscribe` for `/digest subscribe`) and the leaf options. */
function flatten(
  commandName: string,
  data: readonly CommandInteractionOption[],
): { name: string; options: readonly CommandInteractionOption[] } {
  const names = [commandName];
  let options = data;
  while (options.length === 1 && options[0] && NESTED.has(options[0].type)) {
    names.push(options[0].name);
    options = options[0].options ?? [];
  }
  return { name: names.join(' '), options };
}

/** The invocation a slash command stands for, with its option values as Discord typed them. */
export function invocationOf(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): Invocation {
  const { name, options } = flatten(interaction.commandName, interaction.options.data);
  const args: Invocation['args'] = {};
  for (const option of options) {
    if (typeof option.value === 'string' || typeof option.value === 'number')
      args[option.name] = option.value;
  }
  return { command: name, args };
}

/**
 * Arguments read back from a button's custom_id are all text; integer arguments get their type
 * back from the command's own schema, so commands see what a slash command would have sent.
 */
export function typedArgs(
  command: Command | undefined,
  args: Record<string, string>,
): Invocation['args'] {
  const integers = new Set(
    command
      ? argSpecs(command)
          .filter((spec) => spec.type === 'integer')
          .map((s) => s.name)
      : [],
  );
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      integers.has(name) && /^-?\d+$/.test(value) ? Number(value) : value,
    ]),
  );
}
