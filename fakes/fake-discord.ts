import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { BOT, CHANNEL_ID, GUILD, GUILD_ID, messageFrom, snowflake } from './discord-payloads.ts';

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** The path without the query, decoded (`/api/v10/webhooks/…/messages/@original`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** When it arrived (performance.now()). */
  at: number;
  /** The HTTP status it was answered with. */
  status?: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer only after this many milliseconds (a slow platform); the work is done at once. */
  delayMs?: number;
}

interface Slowdown {
  method: string;
  path: RegExp;
  delayMs: () => number;
}

/** Dispatches kept for a session that resumes (Discord replays what a resumed client missed). */
const REPLAY_LIMIT = 1000;

interface Override {
  method: string;
  path: RegExp;
  respond: (request: RecordedRequest) => FakeResponse;
}

type Route = [method: string, path: RegExp, (request: RecordedRequest) => FakeResponse];

/**
 * Looked at before a request is routed: `reject` answers it instead (a 429), `headers` are added
 * to the usual answer (the `X-RateLimit-*` headers Discord sends). The bench's rate limits use it.
 */
export type Gate = (
  request: RecordedRequest,
) => { reject?: FakeResponse; headers?: Record<string, string> } | undefined;

const json = (status: number, body: unknown): FakeResponse => ({ status, body });

/**
 * A fake Discord on 127.0.0.1: the REST API routes Briefbot uses and a JSON gateway. It records
 * every request and IDENTIFY, can dispatch gateway events, and can answer a chosen route once
 * with something else (a 429 with Retry-After, a 403 with an error code).
 */
