import { markAppositives } from './appositives.ts';
import { lookUpRun } from './body-before-person.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import { findNames } from './find-names.ts';
import { countryOfDemonym } from './gazetteer.ts';
import { handlesIn } from './handles.ts';
import { rankNouns } from './military-ranks.ts';
import {
  alternation as alt,
  groupDescribers,
  groupNouns,
  institutionNouns,
  personNouns,
  roleNouns,
  sentenceStarters,
} from './name-words.ts';
import { altAnyCase, officeRoles } from './office-roles.ts';
import { spokespersonPattern } from './speaker-nouns.ts';
import { afterOfficeAnd } from './title-words.ts';
import { moreUnnamed } from './unnamed-mentions.ts';

export type MentionKind =
  | 'name'
  | 'compound'
  | 'spokesperson'
  | 'group'
  | 'unnamed'
  | 'role'
  | 'institution'
  | 'pronoun';

/** Words in a sentence that may name who is speaking. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** For names: the entities the name may stand for, most recent first. */
  candidates: Entity[];
  /** For compounds ("Putin and Kim"): the two names. */
  parts: Mention[];
  /** For roles and institutions: the head noun ("president", "ministry"). */
  head?: string;
  /** Titles before a name ("Mrs"). */
  titles: string[];
  /** Set when the mention only describes the one before it ("Jane Roe, a lawyer,"). */
  appositive: boolean;
  /** Set for a name followed by ’s ("Mr Brown’s plan"), which is not the clause's subject. */
  possessive?: boolean;
  /** Set for `one` or `another` alone, one member of the group the story just named. */
  oneOf?: boolean;
}

// "the Oakland native": someone described by where they are from, a role only in a description.
const role = `(?:${alt(roleNouns)}|${alt(rankNouns)}|\\d+-year-old|native)`;
/** Words before a role noun, dotted abbreviations among them ("the U.S. president"). */
const adjective = String.raw`(?:(?:[\p{L}-]+|(?:\p{Lu}\.){2,})\s+){0,3}?`;

// "Staff Sgt. Kevin Reyes": a group noun that a sergeant's title follows is part of the rank.
const groupPattern = new RegExp(
  String.raw`(?<![\p{L}’'-])((?:[Aa]\s+group\s+of\s+)?(?:(?:\p{Lu}[\p{L}’'-]*|and|${[...groupDescribers].join('|')}|western|eastern|US|UK|U\.S\.|U\.K\.|U\.N\.|E\.U\.)\s+){0,4})(${altAnyCase(groupNouns)})\b(?!\s+(?:Sgt\.|Sergeant)\s)((?:\s+(?:for|from|in)\s+(?:the\s+|both\s+)?[\p{L}’'-]+|\s+of\s+(?:the\s+)?\p{Lu}\p{L}+\b(?![’'-]))?)`,
  'gu',
);
const quantifier = /^(?:Many|Some|Most|Several|Other|Few|All|Both)\s+/u;

/** Whether a group noun written with a capital runs into a capitalised word that is no weekday. */
function capitalRunsOn(masked: string, m: RegExpMatchArray): boolean {
  const noun = m[2] ?? '';
  if (!/^\p{Lu}/u.test(noun)) return false;
  const after = masked.slice((m.index ?? 0) + (m[1] ?? '').length + noun.length);
  return /^ \p{Lu}/u.test(after) && !/^ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/u.test(after);
}
/**
 * "a 22-year-old woman", "a source close to Putin’s administration": someone described by a role;
 * "a prime ministerial aspirant" is no one's role of prime, and "become an associate editor" is a
 * post someone already named takes, not someone new.
 */
