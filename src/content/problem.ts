/** Something wrong with a briefing file, pinned to where an editor can fix it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Dotted path to the field (`statements.3.speaker`), or empty for the file as a whole. */
  path: string;
  message: string;
  /** An error keeps the file out of service; a warning is reported but the file still serves. */
  severity: 'error' | 'warning';
}

/** `file:line:column field.path: message`, the form editors and editors' tools understand. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const field = problem.path === '' ? '' : ` ${problem.path}`;
  const tag = problem.severity === 'warning' ? ' (warning)' : '';
  return `${where}${field}: ${problem.message}${tag}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
