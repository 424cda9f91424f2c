import type { Clause } from './clause.ts';
import type { Entity } from './entity-book.ts';

/** `quoting them as saying`, `quoted them as telling`: the words of those `them` stands for. */
const quotingThem = /\bquot(?:ing|ed|es)\s+them\s+as\s+(?:saying|telling|writing)\b/u;

/**
 * "… told reporters that pilots had complained, quoting them as saying “…”": the words are those
 * of the group the clause named before `quoting`, not of the one who quotes them.
 */
export function quotedGroup(clause: Clause, open: number): Entity | undefined {
  const cue = quotingThem.exec(clause.masked.slice(0, open));
  if (cue?.index === undefined) return undefined;
  const group = clause.mentions.findLast((m) => m.kind === 'group' && m.end <= (cue.index ?? 0));
  return group ? clause.resolved.get(group) : undefined;
}
