import type { Reply } from '../../src/core/reply.ts';
import type { DeliveryTarget, Publish, PublishOptions } from '../../src/digests/publish.ts';

export interface Collected {
  target: DeliveryTarget;
  reply: Reply;
  key: string | undefined;
  messageId: string;
}

/** One call of the port, posted or refused, with what the caller said about it. */
export interface Attempted {
  channelId: string;
  key: string | undefined;
  recovering: boolean | undefined;
}

/** Decides whether a post fails: return (or resolve to) an error to throw, or undefined to post. */
export type FailRule = (target: DeliveryTarget, attempt: number) => unknown;

/**
 * A publish port that collects what was sent. Like Discord with an enforced nonce, a second post
 * with the same idempotency key returns the first message instead of posting again, unless
 * `dedupe` is false: a test of our own "send once" must not lean on the platform's.
 */
export function createCollector(behaviour: { fail?: FailRule | undefined; dedupe?: boolean } = {}) {
  const messages: Collected[] = [];
  const byKey = new Map<string, string>();
  const attempts = new Map<string, number>();
  const calls: Attempted[] = [];
  const publish: Publish = async (
    target: DeliveryTarget,
    reply: Reply,
    options?: PublishOptions,
  ) => {
    const attempt = (attempts.get(target.channelId) ?? 0) + 1;
    attempts.set(target.channelId, attempt);
    calls.push({
      channelId: target.channelId,
      key: options?.idempotencyKey,
      recovering: options?.recovering,
    });
    const failure = await behaviour.fail?.(target, attempt);
    if (failure !== undefined) throw failure;
    const key = options?.idempotencyKey;
    const earlier = key === undefined || behaviour.dedupe === false ? undefined : byKey.get(key);
    if (earlier !== undefined) return { messageId: earlier };
    const messageId = `m${messages.length + 1}`;
    messages.push({ target, reply, key, messageId });
    if (key !== undefined) byKey.set(key, messageId);
    return { messageId };
  };
  return { publish, messages, attempts, calls };
}
