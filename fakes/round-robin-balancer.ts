import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer on 127.0.0.1 that hands each HTTP request to the next of `upstreams` in turn,
 * as a hosting platform's balancer would spread Slack's requests over several processes.
 *
 * Written on node:http rather than a proxy library: round-robin over keep-alive connections is
 * all it does, and http-proxy, the usual choice, has gone years without a release. It adds one
 * loopback hop per request, the same for one upstream as for three, so ratios between runs hold.
 */
export async function startRoundRobinBalancer(upstreams: readonly string[]) {
  if (upstreams.length === 0) throw new Error('a balancer needs at least one upstream');
  const targets = upstreams.map((upstream) => new URL(upstream));
  // Keep-alive to every upstream, as a real balancer pools its connections.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  /** Requests handed to each upstream, in the order of `upstreams`. */
  const counts = targets.map(() => 0);
  let failed = 0;
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next;
    next = (next + 1) % targets.length;
    counts[index] = (counts[index] ?? 0) + 1;
    const target = targets[index] as URL;
    const forward = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => {
      failed++;
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('bad gateway');
    });
    incoming.pipe(forward);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Requests handed to each upstream so far. */
    counts: () => [...counts],
    /** Requests an upstream did not answer (answered 502 here). */
    failed: () => failed,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

export type RoundRobinBalancer = Awaited<ReturnType<typeof startRoundRobinBalancer>>;
