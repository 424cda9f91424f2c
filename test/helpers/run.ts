import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child process with no platform credentials, whatever the developer's .env says. */
export function consoleEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // A data folder of the run's own (under the run's temp root, removed at the end), never the
    // repository's data/.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'briefbot-data-')),
    DISCORD_TOKEN: '',
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    DISCORD_APPLICATION_ID: '',
    DISCORD_GUILD_ID: '',
    LOG_LEVEL: '',
    ...extra,
  };
}

/**
 * With `consoleEnv`: a console on its own (no database, no Redis) that logs only warnings, as
 * JSON, so that a test can read its stderr.
 */
export const quietConsole = {
  DATABASE_URL: '',
  REDIS_URL: '',
  LOG_LEVEL: 'warn',
  LOG_FORMAT: 'json',
};

/** Runs a command as a user would, feeding `input` on stdin, and collects what it prints. */
export function run(
  command: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? consoleEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
