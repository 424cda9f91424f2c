import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import type { Caller } from './caller.ts';
import { type Command, type ContextFactory, needsChannelRights } from './command.ts';
import { dispatch, errorReply } from './dispatch.ts';
import { argumentsOf, unknownCommand } from './parse-command.ts';
import { parseText } from './parse-text.ts';
import type { Invocation, Reply } from './reply.ts';
import { UserError } from './user-error.ts';

/**
 * The one apology for an unexpected error, on every platform; the details go to the log, not to
 * the user.
 */
export const APOLOGY =
  'Sorry, something went wrong answering that. It has been logged; please try again.';

/**
 * How long an answer may take before the platform is told to wait. Discord drops an interaction
 * and Slack a command not acknowledged within 3 s; answers come from memory in milliseconds, so
 * this only matters when something is unusually slow.
 */
export const DEFER_AFTER_MS = 1500;

/** What someone asked, as the adapter read it from the platform's event. */
export type RequestInput =
  /** Free text: a DM, a mention, a console line (a command or plain language). */
  | { kind: 'text'; text: string }
  /** A command named by the platform, with the words typed after it (a Slack slash command). */
  | { kind: 'command'; name: string; words: string[] }
  /** An invocation the platform already typed (Discord options, a button's stored invocation). */
  | { kind: 'invocation'; invocation: Invocation }
  /** An answer the adapter knows without the registry (Slack's list of a group's subcommands). */
  | { kind: 'answer'; reply: Reply };

/** One request, platform-neutral. */
export interface Request {
  caller: Caller;
  input: RequestInput;
  /**
   * Looks up whether the caller may manage this channel, for platforms where that costs a call
   * (Slack). Used only for a command that needs it, in a channel; otherwise the caller's own
   * `canManageChannel` stands.
   */
  channelRights?: () => Promise<boolean>;
  /**
   * Looks up whether the caller is an editor, where that costs a call (Slack); used only for an
   * editors' command, and only when the caller does not already say.
   */
  editorRights?: () => Promise<boolean>;
  /** Extra fields for the log lines of this request (a button's id, a Slack action id). */
  fields?: Record<string, unknown>;
}

/** The platform's side of one request: how to answer, how to ask for time, how to apologise. */
export interface Responder {
  send(reply: Reply): Promise<void>;
  /**
   * Tells the platform the answer will come later. Called at most once, before `send`, when the
   * answer is not ready after `deferAfterMs`; platforms without a deadline leave it out.
   */
  defer?(): Promise<void>;
  deferAfterMs?: number;
  apologise(text: string): Promise<void>;
}

/** How one request ended, for metrics: what was asked on which platform, and how long it took. */
export interface RequestOutcome {
  platform: Caller['platform'];
  /** The registry command it ran; undefined when none (not understood, not a command). */
  command: string | undefined;
  outcome: 'answered' | 'user_error' | 'failed';
  durationMs: number;
}

/** What the pipeline answers from. */
export interface PipelineOptions {
  registry: readonly Command[];
  library: Library;
  createContext: ContextFactory;
  log: Logger;
  /** Told how each request ended (metrics); must not throw. */
  observe?: (outcome: RequestOutcome) => void;
}

/** Answers one request through a platform's responder; never throws. */
export type Pipeline = (request: Request, responder: Responder) => Promise<void>;

/**
 * What every platform does with a request, written once: parse the input, check access, dispatch,
 * meet the platform's deadline, send, log with the time taken, and on an unexpected error log it
 * and apologise once.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const { registry, library, createContext, log } = options;
  const observe = (
    caller: Caller,
    command: string | undefined,
    outcome: RequestOutcome['outcome'],
    durationMs: number,
  ) => {
    // Only registry names become labels: a stored button cannot grow the metric's label set.
    const known = command !== undefined && registry.some((c) => c.name === command);
    options.observe?.({
      platform: caller.platform,
      command: known ? command : undefined,
      outcome,
      durationMs,
    });
  };

  function invocationOf(input: RequestInput): Invocation | Reply {
    try {
      switch (input.kind) {
        case 'invocation':
          return input.invocation;
        case 'answer':
          return input.reply;
        case 'text':
          return parseText(input.text, registry, library);
        case 'command': {
          const command = registry.find((c) => c.name === input.name);
          if (command === undefined) throw unknownCommand(input.name, registry);
          return argumentsOf(command, input.words, library);
        }
      }
    } catch (error) {
      if (error instanceof UserError) return errorReply(error);
      throw error;
    }
  }

  async function answer(request: Request, named: { command?: string }): Promise<Reply> {
    const parsed = invocationOf(request.input);
    if (!('command' in parsed)) return parsed;
    named.command = parsed.command;
    let { caller } = request;
    const command = registry.find((c) => c.name === parsed.command);
    if (command && request.channelRights && needsChannelRights(command, caller)) {
      caller = { ...caller, canManageChannel: await request.channelRights() };
    }
    if (command?.access === 'editor' && request.editorRights && caller.isEditor === undefined) {
      caller = { ...caller, isEditor: await request.editorRights() };
    }
    return dispatch(registry, parsed, createContext(caller));
  }

  return async (request, responder) => {
    const started = performance.now();
    const { caller } = request;
    const named: { command?: string } = {};
    // The adapter's logger already says which platform this is.
    const fields = () => ({
      command: named.command,
      user: caller.userId,
      channel: caller.channelId,
      direct: caller.isDirect,
      ...request.fields,
    });
    try {
      const work = answer(request, named);
      const reply = responder.defer
        ? await meetDeadline(work, responder.deferAfterMs ?? DEFER_AFTER_MS, responder.defer)
        : await work;
      await responder.send(reply);
      const elapsed = performance.now() - started;
      const durationMs = Math.round(elapsed);
      log.info({ ...fields(), durationMs, error: reply.error?.code }, 'request answered');
      observe(caller, named.command, reply.error ? 'user_error' : 'answered', elapsed);
    } catch (error) {
      const elapsed = performance.now() - started;
      const durationMs = Math.round(elapsed);
      observe(caller, named.command, 'failed', elapsed);
      const input =
        request.input.kind === 'text' ? { input: request.input.text.slice(0, 200) } : {};
      log.error({ ...fields(), ...input, durationMs, err: error }, 'request failed');
      await responder
        .apologise(APOLOGY)
        .catch((failure: unknown) => log.error({ ...fields(), err: failure }, 'apology failed'));
    }
  };
}

/** The answer, with `defer` called first if it is not ready within `ms`. */
async function meetDeadline(
  work: Promise<Reply>,
  ms: number,
  defer: () => Promise<void>,
): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  const early = await Promise.race([work.then((reply) => ({ reply })), late]).finally(() =>
    clearTimeout(timer),
  );
  if (early) return early.reply;
  await defer();
  return work;
}
