/**
 * Folds a name or phrase to the form used for matching: no accents, no case, no apostrophes,
 * punctuation as spaces, and no leading "the" ("The Kremlin" = "kremlin", "Wŏn-sik" = "won sik").
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
