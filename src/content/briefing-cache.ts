import {
  closeSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Briefing } from './briefing-schema.ts';
import { writeCompacted } from './cache-compaction.ts';
import {
  cacheFormat,
  cacheLine,
  forEachLine,
  headerFits,
  headerOf,
  prefixOf,
} from './cache-file.ts';
import { type CacheHeads, readFittingHeads } from './cache-heads.ts';
import { createHeadsWriter } from './cache-heads-writer.ts';
import {
  adoptShared,
  type BriefingBody,
  briefingFromJson,
  internHead,
  leanBriefing,
  type ServedBriefing,
  type StoredHead,
  splitBriefing,
  wholeBriefing,
} from './lean-briefing.ts';
import { parseBriefing } from './parse-briefing.ts';
import {
  DEFAULT_MAX_BRIEFING_BYTES,
  type FileStamp,
  readBriefingFile,
} from './read-briefing-file.ts';

export type { FileStamp };
export { cacheFormat };

interface Entry extends FileStamp {
  briefing: ServedBriefing;
  /** False once the file stopped parsing: the entry still serves its body, but not a start. */
  current: boolean;
  /** Where the entry's line starts in the cache file, its length, and where its body starts. */
  lineAt: number;
  lineLength: number;
  bodyAt: number;
}

/** Bodies read back recently: a briefing shown once is often shown (or searched) again. */
const RECENT_BODIES = 64;

/**
 * Parsed briefings kept between runs (in DATA_DIR), keyed by file name and stamped with the
 * file's modification time and size, so that a start parses only files that changed. Each entry
 * is one line, `{name, mtimeMs, size, head}` TAB `body` (JSON never holds a raw tab): a start
 * parses the heads alone, and a briefing's body is read back from its offset when it is needed.
 * The file is appended to as files are parsed (the bodies need not stay in memory meanwhile); the
 * last line for a name wins, and `flush` compacts it once superseded lines pile up. Only files
 * that parsed with no problem at all are kept, and anything unexpected in the cache file just
 * means parsing that file again.
 */
