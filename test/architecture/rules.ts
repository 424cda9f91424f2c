/**
 * Briefbot's architecture as data: the parts of `src/`, which parts each may import, and the
 * limits every file keeps. docs/architecture.md explains the same table in words; the
 * architecture test checks the code against it, and its own test shows it failing on trees that
 * break each rule.
 */

/** One part of the code: the paths it owns and the parts it may import. */
export interface Part {
  name: string;
  /** A path ending in `/` owns a folder; otherwise one file. The longest match wins. */
  paths: string[];
  may: string[];
}

export const PARTS: Part[] = [
  { name: 'config', paths: ['src/config.ts', 'src/config-reference.ts'], may: [] },
  { name: 'logger', paths: ['src/logger.ts'], may: [] },
  { name: 'content', paths: ['src/content/'], may: ['logger'] },
  { name: 'derive', paths: ['src/derive/'], may: ['content'] },
  { name: 'library', paths: ['src/library/'], may: ['content'] },
  {
    name: 'model',
    paths: ['src/core/caller.ts', 'src/core/reply.ts', 'src/core/user-error.ts'],
    may: ['content'],
  },
  { name: 'digest-contract', paths: ['src/digests/digest-contract.ts'], may: ['model'] },
  { name: 'feed-contract', paths: ['src/feeds/feed-contract.ts'], may: [] },
  {
    name: 'feeds',
    paths: ['src/feeds/'],
    may: ['feed-contract', 'derive', 'content', 'logger'],
  },
  {
    name: 'core',
    paths: ['src/core/'],
    may: ['model', 'library', 'content', 'digest-contract', 'feed-contract', 'logger'],
  },
  {
    name: 'commands',
    paths: ['src/core/commands/'],
    may: ['core', 'model', 'library', 'content', 'digest-contract', 'feed-contract'],
  },
  {
    name: 'digests',
    paths: ['src/digests/'],
    may: ['core', 'model', 'library', 'content', 'digest-contract', 'config', 'logger'],
  },
  {
    name: 'platform',
    paths: ['src/platform.ts'],
    may: ['core', 'library', 'digests', 'config', 'logger'],
  },
  {
    name: 'adapters',
    paths: ['src/adapters/'],
    may: ['core', 'model', 'library', 'digests', 'digest-contract', 'platform', 'config', 'logger'],
  },
  { name: 'ops', paths: ['src/ops/'], may: ['core', 'digests'] },
  {
    name: 'app',
    paths: ['src/app/'],
    may: [
      'ops',
      'feeds',
      'feed-contract',
      'adapters',
      'commands',
      'core',
      'model',
      'library',
      'content',
      'digests',
      'digest-contract',
      'platform',
      'config',
      'logger',
    ],
  },
  {
    name: 'cli',
    paths: ['src/cli/'],
    may: ['app', 'adapters', 'commands', 'core', 'model', 'content', 'derive', 'config'],
  },
  {
    name: 'main',
    paths: ['src/main.ts'],
    may: ['app', 'adapters', 'cli', 'content', 'config'],
  },
];

/** Chat platform libraries: only the adapters (and the app's types of their options) use them. */
export const PLATFORM_LIBRARY = /^(discord\.js|@discordjs\/|@slack\/)/;

/** The parts that may import a chat platform library. */
export const PLATFORM_PARTS = ['adapters'];

/** No source file is longer than this many lines. */
export const MAX_LINES = 400;
