import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { discordCommands } from '../../../src/adapters/discord/discord-commands.ts';
import { argSpecs, defineCommand } from '../../../src/core/command.ts';
import { registry } from '../../../src/core/commands/index.ts';

const reply = () => ({ blocks: [], private: true });

/** Commands of the shape digests will have: a group with one restricted subcommand. */
const digestRegistry = [
  defineCommand({
    name: 'digest subscribe',
    description: 'Send a briefing digest to this channel on a schedule',
    examples: ['/digest subscribe russia-dprk daily'],
    access: 'manage-channel',
    args: z.object({
      topic: z.string().describe('Briefing to follow').meta({ complete: 'topic' }),
      every: z.enum(['daily', 'weekly']).describe('How often'),
      hour: z.number().int().min(0).max(23).optional().describe('Hour of the day'),
    }),
    run: reply,
  }),
  defineCommand({
    name: 'digest list',
    description: 'The digests sent to this channel',
    examples: ['/digest list'],
    args: z.object({}),
    run: reply,
  }),
  defineCommand({
    name: 'purge',
    description: 'x'.repeat(150),
    examples: ['/purge'],
    access: 'manage-channel',
    args: z.object({}),
    run: reply,
  }),
];

describe('Discord application commands', () => {
  it('has one command per registry command, with typed, described options', () => {
    const commands = discordCommands(registry);
    // A group (`digest subscribe`, `digest list`…) is one command named by its first word.
    expect(commands.map((c) => c.name)).toEqual([
      ...new Set(registry.map((c) => c.name.split(' ')[0])),
    ]);
    const quote = commands.find((c) => c.name === 'quote');
    expect(quote).toEqual({
      type: 1,
      name: 'quote',
      description:
        'What someone said across all briefings: quotes and reported speech, newest first',
      options: [
        {
          type: 3,
          name: 'person',
          description: 'Name, surname or role ("the Russian president")',
          required: true,
          autocomplete: true,
          max_length: 200,
        },
        {
          type: 3,
          name: 'topic',
          description: 'A briefing, or words the statement is about',
          required: false,
          autocomplete: true,
          max_length: 200,
        },
        {
          type: 4,
          name: 'page',
          description: 'Page of a long answer',
          required: false,
          min_value: 1,
          max_value: 1000,
        },
      ],
      contexts: [0, 1],
      integration_types: [0],
    });
    const section = commands
      .find((c) => c.name === 'brief')
      ?.options?.find((o) => o.name === 'section');
    expect(section).toMatchObject({
      type: 3,
      choices: ['overview', 'points', 'quotes', 'people', 'background', 'source'].map((v) => ({
        name: v,
        value: v,
      })),
    });
    expect(section).not.toHaveProperty('autocomplete');
  });

  it('keeps every description within 100 characters and lists required options first', () => {
    for (const command of discordCommands([...registry, ...digestRegistry])) {
      expect(command.description.length).toBeLessThanOrEqual(100);
      const options = (command.options ?? []).flatMap((o) =>
        'options' in o && o.type === 1 ? [o, ...(o.options ?? [])] : [o],
      );
      for (const option of options) expect(option.description.length).toBeLessThanOrEqual(100);
    }
    for (const command of registry) {
      const required = argSpecs(command).filter((s) => s.required).length;
      const json = discordCommands([command])[0];
      const sub = json?.options?.[0];
      const options = sub && sub.type === 1 ? (sub.options ?? []) : (json?.options ?? []);
      const flags = options.map((o) => ('required' in o ? o.required : false));
      expect(flags.slice(0, required).every(Boolean)).toBe(true);
    }
  });

  it('makes `group sub` commands subcommands, restricted to Manage Channels when one needs it', () => {
    const [digest, purge] = discordCommands(digestRegistry);
    expect(digest).toEqual({
      type: 1,
      name: 'digest',
      description: 'digest: subscribe, list',
      default_member_permissions: '16',
      contexts: [0, 1],
      integration_types: [0],
      options: [
        {
          type: 1,
          name: 'subscribe',
          description: 'Send a briefing digest to this channel on a schedule',
          options: [
            {
              type: 3,
              name: 'topic',
              description: 'Briefing to follow',
              required: true,
              autocomplete: true,
            },
            {
              type: 3,
              name: 'every',
              description: 'How often',
              required: true,
              choices: [
                { name: 'daily', value: 'daily' },
                { name: 'weekly', value: 'weekly' },
              ],
            },
            {
              type: 4,
              name: 'hour',
              description: 'Hour of the day',
              required: false,
              min_value: 0,
              max_value: 23,
            },
          ],
        },
        { type: 1, name: 'list', description: 'The digests sent to this channel', options: [] },
      ],
    });
    expect(purge?.default_member_permissions).toBe('16');
    expect(purge?.description).toHaveLength(100);
    expect(purge?.description.endsWith('…')).toBe(true);
    // In the real registry only /digest changes channel settings, so only it asks for the permission.
    expect(
      discordCommands(registry)
        .filter((c) => 'default_member_permissions' in c)
        .map((c) => c.name),
    ).toEqual(['digest']);
  });

  it('is the same every time, so registering twice changes nothing', () => {
    expect(JSON.stringify(discordCommands(registry))).toBe(
      JSON.stringify(discordCommands(registry)),
    );
  });
});
