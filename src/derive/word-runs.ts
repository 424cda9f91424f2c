/** Whether `words` stand together, in order, somewhere in `within`. */
export function holdsRun(within: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= within.length; i++) {
    let k = 0;
    while (k < words.length && within[i + k] === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}
