import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../src/logger.ts';

/**
 * The bot's logger as in production (JSON at info, secrets scrubbed), written nowhere: the cost of
 * logging stays in the figures, the output stays off the terminal. Counts error lines, which are
 * the bot's own report of something going wrong.
 */
export function benchLog(secrets: readonly string[] = []): { log: Logger; errors: () => number } {
  let errors = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      // pino levels: 50 error, 60 fatal.
      if (/"level":(5|6)0/.test(chunk.toString())) errors++;
      done();
    },
  });
  return { log: createLogger({ level: 'info', secrets, destination: sink }), errors: () => errors };
}