const unnamedPattern = new RegExp(
  String.raw`(?<!\b(?:become|becomes|became|becoming|be|been|is|was|are|were)\s+)\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(${adjective}${role}(?!\s+ministerial\b)(?:\s+(?:${alt(personNouns)}))?(?:\s+(?:close\s+to|familiar\s+with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Ll}+)?)\b`,
  'gu',
);
/**
 * "said one man", "said a tired-sounding American woman", "a woman who asked not to be named told":
 * someone described as no more than a person, where a verb of saying stands right before or after,
 * a name follows ("a woman named Katya") or the description opens the sentence as its subject
 * ("This man was incredulous.", "A tourist, …").
 */
const saying =
  'said|says|told|tells|added|adds|asked|explained|recalled|shouted|cried|noted|wrote|commented|remarked|yelled|screamed|exclaimed|insisted|argued|replied|responded|tweeted|posted|complained|warned|opined|agreed|admitted|conceded|joked|quipped';
const describing = String.raw`(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s+)`;
const whoOrNamed = String.raw`(?:,?\s+who\s[^,.;:\ue000]{1,60}?,?)?\s+(?:${saying})\b|\s+(?:named|called)\s+\p{Lu}`;
const personPattern = new RegExp(
  String.raw`(?<=\b(?:${saying})\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(${describing}{0,2}?(?:${alt(personNouns)}))\b|\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s+){0,2}?(?:${alt(personNouns)}))(?=${whoOrNamed})|^(?:A|An|One|Another|This|That)\s+((?:[\p{Ll}-]+\s+){0,2}?(?:${alt(personNouns)}))\b(?=,|\s+(?:was|is|had|has|who|\p{Ll}+ed|\p{Ll}{2,}s|${saying})\b)`,
  'gu',
);
/** "guards", "witnesses", "deputies": the plural of a noun for someone. */
function plurals(nouns: readonly string[]): string[] {
  return nouns.map((noun) => {
    if (/man$/u.test(noun)) return `${noun.slice(0, -3)}men`;
    if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
    return /(?:s|sh|ch|x)$/u.test(noun) ? `${noun}es` : `${noun}s`;
  });
}

/**
 * "One of the children said", "said one of the protesters", "One of the security guards, who
 * asked to stay anonymous, told": one member of a group, unnamed, who speaks for themselves; the
 * draft names them as the story does.
 */
const members = new Set([...groupNouns, ...plurals([...roleNouns, ...personNouns])]);
const memberPattern = new RegExp(
  String.raw`\b[Oo]ne of (?:the|their|his|her|its)\s+(?:[\p{Ll}-]+\s+)?(?:children|${altAnyCase(members)})\b(?=,?\s+(?:${saying})\b|,\s+who\s+[^,;\ue000]{1,80},\s+(?:${saying})\b)|(?<=\b(?:${saying})\s+)one of (?:the|their|his|her|its)\s+(?:[\p{Ll}-]+\s+)?(?:children|${altAnyCase(groupNouns)})\b`,
  'gu',
);
/**
 * "an advisor to the Palestinian team told", "a resident of the town said", "a senior U.S. general
 * in Iraq told": someone unnamed, described by a role or a person noun and what they belong to or
 * where they are, right before a verb of saying.
 */
