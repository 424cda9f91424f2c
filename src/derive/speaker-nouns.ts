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
