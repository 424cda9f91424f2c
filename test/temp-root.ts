import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test run gets one temporary folder of its own, removed when the run ends, and points
 * TMPDIR (and tmux's TMUX_TMPDIR) at it before any test file starts. Test workers and the bot
 * processes tests spawn inherit it, so whatever a test, a fake server or a child process writes
 * to the temp directory goes in there, and nothing is left in the system temp directory even when
 * a test fails half-way through.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'briefbot-tests-'));
  process.env.TMPDIR = root;
  process.env.TMUX_TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
