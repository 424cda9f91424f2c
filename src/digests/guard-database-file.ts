import { UserError } from '../core/user-error.ts';
import type { Logger } from '../logger.ts';
import { type FileIdentity, fileChange, identityOf } from './database-checks.ts';
import type { SubscriptionStore } from './subscription-store.ts';

/** How often the database file is looked at while nothing is written. */
export const FILE_CHECK_MS = 10_000;

/**
 * Watches the database file for being deleted or replaced while the bot runs. SQLite goes on
 * writing to the file it opened, which no longer has a name: every change would be confirmed
 * and then lost at the next start. Once the file is gone, changes people ask for (subscribe,
 * unsubscribe, pause, resume) are refused with a clear reply, and the log says so loudly once.
 * Digests already scheduled still go out until a restart.
 */
export function guardDatabaseFile(
  store: SubscriptionStore,
  options: { file: string; log: Logger; checkMs?: number },
): { store: SubscriptionStore; stop(): void } {
  const { file, log } = options;
  const opened: FileIdentity | undefined = identityOf(file);
  let lost: 'deleted' | 'replaced' | undefined;

  const check = () => {
    if (lost !== undefined || opened === undefined) return lost;
    lost = fileChange(file, opened);
    if (lost !== undefined) {
      log.fatal(
        { file, change: lost },
        lost === 'deleted'
          ? `the database file ${file} was deleted while Briefbot was running: changes to subscriptions are refused from now on, since they could not be kept. Scheduled digests still go out until a restart; a restart starts with no subscriptions unless the file is put back first`
          : `the database file ${file} was replaced while Briefbot was running: changes to subscriptions are refused from now on, since they would go to the old file. Restart Briefbot to use the new file`,
      );
    }
    return lost;
  };
  const guard = () => {
    if (check() !== undefined) {
      throw new UserError(
        'unavailable',
        'Digest subscriptions cannot be changed right now: the database they are kept in went missing, so a change would be lost. Whoever runs Briefbot has been told.',
      );
    }
  };
  const timer = setInterval(check, options.checkMs ?? FILE_CHECK_MS);
  timer.unref();

  return {
    store: {
      ...store,
      async createSubscription(input) {
        guard();
        return store.createSubscription(input);
      },
      async deleteSubscription(id) {
        guard();
        return store.deleteSubscription(id);
      },
      async setPaused(id, reason) {
        guard();
        await store.setPaused(id, reason);
      },
    },
    stop: () => clearInterval(timer),
  };
}
