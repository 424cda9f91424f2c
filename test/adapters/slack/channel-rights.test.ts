import { PassThrough } from 'node:stream';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../../../fakes/fake-slack.ts';
import { createChannelRights } from '../../../src/adapters/slack/channel-rights.ts';
import { createLogger } from '../../../src/logger.ts';

let fake: FakeSlack;
let canManage: (userId: string) => Promise<boolean>;

beforeAll(async () => {
  fake = await startFakeSlack();
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
  });
  const log = createLogger({ level: 'silent', destination: new PassThrough() });
  canManage = createChannelRights(client, ['ULISTED'], log);
});
afterAll(async () => {
  await fake.close();
});

describe('who may manage a Slack channel’s digests', () => {
  it('a listed user, without asking Slack', async () => {
    const before = fake.calls.length;
    expect(await canManage('ULISTED')).toBe(true);
    expect(fake.calls.length).toBe(before);
  });

  it('workspace admins and owners, as users.info says, and no one else', async () => {
    const roles: Record<string, Record<string, boolean>> = {
      UADMIN: { is_admin: true },
      UOWNER: { is_owner: true },
      UPRIMARY: { is_primary_owner: true },
      UMEMBER: {},
    };
    fake.answer('users.info', (body) => ({
      ok: true,
      user: { id: body.user, ...roles[String(body.user)] },
    }));
    expect(await canManage('UADMIN')).toBe(true);
    expect(await canManage('UOWNER')).toBe(true);
    expect(await canManage('UPRIMARY')).toBe(true);
    expect(await canManage('UMEMBER')).toBe(false);
  });

  it('no one, when Slack cannot say', async () => {
    fake.failOnce('users.info', 'user_not_found');
    expect(await canManage('UADMIN')).toBe(false);
  });
});
