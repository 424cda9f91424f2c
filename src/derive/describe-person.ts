import { isCommonWord } from './common-words.ts';
import type { Gender } from './entity-book.ts';
import { isGivenName } from './given-names.ts';
import { femaleTitles, maleTitles, roleNouns } from './name-words.ts';
import { isSpeechVerb, reportingVerbs } from './speech-verbs.ts';

/** An inflected verb of saying ("said", "says"), not a noun such as "state". */
const isVerbForm = (word: string) =>
  reportingVerbs.has(word) && /(?:ed|s|told|said|wrote|spoke|ing)$/.test(word);

/** What the story says a person is: their role and organisation. */
export interface Description {
  role?: string;
  organisation?: string;
  gender?: Gender;
}

const female =
  /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|woman|wife|mother|daughter|queen|actress|sister|girl|grandmother)\b/i;
const male =
  /\b(?:spokesman|chairman|businessman|congressman|man|husband|father|son|king|brother|boy|grandfather)\b/i;

/** The gender a description states ("spokeswoman", "his wife"), if it states one. */
export function genderOf(text: string): Gender | undefined {
  if (female.test(text)) return 'female';
  if (male.test(text)) return 'male';
  return undefined;
}

const isRoleWord = (word: string) => {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  return (
    roleNouns.has(lower) ||
    /^\d+-year-old$/.test(lower) ||
    // "fisherman", "Chairwoman", but not the surnames "Hartman" or "Friedman", nor a count
    // before a noun ("a nine-person team", "a two-man crew").
    (/(?:man|woman|person)$/.test(lower) &&
      !/-(?:man|woman|person)$/.test(lower) &&
      (/^\p{Ll}/u.test(word) || isCommonWord(lower)))
  );
};

const stopBefore = new Set([
  // "as did Palestinian negotiator Saeb Erekat": an auxiliary ends the description.
  'did',
  'does',
  'do',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'by',
  'with',
  'that',
  'as',
  'to',
  'from',
  'in',
  'at',
  'on',
  'who',
  'which',
  'when',
  'while',
  'after',
  'before',
  'said',
  'says',
  'told',
  'than',
]);

const capitalisedPrefix = (words: readonly string[]) =>
  words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/[’']s$/, ''))
    .join(' ') || undefined;

function withGender(description: Description, text: string): Description {
  const gender = genderOf(text);
  return gender ? { ...description, gender } : description;
}

/**
 * A role written straight before a name: "US secretary of state Antony Blinken", "Seoul’s defence
 * minister Shin Won-sik", "union leader Samuel Otieno".
 */
export function roleBefore(before: string): Description | undefined {
  const words = before.slice(-120).trimEnd().split(/\s+/);
  if (!/[\p{L}\d]$/u.test(before.trimEnd())) return undefined;
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 6; i--) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    const joinsRole = (lower === 'of' || lower === 'for') && isRoleWord(words[i - 1] ?? '');
    if (
      !joinsRole &&
      (stopBefore.has(lower) || isVerbForm(lower) || /[,;:()\u2014\ue000]/u.test(word))
    )
      break;
    phrase.unshift(word);
  }
  // "a procession of opposition lawmaker Mu Sochua": an `of` that no role word leads into, before
  // words in lower case, ends what the role is ("Department of Justice spokesperson" does not).
  const cut = phrase.findLastIndex(
    (w, i) =>
      /^(?:of|for)$/iu.test(w) &&
      !isRoleWord(phrase[i - 1] ?? '') &&
      /^\p{Ll}/u.test(phrase[i + 1] ?? ''),
  );
  if (cut >= 0 && phrase.slice(cut + 1).some(isRoleWord)) phrase.splice(0, cut + 1);
  const at = phrase.findIndex(isRoleWord);
  if (at < 0 || phrase.length - at > 4) return undefined;
  const tail = phrase.slice(at + 1);
  if (tail.length > 0 && !/^(?:of|for)$/i.test(tail[0] ?? '')) return undefined;
  const role = phrase.join(' ');
  const organisation = capitalisedPrefix(phrase.slice(0, at));
  return withGender({ role, ...(organisation ? { organisation } : {}) }, role);
}

/** A verb in the past, then an article, a possessive or a preposition: "became the", "created by". */
const pastVerbOpening =
  /^(?:\p{Ll}+ed|became|began|took|made|gave|won|led|went|told|said|wrote|saw|got|was|were|had)\s+(?:the|a|an|his|her|its|their|by|as|to|in|that|on)\b/u;

/**
 * An appositive after a name: "Jenny Town, a senior fellow at the Stimson Center think-tank",
 * "Peter Vane, who has lived …", "Jane Roe, 45, …". Returns undefined when the words after the
 * comma do not describe a person.
 */
