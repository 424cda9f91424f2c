import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticBriefings } from '../../bench/corpus.ts';
import { type Briefing, briefingSchema } from '../../src/content/briefing-schema.ts';
import {
  leanBriefing,
  type ServedBriefing,
  splitBriefing,
} from '../../src/content/lean-briefing.ts';
import { createLibrary, type TextSnapshotOptions } from '../../src/library/create-library.ts';
import { seedBriefings } from '../helpers/briefings.ts';

// A restart starts full-text search from the index saved by the last run, re-indexing only what
// changed; a snapshot it cannot trust is ignored and the index built again, never served wrong.

const base: Briefing[] = [
  ...seedBriefings(),
  ...[...syntheticBriefings(60)].map((b) => briefingSchema.parse(b)),
];

/** Whose bodies were read, by briefing id: indexing a briefing reads its body. */
let read: string[] = [];

/** A briefing as the briefing cache serves it: its body behind a reader, with a version stamp. */
function stamped(briefing: Briefing, version = 1): ServedBriefing {
  const { head, body } = splitBriefing(structuredClone(briefing));
  return leanBriefing(
    head,
    () => {
      read.push(briefing.id);
      return body;
    },
    `${briefing.id}.yaml\u0000${version}\u00001`,
  );
}

const queries = ['sanctions', 'artillery shells', 'grain valmora', 'putin', 'talks dominate'];

/** What a query finds, as ids in order with scores rounded (summing order may differ slightly). */
function answers(library: ReturnType<typeof createLibrary>) {
  return queries.map((query) =>
    library.searchTop(query, 10).hits.map((hit) => [hit.briefingId, hit.score.toFixed(6)]),
  );
}

