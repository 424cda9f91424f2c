import type { Machine } from '../bench/machine.ts';
import type { ModuleResult, Results, Survivor } from './mutation-results.ts';

/** The parts of Stryker's JSON report (mutation-testing-report-schema) read here. */
interface StrykerReport {
  files: Record<
    string,
    {
      source: string;
      mutants: {
        mutatorName: string;
        replacement?: string;
        status: string;
        location: {
          start: { line: number; column: number };
          end: { line: number; column: number };
        };
      }[];
    }
  >;
}

function sourceAt(
  source: string,
  location: StrykerReport['files'][string]['mutants'][number]['location'],
): string {
  const lines = source.split('\n');
  const { start, end } = location;
  if (start.line === end.line)
    return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  const first = (lines[start.line - 1] ?? '').slice(start.column - 1);
  return `${first.trim()} …`;
}

/** One line, short enough for a table cell. */
function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Folds one Stryker run into the kept results: each mutated module's counts and survivors
 * replace that module's earlier entry; modules not in the run keep theirs.
 */
export function summarise(
  report: StrykerReport,
  group: string,
  machine: Machine,
  durationSeconds: number,
  date: Date,
  earlier: Results,
): Results {
  const results: Results = { ...earlier };
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    const survivors: Survivor[] = mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => ({
        line: m.location.start.line,
        column: m.location.start.column,
        mutator: m.mutatorName,
        original: oneLine(sourceAt(source, m.location)),
        replacement: oneLine(m.replacement ?? ''),
        status: m.status as Survivor['status'],
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column);
    const result: ModuleResult = {
      group,
      date: date.toISOString(),
      machine,
      durationSeconds,
      killed: count('Killed'),
      timeout: count('Timeout'),
      survived: count('Survived'),
      noCoverage: count('NoCoverage'),
      errors: count('CompileError') + count('RuntimeError'),
      survivors,
    };
    results[file.replace(/\\/g, '/')] = result;
  }
  return results;
}
