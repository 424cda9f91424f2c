import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render-text.ts';
import { argSpecs } from '../../src/core/command.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatch, dispatchText } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createDigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createDigestService } from '../../src/digests/digest-service.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLogger } from '../../src/logger.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';
import { hostileText, runs } from './hostile.ts';

const library = seedLibrary();
const log = createLogger({ level: 'silent', destination: new PassThrough() });
const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
const scheduler = createDigestScheduler({
  store,
  library,
  publishers: { console: createCollector().publish },
  log,
  now: () => new Date(),
  catchupHours: 6,
});
const digests = createDigestService({
  store,
  scheduler,
  library,
  defaultTimezone: 'UTC',
  now: () => new Date(),
});
const contextFor = (caller: Parameters<typeof context>[1]) => ({
  ...context(library, caller),
  digests,
});
afterAll(() => scheduler.stop());
const callers = fc.record({
  isDirect: fc.boolean(),
  canManageChannel: fc.boolean(),
  platform: fc.constantFrom('console' as const, 'discord' as const, 'slack' as const),
  userId: fc.constantFrom('u1', 'u2'),
  channelId: fc.constantFrom('c1', 'c2'),
});

function isReply(value: Reply): boolean {
  return Array.isArray(value.blocks) && typeof value.private === 'boolean';
}

// A control character that reaches a terminal can rewrite what the user sees.
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
const terminalControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('every entry point survives hostile input', () => {
  it('free text (DMs, the console, mentions) never throws and always answers', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, callers, async (text, caller) => {
        const reply = await dispatchText(registry, text, contextFor(caller));
        expect(isReply(reply)).toBe(true);
        expect(renderText(reply)).not.toMatch(terminalControl);
      }),
      { numRuns: runs },
    );
  });

  it('slash commands with any arguments never throw and always answer', async () => {
    const invocations = fc.constantFrom(...registry).chain((command) =>
      fc
        .record(
          Object.fromEntries(
            argSpecs(command).map((spec) => [
              spec.name,
              fc.oneof(
                hostileText,
                fc.integer(),
                fc.double(),
                fc.constant(''),
                ...(spec.choices ?? []).map((c) => fc.constant(c)),
              ),
            ]),
          ),
          { requiredKeys: [] },
        )
        .map((args) => ({
          command: command.name,
          args: args as Record<string, string | number>,
        })),
    );
    await fc.assert(
      fc.asyncProperty(invocations, callers, async (invocation, caller) => {
        const reply = await dispatch(registry, invocation, contextFor(caller));
        expect(isReply(reply)).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});
