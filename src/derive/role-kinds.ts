/** The words before a role's head noun ("prime" in "prime minister"), cut to their first letters. */
function modifiersOf(role: string, head: string): string[] {
  const words = role.toLowerCase().split(/[\s-]+/u);
  const at = words.lastIndexOf(head);
  return at <= 0 ? [] : words.slice(0, at).map((w) => w.slice(0, 4));
}

/**
 * Whether a person's role is one a role mention names: it holds the mention's head noun, and
 * where both say what kind ("the prime minister", a "Foreign Minister") they share a word of it,
 * so the prime minister is never the foreign minister. The first four letters are compared, so
 * spellings ("defence", "defense") still agree.
 */
export function sameKindOfRole(role: string | undefined, phrase: string, head: string): boolean {
  const held = role?.toLowerCase();
  if (!held?.includes(head)) return false;
  const written = modifiersOf(phrase, head);
  const own = modifiersOf(held, head);
  return written.length === 0 || own.length === 0 || written.some((w) => own.includes(w));
}
