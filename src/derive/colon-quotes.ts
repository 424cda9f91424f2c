import type { Clause } from './clause.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { personNouns, roleNouns } from './name-words.ts';
import { toldForms } from './speech-verbs.ts';
import { isSubjectPosition } from './subject-position.ts';
import { someoneUnnamed } from './unnamed-bodies.ts';

/** "[singing]", "[laughing]": a stage direction in brackets right before a quote. */
const stageDirection = /\s*\[\p{Ll}[\p{L}\s]{0,30}\]\s*$/u;

const toldBeforeColon = new RegExp(
  String.raw`\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:${toldForms})\s*:\s*$`,
  'u',
);

/**
 * "Finally Boff considered three criteria …: “All tradition …”": a whole sentence quoted after a
 * colon, in a sentence whose subject is a person named at its opening, is that person's, though no
 * verb of saying stands before it. Only a name that opens the sentence (after at most one adverb)
 * counts, so "The list included one line: “…”" gives the words to no one; so does a name in
 * apposition to a description that opens the sentence.
 */
export function colonSpeaker(clause: Clause, quote: QuoteSpan): Entity | undefined {
  const open = quote.open - clause.sentence.start;
  // "Extinction Rebellion activists: [singing] “…”": a stage direction in brackets after a
  // transcript's label is no part of what was said, nor of who said it.
  const lead = clause.masked.slice(0, open).replace(stageDirection, ' ');
  if (!/:\s*$/u.test(lead) || lead.includes('\ue000')) return undefined;
  const label = clause.mentions.find((m) => m.start === 0 && /^\s*:\s*$/u.test(lead.slice(m.end)));
  if (label?.kind === 'group') return clause.resolved.get(label);
  if (!/^\[?\p{Lu}/u.test(quote.text)) return undefined;
  // "Anna Berg was told: “…”": the one told hears the words after the colon, and says none.
  if (toldBeforeColon.test(lead)) return undefined;
  const issuer = statementIssuer(clause, lead);
  if (issuer) return issuer;
  const first = clause.mentions.find((m) => m.kind === 'name' && !m.appositive);
  if (!first || first.possessive) return undefined;
  const opening = lead.slice(0, first.start);
  // "Spokesman for the government, Lambert Mende, made the statement on Thursday: “…”": a
  // description set off by commas may open the sentence before the name, when no verb of saying
  // is in it and it is not a clause of its own ("When the storm hit, …").
  const described =
    /^\p{Lu}[^,;:\ue000]{0,80},\s*$/u.test(opening) &&
    !/^(?:When|While|As|After|Before|If|Although|Though|Because|Since|Once|Until)\b/u.test(
      opening,
    ) &&
    !clause.verbs.some((v) => v.start < first.start) &&
    /^,/u.test(clause.masked.slice(first.end));
  // "Secretary-General António Guterres: “…”": a transcript's label may carry the speaker's
  // title in capitals before the name, when the name runs up to the colon.
  const titledLabel =
    /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(opening) && /^\s*:\s*$/u.test(lead.slice(first.end));
  if (!described && !titledLabel && !/^(?:\p{Lu}\p{Ll}+ly\s+|Then\s+)?$/u.test(opening))
    return subjectBeforeColon(clause, lead);
  const entity = clause.resolved.get(first);
  return entity?.kind === 'person' ? entity : undefined;
}

/** "In a comment to …,", "In an interview with …,", "Speaking to …,": the sentence is about words. */
const speakingOpening =
  /^(?:In\s+(?:a|an|his|her|their)\s+(?:\p{Ll}+\s+)?(?:comment|comments|interview|statement|speech|letter|post|message|email|e-mail|address|remarks)\b|(?:Speaking|Talking|Writing)\s)[^,;:]{0,80},/u;

/**
 * "In a comment to the Bangkok Post, Thai army Colonel Winthai Suwaree shared a similar
 * sentiment: “…”": where a phrase about words opens the sentence, the person who is its subject
 * speaks the sentence quoted after the colon, when no one else is named between them and the
 * colon. Any other opening ("When the storm hit, Ines Kowal had one list in hand: “…”") leaves the
 * words to no one.
 */
function subjectBeforeColon(clause: Clause, lead: string): Entity | undefined {
  if (!speakingOpening.test(lead)) return undefined;
  const subject = clause.mentions.find(
    (m) => m.kind === 'name' && !m.appositive && !m.possessive && isSubjectPosition(lead, m),
  );
  if (!subject) return undefined;
  const after = clause.mentions.filter(
    (m) =>
      m.start > subject.end &&
      m.end <= lead.length &&
      m.kind !== 'pronoun' &&
      !m.appositive &&
      !(m.kind === 'role' && m.possessive),
  );
  if (after.length > 0) return undefined;
  const entity = clause.resolved.get(subject);
  return entity?.kind === 'person' ? entity : undefined;
}

/** "released a statement", "issued a brief statement Wednesday that …", "put out a note". */
const issuedDocument =
  /\b(?:released|issued|put\s+out|published|sent\s+out)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:statement|note|communiqu[eé]|message|declaration)\b/u;