export function openBriefingCache(
  file: string,
  dir: string,
  maxBytes: number = DEFAULT_MAX_BRIEFING_BYTES,
  options: {
    /**
     * Where the heads are saved in a compact form between runs (see cache-heads.ts): a start
     * reads them from there, and from the cache file only what was appended to it since.
     * Beside the cache file, `briefing-cache.heads` for `briefing-cache.ndjson`, if omitted.
     */
    headsFile?: string;
  } = {},
) {
  const headsFile = options.headsFile ?? `${file.replace(/\.ndjson$/, '')}.heads`;
  const entries = new Map<string, Entry>();
  const recent = new Map<number, BriefingBody>();
  let fd: number | undefined;
  /** Bytes in the file, and how many of them only old versions or deleted files still hold. */
  let length = 0;
  let stale = 0;
  /** Set when the cache file cannot be written: parsed briefings then stay whole in memory. */
  let broken = false;
  /** Whether the entries differ from what the heads file on disk describes. */
  let headsChanged = true;
  const heads = createHeadsWriter(headsFile);

  const readBytes = (at: number, count: number): Buffer => {
    if (fd === undefined) throw new Error('the briefing cache is closed');
    const buffer = Buffer.allocUnsafe(count);
    let done = 0;
    while (done < count) {
      const n = readSync(fd, buffer, done, count - done, at + done);
      if (n === 0) throw new Error('the briefing cache is shorter than expected');
      done += n;
    }
    return buffer;
  };

  /** `keep`: whether the body joins the recent ones (not for a pass over every briefing). */
  function bodyOf(name: string, entry: Entry, keep: boolean): BriefingBody {
    const cached = recent.get(entry.bodyAt);
    if (cached) {
      if (!keep) return cached;
      recent.delete(entry.bodyAt);
      recent.set(entry.bodyAt, cached);
      return cached;
    }
    let body: BriefingBody;
    try {
      const line = readBytes(entry.lineAt, entry.lineLength);
      const prefix = Buffer.from(prefixOf(name, entry));
      const bodyStart = entry.bodyAt - entry.lineAt;
      if (
        line.compare(prefix, 0, prefix.length, 0, prefix.length) !== 0 ||
        line[bodyStart - 1] !== 9
      ) {
        throw new Error('the line moved');
      }
      body = JSON.parse(line.toString('utf8', bodyStart)) as BriefingBody;
    } catch {
      // The cache file was changed behind our back (another process, a disk fault): the file
      // itself still has the briefing.
      body = reparse(name);
    }
    if (!keep) return body;
    if (recent.size >= RECENT_BODIES) recent.delete(recent.keys().next().value ?? -1);
    recent.set(entry.bodyAt, body);
    return body;
  }

  function reparse(name: string): BriefingBody {
    const path = join(dir, name);
    const source = readBriefingFile(dir, name, maxBytes);
    if (source === undefined) throw new Error(`${path} is gone`);
    const parsed = parseBriefing(path, source);
    if (!parsed.briefing) throw new Error(`${path} can no longer be read back`);
    return splitBriefing(parsed.briefing).body;
  }

  /**
   * The briefing an entry serves: the head in memory, the body fetched by its current offset.
   * `at` is the stamp and the line's place in one object (a heads file's entry as it is).
   */
  function track(
    name: string,
    at: FileStamp & Pick<Entry, 'lineAt' | 'lineLength' | 'bodyAt'>,
    head: StoredHead,
    current = true,
  ): ServedBriefing {
    // The body is found by the entry's offsets as they are when it is read (`flush` moves them).
    // Fields named one by one, not spread: this runs for every briefing at a start.
    const entry: Entry = {
      mtimeMs: at.mtimeMs,
      size: at.size,
      lineAt: at.lineAt,
      lineLength: at.lineLength,
      bodyAt: at.bodyAt,
      current,
      briefing: leanBriefing(
        head,
        (keep) => bodyOf(name, entry, keep),
        `${name}\u0000${at.mtimeMs}\u0000${at.size}`,
      ),
    };
    const previous = entries.get(name);
    if (previous) stale += previous.lineLength + 1;
    entries.set(name, entry);
    headsChanged = true;
    return entry.briefing;
  }

  /** Serves the heads file's entries; returns where in the cache file reading goes on. */
  function fromHeads(saved: CacheHeads): number {
    adoptShared(saved.texts, saved.shared);
    for (const entry of saved.entries) track(entry.name, entry, entry.head, entry.current);
    stale = saved.identity.stale;
    headsChanged = false;
    return saved.identity.length;
  }

  /** Reads every line's head (from the heads file where it can); a damaged line costs its own. */
  function readAll(): void {
    fd = openSync(file, 'r+');
    const stats = fstatSync(fd);
    const saved = readFittingHeads(headsFile, headerOf(dir), stats, readBytes);
    let headerRead = saved !== undefined;
    const from = saved ? fromHeads(saved) : 0;
    const read = forEachLine(fd, from, stats.size, (buffer, start, end, lineAt) => {
      if (headerRead) readLine(buffer, start, end, lineAt);
      else if (headerFits(buffer.toString('utf8', start, end), dir)) headerRead = true;
      else throw new Error('other rules');
    });
    if (!headerRead) throw new Error('no header');
    // A torn last line is cut off: appending after it would spoil the next line too.
    length = read.end;
    if (read.torn) ftruncateSync(fd, length);
  }

  function readLine(buffer: Buffer, start: number, end: number, lineAt: number): void {
    const tab = buffer.indexOf(9, start);
    try {
      if (tab < 0 || tab > end) throw new Error('no body');
      const { name, mtimeMs, size, head } = JSON.parse(buffer.toString('utf8', start, tab)) as {
        name: string;
        head: StoredHead;
      } & FileStamp;
      const bodyAt = lineAt + tab + 1 - start;
      track(name, { mtimeMs, size, lineAt, lineLength: end - start, bodyAt }, internHead(head));
    } catch {
      stale += end - start + 1;
    }
  }

  /** Starts a new cache file (the old one was of other rules, damaged, or absent). */
  function startFile(): void {
    if (fd !== undefined) closeSync(fd);
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const header = Buffer.from(headerOf(dir));
    const out = openSync(temporary, 'w+');
    writeSync(out, header);
    renameSync(temporary, file);
    fd = out;
    length = header.length;
    stale = 0;
  }

  try {
    readAll();
  } catch {
    // No cache yet, or one of other rules or unreadable: parse everything, into a fresh one.
    entries.clear();
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  }

  return {
    get(name: string, stamp: FileStamp): ServedBriefing | undefined {
      const entry = entries.get(name);
      return entry?.current && entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size
        ? entry.briefing
        : undefined;
    },
    /**
     * Keeps a cleanly parsed briefing, and returns what should serve in its place: the same
     * briefing with its body on disk. If the cache cannot be written, the briefing with its body
     * in memory.
     */
    set(name: string, stamp: FileStamp, briefing: Briefing): ServedBriefing {
      if (broken) return wholeBriefing(briefing);
      const { head, body } = splitBriefing(briefing);
      return this.setJson(name, stamp, JSON.stringify(head), JSON.stringify(body));
    },
    /**
     * `set` for a briefing already split and written as JSON (parsed in another thread). If the
     * cache cannot be written, the briefing is read back whole, to stay in memory.
     */
    setJson(name: string, stamp: FileStamp, headJson: string, bodyJson: string): ServedBriefing {
      if (!broken) {
        try {
          if (fd === undefined) startFile();
          const { line, bodyFrom } = cacheLine({ name, stamp, headJson, bodyJson });
          writeSync(fd as number, line, 0, line.length, length);
          const at = {
            mtimeMs: stamp.mtimeMs,
            size: stamp.size,
            lineAt: length,
            lineLength: line.length - 1,
            bodyAt: length + bodyFrom,
          };
          length += line.length;
          // Read back from JSON rather than kept: strings from the YAML parser are slices that
          // would hold the whole source text of the file in memory.
          return track(name, at, internHead(JSON.parse(headJson) as StoredHead));
        } catch {
          broken = true;
        }
      }
      return briefingFromJson(headJson, bodyJson);
    },
    /**
     * A current entry's head and body as the JSON kept in the file, to hand to another process's
     * cache (`writeBriefingCache`); undefined when the entry is not current or its line moved.
     */
    linesOf(name: string): { stamp: FileStamp; headJson: string; bodyJson: string } | undefined {
      const entry = entries.get(name);
      if (!entry?.current) return undefined;
      try {
        // Offsets are in bytes, so the line is cut as bytes before it becomes text.
        const line = readBytes(entry.lineAt, entry.lineLength);
        const front = Buffer.from(`${prefixOf(name, entry)},"head":`);
        const tab = entry.bodyAt - entry.lineAt - 1;
        const closing = 0x7d; // the `}` that closes the line's JSON before the tab
        if (line.compare(front, 0, front.length, 0, front.length) !== 0) return undefined;
        if (line[tab] !== 9 || line[tab - 1] !== closing) return undefined;
        return {
          stamp: { mtimeMs: entry.mtimeMs, size: entry.size },
          headJson: line.toString('utf8', front.length, tab - 1),
          bodyJson: line.toString('utf8', tab + 1),
        };
      } catch {
        return undefined;
      }
    },
    /** Whether any version of the named file is kept. */
    knows(name: string): boolean {
      return entries.has(name);
    },
    delete(name: string): void {
      const entry = entries.get(name);
      if (entry === undefined) return;
      entries.delete(name);
      stale += entry.lineLength + 1;
      headsChanged = true;
    },
    /**
     * The file no longer parses, but its last good version keeps serving: its body stays in the
     * file, and its stamp matches nothing, so the next start parses the file again (and, if it
     * is still broken, serves that version through `lastGood`).
     */
    invalidate(name: string): void {
      const entry = entries.get(name);
      if (entry) entry.current = false;
      headsChanged = true;
    },
    /**
     * What a file served when it last parsed cleanly, whatever its stamp: a process that starts
     * while the file is broken serves this, as a running one keeps doing (and as other processes
     * on the same briefings do), instead of dropping the briefing until the file is mended.
     */
    lastGood(name: string): ServedBriefing | undefined {
      return entries.get(name)?.briefing;
    },
    /** Keeps only the named files (the others were deleted while the bot was down). */
    retain(names: ReadonlySet<string>): void {
      for (const name of [...entries.keys()]) if (!names.has(name)) this.delete(name);
    },
    /**
     * Rewrites the file without superseded lines once they make up a quarter of it, atomically
     * (a crash mid-write leaves the old one). Entries keep serving from the new file.
     */
    flush(): void {
      if (fd === undefined || broken || stale * 4 < length) return;
      const kept = [...entries.values()];
      const written = writeCompacted(file, headerOf(dir), kept, readBytes);
      // Offsets change only once the new file is in place; until then the old one serves.
      kept.forEach((entry, i) => {
        const lineAt = written.offsets[i] as number;
        entry.bodyAt += lineAt - entry.lineAt;
        entry.lineAt = lineAt;
      });
      closeSync(fd);
      fd = written.fd;
      length = written.length;
      stale = 0;
      recent.clear();
      headsChanged = true;
    },
    /**
     * Saves the heads file if the entries changed since it was last saved or read: at once (a
     * shutdown), or in slices (while serving). What it describes is taken now.
     */
    saveHeads(now: boolean): Promise<void> {
      if (fd === undefined || broken || !headsChanged) return Promise.resolve();
      const { dev, ino } = fstatSync(fd);
      // Copies: a compaction moves the entries' offsets in place while a write goes on.
      const captured = Array.from(entries, ([name, entry]) => ({
        ...entry,
        name,
        head: entry.briefing,
      }));
      headsChanged = false;
      const identity = { header: headerOf(dir).slice(0, -1), dev, ino, length, stale };
      return heads.save(identity, captured, now).catch((error) => {
        headsChanged = true;
        throw error;
      });
    },
    size: () => entries.size,
    /** Closes the cache file; a body asked for after this is parsed from its briefing file. */
    close(): void {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      recent.clear();
    },
  };
}

export type BriefingCache = ReturnType<typeof openBriefingCache>;
