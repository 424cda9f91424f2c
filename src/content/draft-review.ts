import { readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseDocument } from 'yaml';
import type { Briefing } from './briefing-schema.ts';
import { type BriefingWrites, createFolderWrites } from './briefing-writes.ts';
import type { FileBriefing } from './check-library.ts';
import type { ServedBriefing } from './lean-briefing.ts';

/** A draft as `/review list` shows it. */
export interface DraftSummary {
  id: string;
  title: string;
  /** The file's name in the briefings folder. */
  fileName: string;
  /** When the file was last written: drafts are listed newest first. */
  drafted: Date;
  /** The publisher and headline the draft was made from. */
  source: string;
  url?: string;
  /** Direct and partial quotes; the rest of the statements are reported speech. */
  quotes: number;
  statements: number;
  /** What an editor should look at first, from the notes `npm run derive` writes atop a draft. */
  toCheck: string[];
  /** Set once an editor has turned it down. */
  rejected?: string;
}

/** A draft as `/review show` shows it: the summary, the briefing, and the quotes left unplaced. */
export interface DraftDetails extends DraftSummary {
  briefing: Briefing;
  /** Quoted words the rules found no speaker for (`¶4: “…”`), as the draft's notes list them. */
  unplaced: string[];
}

/** What approving or rejecting did; `problem` says why an approved draft does not serve. */
export interface ReviewOutcome {
  id: string;
  fileName: string;
  served: boolean;
}

/** The review desk: drafts waiting, and the editor's two decisions, written to the draft's file. */
export interface DraftReview {
  /** Drafts waiting for an editor (not rejected), newest first. */
  list(): DraftSummary[];
  /** One draft by id, rejected or not. */
  show(id: string): DraftDetails | undefined;
  /** Removes the draft's `draft` flag (and any rejection) so it is served from now on. */
  approve(id: string): Promise<ReviewOutcome>;
  /** Keeps the draft out of service, with `rejected: <reason>` written into its file. */
  reject(id: string, reason: string): Promise<ReviewOutcome>;
}

/** The longest reason kept; it is a note to the next editor, not an essay. */
export const MAX_REASON = 300;

const UNPLACED = /^\s+(¶\d+|headline): (.+)$/;

/** Reads the notes `writeDraft` puts in the comment atop a draft. */
function notesOf(source: string): { unplaced: string[]; dateGuessed: boolean } {
  const comment = parseDocument(source).commentBefore ?? '';
  const lines = comment.split('\n');
  const start = lines.findIndex((line) => line.includes('Quoted words with no speaker found'));
  const unplaced: string[] = [];
  if (start >= 0) {
    for (const line of lines.slice(start + 1)) {
      const found = UNPLACED.exec(line);
      if (!found) break;
      unplaced.push(`${found[1]}: ${found[2]}`);
    }
  }
  return { unplaced, dateGuessed: comment.includes('`pageDate` is the day it was drafted') };
}

function detailsOf({ file, briefing: served }: FileBriefing<ServedBriefing>): DraftDetails {
  // A draft is shown whole: its head and its body, read from the cache or the file.
  const briefing: Briefing = { ...served, ...served.readBody(false) };
  let source = '';
  let drafted = new Date(0);
  try {
    source = readFileSync(file, 'utf8');
    drafted = statSync(file).mtime;
  } catch {
    // Deleted since it was read: still shown from what was served, without the notes.
  }
  const notes = notesOf(source);
  const quotes = briefing.statements.filter((s) => s.kind !== 'paraphrase').length;
  const toCheck = ['each statement’s speaker and kind against the article'];
  if (notes.unplaced.length > 0)
    toCheck.unshift(`${notes.unplaced.length} quote(s) the rules could not place`);
  if (notes.dateGuessed) toCheck.push('the page date, which was guessed');
  return {
    id: briefing.id,
    title: briefing.title,
    fileName: basename(file),
    drafted,
    source: `${briefing.source.publisher}: ${briefing.source.headline}`,
    ...(briefing.source.url ? { url: briefing.source.url } : {}),
    quotes,
    statements: briefing.statements.length,
    toCheck,
    ...(briefing.rejected ? { rejected: briefing.rejected } : {}),
    briefing,
    unplaced: notes.unplaced,
  };
}

/**
 * A briefing file's text rewritten through its YAML document, so the editor's comments and
 * layout stay.
 */
function rewritten(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/**
 * The review desk over the served folder's drafts. A decision is written through `writes`
 * (atomically: a crash mid-write leaves the old file, never half of one; with DATABASE_URL, for
 * every process too), the folder alone unless given. `reload` serves a rewritten file at once
 * (rather than waiting for the folder watcher, which one-shot tools do not run); `isServed` tells
 * whether the file now serves its id (a problem in the rewritten file would keep it out).
 */
export function createDraftReview(deps: {
  drafts: () => readonly FileBriefing<ServedBriefing>[];
  reload: (fileName: string) => void;
  isServed: (id: string, fileName: string) => boolean;
  writes?: BriefingWrites;
}): DraftReview {
  const find = (id: string) => deps.drafts().find((entry) => entry.briefing.id === id);
  const decide = async (
    id: string,
    change: Parameters<typeof rewritten>[1],
  ): Promise<ReviewOutcome | undefined> => {
    const entry = find(id);
    if (entry === undefined) return undefined;
    const fileName = basename(entry.file);
    const writes = deps.writes ?? createFolderWrites(dirname(entry.file));
    await writes.replace(fileName, rewritten(entry.file, change));
    deps.reload(fileName);
    return { id, fileName, served: deps.isServed(id, fileName) };
  };
  return {
    list() {
      return deps
        .drafts()
        .map(detailsOf)
        .filter((draft) => draft.rejected === undefined)
        .sort((a, b) => b.drafted.getTime() - a.drafted.getTime() || a.id.localeCompare(b.id))
        .map(({ briefing: _briefing, unplaced: _unplaced, ...summary }) => summary);
    },
    show(id) {
      const entry = find(id);
      return entry ? detailsOf(entry) : undefined;
    },
    async approve(id) {
      const outcome = await decide(id, (doc) => {
        doc.delete('draft');
        doc.delete('rejected');
      });
      if (outcome === undefined) throw new RangeError(`no draft "${id}"`);
      return outcome;
    },
    async reject(id, reason) {
      const note = reason.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON);
      const outcome = await decide(id, (doc) => {
        doc.set('draft', true);
        doc.set('rejected', note);
      });
      if (outcome === undefined) throw new RangeError(`no draft "${id}"`);
      return outcome;
    },
  };
}
