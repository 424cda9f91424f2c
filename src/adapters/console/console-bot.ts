import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command, ContextFactory } from '../../core/command.ts';
import { dispatchText } from '../../core/dispatch.ts';
import type { Logger } from '../../logger.ts';
import { DEFAULT_WIDTH, renderText } from './render-text.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  registry: readonly Command[];
  createContext: ContextFactory;
  log: Logger;
  /** Whether to show a prompt (an interactive terminal) or just answer lines (a pipe). */
  interactive: boolean;
  width?: number;
}

/**
 * The console: one question per line, answered in plain text, until the input ends. A line that
 * breaks something is logged and apologised for; the next line is still answered.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, registry, createContext, log, interactive } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const context = createContext({
    platform: 'console',
    userId: 'console',
    channelId: 'console',
    isDirect: true,
    canManageChannel: true,
  });
  const prompt = () => {
    if (interactive) output.write('briefbot> ');
  };
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text !== '') {
      try {
        const reply = await dispatchText(registry, text, context);
        output.write(`${renderText(reply, width)}\n\n`);
      } catch (error) {
        log.error({ err: error, platform: 'console', input: text.slice(0, 200) }, 'command failed');
        output.write('Sorry, something went wrong answering that. It has been logged.\n\n');
      }
    }
    prompt();
  }
  lines.close();
}
