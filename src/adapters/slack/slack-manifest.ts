import type { Command } from '../../core/command.ts';
import { slashCommands } from './slash-commands.ts';

/** The bot token's scopes, each for something Briefbot does. */
export const BOT_SCOPES = [
  'app_mentions:read', // answer @Briefbot in channels
  'channels:history', // before retrying a digest, see whether it was already posted
  'chat:write', // post answers and digests
  'commands', // slash commands
  'groups:history', // the same check in private channels
  'im:history', // read the DMs people send it
  'im:write', // open a DM to deliver a person's digest
  'users:read', // is_admin / is_owner, for who may manage a channel's digests
] as const;

/** The events Briefbot subscribes to. */
export const BOT_EVENTS = ['app_home_opened', 'app_mention', 'message.im'] as const;

/** The path Bolt serves in HTTP mode, for commands, events and interactivity alike. */
export const EVENTS_PATH = '/slack/events';

/** The parts of Slack's app manifest Briefbot fills in. */
export interface SlackManifest {
  display_information: { name: string; description: string; background_color: string };
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: {
      command: string;
      description: string;
      usage_hint?: string;
      should_escape: boolean;
      url?: string;
    }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/**
 * Slack's app manifest for Briefbot, generated from the command registry so the slash commands
 * Slack knows are exactly the ones Briefbot answers. Socket Mode by default (no public URL);
 * with `requestUrl` (`https://host/slack/events`), the same app in HTTP mode.
 */
export function buildManifest(
  registry: readonly Command[],
  options: { requestUrl?: string } = {},
): SlackManifest {
  const url = options.requestUrl;
  return {
    display_information: {
      name: 'Briefbot',
      description: 'Curated news briefings: who said what, each statement traced to its source.',
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'Briefbot', always_online: true },
      slash_commands: slashCommands(registry).map((slash) => ({
        command: slash.command,
        description: slash.description,
        ...(slash.usageHint ? { usage_hint: slash.usageHint } : {}),
        // Names are matched as typed; escaping would turn them into <@U…> ids.
        should_escape: false,
        ...(url ? { url } : {}),
      })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: url === undefined,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as it is written to `slack/manifest.json`. */
export function manifestJson(manifest: SlackManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
