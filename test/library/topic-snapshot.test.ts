import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticBriefings } from '../../bench/corpus.ts';
import { type Briefing, briefingSchema } from '../../src/content/briefing-schema.ts';
import {
  leanBriefing,
  type ServedBriefing,
  splitBriefing,
} from '../../src/content/lean-briefing.ts';
import { createLibrary, type TextSnapshotOptions } from '../../src/library/create-library.ts';
import type { LibraryStore } from '../../src/library/library.ts';
import { seedBriefings } from '../helpers/briefings.ts';

// A restart takes the briefings' names (what /brief, /topics and completion look up) from the
// topic snapshot saved beside the full-text one, for every briefing that is the very version
// saved; anything changed, deleted or now a draft is named afresh or forgotten.

const aardvark = briefingSchema.parse({
  ...(seedBriefings()[0] as Briefing),
  id: 'aardvark-summit',
  aliases: ['aardvark'],
  title: 'Aardvark summit',
  tags: ['burrows'],
});
const base: Briefing[] = [
  ...seedBriefings(),
  aardvark,
  ...[...syntheticBriefings(40)].map((b) => briefingSchema.parse(b)),
];

function stamped(briefing: Briefing, version = 1): ServedBriefing {
  const { head, body } = splitBriefing(structuredClone(briefing));
  return leanBriefing(head, () => body, `${briefing.id}.yaml\u0000${version}\u00001`);
}

const queries = [
  'putin',
  'russia dprk',
  'aardvark',
  'aardvak summit',
  'border talks',
  'port',
  'au',
];

/** Everything the topic index answers for the queries: exact or ranked, completions, nearest. */
function answers(library: LibraryStore) {
  return queries.map((query) => [
    library.topics.match(query),
    library.topics.complete(query, 10),
    library.topics.nearest(query, 5),
  ]);
}

let dir: string;
let options: TextSnapshotOptions;
let topicsFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-topic-snapshot-'));
  options = { file: join(dir, 'text-index.snapshot'), rules: 'rules-1' };
  topicsFile = join(dir, 'topic-index.snapshot');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function start(briefings: ServedBriefing[], snapshot = options) {
  const library = createLibrary([], { textSnapshot: snapshot });
  library.update(briefings, { background: true });
  await library.textReady();
  library.saveIndex();
  return library;
}

/** Renames the aardvark briefing inside the saved snapshot (same length, so it stays aligned). */
function tamper(): void {
  const bytes = readFileSync(topicsFile, 'latin1');
  expect(bytes).toContain('"aardvark summit"');
  writeFileSync(topicsFile, bytes.replace('"aardvark summit"', '"zzzzzzzz summit"'), 'latin1');
}

describe('the topic snapshot', () => {
  it('names every briefing on a restart exactly as a library built afresh', async () => {
    const first = await start(base.map((b) => stamped(b)));
    expect(existsSync(topicsFile)).toBe(true);
    const again = await start(base.map((b) => stamped(b)));
    expect(answers(again)).toEqual(answers(first));
    expect(answers(again)).toEqual(answers(createLibrary(base)));
    expect(again.topics.match('aardvark summit')).toEqual({
      exact: true,
      ids: ['aardvark-summit'],
    });
  });

  it('is what a restart names an unchanged briefing by, not its head again', async () => {
    await start(base.map((b) => stamped(b)));
    tamper();
    const again = await start(base.map((b) => stamped(b)));
    expect(again.topics.match('zzzzzzzz summit')).toEqual({
      exact: true,
      ids: ['aardvark-summit'],
    });
    // A new version of the file is named from its head.
    const changed = await start(
      base.map((b) =>
        b === aardvark ? stamped({ ...b, title: 'Pangolin summit' }, 2) : stamped(b),
      ),
    );
    expect(changed.topics.match('zzzzzzzz summit')).toEqual({ exact: false, ranked: [] });
    expect(changed.topics.match('pangolin summit')).toEqual({
      exact: true,
      ids: ['aardvark-summit'],
    });
  });

  it('forgets a briefing deleted or made a draft since, and names a changed one afresh', async () => {
    await start(base.map((b) => stamped(b)));
    const drafted = base[0] as Briefing;
    const deleted = base[2] as Briefing;
    const retitled = aardvark;
    const now = [
      stamped({ ...drafted, draft: true }, 2),
      stamped({ ...retitled, title: 'Pangolin summit', aliases: ['pangolin'] }, 2),
      ...base.filter((b) => ![drafted, deleted, retitled].includes(b)).map((b) => stamped(b)),
    ];
    const again = await start(now);
    const fresh = createLibrary(now);
    expect(answers(again)).toEqual(answers(fresh));
    for (const gone of [drafted, deleted]) {
      expect(again.topics.match(gone.id)).not.toEqual({ exact: true, ids: [gone.id] });
      expect(again.topics.complete(gone.id, 10)).not.toContain(gone.id);
    }
    // Its old alias names it no more (its id, which has the word, still ranks it).
    expect(again.topics.match('aardvark').exact).toBe(false);
    expect(again.topics.match('pangolin')).toEqual({ exact: true, ids: ['aardvark-summit'] });
    // What the restart changed is saved: the next one starts from it.
    const third = await start(now);
    expect(answers(third)).toEqual(answers(fresh));
  });

  it('forgets a briefing removed while serving, and names a changed one afresh', async () => {
    const library = await start(base.map((b) => stamped(b)));
    library.update(
      base
        .filter((b) => b !== aardvark)
        .map((b) => (b === base[0] ? stamped({ ...b, title: 'Pangolin summit' }, 2) : stamped(b))),
    );
    expect(library.topics.match('aardvark summit')).toEqual({ exact: false, ranked: [] });
    expect(library.topics.match('pangolin summit').exact).toBe(true);
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    [
      'without the names',
      (bytes: Buffer) => {
        const text = bytes.toString('latin1');
        // Same length, so only the missing names make it unusable.
        return Buffer.from(text.replace('"labels":', '"xxxxxx":'), 'latin1');
      },
    ],
  ])('is ignored when %s, and the names are worked out again', async (_, damage) => {
    await start(base.map((b) => stamped(b)));
    tamper();
    writeFileSync(topicsFile, damage(readFileSync(topicsFile)));
    const again = await start(base.map((b) => stamped(b)));
    expect(answers(again)).toEqual(answers(createLibrary(base)));
    expect(again.topics.match('zzzzzzzz summit')).toEqual({ exact: false, ranked: [] });
  });

  it('is not used for briefings parsed whole, which carry no stamp', async () => {
    await start(base.map((b) => stamped(b)));
    tamper();
    const unstamped = base.map((b) => {
      const { head, body } = splitBriefing(structuredClone(b));
      const served: ServedBriefing = { ...head, readBody: () => body };
      return served;
    });
    const again = await start(unstamped);
    expect(again.topics.match('zzzzzzzz summit')).toEqual({ exact: false, ranked: [] });
    expect(answers(again)).toEqual(answers(createLibrary(base)));
  });

  it('is ignored when made under other rules', async () => {
    await start(base.map((b) => stamped(b)));
    tamper();
    const again = await start(
      base.map((b) => stamped(b)),
      { ...options, rules: 'rules-2' },
    );
    expect(again.topics.match('zzzzzzzz summit')).toEqual({ exact: false, ranked: [] });
  });
});
