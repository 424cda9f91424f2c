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

/**
 * Everything of a briefing but its body: ids, names, dates, tags, source and who appears in it.
 * This is what commands, digests and adapters see of a briefing; its body they get from
 * `Library.bodyOf`.
 */
export type BriefingHead = Omit<Briefing, keyof BriefingBody>;

/** A head as memory (and the cache file) keeps it: with its statements' cues. */
export interface StoredHead extends BriefingHead {
  cues: StatementCues;
}

/**
 * A briefing as content serves it to the library: its head and cues in memory, and a way to its
 * body. `readBody(keep)` reads the body, from memory or from the briefing cache file; `keep`
 * asks that a body read from disk join the recently read ones (a read for showing, not a pass
 * over every briefing).
 */
export interface ServedBriefing extends StoredHead {
  readonly readBody: (keep: boolean) => BriefingBody;
  /**
   * Which version of which file this is (its name, modification time and size), for a briefing
   * kept in the briefing cache: what was built from one version and saved (the full-text
   * snapshot) is reused only for the same stamp. None for a briefing parsed whole.
   */
  readonly stamp?: string;
}

/** A parsed briefing's head (with its statements' cues) and body, apart. */
export function splitBriefing(briefing: Briefing): { head: StoredHead; body: BriefingBody } {
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
// whole (~10 MB of copies at 10,000 briefings). Only an identical entry, down to key order, is
// shared; heads are never changed once interned.
//
// Found by id, then compared field by field with the few kept for that id: a text key built for
// each of a million entries (each key and value joined) was a second of a 100,000-briefing
// restart, where comparing with an entry already kept allocates nothing. Sharing only saves
// memory, so an id described in more ways than are kept simply has some copies.
const sharedEntries = new Map<string, Named[]>();

/** Ways of describing one id kept for sharing, the most recently met first. */
const VARIANTS_KEPT = 8;

function sameList(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (typeof a[i] !== 'string' || a[i] !== b[i]) return false;
  }
  return true;
}

/** Whether two entries have the same keys in the same order, with equal text or lists of text. */
function sameEntry(a: Named, b: Named): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== others[i]) return false;
    const value = a[key];
    const other = b[key];
    if (typeof value === 'string') {
      if (value !== other) return false;
    } else if (!sameList(value, other)) return false;
  }
  return true;
}

function internEntries(entries: Named[]): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as Named;
    const variants = sharedEntries.get(entry.id) ?? [];
    // A loop, not `find` with a closure: under tsx every closure made is also named, per call.
    let shared: Named | undefined;
    for (const known of variants) {
      if (!sameEntry(known, entry)) continue;
      shared = known;
      break;
    }
    if (shared !== undefined) {
      entries[i] = shared;
      continue;
    }
    if (variants.length === 0) sharedEntries.set(entry.id, variants);
    variants.unshift(entry);
    if (variants.length > VARIANTS_KEPT) variants.pop();
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
export function internHead(head: StoredHead): StoredHead {
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
 * Takes texts and entries read back already shared (the briefing cache's heads file, see
 * cache-heads.ts) as the ones that heads read later share, as if those had been interned.
 */
export function adoptShared(texts: readonly string[], entries: readonly unknown[]): void {
  for (const text of texts) if (!interned.has(text)) interned.set(text, text);
  for (const entry of entries as Named[]) {
    let variants = sharedEntries.get(entry.id);
    if (variants === undefined) {
      variants = [];
      sharedEntries.set(entry.id, variants);
    }
    // The most recently met first, as `internEntries` keeps them.
    variants.unshift(entry);
    if (variants.length > VARIANTS_KEPT) variants.pop();
  }
}

/**
 * Serves a head whose body stays on disk: `load(keep)` reads it back (the briefing cache keeps
 * the recently read ones). The head is taken over, so only a head of one's own is passed in.
 * The two fields are set on it in place: a restart makes 100,000 of these, and a new object
 * merged in for each (Object.assign) was garbage the collector then had to clear.
 */
export function leanBriefing(
  head: StoredHead,
  load: (keep: boolean) => BriefingBody,
  stamp: string,
): ServedBriefing {
  const served = head as StoredHead & { readBody: ServedBriefing['readBody']; stamp: string };
  served.readBody = load;
  served.stamp = stamp;
  return served;
}

/**
 * Whether a briefing's body is kept on disk rather than in memory: only those have a stamp (a
 * version of a file in the briefing cache), so no set of them need be kept.
 */
export function isLean(briefing: ServedBriefing): boolean {
  return briefing.stamp !== undefined;
}

const wholes = new WeakMap<Briefing, ServedBriefing>();

/**
 * Serves a briefing parsed whole, its body kept in memory. One parsed briefing is always served
 * as the same object, so a library given it twice sees it unchanged and does not index it again.
 */
export function wholeBriefing(briefing: Briefing): ServedBriefing {
  let served = wholes.get(briefing);
  if (served === undefined) {
    const { head, body } = splitBriefing(briefing);
    served = { ...head, readBody: () => body };
    wholes.set(briefing, served);
  }
  return served;
}

/** A briefing parsed whole again from the JSON of its head and body (as `splitBriefing` made them). */
export function briefingFromJson(headJson: string, bodyJson: string): ServedBriefing {
  const { cues: _cues, ...head } = JSON.parse(headJson) as StoredHead;
  return wholeBriefing({ ...head, ...(JSON.parse(bodyJson) as BriefingBody) });
}

/** A briefing ready to serve, whether parsed whole or already served. */
export function toServed(briefing: Briefing | ServedBriefing): ServedBriefing {
  return 'readBody' in briefing ? briefing : wholeBriefing(briefing);
}

/** A plain copy of a served briefing with every field its own (its body read in). */
export function plainBriefing(briefing: ServedBriefing): Briefing {
  const { cues: _cues, readBody, stamp: _stamp, ...head } = briefing;
  return { ...head, ...readBody(false) };
}
