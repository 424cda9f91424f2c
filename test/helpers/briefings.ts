import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import type { Briefing } from '../../src/content/briefing-schema.ts';
import { plainBriefing } from '../../src/content/lean-briefing.ts';
import type { Caller } from '../../src/core/caller.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import type { Library, LibraryStore } from '../../src/library/library.ts';

/** The briefings shipped in `briefings/`, loaded the way the bot loads them, each whole. */
export function seedBriefings(): Briefing[] {
  const snapshot = createBriefingFiles('briefings').loadAll();
  if (snapshot.problems.length > 0)
    throw new Error(`seed briefings have problems: ${JSON.stringify(snapshot.problems)}`);
  return snapshot.briefings.map(plainBriefing);
}

export function seedLibrary(): LibraryStore {
  return createLibrary(seedBriefings());
}

/** A small valid briefing, as an editor would write it, with any field replaced. */
export function briefingData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-topic',
    title: 'A test topic',
    updated: '2025-01-02',
    summary: 'Something happened.',
    keyPoints: [{ text: 'It happened.', paragraphs: [1] }],
    source: { publisher: 'Test Times', headline: 'It happened', pageDate: '2025-01-02' },
    people: [
      { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'Mathematician', aliases: ['Lovelace'] },
    ],
    statements: [
      {
        speaker: 'ada-lovelace',
        kind: 'direct',
        text: 'It happened',
        context: '“It happened,” Lovelace said.',
        paragraph: 1,
      },
    ],
    ...overrides,
  };
}

/** Writes briefing files (objects as YAML, strings as they are) to a fresh temporary directory. */
export function briefingDir(files: Record<string, Record<string, unknown> | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content));
  }
  return dir;
}

export function context(library: Library, caller: Partial<Caller> = {}): CommandContext {
  return {
    library,
    caller: {
      platform: 'console',
      userId: 'tester',
      channelId: 'test-channel',
      isDirect: true,
      canManageChannel: true,
      ...caller,
    },
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
}
