import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { directCaller } from '../../core/caller.ts';
import type { Command, ContextFactory } from '../../core/command.ts';
import { createPipeline, type RequestOutcome } from '../../core/pipeline.ts';
import type { Library } from '../../library/library.ts';
import type { Logger } from '../../logger.ts';
import { completeLine } from './complete-line.ts';
import { HISTORY_SIZE, loadHistory, saveHistory } from './console-history.ts';
import { type ConsoleScreen, createConsoleScreen } from './console-screen.ts';
import { type ConsoleStyle, plainStyle } from './console-style.ts';
import { DEFAULT_WIDTH, renderText } from './render-text.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  registry: readonly Command[];
  library: Library;
  createContext: ContextFactory;
  log: Logger;
  /**
   * A person at a terminal: line editing, history, tab completion and a prompt. Otherwise (a
   * pipe, a file) each line is answered in turn and nothing else is printed.
   */
  interactive: boolean;
  width?: number;
  /** Colour and emphasis; plain unless the terminal wants colour. */
  style?: ConsoleStyle;
  /** Where answers, digests and logs are written; made over `output` when not given. */
  screen?: ConsoleScreen;
  /** Where the line history is kept between runs (interactive only). */
  historyFile?: string;
  /** Told how each request ended (metrics). */
  observe?: (outcome: RequestOutcome) => void;
}

const PROMPT = 'briefbot> ';

/**
 * The console: one question per line, answered in plain text, until the input ends. A line that
 * breaks something is logged and apologised for; the next line is still answered.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, log, interactive } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const style = options.style ?? plainStyle;
  const screen = options.screen ?? createConsoleScreen(output);
  const pipeline = createPipeline({ ...options, log: log.child({ platform: 'console' }) });
  const caller = directCaller('console', 'console', 'console');
  const answer = async (text: string): Promise<string> => {
    let shown = '';
    await pipeline(
      { caller, input: { kind: 'text', text } },
      {
        send: async (reply) => {
          shown = `${renderText(reply, width, style)}\n\n`;
        },
        apologise: async (apology) => {
          shown = `${apology}\n\n`;
        },
      },
    );
    return shown;
  };
  if (interactive) {
    await runTerminal({
      input,
      output,
      screen,
      prompt: style.accent(PROMPT),
      answer,
      complete: (line) => completeLine(line, options.registry, options.library),
      ...(options.historyFile ? { historyFile: options.historyFile } : {}),
    });
    return;
  }
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text !== '') screen.write(await answer(text));
  }
  lines.close();
}

interface TerminalOptions {
  input: Readable;
  output: Writable;
  screen: ConsoleScreen;
  prompt: string;
  answer(text: string): Promise<string>;
  complete(line: string): [string[], string];
  historyFile?: string;
}

/**
 * The interactive console on Node's readline: arrows, Home/End and word editing, Up/Down through
 * the history (kept in the data folder), Tab to complete, Ctrl-C to clear the line (or leave on
 * an empty one) and Ctrl-D to leave. Lines are answered one at a time, in order.
 */
function runTerminal(options: TerminalOptions): Promise<void> {
  const { input, output, screen, historyFile } = options;
  const prompt = createInterface({
    input,
    output,
    terminal: true,
    prompt: options.prompt,
    completer: options.complete,
    history: historyFile ? loadHistory(historyFile) : [],
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  screen.attach(prompt);
  if (historyFile) prompt.on('history', (lines: string[]) => saveHistory(historyFile, lines));
  prompt.on('SIGINT', () => {
    if (prompt.line === '') {
      output.write('\n');
      prompt.close();
      return;
    }
    // Like a shell: Ctrl-C abandons the line being typed and offers a fresh prompt.
    output.write('^C\n');
    prompt.write(null, { ctrl: true, name: 'e' });
    prompt.write(null, { ctrl: true, name: 'u' });
    screen.showPrompt();
  });
  let queue = Promise.resolve();
  let closed = false;
  return new Promise((resolve) => {
    prompt.on('line', (line) => {
      screen.hidePrompt();
      queue = queue.then(async () => {
        const text = line.trim();
        if (text === 'exit' || text === 'quit') {
          prompt.close();
          return;
        }
        if (text !== '') output.write(await options.answer(text));
        if (!closed) screen.showPrompt();
      });
    });
    prompt.on('close', () => {
      closed = true;
      screen.hidePrompt();
      void queue.then(() => resolve());
    });
    screen.showPrompt();
  });
}