export async function startFakeDiscord(
  options: {
    guilds?: boolean;
    gate?: Gate;
    /** How many shards the gateway recommends; events then go to the shard that owns them. */
    shards?: number;
  } = {},
) {
  const shardCount = options.shards ?? 1;
  /** The shard each identified socket runs. */
  const shardOf = new Map<WebSocket, number>();
  const requests: RecordedRequest[] = [];
  const identifies: Record<string, unknown>[] = [];
  const sockets = new Set<WebSocket>();
  const overrides: Override[] = [];
  const listeners = new Set<() => void>();
  const slowdowns: Slowdown[] = [];
  /** RESUME payloads (op 6) received, in order. */
  const resumes: Record<string, unknown>[] = [];
  /** Sockets with a session: identified (READY sent) or resumed (RESUMED sent). */
  const sessions = new Set<WebSocket>();
  /** Dispatches kept for RESUME, with the shard each went to (undefined: one socket's own). */
  const history: { s: number; t: string; d: unknown; shard?: number }[] = [];
  /** One session id per shard, so that a RESUME says which shard it continues. */
  const sessionId = (shard: number) => (shardCount > 1 ? `fake-session-${shard}` : 'fake-session');
  let sequence = 0;
  let wsUrl = '';
  /** Channel messages actually created (a repeated nonce creates none). */
  const created: unknown[] = [];
  const nonces = new Map<string, unknown>();

  const routes: Route[] = [
    [
      'GET',
      /^\/api\/v10\/gateway\/bot$/,
      () =>
        json(200, {
          url: wsUrl,
          shards: shardCount,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 86_400_000,
            max_concurrency: 1,
          },
        }),
    ],
    ['POST', /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/, () => ({ status: 204 })],
    [
      'POST',
      /^\/api\/v10\/webhooks\/\d+\/[^/]+$/,
      (r) => json(200, messageFrom(CHANNEL_ID, r.body)),
    ],
    [
      'PATCH',
      /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/,
      (r) => json(200, messageFrom(CHANNEL_ID, r.body)),
    ],
    ['DELETE', /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, () => ({ status: 204 })],
    [
      'POST',
      /^\/api\/v10\/channels\/(\d+)\/messages$/,
      (r) => {
        // Like Discord: with enforce_nonce, a nonce seen before returns that message again.
        const { nonce, enforce_nonce } = r.body as { nonce?: string; enforce_nonce?: boolean };
        const earlier = nonce && enforce_nonce ? nonces.get(nonce) : undefined;
        if (earlier) return json(200, earlier);
        const message = messageFrom(r.path.split('/')[4] ?? '', r.body);
        created.push(message);
        if (nonce && enforce_nonce) nonces.set(nonce, message);
        return json(200, message);
      },
    ],
    [
      'POST',
      /^\/api\/v10\/users\/@me\/channels$/,
      (r) => {
        const recipient = String((r.body as { recipient_id?: string }).recipient_id);
        return json(200, {
          id: `9${recipient.slice(1)}`,
          type: 1,
          recipients: [{ id: recipient, username: 'reader', discriminator: '0', avatar: null }],
        });
      },
    ],
    [
      'PUT',
      /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/,
      (r) =>
        json(
          200,
          (r.body as Record<string, unknown>[]).map((command) => ({
            id: snowflake(),
            application_id: BOT.id,
            version: '1',
            ...command,
          })),
        ),
    ],
  ];

  function respond(request: RecordedRequest): FakeResponse {
    const index = overrides.findIndex(
      (o) => o.method === request.method && o.path.test(request.path),
    );
    const override = index >= 0 ? overrides.splice(index, 1)[0] : undefined;
    if (override) return override.respond(request);
    const route = routes.find(
      ([method, path]) => method === request.method && path.test(request.path),
    );
    return route ? route[2](request) : json(404, { message: '404: Not Found', code: 0 });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: raw ? JSON.parse(raw) : undefined,
      at: performance.now(),
    };
    requests.push(request);
    for (const listener of listeners) listener();
    const verdict = options.gate?.(request);
    const answer = verdict?.reject ?? respond(request);
    request.status = answer.status;
    const slow = slowdowns.find((s) => s.method === request.method && s.path.test(request.path));
    const delayMs = (answer.delayMs ?? 0) + (slow ? slow.delayMs() : 0);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const headers = { ...verdict?.headers, ...answer.headers };
    if (answer.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  const wss = new WebSocketServer({ server });

  function send(socket: WebSocket, payload: Record<string, unknown>): void {
    socket.send(JSON.stringify(payload));
  }

  /**
   * Sends a gateway dispatch (op 0) to every connected client; with several shards, only to the
   * shard that owns it, as Discord does: a guild's events to shard (guild_id >> 22) % count, and
   * direct messages to shard 0.
   */
  function dispatch(t: string, d: unknown, only?: WebSocket): void {
    sequence++;
    const guild = (d as { guild_id?: string } | null)?.guild_id;
    const owner = guild === undefined ? 0 : shardFor(guild, shardCount);
    history.push({ s: sequence, t, d, ...(only === undefined ? { shard: owner } : {}) });
    if (history.length > REPLAY_LIMIT) history.shift();
    for (const socket of sockets) {
      if (only !== undefined && socket !== only) continue;
      if (only === undefined && shardCount > 1 && shardOf.get(socket) !== owner) continue;
      send(socket, { op: 0, t, s: sequence, d });
    }
  }

  /** RESUME: replay what the session missed since `seq`, then RESUMED; an unknown session is refused. */
  function resume(socket: WebSocket, d: Record<string, unknown>): void {
    resumes.push(d);
    const shard = Array.from({ length: shardCount }, (_, i) => i).find(
      (i) => sessionId(i) === d.session_id,
    );
    if (shard === undefined) {
      send(socket, { op: 9, d: false });
      return;
    }
    shardOf.set(socket, shard);
    const seq = Number(d.seq ?? 0);
    // Only what the shard's own session was sent: another shard's events are not its to replay.
    for (const event of history) {
      if (event.s > seq && (shardCount === 1 || event.shard === shard)) {
        send(socket, { op: 0, t: event.t, s: event.s, d: event.d });
      }
    }
    sequence++;
    send(socket, { op: 0, t: 'RESUMED', s: sequence, d: {} });
    sessions.add(socket);
  }

  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      shardOf.delete(socket);
      sessions.delete(socket);
    });
    send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: Record<string, unknown> };
      if (frame.op === 1) send(socket, { op: 11 });
      if (frame.op === 6) resume(socket, frame.d);
      if (frame.op !== 2) return;
      identifies.push(frame.d);
      const [shard = 0] = (frame.d.shard as [number, number] | undefined) ?? [];
      shardOf.set(socket, shard);
      // Each shard is told only of the guilds it owns.
      const owned = options.guilds !== false && shardFor(GUILD_ID, shardCount) === shard;
      const guilds = owned ? [{ id: GUILD_ID, unavailable: true }] : [];
      const to = shardCount > 1 ? socket : undefined;
      dispatch(
        'READY',
        {
          v: 10,
          user: BOT,
          guilds,
          session_id: sessionId(shard),
          resume_gateway_url: wsUrl,
          application: { id: BOT.id, flags: 0 },
          shard: [shard, shardCount],
        },
        to,
      );
      // discord.js waits up to 15 s for every guild READY lists, unless it arrives.
      if (guilds.length > 0) dispatch('GUILD_CREATE', GUILD, to);
      sessions.add(socket);
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  wsUrl = `ws://127.0.0.1:${port}`;

  return {
    /** Channel messages actually created (a repeated enforced nonce creates none). */
    created,
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    identifies,
    resumes,
    dispatch,
    /** How many gateway connections have a session (identified or resumed) right now. */
    sessionCount: () => [...sessions].filter((socket) => socket.readyState === socket.OPEN).length,
    /** Whether a connection running `shard` has a session now (events for it would arrive). */
    shardUp: (shard: number) =>
      [...sessions].some(
        (socket) => socket.readyState === socket.OPEN && shardOf.get(socket) === shard,
      ),
    shardCount,
    /**
     * Closes every gateway connection with `code`, as Discord does: 4000 (unknown error) makes
     * the client resume its session, 1000 makes it identify afresh.
     */
    closeGateway(code: number, reason = 'closed by the fake') {
      for (const socket of sockets) {
        sessions.delete(socket);
        socket.close(code, reason);
      }
    },
    /** Answers every request to a route `delayMs()` later, until the returned function is called. */
    slowDown(method: string, path: RegExp, delayMs: number | (() => number)): () => void {
      const slowdown = {
        method,
        path,
        delayMs: typeof delayMs === 'number' ? () => delayMs : delayMs,
      };
      slowdowns.push(slowdown);
      return () => {
        const index = slowdowns.indexOf(slowdown);
        if (index >= 0) slowdowns.splice(index, 1);
      };
    },
    /** Answers the next request to a route with `response` instead of the usual answer. */
    overrideOnce(
      method: string,
      path: RegExp,
      response: FakeResponse | ((r: RecordedRequest) => FakeResponse),
    ) {
      overrides.push({
        method,
        path,
        respond: typeof response === 'function' ? response : () => response,
      });
    },
    /** The first request (after `since` requests) matching `test`, waiting for it if need be. */
    waitFor(test: (request: RecordedRequest) => boolean, since = 0, timeoutMs = 5000) {
      return new Promise<RecordedRequest>((resolve, reject) => {
        const check = () => {
          const found = requests.slice(since).find(test);
          if (!found) return false;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const listener = () => void check();
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        listeners.add(listener);
        check();
      });
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** The shard that owns a guild, by Discord's rule: (guild_id >> 22) % shard count. */
export function shardFor(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}
