import type { SnapshotDelta } from '../content/briefing-files.ts';
import type { Briefing, StatementKind } from '../content/briefing-schema.ts';
import type { BriefingBody, BriefingHead, ServedBriefing } from '../content/lean-briefing.ts';
import type { NameIndex } from './name-index.ts';
import type { Speaker } from './speaker-book.ts';
import type { BriefingHit, Passage } from './text-index.ts';

export type { Speaker } from './speaker-book.ts';

/**
 * Where a statement is: its briefing and its position there, with what lists need of it. Its
 * text is in the briefing's body: `library.bodyOf(entry.briefing).statements[entry.index]`.
 */
export interface StatementEntry {
  briefing: BriefingHead;
  /** The statement's position in its briefing, a stable handle for it. */
  index: number;
  /** The statement's speaker and kind, known without reading a body kept on disk. */
  speaker: string;
  kind: StatementKind;
}

/** Looking names up (topics, people): what commands may do with a name index, and no more. */
export type NameLookup = Pick<NameIndex, 'match' | 'nearest' | 'complete'>;

/**
 * The briefings being served, as commands, digests and adapters see them: read-only. Only the
 * app's content loader changes what is served (through `LibraryStore.update`). A briefing is
 * seen as its head (ids, names, dates, who appears); its long texts are read with `bodyOf`.
 */
export interface Library {
  /** Bumped on every change, so callers can cache what they derive from the library. */
  version(): number;
  briefing(id: string): BriefingHead | undefined;
  /** The briefing with this id or alias, typed as a slug or in words ("putin kim"). */
  briefingBySlug(name: string): BriefingHead | undefined;
  /** Every briefing, most recently updated first. */
  briefings(): readonly BriefingHead[];
  speaker(id: string): Speaker | undefined;
  /** Every speaker, in a new array. */
  speakers(): Speaker[];
  /** The briefings a speaker appears in, most recent first. */
  briefingsOf(speakerId: string): BriefingHead[];
  /** The groups a person or organisation belongs to ("Putin and Kim" for Putin). */
  groupsOf(speakerId: string): readonly string[];
  /**
   * A speaker's statements, and those of groups they belong to, newest first (by when they were
   * said, else when the events happened), in article order within one briefing.
   */
  statementsOf(speakerId: string): readonly StatementEntry[];
  /** How far the full-text index has got, for a note while a large load is being indexed. */
  textProgress(): { pending: number; total: number };
  /** Resolves when every briefing is in the full-text index. */
  textReady(): Promise<void>;
  /** Full-text search, best first: the briefings that match, with the words that matched. */
  search(query: string): BriefingHit[];
  /** The best `limit` matches of a full-text search, and how many match in all. */
  searchTop(query: string, limit: number): { total: number; hits: BriefingHit[] };
  /**
   * A briefing's long texts (summary, key points, background, statements). A large library keeps
   * them on disk, so this is where a read may happen: ask for it only for what is shown. The
   * briefing is one this library served (a head it has since replaced still reads its own body).
   */
  bodyOf(briefing: BriefingHead): BriefingBody;
  /** How many statements a briefing has, without reading its body. */
  statementCount(briefing: BriefingHead): number;
  /** A briefing's passages, as search and quotes show them (its body is read). */
  passages(briefing: BriefingHead): Passage[];
  /** Topics by id, alias, title and tag. */
  topics: NameLookup;
  /** People, organisations and groups by id, name and alias. */
  names: NameLookup;
}

/** The library as its owner holds it: readable, and replaceable as a whole set of briefings. */
export interface LibraryStore extends Library {
  /**
   * Serves exactly `briefings` from now on, leaving out drafts (`draft: true`): they reach no
   * reader until approved. Re-indexes only what changed (a briefing is the same if it is the same
   * object; one parsed whole is served with its body in memory). With `background`, full-text
   * indexing happens after this returns (a large first load is ready for every other command at
   * once; /search says it is still indexing until `textReady` resolves). With `delta` from the
   * very list the library was last given, only the briefings it names are looked at.
   */
  update(
    briefings: readonly (Briefing | ServedBriefing)[],
    options?: { background?: boolean; delta?: SnapshotDelta },
  ): void;
  /** Every briefing as served, most recently updated first (to pass back to `update`). */
  briefings(): readonly ServedBriefing[];
  /**
   * Saves what is kept between runs (the full-text snapshot) now, if it is behind: on shutdown,
   * since it is otherwise written just after search is ready. Indexing still under way is not
   * saved; the next start indexes what it lacks.
   */
  saveIndex(): void;
}
