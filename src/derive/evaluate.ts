import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Briefing } from '../content/briefing-schema.ts';
import { type AnswerKey, answerKeySchema, type Extracted } from './answer-key.ts';
import { deriveBriefing } from './derive.ts';
import { type Score, scoreArticle, totalScore } from './score.ts';

/** One article of an evaluation folder with its answer key. */
export interface Labelled {
  name: string;
  text: string;
  key: AnswerKey;
}

/** The score of one article and the time it took to draft. */
export interface FileResult {
  name: string;
  score: Score;
  /** Mean time to draft this article, in milliseconds. */
  ms: number;
}

/** The scores of every article in a folder, and their total. */
export interface Evaluation {
  files: FileResult[];
  total: Score;
  /** Mean drafting time over all articles, in milliseconds. */
  msPerArticle: number;
}

/** An answer key that cannot be read, reported with its file. */
export class AnswerKeyError extends Error {}

/** Every `NAME.txt` in `dir` that has a `NAME.quotes.json` beside it, in name order. */
export function readLabelled(dir: string): Labelled[] {
  const names = readdirSync(dir).sort();
  return names
    .filter(
      (file) => file.endsWith('.txt') && names.includes(`${basename(file, '.txt')}.quotes.json`),
    )
    .map((file) => {
      const name = basename(file, '.txt');
      const keyFile = join(dir, `${name}.quotes.json`);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(keyFile, 'utf8'));
      } catch (error) {
        throw new AnswerKeyError(`${keyFile}: not valid JSON (${(error as Error).message})`);
      }
      const key = answerKeySchema.safeParse(data);
      if (!key.success) throw new AnswerKeyError(`${keyFile}: ${z.prettifyError(key.error)}`);
      return { name, text: readFileSync(join(dir, file), 'utf8'), key: key.data };
    });
}

/** What a draft says, in the answer key's terms: quotes with speaker names, people, organisations. */
export function extracted(briefing: Briefing): Extracted {
  const speakers = new Map(
    [...briefing.people, ...briefing.organisations, ...briefing.groups].map((e) => [e.id, e]),
  );
  const groups = new Map(briefing.groups.map((g) => [g.id, g]));
  const organisationNames = new Map(briefing.organisations.map((o) => [o.id, o.name]));
  return {
    quotes: briefing.statements
      .filter((s) => s.kind !== 'paraphrase')
      .map((s) => {
        // An unnamed speaker ("a company spokesman") counts through the organisation they speak for.
        const organisations = (groups.get(s.speaker)?.members ?? []).flatMap((id) => {
          const name = organisationNames.get(id);
          return name ? [name] : [];
        });
        return {
          speaker: speakers.get(s.speaker)?.name ?? s.speaker,
          aliases: [...(speakers.get(s.speaker)?.aliases ?? []), ...organisations],
          quote: s.text,
          // A fragment quoted in the headline carries the headline as its context.
          headline: s.context === briefing.title,
        };
      }),
    people: briefing.people.map((p) => [p.name, ...p.aliases]),
    organizations: briefing.organisations.map((o) => [o.name, ...o.aliases]),
  };
}

/**
 * Drafts every labelled article and scores the drafts against their keys. Each article is drafted
 * once to warm up, then `repeat` more times to time it.
 */
export function evaluate(articles: readonly Labelled[], repeat = 5): Evaluation {
  const files = articles.map(({ name, text, key }) => {
    const options = { fallbackDate: '2000-01-01' };
    const { briefing } = deriveBriefing(text, options);
    const started = performance.now();
    for (let i = 0; i < repeat; i++) deriveBriefing(text, options);
    const ms = repeat > 0 ? (performance.now() - started) / repeat : 0;
    return { name, score: scoreArticle(extracted(briefing), key), ms };
  });
  const msPerArticle = files.length === 0 ? 0 : files.reduce((n, f) => n + f.ms, 0) / files.length;
  return { files, total: totalScore(files.map((f) => f.score)), msPerArticle };
}
