import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PERMISSIONS,
  type Callback,
  embedOf,
  slashCommand,
  type Where,
} from '../../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../../fakes/fake-discord.ts';
import { createDraftReview } from '../../../src/content/draft-review.ts';
import { context, seedLibrary } from '../../helpers/briefings.ts';
import { startBot } from '../../helpers/discord-bot.ts';

let fake: FakeDiscord;
let stop: () => Promise<void>;

beforeAll(async () => {
  fake = await startFakeDiscord();
  const library = seedLibrary();
  // An empty review desk: what is checked here is who may reach it.
  const review = createDraftReview({ drafts: () => [], reload: () => {}, isServed: () => false });
  const started = await startBot(fake, {
    library,
    createContext: (caller) => ({ ...context(library, caller), now: () => new Date(), review }),
  });
  stop = started.bot.stop;
});
afterAll(async () => {
  await stop();
  await fake.close();
});

async function reviewList(where?: Where): Promise<Callback> {
  const payload = slashCommand('review', [{ name: 'list', type: 1, options: [] }], where);
  const since = fake.requests.length;
  fake.dispatch('INTERACTION_CREATE', payload);
  const callback = await fake.waitFor(
    (r) => r.path.includes(`/interactions/${payload.id}/`),
    since,
  );
  return callback.body as Callback;
}

describe('/review on Discord', () => {
  it('refuses a member without Manage Server, privately, and a DM', async () => {
    for (const where of [undefined, { dm: true }]) {
      const body = await reviewList(where);
      expect(body.data.flags).toBe(64);
      expect(embedOf(body.data).description).toMatch(/^Only editors can use \/review list\./);
    }
  });

  it('lets someone with Manage Server review', async () => {
    const body = await reviewList({ permissions: ADMIN_PERMISSIONS });
    expect(embedOf(body.data).title).toBe('No drafts waiting');
    expect(body.data.flags).toBe(64);
  });
});
