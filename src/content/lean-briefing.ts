import type { Briefing, KeyPoint, Statement, StatementKind } from './briefing-schema.ts';

/**
 * The long texts of a briefing: most of its size, and needed only to show or search one
 * briefing. A large library keeps them on disk and reads a briefing's back when it is shown.
 */
export interface BriefingBody {
  summary: string;
  keyPoints: KeyPoint[];
  background: string[];
  statements: Statement[];
}

/** What lists and lookups need of each statement without its text: who, when and how. */
export interface StatementCues {
  speakers: readonly string[];
  kinds: readonly StatementKind[];
  /** `said` per statement, null where the statement gives none. */
  said: readonly (string | null)[];
}

/** Everything of a briefing but its body, plus its statements' cues: what stays in memory. */
export type BriefingHead = Omit<Briefing, keyof BriefingBody> & { cues: StatementCues };

const bodyKeys = ['summary', 'keyPoints', 'background', 'statements'] as const;

export function splitBriefing(briefing: Briefing): { head: BriefingHead; body: BriefingBody } {
  const { summary, keyPoints, background, statements, ...rest } = briefing;
  const cues: StatementCues = {
    speakers: statements.map((statement) => statement.speaker),
    kinds: statements.map((statement) => statement.kind),
    said: statements.map((statement) => statement.said ?? null),
  };
  return { head: { ...rest, cues }, body: { summary, keyPoints, background, statements } };
}

// The same names, roles, ids and dates recur in thousands of briefings; one copy of each is kept.
const interned = new Map<string, string>();
function intern(value: string): string {
  const known = interned.get(value);
  if (known !== undefined) return known;
  interned.set(value, value);
  return value;
}
function internAll(values: string[]): string[] {
  for (let i = 0; i < values.length; i++) values[i] = intern(values[i] as string);
  return values;
}

type Named = { id: string; name: string; aliases: string[] } & Record<string, unknown>;

// A person recurs in thousands of briefings described the same way; such entries are shared
// whole (~10 MB of copies at 10,000 briefings). Keyed by their JSON, so only an identical entry,
// down to key order, is shared; heads are never changed once interned.
const sharedEntries = new Map<string, Named>();

function internEntries(entries: Named[]): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as Named;
    const key = JSON.stringify(entry);
    const shared = sharedEntries.get(key);
    if (shared !== undefined) {
      entries[i] = shared;
      continue;
    }
    sharedEntries.set(key, entry);
    entry.id = intern(entry.id);
    entry.name = intern(entry.name);
    internAll(entry.aliases);
    for (const key of ['role', 'organisation', 'description'] as const) {
      const value = entry[key];
      if (typeof value === 'string') entry[key] = intern(value);
    }
    if (Array.isArray(entry.members)) internAll(entry.members as string[]);
  }
}

/**
 * Shares a freshly read head's recurring strings with other briefings' (it is changed in place,
 * so only a head of one's own is passed in).
 */
export function internHead(head: BriefingHead): BriefingHead {
  head.updated = intern(head.updated);
  internAll(head.tags);
  internAll(head.related);
  head.source.publisher = intern(head.source.publisher);
  for (const section of [head.people, head.organisations, head.groups, head.places]) {
    internEntries(section as Named[]);
  }
  internAll(head.cues.speakers as string[]);
  internAll(head.cues.kinds as string[]);
  const said = head.cues.said as (string | null)[];
  for (let i = 0; i < said.length; i++) {
    const value = said[i];
    if (value) said[i] = intern(value);
  }
  return head;
}

/**
 * A briefing whose body stays on disk: the head's fields are its own, and reading `summary`,
 * `keyPoints`, `background` or `statements` fetches the body (the loader keeps recent ones).
 */
class LeanBriefing {
  // Private, so that the briefing's own enumerable fields are exactly the head's.
  readonly #load: (keep: boolean) => BriefingBody;
  constructor(head: BriefingHead, load: (keep: boolean) => BriefingBody) {
    this.#load = load;
    Object.assign(this, head);
  }
  /** The body, kept among the recently read ones (see `bodyOf`). */
  load(): BriefingBody {
    return this.#load(true);
  }
  /** The body, read without keeping it among the recent ones (see `bodyOnce`). */
  readOnce(): BriefingBody {
    return this.#load(false);
  }
  get summary(): string {
    return this.load().summary;
  }
  get keyPoints(): KeyPoint[] {
    return this.load().keyPoints;
  }
  get background(): string[] {
    return this.load().background;
  }
  get statements(): Statement[] {
    return this.load().statements;
  }
}

/** `load(keep)`: the body, kept among recently read ones if `keep` (a read for showing). */
export function leanBriefing(head: BriefingHead, load: (keep: boolean) => BriefingBody): Briefing {
  return new LeanBriefing(head, load) as unknown as Briefing;
}

/**
 * A briefing's body, to show it: a lean one's is read from disk (or the recently read ones), a
 * plain one's is its own fields.
 */
export function bodyOf(briefing: Briefing): BriefingBody {
  if (briefing instanceof LeanBriefing) return briefing.load();
  const { summary, keyPoints, background, statements } = briefing;
  return { summary, keyPoints, background, statements };
}

export function isLean(briefing: Briefing): boolean {
  return briefing instanceof LeanBriefing;
}

/**
 * A briefing's body for a one-off pass over every briefing (indexing): a lean one's is read
 * without displacing the recently shown bodies. Kept, those bodies lived long enough to be
 * promoted to the old heap and left ~40 MB of garbage there after a 10,000-briefing start.
 */
export function bodyOnce(briefing: Briefing): BriefingBody {
  if (briefing instanceof LeanBriefing) return briefing.readOnce();
  const { summary, keyPoints, background, statements } = briefing;
  return { summary, keyPoints, background, statements };
}

/** A plain copy of a briefing with every field its own (a lean one's body read in). */
export function plainBriefing(briefing: Briefing): Briefing {
  if (!isLean(briefing)) return briefing;
  const { cues: _cues, ...head } = briefing as unknown as BriefingHead;
  const plain: Record<string, unknown> = { ...head };
  for (const key of bodyKeys) plain[key] = briefing[key];
  return plain as unknown as Briefing;
}

const cueCache = new WeakMap<Briefing, StatementCues>();

/** A briefing's statement cues, without reading a lean briefing's body. */
export function cuesOf(briefing: Briefing): StatementCues {
  const own = (briefing as unknown as Partial<BriefingHead>).cues;
  if (own) return own;
  let cues = cueCache.get(briefing);
  if (cues === undefined) {
    cues = splitBriefing(briefing).head.cues;
    cueCache.set(briefing, cues);
  }
  return cues;
}
