import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest, manifestJson } from '../../../src/adapters/slack/slack-manifest.ts';
import { slashCommands } from '../../../src/adapters/slack/slash-commands.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { groupedRegistry } from '../../helpers/grouped-registry.ts';
import { run } from '../../helpers/run.ts';

describe('the Slack app manifest', () => {
  it('is the committed slack/manifest.json, so the two cannot drift apart', () => {
    expect(readFileSync('slack/manifest.json', 'utf8')).toBe(manifestJson(buildManifest(registry)));
  });

  it('lists exactly the registry’s commands, with their descriptions and usage hints', () => {
    const { slash_commands } = buildManifest(registry).features;
    // A group (`digest subscribe`, `digest list`…) is one slash command named by its first word.
    const expected = [...new Set(registry.map((c) => `/${c.name.split(' ')[0]}`))];
    expect(slash_commands.map((c) => c.command)).toEqual(expected);
    expect(expected).toContain('/digest');
    expect(slash_commands.find((c) => c.command === '/quote')).toEqual({
      command: '/quote',
      description: registry.find((c) => c.name === 'quote')?.description,
      usage_hint: '<person> [topic]',
      should_escape: false,
    });
    expect(slash_commands.find((c) => c.command === '/topics')).not.toHaveProperty('usage_hint');
  });

  it('asks for the scopes and events the bot uses, with Socket Mode on', () => {
    const manifest = buildManifest(registry);
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'im:write',
      'users:read',
    ]);
    expect(manifest.settings).toEqual({
      event_subscriptions: { bot_events: ['app_home_opened', 'app_mention', 'message.im'] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    });
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('points commands, events and interactivity at one URL in HTTP mode', () => {
    const url = 'https://briefbot.example.org/slack/events';
    const manifest = buildManifest(registry, { requestUrl: url });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity.request_url).toBe(url);
    expect(manifest.features.slash_commands.every((c) => c.url === url)).toBe(true);
  });

  it('lists a command group once, with a hint covering its subcommands', () => {
    const group = slashCommands(groupedRegistry).filter((s) => s.command === '/watch');
    expect(group).toHaveLength(1);
    expect(group[0]?.usageHint).toBe('add <topic> [time] | list');
    expect(group[0]?.description).toBe('Watch: add, list');
    expect(buildManifest(groupedRegistry).features.slash_commands.map((c) => c.command)).toEqual([
      ...new Set(registry.map((c) => `/${c.name.split(' ')[0]}`)),
      '/watch',
    ]);
  });

  it('`npm run slack:manifest -- --request-url` prints the HTTP-mode manifest', async () => {
    const url = 'https://briefbot.example.org/slack/events';
    const result = await run('npm', [
      'run',
      '--silent',
      'slack:manifest',
      '--',
      '--request-url',
      url,
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(buildManifest(registry, { requestUrl: url }));
  });
});
