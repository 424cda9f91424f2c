/**
 * Between a speaker and the verb of saying: the words that may stand there (when, letters after a
 * name, a short name in brackets, a description), and a document the speaker wrote.
 */
import { postNominalPattern } from './name-words.ts';

/**
 * "Trump on Thursday told NBC", "the minister last week said", "Global Times's editorial on May 9,
 * stated": when it was said, between the subject and the verb.
 */
const when = String.raw`(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?|today|yesterday|(?:last|this|earlier\s+this)\s+(?:week|weekend|month|year|morning|afternoon|evening))`;

/** Letters after a name ("Seán Crowe TD said", "Fiona Grant KC said"), between it and its verb. */
const lettersAfter = String.raw`(?:,?\s+(?:${postNominalPattern})(?![\p{L}]))?`;

/**
 * A body's short name in brackets after its full one: "the United States Department of State
 * (DoS) advised". The short name is the same body, so it stands between the subject and its verb.
 */
const acronymAfter = String.raw`(?:\s*\(\p{Lu}[\p{L}.&-]{0,11}\))?`;

/** "Tyler Walker (@tbawalker) of Marietta College tweeted": the writer's handle, in brackets. */
const handleAfter = String.raw`(?:\s*\(@[\p{L}\d_.]{1,30}\))?`;

/**
 * "One resident carrying a stick shouted": what someone held or wore as they spoke. Other
 * participles are left out: "Putin ordering the military to add troops" is no speaker and verb.
 */
const doing = String.raw`(?:\s+(?:carrying|holding|wearing|waving|clutching|pushing)\s+(?:a|an|the|his|her|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+)?`;

/**
 * Words that may stand between a subject and its verb: "Putin, who …, later said", the state or
 * town a politician is from or the body a role is at: "Senator Tim Kaine of Virginia said", "the
 * chairman of the Joint Chiefs of Staff said", and where, when or how it was
 * said: "Karzai in an exclusive television interview told VOA", a reflexive: "Sarkozy himself
 * said", a report of saying: "Al-Majid is reported to have said", and a speaker taking up a new
 * point: "they went on to say".
 */
export const filler = new RegExp(
  String.raw`^${lettersAfter}${acronymAfter}${handleAfter}${doing}(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:['’]s)?(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}.-]*){0,4}(?:\s+in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?)?(?:\s+(?:in|on|at|during)\s+(?:an?|the|his|her|their|its)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})?(?:\s+${when})?\s*(?:,[^,\ue000]{0,160}){0,3},?\s*(?:(?:has|have|had|also|later|again|previously|repeatedly|earlier|then|once|further|first|even|would|will|did|does|not|never|only|himself|herself|itself|themselves|\p{Ll}+ly)\s+)*(?:(?:went|goes|go|going|gone)\s+on\s+to\s+)?(?:(?:is|was|are|were)\s+(?:reported|said|believed|understood|alleged|thought)\s+to\s+have\s+)?$`,
  'u',
);

/**
 * A document written by the name before it: “The Home Office letter reads”, “Cornyn’s statement
 * added”. The writer of the document is the one who says its words.
 */
export const documentOf =
  /^(?:['’]s)?\s+(?:(?:own|official|written|joint|internal|leaked|latest|new|press|annual|final|recent)\s+)*(?:statement|letter|report|memo|release|document|announcement|filing|e-?mail|website|notice|analysis|study|survey|review|editorial|commentary)s?\b(?:\s+(?:of|on|into|about)\s+[^,\ue000]{1,60}?(?=\s*$))?/u;

/**
 * “The report by Human Rights Watch says …”, “A statement from the ministry said …”: the writer
 * named after the document says its words.
 */
export const writtenBy =
  /(?:^|[,;]\s*)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:new|latest|annual|written|joint|official)\s+)?(?:statement|letter|report|study|memo|release|survey|review|investigation|inquiry|analysis)\s+(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+(?:the\s+)?$/u;

/**
 * "The claim prompted Democrat Nanette Barragán of the House Homeland Security Committee to
 * reply, “…”", "That prompted Corker to respond on Twitter, “…”": the one a remark prompted or
 * led to speak is the speaker of the verb after `to`, though the verb's own subject is no name.
 */
export function promptedToSpeak(masked: string, start: number, gap: string): boolean {
  return (
    /\b(?:prompted|led|spurred|provoked|moved)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(
      masked.slice(Math.max(0, start - 60), start),
    ) && /^(?:\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*){1,6})?\s+to\s+$/u.test(gap)
  );
}
