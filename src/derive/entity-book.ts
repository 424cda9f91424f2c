import { normalizeName as fold } from '../content/normalize.ts';

/** What an entity is, and so which list of the briefing it goes in. */
export type EntityKind = 'person' | 'organisation' | 'group' | 'place';
/** A person’s gender, when the story states it (titles, pronouns, role nouns). */
export type Gender = 'female' | 'male';

/** Someone or something the story names, as the draft will list it. */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  role?: string;
  organisation?: string;
  description?: string;
  /** For someone unnamed on duty ("the judge"), that role's noun: no other role refers back. */
  onDuty?: string;
  /** Other names the story uses for it, in the order first seen. */
  aliases: string[];
  gender?: Gender;
  /** Set while the gender is only what the given name suggests ("Jazz" is most often a woman's). */
  genderByName?: boolean;
  /** For a group: the people or organisations it is made of. */
  members: string[];
  /** Where it is first named (paragraph × 10⁶ + offset), to list entities in story order. */
  order: number;
  /** A person the story gives no sign of being one (see confirm-people.ts). */
  unconfirmed?: boolean;
}

/** Lowercase letters, digits and single hyphens, as briefing ids are written. */
export function slugify(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}

/**
 * The register of everyone and everything named in one story, looked up by any of their names.
 * Ids are slugs of the name, unique within the story.
 */
export function createEntityBook() {
  const entities: Entity[] = [];
  const byForm = new Map<string, Entity[]>();
  // Names are folded on every lookup; a story repeats the same few names, so folds are kept.
  const folds = new Map<string, string>();
  const normalizeName = (value: string) => {
    let folded = folds.get(value);
    if (folded === undefined) {
      folded = fold(value);
      folds.set(value, folded);
    }
    return folded;
  };
  let sorted: Entity[] | undefined;

  function index(entity: Entity, form: string): void {
    const key = normalizeName(form);
    if (key === '') return;
    const list = byForm.get(key) ?? [];
    if (!list.includes(entity)) list.push(entity);
    byForm.set(key, list);
  }

  return {
    /** Adds an entity, or returns the one of the same kind and name already there. */
    add(kind: EntityKind, name: string, order: number): Entity {
      const existing = (byForm.get(normalizeName(name)) ?? []).find(
        (e) => e.kind === kind && normalizeName(e.name) === normalizeName(name),
      );
      if (existing) return existing;
      const base = slugify(name);
      let id = base;
      for (let n = 2; entities.some((e) => e.id === id); n++) id = `${base}-${n}`;
      const entity: Entity = { id, kind, name, aliases: [], members: [], order };
      entities.push(entity);
      sorted = undefined;
      index(entity, name);
      return entity;
    },
    /** Records another name for an entity. */
    alias(entity: Entity, form: string): void {
      const clean = form.trim();
      if (clean === '' || normalizeName(clean) === normalizeName(entity.name)) return;
      if (!entity.aliases.some((a) => normalizeName(a) === normalizeName(clean))) {
        entity.aliases.push(clean);
      }
      index(entity, clean);
    },
    /** Every entity that a name could stand for, most recently added first. */
    lookup(form: string): Entity[] {
      return [...(byForm.get(normalizeName(form)) ?? [])].reverse();
    },
    /** Changes what an entity is (a country that speaks is an organisation). */
    retype(entity: Entity, kind: EntityKind): void {
      entity.kind = kind;
    },
    /** Every entity in story order. The list is shared: do not change it. */
    all(): readonly Entity[] {
      sorted ??= [...entities].sort((a, b) => a.order - b.order);
      return sorted;
    },
  };
}

/** The register made by `createEntityBook`. */
export type EntityBook = ReturnType<typeof createEntityBook>;
