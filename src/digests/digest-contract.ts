import type { Caller } from '../core/caller.ts';
import type { Reply } from '../core/reply.ts';

/** A subscription as its owner sees it. */
export interface SubscriptionView {
  id: number;
  /** "this channel" or "you (direct messages)". */
  target: string;
  /** Briefing ids; empty for all briefings. */
  topics: string[];
  schedule: string;
  timezone: string;
  notifyEmpty: boolean;
  /** The next run, already formatted in the subscriber's time zone; null while paused. */
  nextRun: string | null;
  lastDelivery: string | null;
  pausedReason: string | null;
}

export interface SubscribeRequest {
  /** Resolved briefing ids; empty for every briefing. */
  topics: string[];
  time: string;
  days: string;
  timezone?: string;
  cron?: string;
  notifyEmpty: boolean;
}

/**
 * Digest subscriptions, as commands use them. The caller decides whose subscriptions these are:
 * in a channel, the channel's; in a DM, the person's own. Throws UserError for what the caller
 * got wrong (a bad time zone, an id that is not theirs).
 */
export interface DigestService {
  subscribe(caller: Caller, request: SubscribeRequest): Promise<SubscriptionView>;
  list(caller: Caller): Promise<SubscriptionView[]>;
  unsubscribe(caller: Caller, id: number): Promise<SubscriptionView>;
  pause(caller: Caller, id: number): Promise<SubscriptionView>;
  resume(caller: Caller, id: number): Promise<SubscriptionView>;
  /** The digest as it would be sent now (or a first digest when no id is given). */
  preview(caller: Caller, id?: number): Promise<Reply>;
}
