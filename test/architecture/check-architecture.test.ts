import { describe, expect, it } from 'vitest';
import { duplicateNames, type Tree, violations } from './check-architecture.ts';

/** A small tree that keeps every rule; each test below breaks one. */
const clean: Tree = {
  'src/config.ts': 'export const config = {};\n',
  'src/content/briefing-schema.ts': 'export type Briefing = { id: string };\n',
  'src/library/library.ts':
    "import type { Briefing } from '../content/briefing-schema.ts';\nexport type Library = Briefing[];\n",
  'src/core/dispatch.ts':
    "import type { Library } from '../library/library.ts';\nimport { z } from 'zod';\nexport const d = (l: Library) => z;\n",
  'src/core/commands/help.ts': "import { d } from '../dispatch.ts';\nexport const help = d;\n",
  'src/adapters/discord/discord-bot.ts':
    "import { Client } from 'discord.js';\nimport { d } from '../../core/dispatch.ts';\nexport { Client, d };\n",
};

const breaking = (files: Tree) => violations({ ...clean, ...files });

describe('the architecture check', () => {
  it('passes a tree that keeps every rule', () => {
    expect(violations(clean)).toEqual([]);
  });

  it('fails when content imports the library (imports go from library to content)', () => {
    expect(
      breaking({
        'src/content/serve-briefings.ts':
          "import { createLibrary } from '../library/create-library.ts';\nexport const s = createLibrary;\n",
        'src/library/create-library.ts': 'export const createLibrary = () => [];\n',
      }),
    ).toEqual([
      'src/content/serve-briefings.ts (content) imports src/library/create-library.ts (library)',
    ]);
  });

  it('fails when the command framework imports a command', () => {
    expect(
      breaking({
        'src/core/parse-text.ts':
          "import { help } from './commands/help.ts';\nexport const p = help;\n",
      }),
    ).toEqual(['src/core/parse-text.ts (core) imports src/core/commands/help.ts (commands)']);
  });

  it('fails when the core imports an adapter', () => {
    expect(
      breaking({
        'src/core/render.ts':
          "import { Client } from '../adapters/discord/discord-bot.ts';\nexport const r = Client;\n",
      }),
    ).toEqual(['src/core/render.ts (core) imports src/adapters/discord/discord-bot.ts (adapters)']);
  });

  it('fails when a platform library is imported outside the adapters, types included', () => {
    expect(
      breaking({
        'src/core/reply.ts':
          "import type { APIEmbed } from 'discord.js';\nexport type R = APIEmbed;\n",
        'src/content/feed.ts': "import { App } from '@slack/bolt';\nexport const a = App;\n",
      }),
    ).toEqual([
      'src/core/reply.ts (model) imports the platform library discord.js',
      'src/content/feed.ts (content) imports the platform library @slack/bolt',
    ]);
  });

  it('fails on an import cycle, even a type-only one inside one part', () => {
    expect(
      breaking({
        'src/core/command.ts':
          "import type { DigestService } from './digest-service.ts';\nexport type C = DigestService;\n",
        'src/core/digest-service.ts':
          "import type { C } from './command.ts';\nexport type DigestService = C;\n",
      }),
    ).toEqual([
      'import cycle: src/core/command.ts -> src/core/digest-service.ts -> src/core/command.ts',
    ]);
  });

  it('fails on a file over 400 lines, wherever it is', () => {
    const long = `${'export const x = 1;\n'.repeat(401)}`;
    expect(breaking({ 'bench/long.ts': long })).toEqual([
      'bench/long.ts has 401 lines (at most 400)',
    ]);
    expect(breaking({ 'bench/fits.ts': `${'export const x = 1;\n'.repeat(400)}` })).toEqual([]);
  });

  it('fails on a source file in no part of the table', () => {
    expect(breaking({ 'src/newsroom/desk.ts': 'export const desk = 1;\n' })).toEqual([
      'src/newsroom/desk.ts belongs to no part of the architecture table',
    ]);
  });

  it('finds a command name used twice in a registry', () => {
    expect(duplicateNames(['help', 'quote', 'digest list', 'quote'])).toEqual(['quote']);
    expect(duplicateNames(['help', 'quote', 'digest list'])).toEqual([]);
  });
});
