import type { Entity } from './entity-book.ts';
import type { Mention } from './mentions.ts';

/**
 * The body a "which" clause hangs from: named right before it ("the airline, which calls the
 * group “…”"), or before a description set off by commas ("Rodong Sinmun, the ruling party's
 * newspaper, which described Abe as “…”"); never a body named further back.
 */
export function bodyBeforeWhich(
  masked: string,
  mentions: readonly Mention[],
  at: number,
  resolve: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const last = mentions.findLast((m) => m.end <= at);
  if (!last) return undefined;
  let named = last;
  // "Rodong Sinmun, the ruling party newspaper, which": a kind of body set after a name by a
  // comma describes the name, which the clause is about.
  const before = mentions.findLast((m) => m.end <= last.start);
  if (
    last.kind !== 'name' &&
    before?.kind === 'name' &&
    /^,\s+$/u.test(masked.slice(before.end, last.start))
  )
    named = before;
  if (named === last && !/^,?\s*$/u.test(masked.slice(last.end, at))) {
    const description = /,\s+(?:the|a|an|its|their)\s+[^,;:\ue000]{1,80}$/u.exec(
      masked.slice(0, at),
    );
    if (!description) return undefined;
    const head = mentions.findLast((m) => m.end <= description.index);
    if (!head || !/^\s*$/u.test(masked.slice(head.end, description.index))) return undefined;
    named = head;
  }
  const entity = resolve(named);
  return entity?.kind === 'organisation' ? entity : undefined;
}
