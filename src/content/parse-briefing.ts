import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Briefing, briefingSchema } from './briefing-schema.ts';
import { checkBriefing, type Finding } from './check-briefing.ts';
import { looseBriefing } from './loose-briefing.ts';
import type { Problem } from './problem.ts';

/** A briefing file read from disk: the briefing when it is usable, and everything wrong with it. */
export interface ParsedFile {
  file: string;
  briefing?: Briefing;
  problems: Problem[];
}

type PathKey = string | number;

/**
 * The fast path for a file that is fine, which is nearly every file: js-yaml parses several times
 * faster than `yaml` but keeps no positions. Anything wrong sends the file down the careful path.
 */
function parseClean(source: string): Briefing | undefined {
  let data: unknown;
  try {
    // The core schema keeps dates as text (the schema checks them) and rejects duplicate keys.
    data = loadYaml(source, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const result = briefingSchema.safeParse(data);
  if (!result.success || checkBriefing(result.data).length > 0) return undefined;
  return result.data;
}

/**
 * Parses one briefing file's text. Never throws: YAML errors, schema errors and internal
 * inconsistencies all come back as problems with a line and column, so an editor's bad save is
 * reported rather than taking the bot down.
 */
export function parseBriefing(file: string, source: string): ParsedFile {
  const clean = parseClean(source);
  if (clean) return { file, briefing: clean, problems: [] };
  return parseCarefully(file, source);
}

/** Parses with positions (the `yaml` package), to say where each problem is. */
function parseCarefully(file: string, source: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  if (doc.errors.length > 0) {
    return {
      file,
      problems: doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        path: '',
        message: plainYamlMessage(error.message),
        severity: 'error' as const,
      })),
    };
  }

  let data: unknown;
  try {
    // maxAliasCount stops a file of nested aliases from expanding into gigabytes.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return wholeFile(file, plainYamlMessage((error as Error).message));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return wholeFile(
      file,
      'a briefing file must be a YAML mapping of fields (id, title, summary, …)',
    );
  }

  const locate = (path: readonly PathKey[], key?: string) => at(offsetOf(doc, path, key));
  const fromFinding = (found: Finding): Problem => ({
    file,
    ...locate(found.path),
    path: found.path.join('.'),
    message: found.message,
    severity: found.severity,
  });
  const result = briefingSchema.safeParse(data, { error: editorMessage });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => toProblems(file, issue, locate));
    // The checks run too, so one run reports every problem (an unknown speaker beside a
    // misspelt field); what they find where the schema already complained is the same problem.
    const reported = problems.map((problem) => problem.path).filter((path) => path !== '');
    const overlaps = (path: string) =>
      reported.some((at) => path === at || path.startsWith(`${at}.`) || at.startsWith(`${path}.`));
    for (const found of checkBriefing(looseBriefing(data as Record<string, unknown>))) {
      if (!overlaps(found.path.join('.'))) problems.push(fromFinding(found));
    }
    return { file, problems };
  }

  const problems = checkBriefing(result.data).map(fromFinding);
  const usable = !problems.some((problem) => problem.severity === 'error');
  return usable ? { file, briefing: result.data, problems } : { file, problems };
}

/** A problem with the file as a whole, reported at its start. */
function wholeFile(file: string, message: string): ParsedFile {
  return { file, problems: [{ file, line: 1, column: 1, path: '', message, severity: 'error' }] };
}

function toProblems(
  file: string,
  issue: z.core.$ZodIssue,
  locate: (path: readonly PathKey[], key?: string) => { line: number; column: number },
): Problem[] {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      ...locate(path, key),
      path: [...path, key].join('.'),
      message: `unknown field "${key}" (check the spelling, or remove it)`,
      severity: 'error' as const,
    }));
  }
  return [
    { file, ...locate(path), path: path.join('.'), message: issue.message, severity: 'error' },
  ];
}

/** Zod's defaults speak of types; editors need to know what to write. */
function editorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required but missing';
  if (issue.code === 'invalid_type') {
    const wanted = issue.expected === 'array' ? 'a list' : issue.expected;
    return `should be ${wanted === 'object' ? 'a mapping of fields' : wanted}, not ${describe(issue.input)}`;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function plainYamlMessage(message: string): string {
  // The yaml package appends a code excerpt after the first line; the position is reported apart.
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * The source offset of the node at `path`, or of the nearest ancestor that exists (a missing field
 * is reported on the mapping that lacks it). With `key`, the offset of that key inside the mapping.
 */
function offsetOf(doc: Document, path: readonly PathKey[], key?: string): number {
  let node: unknown = doc.contents;
  let best = doc.contents?.range?.[0] ?? 0;
  for (let depth = 1; depth <= path.length; depth++) {
    const next: unknown = doc.getIn(path.slice(0, depth), true);
    if (!isNode(next)) break;
    node = next;
    best = next.range?.[0] ?? best;
  }
  if (key !== undefined && isMap(node)) {
    // The key as the schema saw it, a property name: `1:` and `true:` are "1" and "true", and
    // a null key (`~:`) is "", as toJS names them.
    for (const { key: keyNode } of node.items) {
      if (isScalar(keyNode) && String(keyNode.value ?? '') === key && keyNode.range)
        return keyNode.range[0];
    }
  }
  return best;
}

/**
 * Finds fields in a briefing file's source, for problems found after parsing (checks across
 * files). The source is parsed once however many fields are looked up.
 */
export function createLocator(
  source: string,
): (path: readonly PathKey[]) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false });
  return (path) => {
    const pos = lineCounter.linePos(offsetOf(doc, path));
    return { line: pos.line, column: pos.col };
  };
}
