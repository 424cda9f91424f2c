import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { postToSlackApp, slashCommandBody } from '../../../fakes/slack-requests.ts';
import { createDraftReview } from '../../../src/content/draft-review.ts';
import { context, seedLibrary } from '../../helpers/briefings.ts';
import { SIGNING_SECRET, startTestBot, type TestBot } from '../../helpers/slack-bot.ts';

let fake: FakeSlack;
let bot: TestBot;
let request = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  const library = seedLibrary();
  // An empty review desk: what is checked here is who may reach it.
  const review = createDraftReview({ drafts: () => [], reload: () => {}, isServed: () => false });
  bot = await startTestBot(fake, {
    library,
    env: { SLACK_EDITORS: 'U0EDITOR' },
    createContext: (caller) => ({ ...context(library, caller), now: () => new Date(), review }),
  });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function reviewList(fields: Record<string, string> = {}) {
  const responseUrl = fake.responseUrl(`r${++request}`);
  const body = slashCommandBody('/review', 'list', responseUrl, fields);
  return JSON.stringify((await postToSlackApp(bot.eventsUrl, SIGNING_SECRET, body)).json);
}

describe('/review on Slack', () => {
  it('refuses someone who is neither an admin nor listed, privately, in a channel and a DM', async () => {
    const dm = { channel_id: 'D0001', channel_name: 'directmessage' };
    for (const fields of [{}, dm] as Record<string, string>[]) {
      const shown = await reviewList(fields);
      expect(shown).toContain('"response_type":"ephemeral"');
      expect(shown).toContain('Only editors can use /review list.');
    }
  });

  it('lets a workspace admin and a user listed in SLACK_EDITORS review', async () => {
    expect(await reviewList({ user_id: 'U0EDITOR' })).toContain('No drafts waiting');
    fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, is_admin: true } }));
    expect(await reviewList()).toContain('No drafts waiting');
    fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, is_admin: false } }));
  });
});
