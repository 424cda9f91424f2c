import { z } from 'zod';

/**
 * A hand-labelled answer key, `NAME.quotes.json` beside `NAME.txt`: every quoted span with its
 * speaker, and the people and organisations named. Other fields are allowed and ignored.
 */
export const answerKeySchema = z.looseObject({
  quotes: z.array(
    z.looseObject({
      speaker: z.string(),
      quote: z.string().min(1),
      /** Set for a quote printed in the headline, which is scored apart from the story's. */
      headline: z.boolean().optional(),
    }),
  ),
  people: z.array(z.string()).default([]),
  organizations: z.array(z.string()).default([]),
});

export type AnswerKey = z.infer<typeof answerKeySchema>;

/** What derive found in an article, in the answer key's terms. */
export interface Extracted {
  /** Each quote with its speaker's name and the other names the draft gives that speaker. */
  quotes: { speaker: string; aliases: string[]; quote: string; headline?: boolean }[];
  /** Each person's name followed by their aliases. */
  people: string[][];
  organizations: string[][];
}
