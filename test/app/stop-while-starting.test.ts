import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removedAfterEach } from '../helpers/folders.ts';
import { consoleEnv } from '../helpers/run.ts';

const folder = removedAfterEach();

/**
 * Starts the console as `npm start` does and sends SIGTERM as soon as it logs `at`, before it
 * has opened digests and feeds or shown its prompt. Resolves with how it ended and what it logged.
 */
function stopWhenLogged(at: string, dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: consoleEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json' }),
    // stdin stays open: a console that got as far as its prompt would wait there.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let signalled = false;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (!signalled && stderr.includes(`"msg":"${at}"`)) {
      signalled = true;
      child.kill('SIGTERM');
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    }),
  );
}

describe('a stop asked for while the bot starts', () => {
  it('is an orderly stop: it exits 0 and saves what it read for the next start', async () => {
    const dataDir = folder(mkdtempSync(join(tmpdir(), 'briefbot-early-stop-')));
    const ended = await stopWhenLogged('briefings loaded', dataDir);
    // Not ended by the signal itself: the handler ran, stopped the bot and exited.
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.stderr).toContain('"msg":"shutting down"');
    // The briefings were served by then, so the stop saved the briefing cache's heads.
    expect(existsSync(join(dataDir, 'briefing-cache.heads'))).toBe(true);
  });
});
