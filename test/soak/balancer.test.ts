import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBalancer, RouteError } from '../../soak/balancer.ts';
import { markCutOff } from '../../soak/cut-off.ts';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A process's endpoint: answers 200 with its name, or drops the connection (killed holding it). */
async function endpoint(name: string, dies = false): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (dies) req.socket.destroy();
      else res.end(name);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

/** A port nothing listens on any more: a process that is down. */
async function down(): Promise<string> {
  const url = await endpoint('gone');
  const server = servers.pop() as Server;
  await new Promise((resolve) => server.close(resolve));
  return url;
}

describe('the soak’s balancer', () => {
  it('sends to each process in turn, and past one that is down to the next', async () => {
    const balancer = createBalancer([await endpoint('a'), await down(), await endpoint('c')]);
    const routes = [];
    for (let i = 0; i < 3; i++) {
      const response = await balancer.post('secret', '{}');
      routes.push([response.text, response.slot, response.retried]);
    }
    expect(routes).toEqual([
      ['a', 0, 0],
      ['c', 2, 1],
      ['c', 2, 0],
    ]);
  });

  it('does not send again a request a process took and dropped, and says which process it was', async () => {
    const balancer = createBalancer([await endpoint('a', true), await endpoint('b')]);
    const failure = await balancer.post('secret', '{}').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RouteError);
    expect((failure as RouteError).route).toEqual({ slot: 0, retried: 0 });
  });
});

describe('requests cut off by a kill', () => {
  it('are the failed ones sent to the killed process before it died and not answered by then', () => {
    const kill = { slot: 1, at: 10_000 };
    const outcome = (slot: number, at: number, ms: number, ok = false) => ({
      kind: 'slack DM',
      ok,
      ms,
      at,
      slot,
      ...(ok ? {} : { error: 'no answer' }),
    });
    const outcomes = [
      outcome(1, 9_000, 15_000),
      outcome(1, 9_000, 15_000, true),
      outcome(0, 9_000, 15_000),
      outcome(1, 2_000, 100),
      outcome(1, 20_000, 15_000),
      outcome(1, 11_000, 15_000),
    ];
    markCutOff(outcomes, [kill]);
    expect(outcomes.map((o) => (o as { cutOff?: boolean }).cutOff ?? false)).toEqual([
      true,
      false,
      false,
      false,
      false,
      // Sent in the moment before the gateway noticed the connection gone.
      true,
    ]);
  });
});
