/**
 * Folds a name or phrase to the form used for matching: no accents, no case, no apostrophes,
 * punctuation as spaces, and no leading "the" ("The Kremlin" = "kremlin", "Wŏn-sik" = "won sik").
 */
export function normalizeName(value: string): string {
  // Plain ASCII (most names and words) needs no Unicode decomposition, which is the slow part.
  const folded = /^[\x20-\x7e]*$/.test(value)
    ? value
        .toLowerCase()
        .replace(/['`]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
    : value
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’‘`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return folded.trim().replace(/^the /, '');
}
