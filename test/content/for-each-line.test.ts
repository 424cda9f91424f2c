import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachLine, headerOf, isUsableBriefingCache } from '../../src/content/cache-file.ts';

// How a cache file is read line by line: every whole line once, with where it starts in the
// file, never a byte past the end asked for, and a torn last line told apart.

const dir = mkdtempSync(join(tmpdir(), 'briefbot-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** Every line `forEachLine` finds in `text` between `from` and `size`, with its place. */
function linesOf(text: string | Buffer, from = 0, size?: number) {
  const file = join(dir, `f${files++}`);
  writeFileSync(file, text);
  const bytes = Buffer.from(text);
  const fd = openSync(file, 'r');
  try {
    const lines: [string, number][] = [];
    const result = forEachLine(fd, from, size ?? bytes.length, (buffer, start, end, at) => {
      lines.push([buffer.toString('utf8', start, end), at]);
    });
    return { lines, ...result };
  } finally {
    closeSync(fd);
  }
}

describe('forEachLine', () => {
  it('finds every line with where it starts, an empty first line too', () => {
    expect(linesOf('\nab\ncde\n')).toEqual({
      lines: [
        ['', 0],
        ['ab', 1],
        ['cde', 4],
      ],
      end: 8,
      torn: false,
    });
  });

  it('tells a torn last line apart, and ends before it', () => {
    expect(linesOf('ab\ncd')).toEqual({ lines: [['ab', 0]], end: 3, torn: true });
    expect(linesOf('no newline at all')).toEqual({ lines: [], end: 0, torn: true });
  });

  it('reads from where it is told to, and never past the end it is given', () => {
    expect(linesOf('skip\nab\ncd\nef\n', 5, 11)).toEqual({
      lines: [
        ['ab', 5],
        ['cd', 8],
      ],
      end: 11,
      torn: false,
    });
    // The end cuts a line: it is torn, though the file goes on.
    expect(linesOf('ab\ncd\nef\n', 0, 5)).toEqual({ lines: [['ab', 0]], end: 3, torn: true });
  });

  it('stops at the end of a file shorter than the end it is given', () => {
    expect(linesOf('ab\ncd', 0, 100)).toEqual({ lines: [['ab', 0]], end: 3, torn: true });
  });

  it('reads nothing when there is nothing between the two ends', () => {
    expect(linesOf('ab\n', 3, 3)).toEqual({ lines: [], end: 3, torn: false });
    expect(linesOf('')).toEqual({ lines: [], end: 0, torn: false });
  });

  it('never reads a line out of what an earlier read left in its buffer', () => {
    // A first read of exactly its 4 MB buffer, in whole lines of 8 bytes, then 63 bytes: the byte
    // after them in the buffer is a newline left from the first read.
    const first = 'abcdefg\n'.repeat((4 * 1024 * 1024) / 8);
    const tail = 'abcdef\n'.repeat(9);
    const { lines, end, torn } = linesOf(first + tail);
    expect(lines.length).toBe((4 * 1024 * 1024) / 8 + 9);
    expect(lines.at(-1)).toEqual(['abcdef', first.length + tail.length - 7]);
    expect({ end, torn }).toEqual({ end: first.length + tail.length, torn: false });
  });

  it('reads lines longer than its buffer, and lines across two of its reads', () => {
    // Its buffer is 4 MB: a line of 9 MB (more than one doubling), then short lines that
    // straddle the next read.
    const long = 'x'.repeat(9 * 1024 * 1024);
    const short = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
    const text = `${long}\n${short.join('\n')}\n`;
    const { lines, end, torn } = linesOf(text);
    expect(lines.length).toBe(short.length + 1);
    expect(lines[0]?.[0].length).toBe(long.length);
    expect(lines.slice(1).map(([line]) => line)).toEqual(short);
    const last = lines.at(-1) as [string, number];
    expect(last[1]).toBe(text.length - last[0].length - 1);
    expect({ end, torn }).toEqual({ end: text.length, torn: false });
  });
});

describe('isUsableBriefingCache', () => {
  const openFds = () => readdirSync('/proc/self/fd').length;

  it('needs a whole header line within its first read, and leaves no file open', () => {
    const file = join(dir, 'cache.ndjson');
    const before = openFds();
    writeFileSync(file, headerOf('/briefings'));
    expect(isUsableBriefingCache(file, '/briefings')).toBe(true);
    writeFileSync(file, `\n${headerOf('/briefings')}`);
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    // A header line longer than the first read is not read further.
    writeFileSync(file, `${headerOf('/briefings').slice(0, -2)}${' '.repeat(70_000)}}\n`);
    expect(isUsableBriefingCache(file, '/briefings')).toBe(false);
    expect(openFds()).toBe(before);
  });
});
