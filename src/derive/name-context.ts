/** Words around a name that tell what kind of name it is; read by find-entities.ts. */

/** "the social video app Loopr", "The developer, Greystone Homes, …": a business named after its kind. */
const companyBefore =
  /\b(?:company|firm|app|startup|platform|chain|brand|retailer|carrier|airline|maker|operator|giant|lender|insurer|developer|publisher|broadcaster|chipmaker|group|charity|campaign)\s*,?\s+$/u;

/** A participle's clause that opens the sentence: "Launching the new phase of the campaign, ". */
const openingClause = /(?:^|[.!?]\s+)\p{Lu}\p{Ll}+ing\s[^,.;:]*,\s*$/u;

/**
 * Whether the words before a name name a business it is: its kind right before it, but not a
 * kind that ends a clause the sentence opens with ("Launching the campaign, John Swinney said").
 */
export const namesCompany = (before: string): boolean =>
  companyBefore.test(before) && !openingClause.test(before);

/**
 * "the newspaper Kalameh Sabz", "press agency Prensa Latina", "the schools Santo Spirito and …": a
 * body named right after its kind, with no comma between ("At the station, Rosa told VOA" names
 * a person).
 */
export const publicationBefore =
  /\b(?:newspaper|paper|daily|weekly|magazine|tabloid|agency|channel|website|outlet|publication|portal|broadcaster|schools?)\s+$/u;

/**
 * The words around a first name used alone that show it names a person ("Carlos and his son",
 * "Tony, from Melbourne, said").
 */
export const firstNameAfter =
  /^\s*(?:,\s*who\b|,\s*\d{1,3}\b|and (?:his|her)\b|,\s+from\s+\p{Lu})/u;
export const firstNameBefore = /\b(?:native|resident|student|named|called),?\s*$/iu;

/**
 * "a lawyer named Samantha", "a voter who self-identified as Jamie": a description that names
 * someone by a given name alone, which may be used for either sex ("Jamie", "Alex").
 */
export const namedBefore =
  /\b(?:(?:[Ww]ho\s+)?(?:self-)?identified\s+(?:(?:himself|herself|themselves)\s+)?as|introduced\s+(?:himself|herself)\s+as|(?:only\s+)?gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+as|,)|(?<!\b(?:is|was|be|been|being|are|were)\s+)(?:named|called))\s+$/u;

/**
 * Company words that a name can own or be the subject of, so the name is an organisation's. "X is
 * a spokesman" describes a person, so the words between may not be a verb or an article.
 */
const corporate =
  /^(?:[’']s)?\s+(?:(?:(?!(?:is|was|a|an|the|as)\s)[a-z-]+\s+){0,2}(?:chief executive|chief financial officer|chief operating officer|spokes(?:man|woman|person)|board|shares|shareholders|employees|staff|customers|chairman|chairwoman|executives|founder|headquarters)\b)/u;

/** "Halvorsen's chief financial officer", "a Halvorsen spokeswoman", "shares of Halvorsen …". */
export function ownsCorporateRole(before: string, after: string): boolean {
  return corporate.test(after) || /\bshares (?:of|in)\s+$/u.test(before);
}
