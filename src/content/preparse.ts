import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { splitBriefing } from './lean-briefing.ts';
import { type ParsedFile, parseBriefing } from './parse-briefing.ts';
import { type FileStamp, openBriefingFile } from './read-briefing-file.ts';

/**
 * A briefing file parsed ahead of the start that serves it, possibly in another thread. A clean
 * file comes back as the JSON of its head and body (strings cross threads as one copy, where a
 * parsed object would be cloned field by field); a file with problems comes back parsed.
 */
export type Preparsed =
  | { name: string; stamp: FileStamp; headJson: string; bodyJson: string; hash: string }
  | { name: string; stamp: FileStamp; parsed: ParsedFile }
  /** A clean parse already written to the briefing cache, which now serves it. */
  | { name: string; stamp: FileStamp; hash: string; cached: true };

/**
 * Parses the named files of a folder. A file that cannot be opened or read is left out: the
 * start reads it again itself and reports why, as it does for any file.
 */
export function preparseFiles(
  dir: string,
  names: readonly string[],
  maxBytes: number,
): Preparsed[] {
  const out: Preparsed[] = [];
  for (const name of names) {
    let stamp: FileStamp;
    let source: string;
    try {
      const opened = openBriefingFile(dir, name, maxBytes);
      if (opened === undefined) continue;
      stamp = opened.stamp;
      source = opened.read();
    } catch {
      continue;
    }
    const parsed = parseBriefing(join(dir, name), source);
    if (parsed.briefing && parsed.problems.length === 0) {
      const { head, body } = splitBriefing(parsed.briefing);
      out.push({
        name,
        stamp,
        headJson: JSON.stringify(head),
        bodyJson: JSON.stringify(body),
        hash: sourceHash(source),
      });
    } else {
      out.push({ name, stamp, parsed });
    }
  }
  return out;
}

/**
 * What identifies a file's text wherever it is deployed (its modification time does not): a clean
 * parse of the same name and text is the same briefing, so other processes may reuse it. A string
 * is hashed as its UTF-8 bytes, so the text as parsed and the file's bytes hash alike.
 */
export function sourceHash(source: string | Buffer): string {
  return createHash('sha1').update(source).digest('hex');
}
