import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, text } from '../../../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../../../fakes/fake-discord.ts';
import { startBot } from '../../helpers/discord-bot.ts';

let fake: FakeDiscord;
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startBot(fake);
});
afterAll(async () => {
  await bot?.bot.stop();
  await fake?.close();
});

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function answers(): Promise<void> {
  const since = fake.requests.length;
  const command = slashCommand('quote', [text('person', 'blinken')]);
  fake.dispatch('INTERACTION_CREATE', command);
  const callback = await fake.waitFor(
    (r) => r.path.includes(`/interactions/${command.id}/`),
    since,
  );
  expect(JSON.stringify(callback.body)).toContain('Antony Blinken');
}

describe('the Discord gateway connection', () => {
  it('resumes its session after a close with 4000, and keeps answering', async () => {
    const identifies = fake.identifies.length;
    fake.closeGateway(4000);
    await until(() => fake.resumes.length === 1 && fake.sessionCount() === 1);
    expect(fake.resumes[0]).toMatchObject({ session_id: 'fake-session' });
    expect(fake.identifies.length).toBe(identifies);
    await answers();
  });

  it('answers an interaction sent while it was disconnected, replayed on resume', async () => {
    const resumes = fake.resumes.length;
    const since = fake.requests.length;
    fake.closeGateway(4000);
    const command = slashCommand('quote', [text('person', 'putin')]);
    fake.dispatch('INTERACTION_CREATE', command);
    await until(() => fake.resumes.length === resumes + 1);
    const callback = await fake.waitFor(
      (r) => r.path.includes(`/interactions/${command.id}/`),
      since,
    );
    expect(JSON.stringify(callback.body)).toContain('Vladimir Putin');
  });

  it('identifies afresh after a close with 1000, and keeps answering', async () => {
    const identifies = fake.identifies.length;
    const resumes = fake.resumes.length;
    fake.closeGateway(1000);
    await until(() => fake.identifies.length === identifies + 1 && fake.sessionCount() === 1);
    expect(fake.resumes.length).toBe(resumes);
    await answers();
    expect(bot.logText()).not.toContain('MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake');
  });
});
