import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBriefing } from '../content/parse-briefing.ts';
import { formatProblem } from '../content/problem.ts';
import { deriveBriefing } from '../derive/derive.ts';
import { DraftError } from '../derive/draft-briefing.ts';
import { slugify } from '../derive/entity-book.ts';

const usage = `Usage: npm run derive -- <article.txt | -> [--id <slug>] [--out <dir>] [--force] [--date <YYYY-MM-DD>]

Drafts a briefing from a news article's plain text. Without --out the draft is printed; with
--out it is written to <dir>/<id>.yaml, never over an existing file unless --force is given.
--date is the page date to use when the article has no date line (default: today).

Examples:
  npm run derive -- story.txt
  npm run derive -- story.txt --out briefings
  cat story.txt | npm run derive -- - --id topic
`;

/** An expected failure: a message for the user and the exit code that goes with it. */
class Stop extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new Stop(`${(error as Error).message}\n${usage}`, 2);
  }
}

function readInput(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    throw new Stop(
      `${input}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      2,
    );
  }
}

/**
 * `npm run derive`: drafts a briefing from an article (a file, or `-` for standard input). Exits 0
 * with the draft, 1 when the draft cannot be made or would overwrite a file, 2 on a usage error.
 */
function main(): void {
  const { values, positionals } = options();
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new Stop(usage, 2);
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) {
    throw new Stop(`--id ${values.id}: use lowercase letters, digits and single hyphens`, 2);
  }
  if (values.date !== undefined && Number.isNaN(Date.parse(values.date))) {
    throw new Stop(`--date ${values.date}: use a date such as 2024-06-19`, 2);
  }
  const text = readInput(input);
  const fromFile = input === '-' ? undefined : slugify(basename(input, extname(input)));
  const id = values.id ?? fromFile;
  const today = new Date().toISOString().slice(0, 10);
  let derived: ReturnType<typeof deriveBriefing>;
  try {
    derived = deriveBriefing(text, {
      ...(id ? { id } : {}),
      fallbackDate: values.date ?? today,
      ...(input === '-' ? {} : { source: basename(input) }),
    });
  } catch (error) {
    if (error instanceof DraftError) throw new Stop(`${input}: ${error.message}`, 1);
    throw error;
  }
  const { briefing, yaml, article, unattributed } = derived;
  const target = values.out ? join(values.out, `${briefing.id}.yaml`) : undefined;
  const file = target ?? `${briefing.id}.yaml`;
  const checked = parseBriefing(file, yaml);
  if (checked.problems.some((p) => p.severity === 'error')) {
    throw new Stop(checked.problems.map(formatProblem).join('\n'), 1);
  }
  if (!article.date) {
    process.stderr.write(
      `no date line in the article: pageDate is ${briefing.source.pageDate}; check it\n`,
    );
  }
  if (target) {
    if (existsSync(target) && !values.force) {
      throw new Stop(`${target} already exists; give --force to overwrite it`, 1);
    }
    mkdirSync(values.out as string, { recursive: true });
    writeFileSync(target, yaml);
  } else {
    process.stdout.write(yaml);
  }
  const quotes = briefing.statements.filter((s) => s.kind !== 'paraphrase').length;
  process.stderr.write(
    `${target ?? 'draft'}: ${quotes} quote(s), ${briefing.statements.length - quotes} reported statement(s), ` +
      `${briefing.people.length} people; ${unattributed.length} quote(s) with no speaker found\n`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
  process.exitCode = error.code;
}
