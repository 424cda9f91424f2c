import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasTmux, openTerminal, type Terminal } from '../../helpers/terminal.ts';

const PROMPT = 'briefbot> ';
const lastLine = (screen: string) => screen.split('\n').at(-1) ?? '';

const historyOf = (dataDir: string) => {
  try {
    return readFileSync(join(dataDir, 'console-history'), 'utf8');
  } catch {
    return '';
  }
};

const opened: Terminal[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const terminal of opened.splice(0)) terminal.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function startConsole(dataDir: string, env: Record<string, string> = {}): Terminal {
  const terminal = openTerminal('node --import tsx src/main.ts', {
    DATA_DIR: dataDir,
    DISCORD_TOKEN: '',
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
    LOG_LEVEL: '',
    NO_COLOR: '1',
    ...env,
  });
  opened.push(terminal);
  return terminal;
}

describe('the console in a terminal', () => {
  it('is run in a real pseudo-terminal (tmux must be installed)', () => {
    expect(hasTmux()).toBe(true);
  });

  it('edits lines, keeps history across runs, completes names, and redraws the prompt under a digest', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-terminal-'));
    folders.push(dataDir);
    const terminal = startConsole(dataDir);
    await terminal.waitFor((s) => lastLine(s) === PROMPT.trim(), 'the prompt', 60_000);

    // A digest every minute, to arrive later while a line is half typed.
    terminal.type('/digest subscribe cron:"* * * * *" empty:note');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.includes('Digest #1 set up'), 'the subscription');

    // Tab completes the command, then a person from a few letters of their surname.
    terminal.type('/quo');
    terminal.keys('Tab');
    await terminal.waitFor((s) => lastLine(s) === `${PROMPT}/quote`, '/quote completed');
    terminal.type('blin');
    terminal.keys('Tab');
    await terminal.waitFor((s) => lastLine(s) === `${PROMPT}/quote blinken`, 'blinken completed');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.includes('== What Antony Blinken said =='), 'the answer');

    // Up brings the line back; editing it with Backspace asks about someone else.
    terminal.keys('Up');
    await terminal.waitFor((s) => lastLine(s) === `${PROMPT}/quote blinken`, 'the line recalled');
    terminal.keys('BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace');
    terminal.type('putin');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.includes('== What Vladimir Putin said =='), 'the edited line');

    // Left arrow edits in the middle of a line, and the half-typed line survives the digest.
    terminal.type('/who stoltenbrg');
    terminal.keys('Left', 'Left');
    terminal.type('e');
    await terminal.waitFor((s) => lastLine(s) === `${PROMPT}/who stoltenberg`, 'the insertion');
    const digests = (all: string) => all.split('Briefbot digest').length - 1;
    const before = digests(terminal.screen({ all: true }));
    await terminal.waitFor(
      () => digests(terminal.screen({ all: true })) > before,
      'a digest arriving while a line is half typed',
      75_000,
    );
    const shown = terminal.screen();
    expect(lastLine(shown)).toBe(`${PROMPT}/who stoltenberg`);
    const lines = shown.split('\n');
    const digestAt = lines.findIndex((line) => line.includes('Briefbot digest'));
    expect(lines[digestAt]?.startsWith(PROMPT)).toBe(false);
    terminal.keys('Enter');
    await terminal.waitFor(
      (s) => s.includes('== Jens Stoltenberg =='),
      'the answer after the digest',
    );

    terminal.keys('C-d');
    await terminal.waitFor(
      () => historyOf(dataDir).includes('/who stoltenberg'),
      'the history saved',
    );
    expect(historyOf(dataDir).split('\n').filter(Boolean)).toEqual([
      '/digest subscribe cron:"* * * * *" empty:note',
      '/quote blinken',
      '/quote putin',
      '/who stoltenberg',
    ]);

    // A new run in the same data folder remembers the last line.
    terminal.close();
    const again = startConsole(dataDir);
    await again.waitFor((s) => lastLine(s) === PROMPT.trim(), 'the prompt again', 60_000);
    again.keys('Up');
    await again.waitFor((s) => lastLine(s) === `${PROMPT}/who stoltenberg`, 'history kept');
  }, 180_000);

  it('colours answers on a terminal unless NO_COLOR is set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-terminal-'));
    folders.push(dataDir);
    const terminal = startConsole(dataDir, { NO_COLOR: '' });
    await terminal.waitFor((s) => lastLine(s) === PROMPT.trim(), 'the prompt', 60_000);
    terminal.type('/quote blinken');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.includes('What Antony Blinken said'), 'the answer');
    const ESC = String.fromCharCode(27);
    expect(terminal.screen({ escapes: true })).toContain(
      `${ESC}[1m${ESC}[36m== What Antony Blinken`,
    );
  }, 120_000);
});
