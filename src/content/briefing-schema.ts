import { z } from 'zod';

/**
 * The shape of one briefing file in `briefings/`. Editors write these by hand (or start from a
 * `npm run derive` draft), so every message here is phrased for an editor, not a programmer.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

const text = z.string().trim().min(1, 'must not be empty');

/** A calendar date (`2024-06-19`) or a full timestamp with its zone (`2024-07-20T09:00:00Z`). */
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
    'use a date such as 2024-06-19 or a timestamp such as 2024-06-19T08:00:00Z',
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

const paragraph = z.int('use a whole paragraph number').min(1, 'paragraphs are numbered from 1');

/** A person who appears in the article. Their id is shared across briefings. */
export const personSchema = z.strictObject({
  id: slug,
  name: text,
  role: text.optional(),
  organisation: text.optional(),
  /** Surname, common spellings and role nouns ("the Russian president") that name this person. */
  aliases: z.array(text).default([]),
});

/** An organisation, or a country speaking as one ("the Kremlin", "China"). */
export const organisationSchema = z.strictObject({
  id: slug,
  name: text,
  description: text.optional(),
  aliases: z.array(text).default([]),
});

/** A group that speaks as one but is not an organisation ("Western officials", "experts"). */
export const groupSchema = z.strictObject({
  id: slug,
  name: text,
  description: text.optional(),
  aliases: z.array(text).default([]),
  /** People or organisations the group is made of, so `/quote putin` also finds "the two leaders". */
  members: z.array(slug).default([]),
});

export const placeSchema = z.strictObject({
  id: slug,
  name: text,
  aliases: z.array(text).default([]),
});

export const statementKinds = ['direct', 'partial', 'paraphrase'] as const;
export type StatementKind = (typeof statementKinds)[number];

/** One thing someone said, exactly as the article reports it. */
export const statementSchema = z.strictObject({
  speaker: slug,
  kind: z.enum(statementKinds, { message: 'kind must be direct, partial or paraphrase' }),
  /** The quoted words (direct, partial) or the reported clause (paraphrase), verbatim. */
  text: text,
  /** The whole sentence around it, verbatim, so a reader can check it against the article. */
  context: text,
  paragraph: paragraph,
  /** When it was said, where the article says so ("on Tuesday", "earlier this month"). */
  said: isoDate.optional(),
  /** The article's own words for when, where it gives no date ("on Tuesday"). */
  when: text.optional(),
  /** Who it was said to or where ("told Bloomberg", "told reporters"). */
  audience: text.optional(),
  /** Short topic words that help `/quote putin sanctions` find it. */
  about: z.array(text).default([]),
  /** The quote to show when a reply has room for only one. */
  notable: z.boolean().default(false),
});

export const keyPointSchema = z.strictObject({
  text: text,
  paragraphs: z.array(paragraph).min(1, 'name the paragraph(s) this point rests on'),
});

export const sourceSchema = z.strictObject({
  publisher: text,
  originalPublisher: text.optional(),
  headline: text,
  url: z.url({ message: 'must be a full URL such as https://…' }).optional(),
  /** The date printed on the page we worked from. */
  pageDate: isoDate,
  /** When the events reported took place. */
  eventsDate: isoDate.optional(),
  /** Anything a reader should know about the dates or the republication. */
  note: text.optional(),
});

export const briefingSchema = z.strictObject({
  id: slug,
  aliases: z.array(slug).default([]),
  title: text,
  /** Marks a machine-drafted briefing that an editor has not reviewed yet. */
  draft: z.boolean().default(false),
  /** Why an editor turned the draft down (`/review reject`); it stays a draft, out of service. */
  rejected: text.optional(),
  updated: isoDate,
  summary: text,
  keyPoints: z.array(keyPointSchema).min(1, 'give at least one key point'),
  background: z.array(text).default([]),
  tags: z.array(text).default([]),
  related: z.array(slug).default([]),
  source: sourceSchema,
  people: z.array(personSchema).default([]),
  organisations: z.array(organisationSchema).default([]),
  groups: z.array(groupSchema).default([]),
  places: z.array(placeSchema).default([]),
  statements: z.array(statementSchema).default([]),
});

export type Briefing = z.infer<typeof briefingSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
