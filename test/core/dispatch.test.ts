import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Caller } from '../../src/core/caller.ts';
import { defineCommand } from '../../src/core/command.ts';
import { dispatch, dispatchText, errorReply } from '../../src/core/dispatch.ts';
import type { Choice } from '../../src/core/reply.ts';
import { UserError } from '../../src/core/user-error.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();
const choice: Choice = { label: 'Ada', invocation: { command: 'who', args: { person: 'ada' } } };

const registry = [
  defineCommand({
    name: 'settings',
    description: 'Changes a channel',
    examples: ['/settings'],
    access: 'manage-channel',
    args: z.object({}),
    run: () => ({ blocks: [{ type: 'paragraph', text: 'changed' }], private: false }),
  }),
  defineCommand({
    name: 'open',
    description: 'Anyone may',
    examples: ['/open'],
    args: z.object({}),
    run: () => ({ blocks: [{ type: 'paragraph', text: 'opened' }], private: false }),
  }),
  defineCommand({
    name: 'broken',
    description: 'A bug',
    examples: ['/broken'],
    args: z.object({}),
    run: () => {
      throw new Error('bug');
    },
  }),
];

const run = (command: string, caller: Partial<Caller> = {}) =>
  dispatch(registry, { command, args: {} }, context(library, caller));
const inChannel = { isDirect: false, channelId: 'C1' };

describe('dispatching a command', () => {
  it('lets only people who can manage a channel run a channel-managing command there', async () => {
    expect(await run('settings', { ...inChannel, canManageChannel: false })).toEqual({
      blocks: [
        {
          type: 'paragraph',
          text: 'Only people who can manage this channel can use /settings here. You can use it in a direct message with me for yourself.',
        },
      ],
      private: true,
      error: { code: 'not_allowed' },
    });
    expect((await run('settings', { ...inChannel, canManageChannel: true })).error).toBeUndefined();
    expect(
      (await run('settings', { isDirect: true, canManageChannel: false })).error,
    ).toBeUndefined();
    expect((await run('open', { ...inChannel, canManageChannel: false })).error).toBeUndefined();
  });

  it('answers an unknown command with a private error and where to look', async () => {
    expect(await run('nope')).toEqual({
      blocks: [
        { type: 'paragraph', text: 'There is no /nope command.' },
        { type: 'paragraph', text: 'Try /help for the list of commands.' },
      ],
      private: true,
      error: { code: 'unknown_command' },
    });
  });

  it('passes on an unexpected error, for the adapter to log and apologise for', async () => {
    await expect(run('broken')).rejects.toThrow('bug');
  });

  it('answers text it cannot read with the parser’s hint', async () => {
    const reply = await dispatchText(registry, 'make me a sandwich', context(library));
    expect(reply.error).toEqual({ code: 'not_understood' });
    expect(reply.private).toBe(true);
  });
});

describe('a user error as a reply', () => {
  it.each([
    [
      'with suggestions and a prompt',
      new UserError('unknown_person', 'No one called "x".', { choices: [choice], hint: 'Try:' }),
      [
        { type: 'paragraph', text: 'No one called "x".' },
        { type: 'choices', prompt: 'Try:', choices: [choice] },
      ],
    ],
    [
      'with suggestions only',
      new UserError('unknown_person', 'No one called "x".', { choices: [choice] }),
      [
        { type: 'paragraph', text: 'No one called "x".' },
        { type: 'choices', prompt: 'Did you mean:', choices: [choice] },
      ],
    ],
    [
      'with a hint only',
      new UserError('no_results', 'Nothing found.', { hint: 'Try fewer words.' }),
      [
        { type: 'paragraph', text: 'Nothing found.' },
        { type: 'paragraph', text: 'Try fewer words.' },
      ],
    ],
    [
      'with neither',
      new UserError('no_results', 'Nothing found.'),
      [{ type: 'paragraph', text: 'Nothing found.' }],
    ],
  ])('%s', (_, error, blocks) => {
    expect(errorReply(error)).toEqual({ blocks, private: true, error: { code: error.code } });
  });
});
