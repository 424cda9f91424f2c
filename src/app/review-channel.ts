import { createHash } from 'node:crypto';
import type { Config } from '../config.ts';
import type { DraftReview } from '../content/draft-review.ts';
import { draftReply } from '../core/commands/review-read.ts';
import type { Reply } from '../core/reply.ts';
import type { Publishers } from '../digests/deliver-digest.ts';
import type { DeliveryTarget } from '../digests/publish.ts';
import type { Logger } from '../logger.ts';
import type { AnnouncementLedger } from './announcement-ledger.ts';

/** The review channels: where new drafts and paused feeds are told to editors. */
export interface ReviewChannel {
  /** Posts a reply to every configured review channel; a failure is logged, never thrown. */
  post(reply: Reply, key: string): Promise<void>;
  /**
   * Starts announcing. Without a ledger, the drafts already waiting are noted as announced, so a
   * restart does not announce them all again; with one, those it has not seen are announced.
   */
  start(): void;
  /** Announces each draft waiting that has not been announced yet. */
  announceNewDrafts(): Promise<void>;
}

/** Where announcements go on each connected platform, from DISCORD_ and SLACK_REVIEW_CHANNEL. */
export function reviewTargets(config: Config): DeliveryTarget[] {
  const targets: DeliveryTarget[] = [];
  if (config.DISCORD_REVIEW_CHANNEL)
    targets.push({
      platform: 'discord',
      channelId: config.DISCORD_REVIEW_CHANNEL,
      isDirect: false,
    });
  if (config.SLACK_REVIEW_CHANNEL)
    targets.push({ platform: 'slack', channelId: config.SLACK_REVIEW_CHANNEL, isDirect: false });
  return targets;
}

/**
 * The idempotency key of a draft's announcement. Hashed, because Discord keeps only the last 25
 * characters of a nonce, and two long ids often end alike.
 */
export function announcementKey(id: string): string {
  return `draft-${createHash('sha256').update(id).digest('hex').slice(0, 18)}`;
}

export function createReviewChannel(deps: {
  targets: DeliveryTarget[];
  publishers: () => Publishers;
  /**
   * The drafts in the folder, heads only: cheap to list on every save, where the review desk's
   * list reads every draft's file.
   */
  drafts: () => readonly { id: string; rejected?: string }[];
  review: () => DraftReview | undefined;
  /**
   * Claims an announcement across processes (Redis, with REDIS_URL): several bots serving one
   * folder all see a new draft, and only the one that claims it posts it.
   */
  once?: (key: string) => Promise<boolean>;
  /**
   * The drafts announced by any run (see announcement-ledger.ts). Without it, the drafts waiting
   * at start are taken as announced.
   */
  ledger?: () => AnnouncementLedger | undefined;
  log: Logger;
}): ReviewChannel {
  const announced = new Set<string>();
  let started = false;
  // Announcements run one after another, so two quick saves cannot announce one draft twice.
  let queue: Promise<void> = Promise.resolve();

  async function post(reply: Reply, key: string): Promise<void> {
    const publishers = deps.publishers();
    await Promise.all(
      deps.targets.map(async (target) => {
        const publish = publishers[target.platform];
        if (publish === undefined) return;
        try {
          await publish(target, reply, { idempotencyKey: key });
        } catch (error) {
          deps.log.error(
            { err: error, platform: target.platform, channel: target.channelId, key },
            'review channel post failed',
          );
        }
      }),
    );
  }

  async function announce(): Promise<void> {
    const review = deps.review();
    if (review === undefined) return;
    if (!started) return;
    for (const head of deps.drafts()) {
      if (announced.has(head.id) || head.rejected !== undefined) continue;
      announced.add(head.id);
      const draft = review.show(head.id);
      if (draft === undefined) continue;
      const key = announcementKey(draft.id);
      const ledger = deps.ledger?.();
      if (ledger && !(await ledger.claim(key).catch(() => true))) continue;
      // With Redis unreachable, a draft announced twice beats a draft never announced.
      if (deps.once && !(await deps.once(key).catch(() => true))) continue;
      deps.log.info({ draft: draft.id, file: draft.fileName }, 'new draft announced');
      await post(draftReply(draft, { announce: true }), key);
    }
  }

  return {
    post,
    start() {
      if (started) return;
      started = true;
      if (deps.ledger?.()) return;
      for (const draft of deps.drafts()) announced.add(draft.id);
    },
    announceNewDrafts() {
      queue = queue.then(announce).catch((error: unknown) => {
        deps.log.error({ err: error }, 'announcing drafts failed');
      });
      return queue;
    },
  };
}