/**
 * "China's foreign ministry released a statement Wednesday that urged a return to talks: “We
 * believe …”": the words after the colon are the statement's, so its issuer's, the one named last
 * before the verb (not an owner: "China's"), with no one else named after the verb.
 */
function statementIssuer(clause: Clause, lead: string): Entity | undefined {
  const issued = issuedDocument.exec(lead);
  if (!issued) return undefined;
  const named = clause.mentions.filter((m) => m.end <= lead.length && m.kind !== 'pronoun');
  if (named.some((m) => m.start > issued.index)) return undefined;
  const issuer = named.findLast((m) => !m.possessive && !m.appositive);
  const entity = issuer && clause.resolved.get(issuer);
  return entity && entity.kind !== 'place' ? entity : undefined;
}

/**
 * "Police officer: “…”", "Reporter: “…”", "Unidentified: “…”": a transcript's line whose label is
 * someone the story does not name, described by a role or a person noun, is theirs.
 */
export function labelSpeaker(
  clause: Clause,
  quote: QuoteSpan,
  book: EntityBook,
): Entity | undefined {
  const lead = clause.masked
    .slice(0, quote.open - clause.sentence.start)
    .replace(stageDirection, '');
  const capitals = /^(\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})?)\s*:\s*$/u.exec(lead)?.[1];
  // A clip of speech runs to a few words at least; "MUSIC: “Our World” theme" is a cue.
  const clip = quote.text.trim().split(/\s+/u).length >= 3;
  if (capitals && clip && !notNames.test(capitals)) return labelledByName(book, capitals);
  // "Man 1:", "Protester 2:": a transcript numbers the people it cannot name.
  const label = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+\d{1,2})?)\s*:\s*$/u.exec(lead)?.[1];
  const head =
    label
      ?.replace(/\s+\d+$/u, '')
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase() ?? '';
  if (!label || !(roleNouns.has(head) || personNouns.has(head) || voices.has(head)))
    return undefined;
  return someoneUnnamed(book, label);
}

/**
 * "Narrator: “Through sex, secrets and spies.”": the voices of a broadcast, which a transcript
 * labels by what they do, and an unidentified speaker.
 */
const voices = new Set([
  'unidentified',
  'narrator',
  'announcer',
  'interviewer',
  'moderator',
  'host',
]);

/** Labels in capitals that head a line and name no one. */
const notNames =
  /^(?:NOTE|UPDATE|UPDATED|BREAKING|CORRECTION|EDITOR|EDITORS|VIDEO|AUDIO|WATCH|READ|ALSO|SOURCE|SOURCES|PHOTO|QUOTE|ANNOUNCER|NARRATOR|HOST|ANCHOR|REPORTER|TRANSCRIPT|MUSIC|SOUND|SFX|APPLAUSE|LAUGHTER|TAPE|CLIP|ACT|SOT|NATS?)$/u;

/**
 * "DONOGHUE: “The patient is able to …”": a radio transcript labels each clip with the speaker's
 * surname in capitals. The person the story names with that surname speaks; one it does not
 * name is a person called by the label.
 */
function labelledByName(book: EntityBook, capitals: string): Entity {
  const name = capitals.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  const named = book
    .all()
    .find(
      (e) =>
        e.kind === 'person' && e.name.split(/\s+/u).at(-1)?.toLowerCase() === name.toLowerCase(),
    );
  if (named) return named;
  // The label itself may have been read as a body's name ("GRANT:"): it is the person's.
  const labelled = book.lookup(capitals).find((e) => e.name === capitals);
  if (!labelled) return book.add('person', name, Number.MAX_SAFE_INTEGER);
  book.retype(labelled, 'person');
  labelled.name = name;
  return labelled;
}
