import Fuse from 'fuse.js';
import type { Briefing } from '../src/content/briefing-schema.ts';

/**
 * What a typical bot does, for comparison: briefings in an array scanned on every request, with
 * Fuse.js (built once at start) for fuzzy names. It answers the same questions as the core, so
 * the bench can set the two side by side on the same corpus in the same run.
 */
export function createNaiveBaseline(briefings: readonly Briefing[]) {
  const people = new Map<string, { id: string; name: string; aliases: string[] }>();
  for (const briefing of briefings) {
    for (const person of briefing.people)
      people.set(person.id, { id: person.id, name: person.name, aliases: person.aliases });
  }
  const fusePeople = new Fuse([...people.values()], { keys: ['name', 'aliases'], threshold: 0.3 });
  const fuseTopics = new Fuse([...briefings], { keys: ['id', 'aliases', 'title'], threshold: 0.3 });

  const findPerson = (query: string) => {
    const lower = query.toLowerCase();
    for (const person of people.values()) {
      if (person.id === lower || person.name.toLowerCase() === lower) return person;
    }
    return fusePeople.search(query, { limit: 1 })[0]?.item;
  };

  return {
    brief(topic: string) {
      return (
        briefings.find((b) => b.id === topic || b.aliases.includes(topic)) ??
        fuseTopics.search(topic, { limit: 1 })[0]?.item
      );
    },
    quote(person: string) {
      const found = findPerson(person);
      if (!found) return [];
      const statements = briefings.flatMap((b) =>
        b.statements.filter((s) => s.speaker === found.id).map((s) => ({ b, s })),
      );
      return statements.sort((x, y) => y.b.updated.localeCompare(x.b.updated)).slice(0, 5);
    },
    who(person: string) {
      const found = findPerson(person);
      return found
        ? {
            person: found,
            briefings: briefings.filter((b) => b.people.some((p) => p.id === found.id)),
          }
        : undefined;
    },
    search(words: string) {
      const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
      const hits: { briefing: Briefing; score: number }[] = [];
      for (const briefing of briefings) {
        const text = [
          briefing.title,
          briefing.summary,
          ...briefing.keyPoints.map((p) => p.text),
          ...briefing.statements.map((s) => s.context),
        ]
          .join(' ')
          .toLowerCase();
        const score = terms.filter((term) => text.includes(term)).length;
        if (score > 0) hits.push({ briefing, score });
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, 5);
    },
    complete(partial: string) {
      return fusePeople.search(partial, { limit: 25 });
    },
  };
}
