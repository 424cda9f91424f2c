import { styleText } from 'node:util';

/** How the console marks up its text: colour on a terminal, nothing elsewhere. */
export interface ConsoleStyle {
  title(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
  accent(text: string): string;
  warning(text: string): string;
}

const same = (text: string) => text;

/** No markup: for pipes, files, `NO_COLOR` and tests that compare text. */
export const plainStyle: ConsoleStyle = {
  title: same,
  heading: same,
  dim: same,
  accent: same,
  warning: same,
};

/**
 * ANSI colour through Node's own `styleText` (no dependency needed for five styles). Applied
 * after wrapping, so escape codes never count towards a line's width.
 */
export const colourStyle: ConsoleStyle = {
  title: (text) => styleText(['bold', 'cyan'], text),
  heading: (text) => styleText('bold', text),
  dim: (text) => styleText('dim', text),
  accent: (text) => styleText('cyan', text),
  warning: (text) => styleText('yellow', text),
};
