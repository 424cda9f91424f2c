import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/**
 * Writes synthetic briefings shaped like the real one (about 20 statements and 10 people each,
 * people recurring across briefings as they do in the news), from a fixed seed: the same size
 * always gives the same files, so figures from different runs compare.
 *
 *   npm run bench:corpus -- [--sizes 1,1000,10000] [--out bench/corpus]
 */

/** mulberry32: a tiny seeded generator, enough for reproducible test data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const given =
  'Amara Bruno Chen Dalia Emil Farah Goran Hana Ivan Jonas Kenji Leila Marek Nadia Omar Petra Quentin Rosa Samir Tomas Uma Viktor Wen Xenia Yusuf Zofia Aled Bea Cyrus Dmitri'.split(
    ' ',
  );
const family =
  'Abara Bergstrom Castillo Dlamini Eriksen Fujita Gallo Haddad Ilves Jansen Kovac Lindqvist Moreau Nakamura Okafor Petrov Quaresma Rahimi Sato Tanaka Urquhart Varga Wojcik Xu Yilmaz Zeller Achebe Bianchi Costa Duarte'.split(
    ' ',
  );
const roles = [
  'foreign minister',
  'defence minister',
  'prime minister',
  'central bank governor',
  'senior fellow',
  'professor',
  'spokesperson',
  'trade envoy',
  'opposition leader',
  'ambassador',
];
const orgs = [
  'Institute for Strategic Studies',
  'Northern Policy Centre',
  'the finance ministry',
  'the foreign ministry',
  'the central bank',
  'the defence ministry',
  'the trade council',
  'Eastbridge University',
];
const places = [
  'Valmora',
  'Ostrava Bay',
  'Kessin',
  'Port Aurel',
  'Drava',
  'Nordholm',
  'Sestri',
  'Lumen City',
  'Karst',
  'Belhaven',
];
const subjects = [
  'sanctions',
  'energy prices',
  'grain exports',
  'the ceasefire',
  'interest rates',
  'the border talks',
  'arms transfers',
  'the election',
  'shipping routes',
  'the budget',
  'satellite launches',
  'debt relief',
];
const verbs = [
  'would undermine',
  'could strengthen',
  'must not delay',
  'will reshape',
  'threatens',
  'may ease',
  'risks derailing',
  'should support',
];
const objects = [
  'regional stability',
  'the alliance',
  'trade between the two countries',
  'the negotiations',
  'investor confidence',
  'the recovery',
  'humanitarian access',
  'the security council',
];

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const syllables = 'ka lo mi ren sa tu vel dor an ish po re gan ul bre cho fen mar sto lin'.split(
  ' ',
);

/**
 * The shared cast: a few thousand people who recur across the corpus. Surnames are unique, as in
 * a curated library whose editors have resolved clashing aliases (`npm run validate` is clean).
 */
function castOf(random: () => number, size: number) {
  return Array.from({ length: size }, (_, i) => {
    const first = pick(random, given);
    const last =
      `${family[i % family.length]}${syllables[Math.floor(i / family.length) % syllables.length]}${syllables[Math.floor(i / (family.length * syllables.length)) % syllables.length]}`.replace(
        /^(.)(.*)$/,
        (_, a: string, b: string) => a + b.toLowerCase(),
      );
    return {
      id: `${first}-${last}-${i}`.toLowerCase(),
      name: `${first} ${last}`,
      surname: last,
      role: pick(random, roles),
      org: pick(random, orgs),
    };
  });
}

function sentence(random: () => number): string {
  return `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}`;
}

export function syntheticBriefing(
  index: number,
  random: () => number,
  cast: ReturnType<typeof castOf>,
) {
  const day = new Date(Date.UTC(2024, 0, 1) + index * 3_600_000 * 7);
  const date = day.toISOString().slice(0, 10);
  const people = [
    ...new Map(Array.from({ length: 10 }, () => pick(random, cast)).map((p) => [p.id, p])).values(),
  ];
  const place = pick(random, places);
  const subject = pick(random, subjects);
  const statements = Array.from({ length: 20 }, (_, n) => {
    const person = pick(random, people);
    const words = sentence(random);
    const kind = (['direct', 'partial', 'paraphrase'] as const)[n % 3];
    const text = kind === 'direct' ? `${words[0]?.toUpperCase()}${words.slice(1)}` : words;
    const context =
      kind === 'paraphrase'
        ? `${person.name} said that ${text}.`
        : kind === 'partial'
          ? `${person.surname} warned that the plan “${text}” as talks in ${place} continued.`
          : `“${text},” ${person.surname} said.`;
    return { speaker: person.id, kind, text, context, paragraph: n + 2, about: [subject] };
  });
  return {
    id: `bench-${String(index).padStart(5, '0')}`,
    aliases: [`${place.toLowerCase().replace(/\s+/g, '-')}-${index}`],
    title: `${place}: ${subject} dominate talks (${index})`,
    updated: date,
    summary: `Officials in ${place} discussed ${subject}. ${sentence(random)}; ${sentence(random)}.`,
    keyPoints: Array.from({ length: 5 }, (_, n) => ({
      text: `${sentence(random)} in ${place}.`,
      paragraphs: [n + 1],
    })),
    background: [`${sentence(random)}.`],
    tags: [subject, place.toLowerCase()],
    source: { publisher: 'Bench Gazette', headline: `${place} talks`, pageDate: date },
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      organisation: p.org,
      aliases: [p.surname],
    })),
    statements,
  };
}

const SEED = 20240720;

/** `count` briefings as the files hold them, one after another from the seed. */
export function* syntheticBriefings(count: number, seed = SEED) {
  const random = seeded(seed);
  const cast = castOf(random, Math.max(20, Math.min(3000, count * 2)));
  for (let i = 1; i <= count; i++) yield syntheticBriefing(i, random, cast);
}

/** Writes `count` briefings to `dir` (emptied first). */
export function writeCorpus(dir: string, count: number, seed = SEED): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const briefing of syntheticBriefings(count, seed))
    writeFileSync(join(dir, `${briefing.id}.yaml`), stringify(briefing));
}

export function corpusDir(root: string, size: number): string {
  return join(root, String(size));
}

/** Whether a corpus directory already holds `size` briefings (so runs can reuse it). */
export function hasCorpus(dir: string, size: number): boolean {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.yaml')).length === size;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sizes = (flag('--sizes') ?? '1,1000,10000').split(',').map(Number);
  const out = flag('--out') ?? 'bench/corpus';
  for (const size of sizes) {
    const started = performance.now();
    writeCorpus(corpusDir(out, size), size);
    process.stdout.write(
      `${corpusDir(out, size)}: ${size} briefings in ${Math.round(performance.now() - started)} ms\n`,
    );
  }
}
