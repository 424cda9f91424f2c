import { randomBytes } from 'node:crypto';
import type { Invocation } from '../../core/reply.ts';

/** Discord's limit on a component's custom_id. */
export const MAX_CUSTOM_ID = 100;
/** How many invocations too long for a custom_id are remembered at most. */
export const MAX_REMEMBERED = 5000;
/** How long such an invocation is remembered; after that its button says it has expired. */
export const REMEMBER_MS = 24 * 60 * 60 * 1000;

/**
 * What a button does when clicked: `page` turns the page of the message it is on, `choice` runs
 * another command and answers with a new message, `ask` first asks for one argument in a modal.
 */
export type ButtonAction = 'page' | 'choice' | 'ask';

/** A decoded button: its action and the command to run. Argument values come back as text. */
export interface ButtonPress {
  action: ButtonAction;
  invocation: { command: string; args: Record<string, string> };
  /** For `ask`: the argument the modal asks for. */
  ask?: string;
}

/** Turns invocations into custom_ids and back. */
export interface ButtonIds {
  /**
   * A custom_id for a button. `slot` is the button's position in its message: Discord rejects a
   * message whose buttons share a custom_id, and two choices may run the same command.
   */
  encode(action: ButtonAction, invocation: Invocation, slot: number, ask?: string): string;
  /** The button's press, `expired` when it was remembered and is no longer, or undefined if foreign. */
  decode(customId: string): ButtonPress | 'expired' | undefined;
}

const ID = /^([pca])([0-9a-z]+):(?:([a-z]+)\|)?(.*)$/s;
const LETTER: Record<ButtonAction, string> = { page: 'p', choice: 'c', ask: 'a' };
const ACTION: Record<string, ButtonAction> = { p: 'page', c: 'choice', a: 'ask' };

function inline(invocation: Invocation): string {
  const query = new URLSearchParams(
    Object.entries(invocation.args).map(([name, value]): [string, string] => [name, String(value)]),
  ).toString();
  return `/${encodeURIComponent(invocation.command)}${query ? `?${query}` : ''}`;
}

function parseInline(text: string): ButtonPress['invocation'] | undefined {
  const match = /^\/([^?]+)(?:\?(.*))?$/s.exec(text);
  if (!match?.[1]) return undefined;
  try {
    return {
      command: decodeURIComponent(match[1]),
      args: Object.fromEntries(new URLSearchParams(match[2] ?? '')),
    };
  } catch {
    return undefined;
  }
}

/**
 * Button ids that carry their invocation inline (`c0:/quote?person=antony-blinken`), so they keep
 * working across restarts. An invocation too long for 100 characters is kept in a bounded
 * in-memory map for a day and the id carries only its key (`c0:#k3f9a2`); after a restart or
 * expiry, its button answers that it has expired.
 */
export function createButtonIds(
  options: { now?: () => number; max?: number; ttlMs?: number } = {},
): ButtonIds {
  const now = options.now ?? Date.now;
  const max = options.max ?? MAX_REMEMBERED;
  const ttl = options.ttlMs ?? REMEMBER_MS;
  // A prefix per process, so that keys issued before a restart never match new ones.
  const prefix = randomBytes(3).toString('hex');
  const remembered = new Map<string, { press: ButtonPress; expires: number }>();
  let counter = 0;

  const remember = (press: ButtonPress): string => {
    const time = now();
    for (const [key, entry] of remembered) {
      if (entry.expires > time && remembered.size < max) break;
      remembered.delete(key);
    }
    const key = `${prefix}${(counter++).toString(36)}`;
    remembered.set(key, { press, expires: time + ttl });
    return key;
  };

  return {
    encode(action, invocation, slot, ask) {
      // An argument name is letters only, so `|` cannot occur in it.
      const asking = action === 'ask' && ask && /^[a-z]+$/.test(ask) ? ask : undefined;
      const head = `${LETTER[action]}${slot.toString(36)}:${asking ? `${asking}|` : ''}`;
      const id = head + inline(invocation);
      if (id.length <= MAX_CUSTOM_ID) return id;
      const args = Object.fromEntries(
        Object.entries(invocation.args).map(([name, value]) => [name, String(value)]),
      );
      const press: ButtonPress = { action, invocation: { command: invocation.command, args } };
      return `${head}#${remember(asking ? { ...press, ask: asking } : press)}`;
    },
    decode(customId) {
      const match = ID.exec(customId);
      if (!match) return undefined;
      const action = ACTION[match[1] ?? ''] ?? 'choice';
      const ask = match[3];
      const rest = match[4] ?? '';
      if (rest.startsWith('#')) {
        const entry = remembered.get(rest.slice(1));
        if (!entry || entry.expires <= now()) return 'expired';
        return entry.press;
      }
      const invocation = parseInline(rest);
      if (!invocation) return undefined;
      return ask ? { action, invocation, ask } : { action, invocation };
    },
  };
}
