import { z } from 'zod';

/** Typed names and topics: short enough for any platform's option, long enough for any name. */
const NAME_MAX = 200;

/** A person, organisation or group, by any name they answer to; completes on Discord. */
export function personArg(description: string) {
  return z.string().trim().min(1).max(NAME_MAX).describe(description).meta({ complete: 'person' });
}

/** Someone reported saying something: only they are offered in menus and completions. */
export function speakerArg(description: string) {
  return z.string().trim().min(1).max(NAME_MAX).describe(description).meta({ complete: 'speaker' });
}

/** A briefing (or, where the command allows, words), by id, alias or title; completes on Discord. */
export function topicArg(description: string) {
  return z.string().trim().min(1).max(NAME_MAX).describe(description).meta({ complete: 'topic' });
}

/** The page of a long answer; typed text ("2") is read as a number. */
export function pageArg(description: string, max = 1000) {
  return z.coerce.number().int().min(1).max(max).default(1).describe(description);
}
