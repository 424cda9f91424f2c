import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AckFn, App, LogLevel, type RespondArguments } from '@slack/bolt';
import { BOT_TOKEN, SIGNING_SECRET } from '../fakes/credentials.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/fake-slack.ts';
import { postToSlackApp, slashCommandBody } from '../fakes/slack-requests.ts';
import { renderSlack } from '../src/adapters/slack/render-slack.ts';
import type { Reply } from '../src/core/reply.ts';
import type { Library } from '../src/library/library.ts';
import { startBenchApp } from './bench-app.ts';
import { benchLog } from './bench-log.ts';
import { type E2ePlan, type E2eResult, e2eResult } from './e2e-result.ts';
import { ANSWER_WITHIN_MS, type Ask, compareLatency, sustain, within } from './load.ts';

type AckResponse = Parameters<AckFn<string | RespondArguments>>[0];

/**
 * A slash command as Slack sends it (form body, signed), timed from the POST to the whole HTTP
 * response: the acknowledgement Slack waits 3 s for.
 */
function askSlack(url: string, fake: FakeSlack, command: string, person: string): Ask {
  return async () => {
    const body = slashCommandBody(command, person, fake.responseUrl('bench'));
    const response = await within(
      postToSlackApp(url, SIGNING_SECRET, body),
      ANSWER_WITHIN_MS,
      'slash command',
    );
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${response.text}`);
    return response.ms;
  };
}

/**
 * The library's own floor: a Bolt app that acknowledges `/ping` with "ok" and `/quote` with a
 * message rendered once in advance, doing no work of its own per command.
 */
async function startBareApp(fake: FakeSlack, prepared: AckResponse) {
  const app = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    botId: 'BBOT',
    botUserId: 'UBOT',
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.apiUrl },
  });
  app.command('/ping', async ({ ack }) => {
    await ack('ok');
  });
  app.command('/quote', async ({ ack }) => {
    await ack(prepared);
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}/slack/events` };
}

/**
 * The real Briefbot Slack adapter (Bolt, HTTP mode) and a bare Bolt app, both on loopback against
 * one fake Slack. Latency alternates between them; throughput loads each in turn.
 */
export async function benchSlackE2e(
  library: Library,
  person: string,
  answer: Reply,
  plan: E2ePlan,
): Promise<E2eResult> {
  const fake = await startFakeSlack();
  const { log, errors } = benchLog([BOT_TOKEN, SIGNING_SECRET]);
  const bot = await startBenchApp(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    },
    library,
    log,
  );
  const [first] = renderSlack(answer);
  if (first === undefined) throw new Error('the prepared answer rendered to nothing');
  // As Briefbot acknowledges a public one-message answer.
  const bare = await startBareApp(fake, { response_type: 'in_channel', ...first });
  try {
    const ours = askSlack(`http://127.0.0.1:${bot.port ?? 0}/slack/events`, fake, '/quote', person);
    const floor = askSlack(bare.url, fake, '/ping', person);
    const latency = await compareLatency(
      { briefbot: ours, floor, sameReply: askSlack(bare.url, fake, '/quote', person) },
      plan.runs,
      plan.warmup,
    );
    const briefbot = await sustain(ours, plan.concurrency, plan.durationMs);
    const bareLoad = await sustain(floor, plan.concurrency, plan.durationMs);
    return e2eResult('slack', `/quote ${person}`, latency, { briefbot, floor: bareLoad }, errors());
  } finally {
    await bot.stop();
    await bare.app.stop();
    await fake.close();
  }
}
