import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { type RunningDigests, startDigests } from '../../src/digests/start-digests.ts';
import { createLogger } from '../../src/logger.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';
import { newSubscription } from '../helpers/digests.ts';
import { consoleEnv, run } from '../helpers/run.ts';

const root = mkdtempSync(join(tmpdir(), 'briefbot-db-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
const folder = () => {
  const dir = join(root, `d${++count}`);
  mkdirSync(dir);
  return dir;
};

/** A data folder whose database holds two subscriptions, as a bot that ran for a while leaves it. */
async function usedDataDir(): Promise<{ dir: string; file: string }> {
  const dir = folder();
  const file = join(dir, 'briefbot.sqlite');
  const store = createSqliteSubscriptionStore(openDatabase(file));
  await store.createSubscription(newSubscription());
  await store.createSubscription(newSubscription({ channelId: '100000000000000002' }));
  await store.close();
  return { dir, file };
}

/** `npm start` in the console with stdin closed, as a service manager would run it. */
const start = (dataDir: string) =>
  run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: consoleEnv({ DATA_DIR: dataDir }),
  });

describe('a database that cannot be used stops the bot, saying which file and what to do', () => {
  it('a corrupted file: exit 1, named, and left exactly as it was', async () => {
    const { dir, file } = await usedDataDir();
    const bytes = readFileSync(file);
    bytes.write('this is not what SQLite wrote', 0);
    writeFileSync(file, bytes);
    const { code, stderr } = await start(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`The database ${file} is damaged (file is not a database)`);
    expect(stderr).toContain('Move it aside');
    expect(stderr).not.toContain('briefbot is running');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a truncated file: exit 1, named as damaged, and left as it was', async () => {
    const { dir, file } = await usedDataDir();
    truncateSync(file, 6000);
    const bytes = readFileSync(file);
    const { code, stderr } = await start(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`The database ${file} is damaged`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

// A read-only mount needs a private mount namespace (root, or a user namespace); where the
// machine allows none, these two cannot run.
const asRoot = spawnSync('unshare', ['--mount', 'true']).status === 0;
const canMount =
  asRoot || spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;

/** Runs the bot with `mounted` remounted read-only, in a mount namespace of its own. */
function startReadOnly(mounted: string, dataDir: string) {
  const script = `mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && exec "$2" --import tsx src/main.ts`;
  return run(
    'unshare',
    [
      ...(asRoot ? [] : ['--user', '--map-root-user']),
      '--mount',
      'sh',
      '-c',
      script,
      'sh',
      mounted,
      process.execPath,
    ],
    { env: consoleEnv({ DATA_DIR: dataDir }) },
  );
}

describe.runIf(canMount)('a data folder on a read-only mount', () => {
  it('with its database: exit 1, saying the folder is read-only', async () => {
    const { dir, file } = await usedDataDir();
    const { code, stderr } = await startReadOnly(dir, dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `Cannot write the database ${file}: ${dir} is on a read-only file system`,
    );
  });

  it('a nested DATA_DIR that cannot be made: read-only, not ENOENT', async () => {
    const dir = folder();
    const nested = join(dir, 'a', 'b');
    const { code, stderr } = await startReadOnly(dir, nested);
    expect(code).toBe(1);
    expect(stderr).toContain(`${dir} (where ${nested} would go) is on a read-only file system`);
    expect(stderr).not.toContain('ENOENT');
  });
});

describe('the database file deleted or replaced while the bot runs', () => {
  let running: RunningDigests | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  async function startOn(dir: string) {
    let logs = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logs += chunk;
    });
    const library = seedLibrary();
    running = await startDigests({
      config: {
        DATA_DIR: dir,
        DATABASE_SCHEMA: 'briefbot',
        DEFAULT_TIMEZONE: 'UTC',
        DIGEST_CATCHUP_HOURS: 6,
        DIGEST_JOB_TIMEOUT_SECONDS: 120,
      },
      library,
      publishers: {},
      log: createLogger({ level: 'info', destination }),
    });
    const digests = running.service;
    const ask = (text: string) =>
      dispatchText(registry, text, { ...context(library, { platform: 'slack' }), digests });
    return { ask, logs: () => logs };
  }

  it.each([
    ['deleted', (file: string) => unlinkSync(file)],
    [
      'replaced',
      (file: string) => {
        writeFileSync(`${file}.new`, readFileSync(file));
        renameSync(`${file}.new`, file);
      },
    ],
  ])(
    '%s: a new subscription is refused, not confirmed, and the log says so',
    async (change, act) => {
      const dir = folder();
      const file = join(dir, 'briefbot.sqlite');
      const { ask, logs } = await startOn(dir);
      const first = await ask('/digest subscribe time:08:00');
      expect(first.error).toBeUndefined();
      act(file);
      const second = await ask('/digest subscribe time:09:00');
      expect(second.error?.code).toBe('unavailable');
      expect(JSON.stringify(second.blocks)).not.toContain('09:00');
      const fatal = logs()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { level: number; msg: string; file?: string })
        .filter((line) => line.level >= 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]?.msg).toContain(`the database file ${file} was ${change}`);
    },
  );
});
