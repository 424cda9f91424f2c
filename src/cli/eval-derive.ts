import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AnswerKeyError, evaluate, readLabelled } from '../derive/evaluate.ts';
import { formatEvaluation } from '../derive/format-evaluation.ts';
import { EVAL_DERIVE_USAGE, exitIfHelpAsked } from './usage.ts';

/**
 * `npm run eval:derive -- <dir> [--json]`: drafts every `NAME.txt` in the folder that has a
 * `NAME.quotes.json` answer key beside it, and prints quote precision, recall and F1, speaker
 * accuracy, people and organisation precision and recall, headline quotes apart, the time per
 * article, and which targets are met. Exits 2 on a usage error or a bad key.
 */
function main(): number {
  exitIfHelpAsked(process.argv.slice(2), EVAL_DERIVE_USAGE);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nusage: npm run eval:derive -- <dir> [--json]\n`,
    );
    return 2;
  }
  const dir = parsed.positionals[0];
  if (!dir || parsed.positionals.length > 1) {
    process.stderr.write('usage: npm run eval:derive -- <dir> [--json]\n');
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`${dir}: no such directory\n`);
    return 2;
  }
  let articles: ReturnType<typeof readLabelled>;
  try {
    articles = readLabelled(dir);
  } catch (error) {
    if (!(error instanceof AnswerKeyError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (articles.length === 0) {
    process.stderr.write(`${dir}: no NAME.txt with a NAME.quotes.json beside it\n`);
    return 2;
  }
  const evaluation = evaluate(articles);
  process.stdout.write(
    parsed.values.json
      ? `${JSON.stringify(evaluation, null, 2)}\n`
      : `${formatEvaluation(evaluation)}\n`,
  );
  return 0;
}

function parse() {
  return parseArgs({
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
}

process.exitCode = main();
