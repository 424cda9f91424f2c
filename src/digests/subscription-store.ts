/** A channel's or a person's digest subscription. */
export interface Subscription {
  id: number;
  platform: 'discord' | 'slack' | 'console';
  /** The channel to post in, or for a DM subscription the person's user id. */
  channelId: string;
  isDirect: boolean;
  createdBy: string;
  /** Briefing ids to include; empty means every briefing. */
  topics: string[];
  cron: string;
  timezone: string;
  /** The schedule as the subscriber gave it ("08:00 on weekdays (Europe/London)"). */
  description: string;
  /** Post a short "nothing new" note instead of staying silent. */
  notifyEmpty: boolean;
  /** Why deliveries are paused (by a person, or after a permanent failure); null when active. */
  pausedReason: string | null;
  createdAt: string;
}

export type NewSubscription = Omit<Subscription, 'id' | 'pausedReason' | 'createdAt'> & {
  createdAt: Date;
};

export type DeliveryStatus = 'claimed' | 'sent' | 'empty' | 'failed' | 'expired';

/**
 * One scheduled run of one subscription. Claimed before sending, so that a run is attempted by
 * one process once; marked sent (with the platform's message id) after.
 */
export interface Delivery {
  id: number;
  subscriptionId: number;
  /** The scheduled minute, ISO 8601 in UTC: together with the subscription, the run's identity. */
  scheduledFor: string;
  status: DeliveryStatus;
  messageId: string | null;
  /** The newest briefing `updated` time this digest covered; the next digest starts after it. */
  coveredUntil: string | null;
  attempts: number;
  lastError: string | null;
  claimedAt: string;
  finishedAt: string | null;
}

/**
 * Where subscriptions and deliveries live: SQLite in DATA_DIR by default, PostgreSQL when
 * DATABASE_URL is set. Every method is asynchronous so that one interface fits both (a network
 * database cannot answer synchronously). One contract test suite runs against each implementation.
 */
export interface SubscriptionStore {
  createSubscription(input: NewSubscription): Promise<Subscription>;
  getSubscription(id: number): Promise<Subscription | undefined>;
  /** All subscriptions, or those of one channel or person. */
  listSubscriptions(filter?: {
    platform: Subscription['platform'];
    channelId: string;
  }): Promise<Subscription[]>;
  deleteSubscription(id: number): Promise<boolean>;
  setPaused(id: number, reason: string | null): Promise<void>;

  /** Claims a run; undefined if that run was already claimed (by this or another process). */
  claimDelivery(
    subscriptionId: number,
    scheduledFor: Date,
    at: Date,
  ): Promise<Delivery | undefined>;
  getDelivery(subscriptionId: number, scheduledFor: Date): Promise<Delivery | undefined>;
  /** Records another failed attempt at a claimed delivery, keeping it claimed. */
  recordAttempt(deliveryId: number, error: string): Promise<void>;
  /** Finishes a claimed delivery; a delivery already finished is left as it is. */
  finishDelivery(
    deliveryId: number,
    outcome: {
      status: Exclude<DeliveryStatus, 'claimed'>;
      messageId?: string;
      coveredUntil?: string | null;
      error?: string;
    },
    at: Date,
  ): Promise<void>;
  /** Claimed deliveries that never finished: the process stopped between claim and mark. */
  unfinishedDeliveries(): Promise<Delivery[]>;
  /** The latest delivery of a subscription, of any status. */
  latestDelivery(subscriptionId: number): Promise<Delivery | undefined>;
  /** The latest delivery that posted or confirmed "nothing new": where the next digest starts. */
  latestCompleted(subscriptionId: number): Promise<Delivery | undefined>;
  close(): Promise<void>;
}
