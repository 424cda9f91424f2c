import { readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type Briefing, briefingSchema } from '../../src/content/briefing-schema.ts';
import { createDraftReview } from '../../src/content/draft-review.ts';
import { type ServedBriefings, serveBriefings } from '../../src/content/serve-briefings.ts';
import type { Caller } from '../../src/core/caller.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatch, dispatchText } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { writeDraft } from '../../src/derive/write-draft.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import type { LibraryStore } from '../../src/library/library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir, context } from '../helpers/briefings.ts';

const draft = (id: string, title: string): Briefing =>
  briefingSchema.parse(
    briefingData({
      id,
      title,
      draft: true,
      source: {
        publisher: 'Test Times',
        headline: `${title} headline`,
        url: `https://news.example/${id}`,
        pageDate: '2025-01-02',
      },
    }),
  );

const editor: Partial<Caller> = { platform: 'console', isEditor: true };
const reader: Partial<Caller> = { platform: 'discord', isDirect: false, canManageChannel: true };
const text = (reply: Reply) => JSON.stringify(reply);

describe('/review', () => {
  let served: ServedBriefings<LibraryStore> | undefined;
  let dir = '';
  afterEach(() => {
    served?.stop();
    served = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function start(files: Record<string, string | Record<string, unknown>>) {
    dir = briefingDir(files);
    const folder = serveBriefings({
      library: createLibrary(),
      dir,
      log: createLogger({ level: 'silent', destination: new PassThrough() }),
      watch: false,
    });
    served = folder;
    const review = createDraftReview({
      drafts: () => folder.drafts(),
      reload: (name) => folder.reload(name),
      isServed: (id, name) => folder.serves(id, name),
    });
    return (line: string, who: Partial<Caller> = editor) =>
      dispatchText(registry, line, { ...context(folder.library, who), review });
  }

  const notes = {
    source: 'story.txt',
    unattributed: [{ paragraph: 4, text: 'Nothing is decided' }],
  };

  it('lists the drafts waiting, newest first, with source, quote count and what to check', async () => {
    const ask = start({
      'older.yaml': writeDraft(draft('older', 'Older draft'), { unattributed: [] }),
      'newer.yaml': writeDraft(draft('newer', 'Newer draft'), notes),
      'live.yaml': briefingData({ id: 'live' }),
    });
    utimesSync(join(dir, 'older.yaml'), new Date('2026-01-01'), new Date('2026-01-01'));
    utimesSync(join(dir, 'newer.yaml'), new Date('2026-02-01'), new Date('2026-02-01'));
    const reply = await ask('/review list');
    expect(reply.private).toBe(true);
    expect(reply.title).toBe('2 drafts waiting');
    const items = reply.blocks.find((block) => block.type === 'bullets')?.items ?? [];
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Newer draft (newer) · from Test Times: Newer draft headline');
    expect(items[0]).toContain('1 quote in 1 statement');
    expect(items[0]).toContain('check: 1 quote(s) the rules could not place');
    expect(items[1]).toContain('(older)');
  });

  it('shows each statement with its speaker and sentence, the unplaced quotes and the link', async () => {
    const ask = start({ 'newer.yaml': writeDraft(draft('newer', 'Newer draft'), notes) });
    const shown = text(await ask('/review show newer'));
    expect(shown).toContain(
      '1. Ada Lovelace (direct quote, ¶1): “It happened” — in: “It happened,” Lovelace said.',
    );
    expect(shown).toContain('¶4: “Nothing is decided”');
    expect(shown).toContain('Source: https://news.example/newer');
    expect((await ask('/review show nothing-here')).error?.code).toBe('not_found');
  });

  it('publishes an approved draft: the flag leaves the file, comments stay, and /brief serves it', async () => {
    const ask = start({ 'newer.yaml': writeDraft(draft('newer', 'Newer draft'), notes) });
    expect((await ask('/brief newer')).error?.code).toBe('unknown_topic');
    const approved = await ask('/review approve newer');
    expect(approved.error).toBeUndefined();
    expect(text(approved)).toContain('Published: /brief newer now serves it');
    const file = readFileSync(join(dir, 'newer.yaml'), 'utf8');
    expect(file).not.toMatch(/^draft:/m);
    expect(file).toContain('# Draft briefing: Newer draft');
    expect((await ask('/brief newer')).title).toBe('Newer draft');
    expect((await ask('/review list')).title).toBe('No drafts waiting');
  });

  it('keeps a rejected draft out with its reason, off the list but still shown', async () => {
    const ask = start({ 'newer.yaml': writeDraft(draft('newer', 'Newer draft'), notes) });
    const rejected = await ask('/review reject newer quote credited to   the wrong person');
    expect(rejected.error).toBeUndefined();
    const file = readFileSync(join(dir, 'newer.yaml'), 'utf8');
    expect(file).toMatch(/^draft: true$/m);
    expect(file).toMatch(/^rejected: quote credited to the wrong person$/m);
    expect((await ask('/brief newer')).error?.code).toBe('unknown_topic');
    expect((await ask('/review list')).title).toBe('No drafts waiting');
    expect(text(await ask('/review show newer'))).toContain(
      'Rejected: quote credited to the wrong person',
    );
    expect((await ask('/review reject newer')).error?.code).toBe('bad_argument');
  });

  it('never lists a draft that another file’s id keeps out, so approving cannot displace it', async () => {
    const ask = start({
      'a-copy.yaml': writeDraft(draft('live', 'Draft of live'), notes),
      'live.yaml': briefingData({ id: 'live', title: 'Live one' }),
    });
    expect((await ask('/review list')).title).toBe('No drafts waiting');
    expect((await ask('/review approve live')).error?.code).toBe('not_found');
    expect((await ask('/brief live')).title).toBe('Live one');
  });

  it('refuses everyone but editors, privately, and changes nothing', async () => {
    const ask = start({ 'newer.yaml': writeDraft(draft('newer', 'Newer draft'), notes) });
    const before = readFileSync(join(dir, 'newer.yaml'), 'utf8');
    for (const line of [
      '/review list',
      '/review show newer',
      '/review approve newer',
      '/review reject newer no',
    ]) {
      for (const who of [
        reader,
        { platform: 'slack' as const },
        { platform: 'discord' as const, isDirect: true },
      ]) {
        const reply = await ask(line, who);
        expect(reply.error?.code).toBe('not_editor');
        expect(reply.private).toBe(true);
        expect(text(reply)).not.toContain('Newer draft');
      }
    }
    expect(readFileSync(join(dir, 'newer.yaml'), 'utf8')).toBe(before);
  });

  it('answers clearly where no briefings folder is served', async () => {
    const reply = await dispatch(
      registry,
      { command: 'review list', args: {} },
      context(createLibrary(), editor),
    );
    expect(reply.error?.code).toBe('unavailable');
  });
});
