import { text } from '../fakes/discord-payloads.ts';
import { discordSlash, type Outcome, type SoakContext, slackSlash } from './requests.ts';

/** Every minute, and a "nothing new" note when nothing is: a digest falls due each minute. */
const EVERY_MINUTE = '* * * * *';

/** The Slack user listed in SLACK_DIGEST_ADMINS, who subscribes the soak's channels. */
export const SLACK_ADMIN = 'USOAKADMIN';

/** Discord channel and user ids for the soak's subscriptions (snowflakes of 19 digits). */
const discordChannel = (i: number) => String(1_700_000_000_000_000_001n + BigInt(i));
const discordUser = (i: number) => String(1_800_000_000_000_000_001n + BigInt(i));

export interface SubscribeCounts {
  /** Channels and DMs on each platform that were asked to subscribe. */
  asked: number;
  subscribed: number;
  failures: string[];
}

async function inBatches(jobs: (() => Promise<Outcome>)[], size: number): Promise<Outcome[]> {
  const results: Outcome[] = [];
  for (let start = 0; start < jobs.length; start += size) {
    results.push(...(await Promise.all(jobs.slice(start, start + size).map((job) => job()))));
  }
  return results;
}

/**
 * Subscribes `channels` channels and `dms` people on each platform to a digest every minute,
 * through `/digest subscribe` as an admin would type it: on Discord as INTERACTION_CREATE from a
 * member with Manage Channels (or in a DM), on Slack as a signed slash command from a user in
 * SLACK_DIGEST_ADMINS (or in a DM).
 */
export async function subscribeAll(
  ctx: SoakContext,
  channels: number,
  dms: number,
): Promise<SubscribeCounts> {
  const options = [text('cron', EVERY_MINUTE), text('empty', 'note')];
  const subcommand = [{ name: 'subscribe', type: 1, options }];
  const slackText = `subscribe cron:"${EVERY_MINUTE}" empty:note`;
  const confirmed = 'set up for';
  const jobs: (() => Promise<Outcome>)[] = [];
  for (let i = 0; i < channels; i++) {
    jobs.push(() =>
      discordSlash(
        ctx,
        'digest',
        subcommand,
        { channelId: discordChannel(i), admin: true },
        confirmed,
      ),
    );
    jobs.push(() =>
      slackSlash(
        ctx,
        '/digest',
        slackText,
        { channel_id: `CSOAK${i}`, channel_name: `soak-${i}`, user_id: SLACK_ADMIN },
        confirmed,
      ),
    );
  }
  for (let i = 0; i < dms; i++) {
    jobs.push(() =>
      discordSlash(ctx, 'digest', subcommand, { dmUserId: discordUser(i) }, confirmed),
    );
    jobs.push(() =>
      slackSlash(
        ctx,
        '/digest',
        slackText,
        { channel_id: `DSOAKSUB${i}`, channel_name: 'directmessage', user_id: `USOAKREADER${i}` },
        confirmed,
      ),
    );
  }
  const results = await inBatches(jobs, 8);
  return {
    asked: jobs.length,
    subscribed: results.filter((result) => result.ok).length,
    failures: results
      .filter((result) => !result.ok)
      .map((result) => `${result.kind}: ${result.error}`),
  };
}
