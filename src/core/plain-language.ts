/** Plain-language phrasings the text parser understands, shown by /help and in hints. */
export const plainLanguageExamples = [
  'brief me on russia and north korea',
  'what did blinken say?',
  'quotes from putin about sanctions',
  'who is shin won-sik?',
  'search artillery shells',
];