const belonging = String.raw`(${adjective}(?:${alt(roleNouns)}|${alt(personNouns)})\s+(?:to|at|of|from|for|with|in)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)`;
/** "also said", "later told": an adverb between the description and its verb is not part of it. */
const adverb = String.raw`(?:(?:also|later|then|again|\p{Ll}+ly)\s+)?`;
const belongingPattern = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+${belonging}(?=,?\s+${adverb}(?:${saying})\b)|^(?:A|An|One|Another)\s+${belonging}(?=\s+${adverb}\p{Ll}+(?:s|ed)\b)`,
  'gu',
);
// "the native Hawaiians": `native` before a people's name is no one's role.
const rolePattern = new RegExp(
  String.raw`\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}-]*[’']s)\s+((?:\d+-year-old\s+)?${adjective}(${role})(?:-elect\b)?(?!(?<=native)\s+\p{Lu})(?![\s-]+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+\s+)?(?:${alt(roleNouns)})\b)(?:\s+(?:of|for)\s+\p{Ll}+)?)\b`,
  'gu',
);
const nationalBodyPattern =
  /(?:\b[Tt]he\s+|(?<!\p{Lu}[\p{L}’'.-]*\s))\b((\p{Lu}\p{Ll}+)\s+(police|army|military|government|authorities|navy|court|parliament|media|state\s+(?:TV|television|media|radio)))\b/gu;
const localBodyPattern =
  /\b[Tt]he\s+(\p{Lu}\p{Ll}+\s+(?:city|county|town|district|municipal|state)\s+(council|government|assembly|legislature))\b/gu;
/** "the Malaysian transport ministry": a body named by its country's demonym and its kind. */
const demonymBodyPattern = new RegExp(
  String.raw`\b[Tt]he\s+((\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:[a-z][\p{L}’'-]*\s+){0,2}(${alt(institutionNouns)}))\b`,
  'gu',
);
/**
 * "the office of the Maldives President": an office named by whose it is keeps the whole name, as
 * "the office" alone would be any office in the story.
 */
const officeOfPattern =
  /\b[Tt]he\s+(office\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/gu;
const institutionPattern = new RegExp(
  String.raw`\b(?:[Tt]he|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s)\s+((?:[a-z][\p{L}’'-]*\s+){0,2}(${alt(institutionNouns)}))\b`,
  'gu',
);
/** "The other two, A and B, voted …; the two said …": the pair just named. */
const pairPattern =
  /\b[Tt]he (?:two|pair|duo)(?:\s+(?:leaders|men|women|ministers|officials|members))?\b(?!\s+\p{Ll}+s\b)/gu;
/**
 * Someone unnamed, described by a noun of the kind that names people ("one volunteer firefighter,
 * who …", "a passer-by said"), when a verb of saying or a "who" clause follows; or after an
 * inverted verb of saying, where the noun ends the clause (`“…,” said a combat medic.`, `“…,”
 * warned one devotee.`). A noun in -ee (devotee, trainee, detainee) names a person as one in -er
 * does.
 */
const agentNoun = String.raw`((?:[\p{Ll}-]+\s+){0,2}\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|ic|ee))`;
const agentPattern = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+${agentNoun}(?=,\s+who\b|\s+(?:said|says|told|added|warned))|(?<=\b(?:said|says|added|warned)\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+${agentNoun}(?=\s*[.,;]|$)`,
  'gu',
);
const pronounPattern = /\b(?:he|she|they|it|He|She|They|It)\b/g;

function mention(
  kind: MentionKind,
  start: number,
  end: number,
  text: string,
  extra: Partial<Mention> = {},
): Mention {
  return {
    kind,
    start,
    end,
    text,
    candidates: [],
    parts: [],
    titles: [],
    appositive: false,
    ...extra,
  };
}

/**
 * Every mention in a masked sentence that could be a speaker: names the register knows, "X and Y",
 * spokespeople for an organisation, groups ("Western officials"), unnamed people ("a senior
 * diplomat"), roles ("the Russian president"), institutions ("the ministry") and pronouns.
 */
export function findMentions(masked: string, book: EntityBook): Mention[] {
  const found: Mention[] = [];
  for (const run of findNames(masked)) {
    let { chunk, candidates } = lookUpRun(masked, run, book);
    if (candidates.length === 0 && chunk.titles.length > 0)
      candidates = book.lookup(chunk.name.split(' ').at(-1) ?? '');
    // A lone surname behind an Arabic article ("al-Maliki said") is a person's, never a body's
    // written the same way ("al-Qa'ida continues").
    if (/^\p{Ll}/u.test(chunk.name)) candidates = candidates.filter((e) => e.kind === 'person');
    if (candidates.length === 0) continue;
    found.push(
      mention('name', chunk.from, chunk.end, masked.slice(chunk.from, chunk.end), {
        candidates,
        titles: chunk.titles,
        possessive: chunk.possessive,
      }),
    );
  }
  for (const h of handlesIn(masked, book))
    found.push(
      mention('name', h.start, h.end, masked.slice(h.start, h.end), { candidates: h.candidates }),
    );
  for (const m of masked.matchAll(spokespersonPattern)) {
    const org = m.groups?.after ?? m.groups?.before;
    if (!org) continue;
    // "the Defence Ministry's spokesman" speaks for the Defence Ministry: the possessive is no
    // part of the body's name.
    const body = org.trim().replace(/[’']s$/u, '');
    found.push(mention('spokesperson', m.index, m.index + m[0].length, body));
  }
  for (const m of masked.matchAll(groupPattern)) {
    // "Farmers Union Director Paul Zakariya", "Veterans Affairs Secretary": a group's noun with a
    // capital, run into more capitals, opens a body's name.
    if (capitalRunsOn(masked, m)) continue;
    // "Many Iraqi civilians in the neighborhood": a quantifier and where they stood are not part
    // of the group's name; a place named with a capital is ("officials in Washington").
    const where = /^\s+in\s+(?:the\s+)?\p{Ll}/u.test(m[3] ?? '') ? '' : (m[3] ?? '');
    // "However Somali officials": a word that opens sentences is no part of the group's name.
    const opener = /^(\p{Lu}\p{Ll}+)\s+/u.exec(m[1] ?? '');
    const bare =
      opener?.[1] && sentenceStarters.has(opener[1])
        ? (m[1] ?? '').slice(opener[0].length)
        : (m[1] ?? '');
    // "shouted a group of young boys": the group, without its article.
    const words = bare.replace(quantifier, '').replace(/^[Aa]\s+(?=group\s)/u, '');
    const text = `${words}${m[2] ?? ''}${where}`.trim();
    const start =
      m.index + (m[0].length - m[0].trimStart().length) + (m[1] ?? '').length - bare.length;
    const end = m.index + m[0].length - ((m[3] ?? '').length - where.length);
    found.push(mention('group', start, end, text, { head: m[2] ?? '' }));
  }
  for (const m of masked.matchAll(unnamedPattern)) {
    found.push(
      mention('unnamed', m.index, m.index + m[0].length, m[1] ?? '', {
        head: (m[1] ?? '').split(' ').at(-1) ?? '',
      }),
    );
  }
  for (const m of masked.matchAll(personPattern)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    found.push(
      mention('unnamed', m.index, m.index + m[0].length, text, {
        head: text.split(' ').at(-1) ?? '',
      }),
    );
  }
  for (const m of masked.matchAll(belongingPattern)) {
    const text = m[1] ?? m[2] ?? '';
    found.push(mention('unnamed', m.index, m.index + m[0].length, text, { head: text }));
  }
  for (const m of masked.matchAll(memberPattern)) {
    const text = m[0].charAt(0).toLowerCase() + m[0].slice(1);
    found.push(
      mention('unnamed', m.index, m.index + m[0].length, text, {
        head: text.split(' ').at(-1) ?? '',
      }),
    );
  }
  for (const m of masked.matchAll(rolePattern)) {
    found.push(mention('role', m.index, m.index + m[0].length, m[0], { head: m[2] ?? '' }));
  }
  for (const r of officeRoles(masked)) {
    found.push(mention('role', r.start, r.end, r.text, { head: r.head }));
  }
  // "the Dublin city council passed": a local body named by its place.
  for (const m of masked.matchAll(localBodyPattern)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    found.push(
      mention('institution', start, m.index + m[0].length, m[1] ?? '', { head: m[2] ?? '' }),
    );
  }
  // "Kenyan police said": a nation's police, army or government, named by its demonym alone.
  for (const m of masked.matchAll(nationalBodyPattern)) {
    if (!countryOfDemonym(m[2] ?? '')) continue;
    found.push(
      mention('institution', m.index, m.index + m[0].length, m[1] ?? '', { head: m[3] ?? '' }),
    );
  }
  for (const m of masked.matchAll(demonymBodyPattern)) {
    if (!countryOfDemonym(m[2] ?? '')) continue;
    found.push(
      mention('institution', m.index, m.index + m[0].length, m[1] ?? '', { head: m[3] ?? '' }),
    );
  }
  for (const m of masked.matchAll(officeOfPattern)) {
    found.push(
      mention('institution', m.index, m.index + m[0].length, m[1] ?? '', { head: 'office' }),
    );
  }
  for (const m of masked.matchAll(institutionPattern)) {
    found.push(mention('institution', m.index, m.index + m[0].length, m[0], { head: m[2] ?? '' }));
  }
  for (const m of masked.matchAll(pairPattern)) {
    found.push(mention('pronoun', m.index, m.index + m[0].length, m[0].toLowerCase()));
  }
  for (const m of masked.matchAll(agentPattern)) {
    found.push(
      mention('unnamed', m.index, m.index + m[0].length, m[1] ?? m[2] ?? '', {
        head: (m[1] ?? m[2] ?? '').split(' ').at(-1) ?? '',
      }),
    );
  }
  for (const u of moreUnnamed(masked))
    found.push(mention('unnamed', u.start, u.end, u.text, u.oneOf ? { oneOf: true } : {}));
  for (const m of masked.matchAll(pronounPattern)) {
    found.push(mention('pronoun', m.index, m.index + m[0].length, m[0].toLowerCase()));
  }
  return markAppositives(masked, joinCompounds(masked, dropOverlaps(masked, found)));
}

const priority: MentionKind[] = [
  'spokesperson',
  'group',
  'compound',
  'name',
  'unnamed',
  'role',
  'institution',
  'pronoun',
];

function dropOverlaps(masked: string, all: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const ranked = [...all].sort(
    (a, b) =>
      priority.indexOf(a.kind) - priority.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  // A phrase whose head follows a name is about that phrase, not the name inside it:
  // "Russia’s foreign ministry", "a senior European diplomat".
  const wrapsName = (m: Mention) =>
    m.kind !== 'name' &&
    m.kind !== 'pronoun' &&
    all.some(
      (n) =>
        n.kind === 'name' &&
        n.start >= m.start &&
        ((n.end < m.end && /^(?:[’']s)?\s+\p{Ll}/u.test(masked.slice(n.end, m.end))) ||
          // "the office of the Maldives President" is the office, not the country in it.
          (m.kind === 'institution' && /^office of /u.test(m.text) && n.start > m.start) ||
          // "a student at the United Methodist University said": someone described by the body
          // they belong to is the speaker, and the body is part of the description.
          // A spokesperson still speaks as the body itself, as the spokesperson rule has it.
          (m.kind === 'unnamed' &&
            !/^(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|representative)\b/u.test(m.text) &&
            n.end === m.end &&
            /\s(?:to|at|of|from|for|with|in)\s+(?:the\s+)?$/u.test(
              masked.slice(m.start, n.start),
            ))),
    );
  ranked.sort((a, b) => Number(wrapsName(b)) - Number(wrapsName(a)));
  for (const m of ranked) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "Vladimir Putin and Kim Jong Un", "China and South Korea": two named speakers as one. */
function joinCompounds(masked: string, mentions: Mention[]): Mention[] {
  const result: Mention[] = [];
  for (const m of mentions) {
    const previous = result.at(-1);
    if (
      previous?.kind === 'name' &&
      m.kind === 'name' &&
      masked.slice(previous.end, m.start) === ' and ' &&
      !afterOfficeAnd(masked.slice(0, m.start))
    ) {
      result[result.length - 1] = mention(
        'compound',
        previous.start,
        m.end,
        masked.slice(previous.start, m.end),
        {
          parts: [previous, m],
        },
      );
      continue;
    }
    result.push(m);
  }
  return result;
}
