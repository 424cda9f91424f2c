// Plain JavaScript, so the thread starts without the TypeScript loader: it only lists a folder
// and stamps its files, while the main thread reads the briefing cache.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { dir, pattern, flags } = workerData;

function listing() {
  let names;
  try {
    const briefing = new RegExp(pattern, flags);
    names = readdirSync(dir)
      .filter((name) => briefing.test(name))
      .sort();
  } catch {
    // An unreadable folder is reported by the start, which lists it again itself.
    return undefined;
  }
  // Per name: 1 and its stamp if it was a plain file; 0 for anything the start must look at
  // itself (a link, a pipe, a file gone meanwhile).
  const plain = new Uint8Array(names.length);
  const mtimes = new Float64Array(names.length);
  const sizes = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) {
    try {
      const stats = lstatSync(join(dir, names[i]));
      if (!stats.isFile()) continue;
      plain[i] = 1;
      mtimes[i] = stats.mtimeMs;
      sizes[i] = stats.size;
    } catch {
      // Left to the start.
    }
  }
  return { names, plain, mtimes, sizes };
}

const found = listing();
parentPort.postMessage(
  found,
  found ? [found.plain.buffer, found.mtimes.buffer, found.sizes.buffer] : [],
);
