import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What a file is written from: its pieces in order, each written before the next is asked for. */
export type Pieces = Iterable<Uint8Array>;

let temporaries = 0;
const temporaryFor = (file: string) => `${file}.${process.pid}.${++temporaries}.tmp`;

/**
 * Writes a file whole from its pieces, to a temporary file renamed into place, so that a crash
 * mid-write leaves the previous version (the saved indexes and the cache's heads are written so).
 * All at once: for a shutdown. A running bot uses `replaceFileInSlices`.
 */
export function replaceFile(file: string, pieces: Pieces): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = temporaryFor(file);
  const fd = openSync(temporary, 'w');
  let open = true;
  try {
    for (const piece of pieces) writeSync(fd, piece);
    closeSync(fd);
    open = false;
    renameSync(temporary, file);
  } catch (error) {
    // Closed once only: closing again after a failed rename threw in place of the rename's
    // error, and left the temporary file behind.
    if (open) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The same, a piece at a time with the event loop free between pieces: at 100,000 briefings a
 * whole write takes half a second to a second of a busy machine, which every answer and save
 * would wait for. A piece may reuse the last one's buffer: it is written before the next is made.
 */
export async function replaceFileInSlices(file: string, pieces: Pieces): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = temporaryFor(file);
  const handle = await open(temporary, 'w');
  try {
    for (const piece of pieces) await handle.write(piece);
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}
