import { createBriefingFiles } from '../src/content/briefing-files.ts';
import { plainBriefing } from '../src/content/lean-briefing.ts';
import { createNaiveBaseline } from './naive-baseline.ts';

type Baseline = ReturnType<typeof createNaiveBaseline>;
export type NaiveQuery = 'brief' | 'quote' | 'who' | 'search' | 'complete';

/** What the bench asks the naive bot's process: load a corpus once, then answer queries. */
export type NaiveCall = { load: string } | { query: NaiveQuery; arg: string };

let baseline: Baseline | undefined;

const found = (result: unknown) =>
  Array.isArray(result) ? result.length > 0 : result !== undefined && result !== null;

/**
 * The naive bot in a process of its own (see naive-process.ts). It reads the corpus as the core
 * section's own copy is read, every briefing whole, and answers each query as the bot would; only
 * whether it found something goes back, so the answer's copy between processes costs next to
 * nothing beside the query.
 */
function answer(call: NaiveCall): boolean {
  if ('load' in call) {
    const { briefings } = createBriefingFiles(call.load).loadAll();
    baseline = createNaiveBaseline(briefings.map(plainBriefing));
    return briefings.length > 0;
  }
  if (!baseline) throw new Error('the naive bot was asked before its corpus was loaded');
  return found(baseline[call.query](call.arg));
}

process.on('message', (call: NaiveCall) => {
  try {
    process.send?.(answer(call));
  } catch (error) {
    process.send?.({ error: error instanceof Error ? error.message : String(error) });
  }
});
// The bench gone (its channel closed), nothing is left to answer.
process.on('disconnect', () => process.exit(0));
