import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type InteractionReplyOptions } from 'discord.js';
import { TOKEN } from '../fakes/credentials.ts';
import { slashCommand, text } from '../fakes/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/fake-discord.ts';
import { createButtonIds } from '../src/adapters/discord/button-ids.ts';
import { replyOptions } from '../src/adapters/discord/interaction-responder.ts';
import { renderDiscord } from '../src/adapters/discord/render-discord.ts';
import type { Reply } from '../src/core/reply.ts';
import type { Library } from '../src/library/library.ts';
import { startBenchApp } from './bench-app.ts';
import { benchLog } from './bench-log.ts';
import { type E2ePlan, type E2eResult, e2eResult } from './e2e-result.ts';
import { ANSWER_WITHIN_MS, type Ask, compareLatency, sustain } from './load.ts';

/**
 * A slash command as a gateway INTERACTION_CREATE, timed from the dispatch to the interaction
 * callback POST arriving at the fake: what Discord itself would see.
 */
function askDiscord(fake: FakeDiscord, command: string, person: string): Ask {
  return async () => {
    const interaction = slashCommand(command, [text('person', person)]);
    const path = `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`;
    const since = fake.requests.length;
    const started = performance.now();
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await fake.waitFor((r) => r.path === path, since, ANSWER_WITHIN_MS);
    return callback.at - started;
  };
}

/**
 * The library's own floor: a discord.js client that answers `/ping` with "ok" and `/quote` with
 * a message rendered once in advance, doing no work of its own per interaction.
 */
async function startBareClient(fake: FakeDiscord, prepared: InteractionReplyOptions) {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const answer = interaction.commandName === 'ping' ? 'ok' : prepared;
    void interaction.reply(answer).catch(() => undefined);
  });
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
  return client;
}

/**
 * The real Briefbot Discord adapter and a bare discord.js client, each on its own fake Discord on
 * loopback, with the library's default REST settings on both. Latency takes turns between them;
 * throughput loads each in turn.
 */
export async function benchDiscordE2e(
  library: Library,
  person: string,
  answer: Reply,
  plan: E2ePlan,
): Promise<E2eResult> {
  const ourFake = await startFakeDiscord();
  const bareFake = await startFakeDiscord();
  const { log, errors } = benchLog([TOKEN]);
  const bot = await startBenchApp(
    { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: ourFake.apiUrl },
    library,
    log,
  );
  const [first] = renderDiscord(answer, createButtonIds());
  if (first === undefined) throw new Error('the prepared answer rendered to nothing');
  const bare = await startBareClient(bareFake, replyOptions(first));
  try {
    const ours = askDiscord(ourFake, 'quote', person);
    const floor = askDiscord(bareFake, 'ping', person);
    const latency = await compareLatency(
      { briefbot: ours, floor, sameReply: askDiscord(bareFake, 'quote', person) },
      plan.runs,
      plan.warmup,
    );
    const briefbot = await sustain(ours, plan.concurrency, plan.durationMs);
    const bareLoad = await sustain(floor, plan.concurrency, plan.durationMs);
    return e2eResult(
      'discord',
      `/quote person:${person}`,
      latency,
      { briefbot, floor: bareLoad },
      errors(),
    );
  } finally {
    await bot.stop();
    await bare.destroy();
    await ourFake.close();
    await bareFake.close();
  }
}
