import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { directCaller } from '../../core/caller.ts';
import type { Command, ContextFactory } from '../../core/command.ts';
import { createPipeline } from '../../core/pipeline.ts';
import type { Library } from '../../library/library.ts';
import type { Logger } from '../../logger.ts';
import { DEFAULT_WIDTH, renderText } from './render-text.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  registry: readonly Command[];
  library: Library;
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
  const { input, output, log, interactive } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const pipeline = createPipeline({ ...options, log: log.child({ platform: 'console' }) });
  const caller = directCaller('console', 'console', 'console');
  const write = (text: string) => {
    output.write(`${text}\n\n`);
  };
  const prompt = () => {
    if (interactive) output.write('briefbot> ');
  };
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text !== '') {
      await pipeline(
        { caller, input: { kind: 'text', text } },
        {
          send: async (reply) => write(renderText(reply, width)),
          apologise: async (apology) => write(apology),
        },
      );
    }
    prompt();
  }
  lines.close();
}
