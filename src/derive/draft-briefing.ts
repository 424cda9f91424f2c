import type { Briefing, Statement } from '../content/briefing-schema.ts';
import { normalizeName } from '../content/normalize.ts';
import type { CleanArticle } from './clean-article.ts';
import { type Entity, type EntityBook, slugify } from './entity-book.ts';
import type { Found } from './find-statements.ts';
import type { Sentence } from './sentences.ts';
import { keyPoints, leadSummary } from './summarise.ts';

/** What the reading of an article found, to be assembled into a briefing. */
export interface DraftInput {
  article: CleanArticle;
  sentences: Sentence[][];
  book: EntityBook;
  statements: Found[];
  /** The briefing id; by default a slug of the headline. */
  id?: string;
  /** The page date to use when the article carries none. */
  fallbackDate?: string;
}

/** Raised when the article alone cannot make a valid briefing (no date, no text). */
export class DraftError extends Error {}

const stop = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'to',
  'for',
  'and',
  'as',
  'at',
  'by',
  'with',
  'is',
  'are',
]);

function idFrom(headline: string): string {
  const words = slugify(headline)
    .split('-')
    .filter((w) => !stop.has(w));
  return words.slice(0, 6).join('-') || 'draft';
}

/**
 * Each name or alias may stand for one speaker only, or `/quote` could not tell them apart: an
 * alias already taken by an entity listed earlier is left out.
 */
function distinctAliases(entities: readonly Entity[]): Map<string, string[]> {
  const taken = new Set(entities.map((e) => normalizeName(e.name)));
  const result = new Map<string, string[]>();
  for (const entity of entities) {
    const kept = entity.aliases.filter((alias) => {
      const key = normalizeName(alias);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    result.set(entity.id, kept);
  }
  return result;
}

/**
 * Assembles a briefing from what was found: marked `draft: true`, every speaker defined, every
 * statement's words inside its context sentence, so that `npm run validate` accepts it.
 */
export function draftBriefing(input: DraftInput): Briefing {
  const { article, sentences, book, statements } = input;
  const first = sentences.flat()[0];
  if (!first) throw new DraftError('the article has no paragraphs of text');
  const headline = article.headline ?? first.text.split(/\s+/).slice(0, 20).join(' ');
  const pageDate = article.date ?? input.fallbackDate;
  if (!pageDate) throw new DraftError('the article has no date line; give one with --date');
  const summary = leadSummary(sentences);
  const speakers = new Set(statements.map((s) => s.speaker.id));
  const entities = book.all();
  const members = new Set(entities.filter((e) => speakers.has(e.id)).flatMap((e) => e.members));
  const used = (e: Entity) => speakers.has(e.id) || members.has(e.id);
  const named = (e: Entity) => e.order < Number.MAX_SAFE_INTEGER;
  const notable = statements.find((s) => s.kind === 'direct');
  const listed = entities.filter(
    (e) =>
      (e.kind === 'person' && (!e.unconfirmed || used(e))) ||
      e.kind === 'place' ||
      (e.kind === 'organisation' && (named(e) || used(e))) ||
      (e.kind === 'group' && used(e)),
  );
  const aliases = distinctAliases(listed);
  const aliasesOf = (e: Entity) => aliases.get(e.id) ?? [];
  const of = (kind: Entity['kind']) => listed.filter((e) => e.kind === kind);

  return {
    id: input.id ?? idFrom(headline),
    aliases: [],
    title: headline,
    draft: true,
    updated: pageDate,
    summary,
    keyPoints: keyPoints(sentences, summary),
    background: [],
    tags: [],
    related: [],
    source: {
      publisher: article.publisher ?? article.agency ?? 'Unknown publisher',
      ...(article.publisher &&
      article.agency &&
      article.agency !== article.publisher.replace(/^The\s+/, '')
        ? { originalPublisher: article.agency }
        : {}),
      headline,
      pageDate,
    },
    people: of('person').map((e) => ({
      id: e.id,
      name: e.name,
      ...(e.role ? { role: e.role } : {}),
      ...(e.organisation ? { organisation: e.organisation } : {}),
      aliases: aliasesOf(e),
    })),
    organisations: of('organisation').map((e) => ({
      id: e.id,
      name: e.name,
      ...(e.description ? { description: e.description } : {}),
      aliases: aliasesOf(e),
    })),
    groups: of('group').map((e) => ({
      id: e.id,
      name: e.name,
      ...(e.description ? { description: e.description } : {}),
      aliases: aliasesOf(e),
      members: e.members,
    })),
    places: of('place').map((e) => ({ id: e.id, name: e.name, aliases: aliasesOf(e) })),
    statements: statements.map(
      (s): Statement => ({
        speaker: s.speaker.id,
        kind: s.kind,
        text: s.text,
        context: s.context,
        paragraph: s.paragraph,
        ...(s.when ? { when: s.when } : {}),
        ...(s.audience ? { audience: s.audience } : {}),
        about: [],
        notable: s === notable,
      }),
    ),
  };
}
