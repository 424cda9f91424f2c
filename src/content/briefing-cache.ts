import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { type Briefing, briefingSchema } from './briefing-schema.ts';

/**
 * Bump when a check changes what a clean file is, so cached results made under the old rules are
 * not trusted. Schema changes are caught by the fingerprint below without a bump.
 */
const CHECKS_VERSION = 1;

/** Identifies the rules a cached briefing was parsed under: the schema, and the checks' version. */
export const cacheFormat = createHash('sha1')
  .update(JSON.stringify(z.toJSONSchema(briefingSchema, { io: 'input', unrepresentable: 'any' })))
  .update(String(CHECKS_VERSION))
  .digest('hex');

/** What identifies a file's content cheaply, without reading it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

interface Entry extends FileStamp {
  briefing: Briefing;
}

interface Header {
  format: string;
  dir: string;
}

/**
 * Reads the cache file: a header line, then one entry per line. Parsing line by line avoids one
 * string the size of the whole library, and a damaged line costs only its own entry.
 */
function readEntries(file: string, dir: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const buffer = readFileSync(file);
  let start = 0;
  let header: Header | undefined;
  for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
    const line = buffer.toString('utf8', start, end);
    start = end + 1;
    if (header === undefined) {
      header = JSON.parse(line) as Header;
      if (header.format !== cacheFormat || header.dir !== dir) return entries;
      continue;
    }
    try {
      const { name, ...entry } = JSON.parse(line) as Entry & { name: string };
      entries.set(name, entry);
    } catch {
      // A torn line: that file is parsed again.
    }
  }
  return entries;
}

/**
 * Parsed briefings kept between runs (in DATA_DIR), keyed by file name and stamped with the
 * file's modification time and size. Parsing and checking 10,000 YAML files takes seconds; reading
 * them back from here takes a fraction of that. Only files that parsed with no problem at all are
 * kept, and anything unexpected in the cache file just means starting without it.
 */
export function openBriefingCache(file: string, dir: string) {
  let entries = new Map<string, Entry>();
  try {
    entries = readEntries(file, dir);
  } catch {
    // No cache yet, or an unreadable one: parse everything, and write a fresh one.
  }
  let dirty = false;

  return {
    get(name: string, stamp: FileStamp): Briefing | undefined {
      const entry = entries.get(name);
      return entry && entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size
        ? entry.briefing
        : undefined;
    },
    set(name: string, stamp: FileStamp, briefing: Briefing): void {
      entries.set(name, { mtimeMs: stamp.mtimeMs, size: stamp.size, briefing });
      dirty = true;
    },
    delete(name: string): void {
      if (entries.delete(name)) dirty = true;
    },
    /** Keeps only the named files (the others were deleted while the bot was down). */
    retain(names: ReadonlySet<string>): void {
      for (const name of [...entries.keys()]) if (!names.has(name)) this.delete(name);
    },
    /** Writes the cache if anything changed, atomically (a crash mid-write leaves the old one). */
    flush(): void {
      if (!dirty) return;
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const header: Header = { format: cacheFormat, dir };
      const lines = [JSON.stringify(header)];
      for (const [name, entry] of entries) lines.push(JSON.stringify({ name, ...entry }));
      writeFileSync(temporary, `${lines.join('\n')}\n`);
      renameSync(temporary, file);
      dirty = false;
    },
    size: () => entries.size,
  };
}

export type BriefingCache = ReturnType<typeof openBriefingCache>;
