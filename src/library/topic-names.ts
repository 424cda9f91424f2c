import type { ServedBriefing } from '../content/lean-briefing.ts';
import { createNameIndex } from './name-index.ts';
import type { TextSnapshot } from './text-snapshot.ts';

/**
 * The briefings' names (ids, aliases, titles, tags), as /brief, /topics and completion look them
 * up, with the version of each briefing they were taken from, so that a restart can start from
 * the names saved by the last run (topic-index.snapshot) and name again only what changed.
 */
export function createTopicNames() {
  const index = createNameIndex();
  /** Per briefing named, the stamp of the version named (none if unstamped). */
  const stamps = new Map<string, string>();
  /** Whether the names differ from their snapshot on disk. */
  let changed = false;
  /**
   * During a first load from the snapshot: the stamps of the briefings it names that are not
   * yet matched with a briefing served now.
   */
  let unmatched: Map<string, string> | undefined;

  return {
    index,
    /**
     * Before a first load: starts from the names a snapshot saved. Each briefing then keeps its
     * saved names if it is the very version saved (see `name`), and `dropUnmatched` forgets what
     * the snapshot named that no longer serves. A snapshot without names is not used.
     */
    restore(saved: TextSnapshot | undefined): void {
      if (saved?.labels === undefined) return;
      try {
        index.restore({ ranked: saved.state, labels: saved.labels });
      } catch {
        return;
      }
      unmatched = saved.stamps;
    },
    /** Names a briefing served now: as the snapshot has it when it is the version saved. */
    name(briefing: ServedBriefing): void {
      const saved = unmatched?.get(briefing.id);
      unmatched?.delete(briefing.id);
      if (saved === undefined || saved !== briefing.stamp) {
        index.set(briefing.id, [
          briefing.id,
          ...briefing.aliases,
          briefing.title,
          ...briefing.tags,
        ]);
        changed = true;
      }
      if (briefing.stamp) stamps.set(briefing.id, briefing.stamp);
      else stamps.delete(briefing.id);
    },
    forget(id: string): void {
      index.remove(id);
      if (stamps.delete(id)) changed = true;
    },
    /** After a first load: forgets what the snapshot named that no briefing served matched. */
    dropUnmatched(): void {
      if (unmatched === undefined) return;
      for (const id of unmatched.keys()) {
        index.remove(id);
        changed = true;
      }
      unmatched = undefined;
    },
    changed: () => changed,
    /** Marks the names as differing from the snapshot (a write of it was cut short). */
    markChanged(): void {
      changed = true;
    },
    /** What to save, taken now; the names then count as saved. */
    take() {
      changed = false;
      const { ranked, labels } = index.state();
      return { state: ranked, stamps, labels };
    },
  };
}
