import type { Writable } from 'node:stream';
import type { Publish } from '../../digests/publish.ts';
import { DEFAULT_WIDTH, renderText } from './render-text.ts';

/** Digests for the console are printed where the answers go, as they fall due. */
export function createConsolePublish(output: Writable, width = DEFAULT_WIDTH): Publish {
  let sent = 0;
  return async (_target, reply) => {
    output.write(`${renderText(reply, width)}\n\n`);
    sent++;
    return { messageId: `console-${sent}` };
  };
}
