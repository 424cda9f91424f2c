import { describe, expect, it } from 'vitest';
import { consoleEnv, run } from '../helpers/run.ts';

// Each tool as a user runs it; `node --import tsx` is what the npm scripts run, without npm's
// start-up cost in front of every case.
const tools: [string, string, string][] = [
  ['start', 'src/main.ts', 'Usage: npm start'],
  ['ask', 'src/cli/ask.ts', 'Usage: npm run ask'],
  ['validate', 'src/cli/validate.ts', 'Usage: npm run validate'],
  ['derive', 'src/cli/derive.ts', 'Usage: npm run derive'],
  ['eval:derive', 'src/cli/eval-derive.ts', 'Usage: npm run eval:derive'],
  ['bench', 'bench/run.ts', 'Usage: npm run bench'],
  ['soak', 'soak/run-soak.ts', 'Usage: npm run soak'],
  ['discord:register', 'src/cli/discord-register.ts', 'Usage: npm run discord:register'],
  ['slack:manifest', 'src/cli/slack-manifest.ts', 'Usage: npm run slack:manifest'],
  ['docs:config', 'src/cli/config-docs.ts', 'Usage: npm run docs:config'],
];

const node = (script: string, args: string[], env = consoleEnv()) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { env });

// Each case starts a TypeScript process; on a busy machine that alone can take many seconds.
describe('--help on every command-line tool', { timeout: 60_000 }, () => {
  it.each(tools)(
    '%s prints its usage with an example and exits 0',
    async (_name, script, usage) => {
      const result = await node(script, ['--help']);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(usage)).toBe(true);
      expect(result.stdout).toMatch(/Examples?:\n {2}(npm|node|printf|cat|DISCORD)/);
      expect(result.stderr).toBe('');
    },
  );
});

describe('a missing or unusable briefings folder', { timeout: 60_000 }, () => {
  it('stops npm start with one clear line and exit code 1, not a stack trace', async () => {
    const result = await node('src/main.ts', [], consoleEnv({ BRIEFINGS_DIR: '/nonexistent' }));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'The briefings folder /nonexistent does not exist. Create it, or set BRIEFINGS_DIR to the folder that holds the briefing files.',
    );
  });

  it('stops ask when the folder is a file', async () => {
    const result = await node(
      'src/cli/ask.ts',
      ['/topics'],
      consoleEnv({ BRIEFINGS_DIR: 'package.json' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The briefings folder package.json is not a folder.');
    expect(result.stdout).toBe('');
  });

  it('makes validate exit 2, naming the folder', async () => {
    const result = await node('src/cli/validate.ts', ['/nonexistent']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The briefings folder /nonexistent does not exist.');
  });

  it('rejects an argument npm start does not know', async () => {
    const result = await node('src/main.ts', ['--verbose']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown argument --verbose');
  });
});
