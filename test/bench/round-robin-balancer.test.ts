import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startRoundRobinBalancer } from '../../fakes/round-robin-balancer.ts';

/** An upstream that answers with its name and what it was sent. */
async function upstream(name: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': name });
      res.end(
        JSON.stringify({
          name,
          method: req.method,
          path: req.url,
          body,
          sig: req.headers['x-sig'],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function upstreams(count: number) {
  const started = await Promise.all(Array.from({ length: count }, (_, i) => upstream(`u${i}`)));
  for (const { server } of started)
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
  return started.map((u) => u.url);
}

describe('the round-robin balancer', () => {
  it('hands requests to each upstream in turn, passing method, path, headers and body through', async () => {
    const balancer = await startRoundRobinBalancer(await upstreams(3));
    closers.push(() => balancer.close());
    type Answer = { name: string; method: string; path: string; body: string; sig: string };
    const answers: Answer[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await fetch(`${balancer.url}/slack/events?n=${i}`, {
        method: 'POST',
        headers: { 'x-sig': `v0=${i}` },
        body: `text=${i}`,
      });
      expect(response.status).toBe(200);
      answers.push((await response.json()) as Answer);
    }
    expect(answers.map((a) => a.name)).toEqual(['u0', 'u1', 'u2', 'u0', 'u1', 'u2', 'u0']);
    expect(answers[4]).toEqual({
      name: 'u1',
      method: 'POST',
      path: '/slack/events?n=4',
      body: 'text=4',
      sig: 'v0=4',
    });
    expect(balancer.counts()).toEqual([3, 2, 2]);
    expect(balancer.failed()).toBe(0);
  });

  it('answers 502 for an upstream that is down, and goes on to the next one', async () => {
    const [up] = await upstreams(1);
    const down = await upstream('gone');
    await new Promise<void>((resolve) => down.server.close(() => resolve()));
    const balancer = await startRoundRobinBalancer([down.url, up ?? '']);
    closers.push(() => balancer.close());
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(balancer.url)).status);
    expect(statuses).toEqual([502, 200, 502, 200]);
    expect(balancer.failed()).toBe(2);
  });
});
