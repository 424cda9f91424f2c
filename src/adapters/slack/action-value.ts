import { z } from 'zod';
import type { Invocation } from '../../core/reply.ts';

/** Every button and menu Briefbot renders has an `action_id` starting with this. */
export const ACTION_PREFIX = 'briefbot:';

/** Slack's cap on a button's `value`. */
export const BUTTON_VALUE_MAX = 2000;

/** Slack's cap on a select option's `value`. */
export const OPTION_VALUE_MAX = 150;

const invocationSchema = z.object({
  command: z.string().min(1).max(100),
  args: z.record(z.string(), z.union([z.string(), z.number()])),
});

/**
 * The invocation a button or menu option runs, as its `value`; `ask` names an argument a modal
 * asks for first.
 */
export function encodeInvocation(invocation: Invocation, ask?: string): string {
  return JSON.stringify({
    command: invocation.command,
    args: invocation.args,
    ...(ask ? { ask } : {}),
  });
}

/** The argument a button's modal asks for, if its value names one. */
export function askOf(value: string | undefined): string | undefined {
  if (value === undefined || value.length > BUTTON_VALUE_MAX) return undefined;
  try {
    const ask = (JSON.parse(value) as { ask?: unknown }).ask;
    return typeof ask === 'string' && /^[a-z]+$/.test(ask) ? ask : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads back a `value` written by encodeInvocation; undefined for anything else. The command still
 * goes through dispatch, which checks the command, its access rule and its arguments.
 */
export function decodeInvocation(value: string | undefined): Invocation | undefined {
  if (value === undefined || value.length > BUTTON_VALUE_MAX) return undefined;
  try {
    const parsed = invocationSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
