import { z } from 'zod';
import type { DraftReview } from '../content/draft-review.ts';
import type { DigestService } from '../digests/digest-contract.ts';
import type { FeedService } from '../feeds/feed-contract.ts';
import type { Library } from '../library/library.ts';
import { describeIssue } from './argument-errors.ts';
import type { Caller } from './caller.ts';
import type { Reply } from './reply.ts';
import { UserError } from './user-error.ts';

/** Everything a command may use. Commands reach the outside world only through this. */
export interface CommandContext {
  library: Library;
  caller: Caller;
  now: () => Date;
  /** Digest subscriptions; absent where no database is configured. */
  digests?: DigestService;
  /** The drafts waiting for an editor; absent where the app serves no briefings folder. */
  review?: DraftReview;
  /** Followed feeds; absent where the bot does not poll feeds (one-shot tools). */
  feeds?: FeedService;
}

/**
 * Builds the context for one request. Adapters call it with the caller they read from the
 * platform's event, so the services a command can reach are wired in one place (the app).
 */
export type ContextFactory = (caller: Caller) => CommandContext;

/**
 * Who may run a command. `manage-channel`: in a channel, only people the platform allows to manage
 * it (Discord: Manage Channels; Slack: admins and configured users); in a DM, anyone, for themselves.
 * `editor`: only editors (`Caller.isEditor`), anywhere, DMs included.
 */
export type Access = 'everyone' | 'manage-channel' | 'editor';

/**
 * Whether running `command` here depends on the caller's right to manage the channel: the one
 * place the access rule is written. The pipeline looks the right up only when this says so.
 */
export function needsChannelRights(command: Command, caller: Omit<Caller, 'canManageChannel'>) {
  return command.access === 'manage-channel' && !caller.isDirect;
}

/**
 * What a completion-capable argument completes to, for Discord autocomplete, Slack menus and the
 * console: a briefing, anyone in the briefings, or only those reported saying something.
 */
export type Completion = 'topic' | 'person' | 'speaker';

/** A command as written in its module: typed arguments and a run function over them. */
export interface CommandDefinition<S extends z.ZodObject> {
  /** One word, or `group sub` for a subcommand (`digest subscribe`). */
  name: string;
  description: string;
  /** Examples of use, shown by /help; the first is the most typical. */
  examples: string[];
  access?: Access;
  /**
   * The arguments, in the order they are typed. Each field carries `.describe()` and may carry
   * `.meta({ complete: 'topic' | 'person' | 'speaker' })`.
   */
  args: S;
  run(args: z.output<S>, context: CommandContext): Reply | Promise<Reply>;
}

/** A command in the registry, with its arguments checked before its run function sees them. */
export interface Command {
  name: string;
  description: string;
  examples: string[];
  access: Access;
  args: z.ZodObject;
  run(args: Record<string, unknown>, context: CommandContext): Promise<Reply>;
}

/** Wraps a command module so that bad arguments become a clear UserError, never a crash. */
export function defineCommand<S extends z.ZodObject>(definition: CommandDefinition<S>): Command {
  return {
    name: definition.name,
    description: definition.description,
    examples: definition.examples,
    access: definition.access ?? 'everyone',
    args: definition.args,
    async run(raw, context) {
      const parsed = definition.args.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const message = issue ? describeIssue(issue) : 'the arguments are not valid';
        throw new UserError('bad_argument', `That didn't work: ${message}.`, {
          hint: `Example: ${definition.examples[0] ?? `/${definition.name}`}`,
        });
      }
      return definition.run(parsed.data, context);
    },
  };
}

/** One argument as platforms need to know it: for Discord options, Slack hints, help and parsing. */
export interface ArgSpec {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required: boolean;
  choices?: string[];
  complete?: Completion;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

interface JsonProperty {
  type?: string;
  description?: string;
  enum?: string[];
  complete?: Completion;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

const specCache = new WeakMap<Command, ArgSpec[]>();

/** A command's arguments, in order, read from its zod schema (the one source of truth). */
export function argSpecs(command: Command): ArgSpec[] {
  const cached = specCache.get(command);
  if (cached) return cached;
  const schema = z.toJSONSchema(command.args, { io: 'input' }) as {
    properties?: Record<string, JsonProperty>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  const specs = Object.entries(schema.properties ?? {}).map(([name, property]): ArgSpec => {
    const spec: ArgSpec = {
      name,
      description: property.description ?? name,
      type: property.type === 'integer' || property.type === 'number' ? 'integer' : 'string',
      required: required.has(name),
    };
    if (property.enum) spec.choices = property.enum;
    if (property.complete) spec.complete = property.complete;
    if (property.minimum !== undefined) spec.minimum = property.minimum;
    if (property.maximum !== undefined && property.maximum < Number.MAX_SAFE_INTEGER)
      spec.maximum = property.maximum;
    if (property.maxLength !== undefined) spec.maxLength = property.maxLength;
    return spec;
  });
  specCache.set(command, specs);
  return specs;
}

/** `/quote <person> [topic]`, for help and hints. */
export function usage(command: Command): string {
  const args = argSpecs(command)
    .filter((spec) => spec.name !== 'page')
    .map((spec) => (spec.required ? `<${spec.name}>` : `[${spec.name}]`));
  return [`/${command.name}`, ...args].join(' ');
}
