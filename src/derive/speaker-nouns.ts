/** Nouns for news outlets, which a story uses for one it has named ("the news agency"). */
export const mediaNouns = new Set([
  'agency',
  'network',
  'channel',
  'broadcaster',
  'newspaper',
  'station',
  'magazine',
  'publication',
  'outlet',
  'website',
]);

/** People on duty whom stories quote without naming: court, police, medical and transport staff. */
export const unnamedOnDuty =
  /^(?:judge|magistrate|coroner|juror|officer|constable|detective|doctor|nurse|paramedic|surgeon|firefighter|witness|driver|pilot|guard)$/u;

/**
 * "a spokesman for the Ministry of Defence", "the Defence Ministry's spokesman", "a spokesperson
 * for the U.S.-led coalition": the body is named before the noun or after it; after it, the name
 * keeps stops between capitals and a `-led` or `-backed` with the noun that follows.
 */
export const spokespersonPattern =
  /\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?<before>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative)(?:\s+(?:for|from|at|of)\s+(?:the\s+)?(?<after>\p{Lu}(?:[\p{L}’'-]|\.(?=\p{Lu}))*(?:(?<=[\s.]\p{Lu})\.(?![-\s]+\p{Lu}))?(?:\.?-(?:led|backed)\s+\p{Ll}+|(?:\.?\s+(?:\p{Lu}[\p{L}’'-]*|of|and|for)(?=\s+\p{Lu}|$|[\s,.]))*)))?/gu;
