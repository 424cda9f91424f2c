import type { Publish } from '../../digests/publish.ts';
import type { ConsoleScreen } from './console-screen.ts';
import { type ConsoleStyle, plainStyle } from './console-style.ts';
import { DEFAULT_WIDTH, renderText } from './render-text.ts';

/**
 * Digests for the console are printed as they fall due, on their own lines: at a terminal above
 * the prompt, which is drawn again with whatever was being typed.
 */
export function createConsolePublish(
  screen: ConsoleScreen,
  width = DEFAULT_WIDTH,
  style: ConsoleStyle = plainStyle,
): Publish {
  let sent = 0;
  return async (_target, reply) => {
    screen.write(`${renderText(reply, width, style)}\n\n`);
    sent++;
    return { messageId: `console-${sent}` };
  };
}
