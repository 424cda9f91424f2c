import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * A real pseudo-terminal, run by tmux: a program started in it sees a TTY on stdin and stdout,
 * keys are typed with send-keys and the screen is read back with capture-pane.
 */
export interface Terminal {
  /** Types keys: text, or tmux key names such as `Enter`, `Tab`, `Up`, `C-d`. */
  keys(...keys: string[]): void;
  /** Types text literally (no key names). */
  type(text: string): void;
  /**
   * The visible screen, trailing blank lines removed; with `escapes`, colour codes kept; with
   * `all`, everything that has scrolled off the top too.
   */
  screen(options?: { escapes?: boolean; all?: boolean }): string;
  /** Waits until the screen satisfies `test`, polling; throws with the screen when it never does. */
  waitFor(test: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  close(): void;
}

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V']).status === 0;
}

/** Starts `command` (a shell command line) in a new 100×40 terminal. */
export function openTerminal(command: string, env: Record<string, string> = {}): Terminal {
  const socket = `briefbot-test-${randomBytes(4).toString('hex')}`;
  // tmux keeps its sockets under TMUX_TMPDIR, which the test run points at its own temp folder.
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const exports = Object.entries(env)
    .map(([name, value]) => `${name}='${value.replaceAll("'", "'\\''")}'`)
    .join(' ');
  // The session outlives the program by a while, so a crash stays on screen to be read.
  tmux('new-session', '-d', '-x', '100', '-y', '40', `env ${exports} ${command}; sleep 600`);
  const screen = (options: { escapes?: boolean; all?: boolean } = {}) =>
    tmux(
      'capture-pane',
      '-p',
      ...(options.escapes ? ['-e'] : []),
      ...(options.all ? ['-S', '-'] : []),
    ).replace(/\s+$/, '');
  return {
    keys: (...keys) => void tmux('send-keys', ...keys),
    type: (text) => void tmux('send-keys', '-l', text),
    screen,
    async waitFor(test, what, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const shown = screen();
        if (test(shown)) return shown;
        if (Date.now() > until) throw new Error(`never saw ${what}; the screen:\n${shown}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close() {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
    },
  };
}