export function appositiveAfter(after: string): (Description & { person: true }) | undefined {
  // "Francis Mvandaba (34), a single mother": an age in brackets stands before the description.
  const match = /^(?:\s*\(\d{1,3}\))?,\s+(?:(?:a|an|the)\s+)?([^,;.]*)/u.exec(after);
  if (!match?.[1]) return undefined;
  const segment = match[1].trim();
  // "…, whose son Alfie died": a relative clause tells that this is a person, not their gender.
  if (/^(?:who|whose)\b/.test(segment) || /^\d{1,3}$/.test(segment)) return { person: true };
  // "Rodriguez, also known as X, became the seventh player", "the agency, Petra, identified the
  // officer": a verb in the past before an article or a preposition goes on with the sentence,
  // so the words are no apposition ("a retired general" is one: a noun follows the participle).
  if (pastVerbOpening.test(segment)) return undefined;
  // "a first term PM, while Hawke replaced an opposition leader": a clause of its own begins; so
  // does what a verb was about ("complained to the regulator, Ofcom, about an interview").
  if (
    /^(?:while|whereas|as|when|although|though|because|since|but|and|or|so|if|after|before|unlike|about|over|against|during)\b/u.test(
      segment,
    )
  )
    return undefined;
  const [rolePart, orgPart] = segment.split(/\s+(?:at|of|with|for|from|to|in)\s+(?:the\s+)?/u, 2);
  const roleWords = (rolePart ?? '').split(/\s+/).slice(0, 6);
  // "the South Australian senator tells Michelle Grattan …": a verb of saying ends the role.
  const cut = roleWords.findIndex(
    (w, i) => /^(?:who|which|that|in|since|until|when)$/.test(w) || (i > 0 && isSpeechVerb(w)),
  );
  const kept = cut < 0 ? roleWords : roleWords.slice(0, cut);
  // "initially Hawke’s senior political adviser and later ALP national secretary": the adverb
  // before the role and a joining word left at the cut are no part of it.
  if (kept.length > 1 && /^\p{Ll}+ly$/u.test(kept[0] ?? '')) kept.shift();
  while (kept.length > 1 && /^(?:and|or|but)$/u.test(kept.at(-1) ?? '')) kept.pop();
  if (!kept.some(isRoleWord)) return undefined;
  const owner = /^(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)[’']s\s/u.exec(kept.join(' '))?.[1];
  const organisation =
    owner ??
    (orgPart
      ? /^(?:\p{Lu}[\p{L}’'&.-]*(?:\s+|$)|(?:and|of|for|the)\s+(?=\p{Lu}))+/u
          .exec(orgPart)?.[0]
          .trim()
      : undefined);
  return {
    person: true,
    ...withGender({ role: kept.join(' '), ...(organisation ? { organisation } : {}) }, segment),
  };
}

/**
 * "… came from Daniel Ferrer, bishop of the Diocese of Jujuy, in Argentina": after a preposition
 * the words after a name usually describe the thing the name belongs to ("the head of Acme, a
 * maker of …"), but a name that opens with a given name, followed by a bare office and `of`, is a
 * person described by that office.
 */
export function roleAfterGivenName(words: readonly string[], after: string): boolean {
  if (words.length < 2 || !isGivenName(words[0] ?? '')) return false;
  const office = /^,\s+(\p{Ll}+(?:\s+\p{Ll}+)?)\s+of\s/u.exec(after)?.[1];
  return office !== undefined && isRoleWord(office.split(/\s+/).at(-1) ?? '');
}

/** An appositive before a name: "Her Chilean counterpart, Andrés Castillo, …". */
export function appositiveBefore(before: string): Description | undefined {
  const match = /(?:^|[,;:.]\s+)([^,;:.]+),\s*$/u.exec(before.slice(-120));
  const segment = match?.[1]?.trim();
  if (!segment) return undefined;
  const words = segment.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (!isRoleWord(last) || words.length > 7) return undefined;
  const role = words.filter((w) => !/^(?:the|a|an|her|his|their|its|whose)$/i.test(w)).join(' ');
  return withGender({ role }, segment);
}

/** Titles that say nothing of a person's office. */
const honorifics = new Set([...femaleTitles, ...maleTitles, 'Dr', 'Dr.', 'Prof', 'Prof.']);
/**
 * The office in a name's titles: no honorific, unless another word of the office goes before it
 * ("Crown Prince Mohammed"), so that "the Prince" later is still him.
 */
export const officeOf = (titles: readonly string[]) =>
  titles
    .filter((t, i) => !honorifics.has(t) || (i > 0 && !honorifics.has(titles[i - 1] ?? '')))
    .join(' ');
