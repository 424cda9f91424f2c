import type { Reply } from '../core/reply.ts';

/** Where a message goes when no one asked for it just now (a scheduled digest). */
export interface DeliveryTarget {
  platform: 'discord' | 'slack' | 'console';
  /** The channel to post in; for a person's digest, their user id (the adapter opens the DM). */
  channelId: string;
  isDirect: boolean;
}

/** What the platform answered for a delivered message. */
export interface Delivered {
  /** The platform's id for the (first) message posted. */
  messageId: string;
}

/**
 * The send will never succeed as things stand (unknown channel, no access, archived); retrying
 * is pointless, so the subscription is paused with this reason. Any other error is transient.
 */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
  /** A short machine-readable reason such as `discord:50013` or `slack:channel_not_found`. */
  readonly reason: string;

  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface PublishOptions {
  /**
   * Identifies this delivery across retries and restarts. A platform that can deduplicate by key
   * (Discord's enforced nonce) or look a key up (Slack message metadata) posts it at most once.
   */
  idempotencyKey?: string;
  /**
   * Set when an earlier attempt may already have posted (a retry, or a delivery finished after a
   * restart), so a platform without deduplication checks what it already posted under the key.
   */
  recovering?: boolean;
}

/**
 * Posts a reply to a target, rendered and split by the platform's own renderer. Rate limits are
 * honoured inside (waiting out a 429's Retry-After); a permanent failure throws
 * PermanentDeliveryError; anything else thrown is transient and may be retried.
 */
export type Publish = (
  target: DeliveryTarget,
  reply: Reply,
  options?: PublishOptions,
) => Promise<Delivered>;
