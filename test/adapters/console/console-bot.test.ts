import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/adapters/console/console-bot.ts';
import type { Command } from '../../../src/core/command.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { createLogger } from '../../../src/logger.ts';
import { context, seedLibrary } from '../../helpers/briefings.ts';
import { consoleEnv, run } from '../../helpers/run.ts';

async function converse(lines: string[], commands: readonly Command[] = registry) {
  const input = new PassThrough();
  const output = new PassThrough();
  const logged = new PassThrough();
  let text = '';
  let logs = '';
  output.on('data', (chunk) => {
    text += chunk;
  });
  logged.on('data', (chunk) => {
    logs += chunk;
  });
  input.end(`${lines.join('\n')}\n`);
  const library = seedLibrary();
  await runConsole({
    input,
    output,
    registry: commands,
    library,
    createContext: (caller) => context(library, caller),
    log: createLogger({ level: 'error', destination: logged }),
    interactive: false,
  });
  return { text, logs };
}

describe('the console', () => {
  it('answers each line, slash commands and plain language alike, until the input ends', async () => {
    const { text } = await converse(['/quote blinken', '', 'who is shin won-sik?']);
    expect(text).toContain('== What Antony Blinken said ==');
    expect(text).toContain('Reported: Russia was desperately trying');
    expect(text).toContain('== Shin Won-sik ==');
  });

  it('keeps going after a command that fails unexpectedly, and logs it', async () => {
    const broken: Command = {
      name: 'boom',
      description: 'fails',
      access: 'everyone',
      examples: ['/boom'],
      args: registry[3]?.args ?? (undefined as never),
      run: async () => {
        throw new Error('kaboom');
      },
    };
    const { text, logs } = await converse(['/boom', '/topics'], [...registry, broken]);
    expect(text).toContain('Sorry, something went wrong');
    expect(text).toContain('== Briefings ==');
    expect(logs).toContain('kaboom');
  });

  it('`npm start` with no credentials is the console, and exits 0 at the end of input', async () => {
    const result = await run('npm', ['start', '--silent'], {
      input: '/brief russia-dprk\n',
      env: consoleEnv(),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '== Putin and Kim sign a strategic partnership in Pyongyang ==',
    );
    expect(result.stderr).toContain('Briefbot console');
    expect(result.stderr).toContain('DISCORD_TOKEN');
    expect(result.stderr).toContain('SLACK_BOT_TOKEN');
  });
});