let dir: string;
let options: TextSnapshotOptions;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-text-snapshot-'));
  options = { file: join(dir, 'text-index.snapshot'), rules: 'rules-1' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A first start: everything indexed in the background, then the snapshot saved just after. */
async function firstStart(briefings: ServedBriefing[]) {
  const library = createLibrary([], { textSnapshot: options });
  library.update(briefings, { background: true });
  await library.textReady();
  library.saveIndex();
  return library;
}

function restart(briefings: ServedBriefing[], snapshot = options) {
  read = [];
  const library = createLibrary([], { textSnapshot: snapshot });
  library.update(briefings, { background: true });
  return library;
}

describe('the full-text snapshot', () => {
  it('lets a restart search at once, finding exactly what a full index finds', async () => {
    const first = await firstStart(base.map((b) => stamped(b)));
    const again = restart(base.map((b) => stamped(b)));
    // No body was read: the index came from the snapshot.
    await again.textReady();
    expect(read).toEqual([]);
    expect(answers(again)).toEqual(answers(first));
    expect(answers(again).flat().length).toBeGreaterThan(10);
  });

  it('indexes again a briefing changed since, and drops what it said before', async () => {
    await firstStart(base.map((b) => stamped(b)));
    const changed = base.map((b, i) =>
      i === 0 ? stamped({ ...b, summary: 'Zanzibarian marmalade exports.' }, 2) : stamped(b),
    );
    const again = restart(changed);
    await again.textReady();
    expect(read).toEqual([base[0]?.id]);
    expect(again.search('zanzibarian').map((hit) => hit.briefingId)).toEqual([base[0]?.id]);
    const fresh = createLibrary(changed);
    expect(answers(again)).toEqual(answers(fresh));
  });

  it('never lets a briefing that became a draft, or was deleted, be found', async () => {
    await firstStart(base.map((b) => stamped(b)));
    const [drafted, deleted] = [base[0] as Briefing, base[1] as Briefing];
    const words = 'Quixotic saxophone';
    // The same stamp as before: only the draft flag keeps it from readers.
    const rest = base.slice(2).map((b) => stamped(b));
    const snapshotted = await firstStart([
      stamped({ ...drafted, summary: words }, 2),
      stamped({ ...deleted, summary: words }, 2),
      ...rest,
    ]);
    expect(snapshotted.search(words)).toHaveLength(2);
    const again = restart([stamped({ ...drafted, summary: words, draft: true }, 2), ...rest]);
    await again.textReady();
    expect(again.search(words)).toEqual([]);
    expect(again.briefing(drafted.id)).toBeUndefined();
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    ['not a snapshot', () => Buffer.from('{"format":1}\nhello')],
    [
      'with a document number out of range',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        // The last integer is a frequency, the one before it a document number.
        copy.writeInt32LE(1_000_000, copy.length - 8);
        return copy;
      },
    ],
    [
      'of another format',
      (bytes: Buffer) => {
        const text = bytes.toString('latin1');
        return Buffer.from(text.replace('"format":1', '"format":0'), 'latin1');
      },
    ],
    [
      'with a word given twice',
      (bytes: Buffer) => {
        // Its header rewritten, padded as written so that the integers stay where they were.
        const newline = bytes.indexOf(10);
        const header = JSON.parse(bytes.toString('utf8', 0, newline));
        header.terms[1] = header.terms[0];
        let line = JSON.stringify(header);
        line += ' '.repeat((4 - ((Buffer.byteLength(line) + 1) % 4)) % 4);
        return Buffer.concat([Buffer.from(`${line}\n`), bytes.subarray(newline + 1)]);
      },
    ],
  ])('is ignored when %s, and the index is built again', async (_, damage) => {
    await firstStart(base.map((b) => stamped(b)));
    writeFileSync(options.file, damage(readFileSync(options.file)));
    const again = restart(base.map((b) => stamped(b)));
    await again.textReady();
    expect(read).toHaveLength(base.length);
    expect(answers(again)).toEqual(answers(createLibrary(base)));
    // Once rebuilt, it is saved whole again.
    again.saveIndex();
    await restart(base.map((b) => stamped(b))).textReady();
    expect(read).toEqual([]);
  });

  it('is taken as the start read it ahead, and read from its file when it was not', async () => {
    await firstStart(base.map((b) => stamped(b)));
    const bytes = readFileSync(options.file);
    const asked: string[] = [];
    // The file gone: only the bytes read ahead can spare the restart indexing every briefing.
    rmSync(options.file);
    const ahead = restart(
      base.map((b) => stamped(b)),
      {
        ...options,
        readAhead: (file) => {
          asked.push(file);
          return file === options.file ? bytes : undefined;
        },
      },
    );
    await ahead.textReady();
    expect(asked).toContain(options.file);
    expect(read).toEqual([]);
    // Nothing read ahead: the file is read as before.
    writeFileSync(options.file, bytes);
    const again = restart(
      base.map((b) => stamped(b)),
      { ...options, readAhead: () => undefined },
    );
    await again.textReady();
    expect(read).toEqual([]);
    expect(answers(again)).toEqual(answers(ahead));
  });

  it('is ignored when made under other rules (another cache format or folder)', async () => {
    await firstStart(base.map((b) => stamped(b)));
    const again = restart(
      base.map((b) => stamped(b)),
      { ...options, rules: 'rules-2' },
    );
    await again.textReady();
    expect(read).toHaveLength(base.length);
  });

  it('is not used for briefings parsed whole, which carry no stamp', async () => {
    await firstStart(base.map((b) => stamped(b)));
    const again = restart(
      base.map((b) => {
        const { head, body } = splitBriefing(structuredClone(b));
        const unstamped: ServedBriefing = {
          ...head,
          readBody: () => {
            read.push(b.id);
            return body;
          },
        };
        return unstamped;
      }),
    );
    await again.textReady();
    expect(read).toHaveLength(base.length);
  });

  it('is written just after search is ready, or at once when asked (a shutdown)', async () => {
    const library = createLibrary([], { textSnapshot: options });
    library.update(
      base.map((b) => stamped(b)),
      { background: true },
    );
    await library.textReady();
    // Search is ready before the write, which answers no question.
    expect(existsSync(options.file)).toBe(false);
    library.saveIndex();
    expect(existsSync(options.file)).toBe(true);
    await restart(base.map((b) => stamped(b))).textReady();
    expect(read).toEqual([]);
  });

  it('is written in slices when not asked, with the event loop free between them', async () => {
    const library = createLibrary([], { textSnapshot: { ...options, quietMs: 0 } });
    library.update(
      base.map((b) => stamped(b)),
      { background: true },
    );
    await library.textReady();
    expect(existsSync(options.file)).toBe(false);
    await vi.waitFor(() => expect(existsSync(options.file)).toBe(true), { timeout: 10_000 });
    const again = restart(base.map((b) => stamped(b)));
    await again.textReady();
    expect(read).toEqual([]);
    expect(answers(again)).toEqual(answers(library));
  });

  it('waits to be written until the index has been left alone, a change starting the wait again', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const briefings = base.map((b) => stamped(b));
    const library = createLibrary([], { textSnapshot: { ...options, quietMs: 300 } });
    library.update(briefings, { background: true });
    await library.textReady();
    await sleep(200);
    // A save before the write was due: the wait starts again from it, so none is written yet
    // when the first wait would have ended and its write had time to finish.
    library.update([
      stamped({ ...(base[0] as Briefing), title: 'Edited' }, 2),
      ...briefings.slice(1),
    ]);
    await sleep(200);
    expect(existsSync(options.file)).toBe(false);
    await vi.waitFor(() => expect(existsSync(options.file)).toBe(true), { timeout: 10_000 });
  });

  it('keeps the library serving when the snapshot cannot be written', async () => {
    const errors: unknown[] = [];
    options = {
      ...options,
      file: join(dir, 'missing', '\u0000bad'),
      onError: (e) => errors.push(e),
    };
    const library = await firstStart(base.map((b) => stamped(b)));
    expect(errors).toHaveLength(1);
    expect(library.search('sanctions').length).toBeGreaterThan(0);
  });
});
