import { clearScreenDown, cursorTo, type Interface, moveCursor } from 'node:readline';
import { Writable } from 'node:stream';

/** Where the console's output goes: answers, digests that fall due, and log lines. */
export interface ConsoleScreen {
  /** Writes finished text; on a terminal at the prompt, above it, and the prompt is redrawn. */
  write(text: string): void;
  /** From now on, text written while `prompt` waits for input goes above it. */
  attach(prompt: Interface): void;
  /** Shows the prompt, keeping what has been typed so far. */
  showPrompt(): void;
  /** The prompt is gone (a line was entered and is being answered). */
  hidePrompt(): void;
  /** A stream whose writes go through `write` (for the logger). */
  stream(): Writable;
}

/**
 * The one writer of the console's output. A digest or a log line can arrive while someone is
 * typing: it is printed on its own lines and the prompt, with the half-typed line and the cursor
 * where they were, is drawn again below it.
 */
export function createConsoleScreen(output: Writable): ConsoleScreen {
  let prompt: Interface | undefined;
  let prompting = false;
  const screen: ConsoleScreen = {
    write(text) {
      if (prompt === undefined || !prompting) {
        output.write(text);
        return;
      }
      // Back to where the prompt starts (a long line may wrap over several rows), clear it, print,
      // then let readline draw the prompt and the line being typed again.
      const { rows } = prompt.getCursorPos();
      if (rows > 0) moveCursor(output, 0, -rows);
      cursorTo(output, 0);
      clearScreenDown(output);
      output.write(text.endsWith('\n') ? text : `${text}\n`);
      prompt.prompt(true);
    },
    attach(readline) {
      prompt = readline;
    },
    showPrompt() {
      prompting = true;
      prompt?.prompt(true);
    },
    hidePrompt() {
      prompting = false;
    },
    stream() {
      return new Writable({
        write(chunk, _encoding, done) {
          screen.write(String(chunk));
          done();
        },
      });
    },
  };
  return screen;
}
