import type { Library } from '../library/library.ts';
import { createNameIndex } from '../library/name-index.ts';
import { type ArgSpec, argSpecs, type Command, type Completion } from './command.ts';
import { nearestOption } from './option-names.ts';
import { formatInvocation, type Invocation } from './reply.ts';
import { resolveName } from './resolve.ts';
import { UserError } from './user-error.ts';

const MAX_INPUT = 2000;

/** Splits on spaces, keeping "quoted phrases" (straight or curly) and key:"quoted values" whole. */
export function tokenize(input: string): string[] {
  const tokens: string[] = [];
  const pattern = /(?:[^\s"“”]+)?(?:"[^"]*"|“[^”]*”)|[^\s]+/g;
  for (const match of input.matchAll(pattern)) {
    tokens.push(match[0].replace(/["“”]/g, ''));
  }
  return tokens.filter((token) => token !== '');
}

/**
 * Reads a typed command (`/quote putin sanctions`, `/brief russia-dprk section:quotes`, with or
 * without the slash) into an invocation. Named `key:value` arguments go to their argument; the
 * other words fill the arguments in order. A name argument that is not the last takes the longest
 * run of words that names someone or something, so `/quote shin won-sik sanctions` splits right.
 */
export function parseCommand(
  input: string,
  registry: readonly Command[],
  library: Library,
): Invocation {
  const tokens = tokenize(input.slice(0, MAX_INPUT).trim().replace(/^\//, ''));
  const [first, second] = tokens.map((token) => token.toLowerCase());
  const command =
    registry.find((c) => second !== undefined && c.name === `${first} ${second}`) ??
    registry.find((c) => c.name === first);
  if (command === undefined) {
    // `/digest` alone (or with a word that is not one of its subcommands): the group's help,
    // which lists its subcommands, rather than "no such command".
    const group = registry.filter((c) => c.name.startsWith(`${first} `));
    if (group.length > 0 && second === undefined) {
      return { command: 'help', args: { command: first ?? '' } };
    }
    if (group.length > 0) throw unknownSubcommand(first ?? '', second ?? '', group);
    throw unknownCommand(first ?? '', registry);
  }
  return argumentsOf(command, tokens.slice(command.name.split(' ').length), library);
}

/** The words of a typed command or its arguments, at most MAX_INPUT characters of it. */
export function commandTokens(text: string): string[] {
  return tokenize(text.slice(0, MAX_INPUT).trim());
}

/**
 * Reads a command's typed arguments (the tokens after its name) into an invocation of it, for
 * platforms that deliver the command's name apart from its text (a Slack slash command).
 */
export function argumentsOf(command: Command, rest: string[], library: Library): Invocation {
  const specs = argSpecs(command);
  const args: Record<string, string> = {};
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] ?? '';
    const named = /^([a-z_]+):(.*)$/is.exec(token);
    const spec = named ? specs.find((s) => s.name === named[1]?.toLowerCase()) : undefined;
    if (named && spec) {
      let value = named[2] ?? '';
      if (value === '' && i + 1 < rest.length) value = rest[++i] ?? '';
      args[spec.name] = value;
    } else if (
      named &&
      isOptionLike(named[1] ?? '', named[2] ?? '') &&
      nearestOption(named[1] ?? '', specs) !== undefined
    ) {
      // The same line with the option's name corrected, offered as one click.
      const corrected = (meant: string): Invocation | undefined => {
        const fixed = [...rest];
        fixed[i] = `${meant}:${named[2]}`;
        try {
          return argumentsOf(command, fixed, library);
        } catch {
          return undefined;
        }
      };
      throw unknownOption(command, named[1] ?? '', specs, corrected);
    } else {
      words.push(token);
    }
  }
  const open = specs.filter((spec) => !(spec.name in args) && spec.name !== 'page');
  for (let a = 0; a < open.length && words.length > 0; a++) {
    const spec = open[a];
    if (spec === undefined) break;
    const last = a === open.length - 1;
    const take = last ? words.length : wordsForName(words, spec.complete, library);
    args[spec.name] = words.splice(0, take).join(' ');
  }
  return { command: command.name, args };
}

function wordsForName(words: string[], complete: Completion | undefined, library: Library): number {
  if (complete === undefined) return 1;
  const index = complete === 'topic' ? library.topics : library.names;
  // An exact name beats a near one: in `/quote putin putin-kim` the name is "putin", even
  // though "putin putin kim" loosely matches the group "Putin and Kim".
  for (let n = words.length; n > 0; n--) {
    const match = index.match(words.slice(0, n).join(' '));
    if (match.exact && match.ids.length === 1) return n;
  }
  for (let n = words.length; n > 0; n--) {
    if ('found' in resolveName(index, words.slice(0, n).join(' '))) return n;
  }
  return words.length;
}

/** The error for a command name the registry lacks, with the nearest names as choices. */
export function unknownCommand(name: string, registry: readonly Command[]): UserError {
  const index = createNameIndex();
  for (const command of registry) index.set(command.name, [command.name]);
  const nearest = index.nearest(name, 3);
  return new UserError('unknown_command', `There is no /${name} command.`, {
    choices: nearest.map((id) => ({
      label: `/${id}`,
      invocation: { command: 'help', args: { command: id } },
    })),
    hint: 'Try /help for the list of commands.',
  });
}

/** The error for `/digest frobnicate`: the group's real subcommands as choices. */
export function unknownSubcommand(
  group: string,
  name: string,
  commands: readonly Command[],
): UserError {
  return new UserError('unknown_command', `There is no /${group} ${name} command.`, {
    hint: `/${group} is one of:`,
    choices: commands.map((command) => ({
      label: `/${command.name}`,
      invocation: { command: 'help', args: { command: command.name } },
    })),
  });
}

/**
 * `at:08:00` reads as an attempt at an option when the command has one like it (`time`);
 * `Putin:` (a word before a colon), links (`https://…`) and words such as `note:this` in a search
 * stay words.
 */
function isOptionLike(name: string, value: string): boolean {
  return /^[a-z_]{1,20}$/i.test(name) && value !== '' && !value.startsWith('//');
}

function unknownOption(
  command: Command,
  name: string,
  specs: readonly ArgSpec[],
  corrected: (meant: string) => Invocation | undefined,
): UserError {
  const options = specs.map((spec) => spec.name).join(', ');
  const meant = nearestOption(name, specs) ?? '';
  const invocation = corrected(meant);
  return new UserError('unknown_option', `/${command.name} has no option “${name}”.`, {
    hint: `Did you mean “${meant}”? Its options: ${options}.`,
    choices: invocation ? [{ label: formatInvocation(invocation), invocation }] : [],
  });
}
