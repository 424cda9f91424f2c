import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One call to the fake Web API, with its form or JSON body parsed (`blocks` too). */
export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** When it arrived (performance.now()). */
  at: number;
  /** The HTTP status it was answered with (429 or 5xx when told to fail it). */
  status?: number;
}

/** One POST to a fake `response_url`. */
export interface ResponsePost {
  path: string;
  body: Record<string, unknown>;
  at: number;
}

type Answer = (body: Record<string, unknown>) => Record<string, unknown>;
type Override = {
  status: number;
  headers: Record<string, string>;
  json: unknown;
  /** Only a call whose body passes this gets the override; others are answered as usual. */
  when?: (body: Record<string, unknown>) => boolean;
};

/** An answer the fake gives once instead of the usual one (an HTTP error, a rate limit). */
export interface FakeSlackAnswer {
  status: number;
  headers?: Record<string, string>;
  json: unknown;
}

/**
 * Looked at before a Web API call is answered: an answer it returns (a 429 with `retry-after`)
 * replaces the usual one. The bench's rate limits use it.
 */
export type SlackGate = (method: string, body: Record<string, unknown>) => Override | undefined;

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = value;
    // The Web API client sends structured arguments (`blocks`, `view`) as JSON strings.
    if (/^[[{]/.test(value)) {
      try {
        body[key] = JSON.parse(value);
      } catch {}
    }
  }
  return body;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

async function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A fake Slack on 127.0.0.1: the Web API under `/api/`, `response_url`s under `/respond/`, and a
 * Socket Mode WebSocket at `/socket`. It records everything it is sent, answers each method with
 * a plausible default, and can be told to answer a method differently (an error, a 429).
 */
export async function startFakeSlack(options: { gate?: SlackGate } = {}) {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const answers = new Map<string, Answer>();
  const overrides = new Map<string, Override[]>();
  const sockets: WebSocket[] = [];
  const socketMessages: Record<string, unknown>[] = [];
  let ts = 1_700_000_000;
  /** What was posted in each channel, newest last, as conversations.history returns it. */
  const posted = new Map<string, Record<string, unknown>[]>();
  /** Per-method delays before answering (a slow Slack); the call's effect happens at once. */
  const slowdowns = new Map<string, () => number>();

  const server = createServer(async (req, res) => {
    const raw = await read(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const at = performance.now();
    const delayMs = slowdowns.get(url.pathname.replace(/^\/api\//, ''))?.() ?? 0;
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      const write = () => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      };
      if (delayMs > 0) setTimeout(write, delayMs);
      else write();
    };
    if (url.pathname.startsWith('/respond/')) {
      responses.push({ path: url.pathname, body: parseBody(raw, req.headers['content-type']), at });
      return send(200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const body = parseBody(raw, req.headers['content-type']);
    const call: ApiCall = { method, body, headers: req.headers, at };
    calls.push(call);
    const queue = overrides.get(method) ?? [];
    const index = queue.findIndex((o) => o.when === undefined || o.when(body));
    const gated = options.gate?.(method, body);
    const override = gated ?? (index >= 0 ? queue.splice(index, 1)[0] : undefined);
    call.status = override?.status ?? 200;
    if (override) return send(override.status, override.json, override.headers);
    const answer = answers.get(method) ?? defaults[method] ?? (() => ({ ok: true }));
    send(200, answer(body));
  });
  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => socketMessages.push(JSON.parse(String(data))));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const defaults: Record<string, Answer> = {
    'auth.test': () => ({ ok: true, team_id: 'T0001', user_id: 'UBOT', bot_id: 'BBOT' }),
    'chat.postMessage': (body) => {
      const message = {
        ts: `${ts++}.000100`,
        text: body.text,
        ...(body.metadata ? { metadata: body.metadata } : {}),
      };
      const channel = String(body.channel);
      posted.set(channel, [...(posted.get(channel) ?? []), message]);
      return { ok: true, channel, ts: message.ts };
    },
    'conversations.history': (body) => ({
      ok: true,
      // Slack lists newest first, and includes metadata only when asked to.
      messages: [...(posted.get(String(body.channel)) ?? [])]
        .reverse()
        .slice(0, Number(body.limit ?? 100))
        .map((message) =>
          String(body.include_all_metadata) === 'true'
            ? message
            : { ...message, metadata: undefined },
        ),
    }),
    'chat.postEphemeral': () => ({ ok: true, message_ts: `${ts++}.000200` }),
    'conversations.open': (body) => ({ ok: true, channel: { id: `D${String(body.users)}` } }),
    'users.info': (body) => ({ ok: true, user: { id: body.user, is_admin: false } }),
    'views.publish': () => ({ ok: true, view: { id: 'V0001' } }),
    'apps.connections.open': () => ({ ok: true, url: `ws://127.0.0.1:${port}/socket` }),
  };

  return {
    url: base,
    /** The Web API base, as SLACK_API_URL. */
    apiUrl: `${base}/api/`,
    calls,
    responses,
    /** Messages posted per channel, oldest first. */
    posted,
    socketMessages,
    /** A fresh `response_url` on this fake. */
    responseUrl: (name: string) => `${base}/respond/${name}`,
    /** Answers every later call to `method` with `answer(body)`. */
    answer(method: string, answer: Answer) {
      answers.set(method, answer);
    },
    /** `method` answers normally `successes` times, then fails once with `{ ok: false, error }`. */
    failAfter(method: string, successes: number, error: string) {
      let count = 0;
      answers.set(method, (body) => {
        count++;
        if (count <= successes) return (defaults[method] ?? (() => ({ ok: true })))(body);
        answers.delete(method);
        return { ok: false, error };
      });
    },
    /** The next call to `method` fails with `{ ok: false, error }`. */
    failOnce(method: string, error: string) {
      const queue = overrides.get(method) ?? [];
      queue.push({ status: 200, headers: {}, json: { ok: false, error } });
      overrides.set(method, queue);
    },
    /**
     * The next call to `method` (that passes `when`, if given) gets this answer instead: a 5xx,
     * or a 429 with any headers.
     */
    overrideOnce(
      method: string,
      answer: FakeSlackAnswer,
      when?: (body: Record<string, unknown>) => boolean,
    ) {
      const queue = overrides.get(method) ?? [];
      queue.push({
        status: answer.status,
        headers: answer.headers ?? {},
        json: answer.json,
        ...(when ? { when } : {}),
      });
      overrides.set(method, queue);
    },
    /**
     * Every later call to `method` is answered `delayMs()` later (its effect, such as a posted
     * message, happens at once), until the returned function is called.
     */
    slowDown(method: string, delayMs: number | (() => number)): () => void {
      const delay = typeof delayMs === 'number' ? () => delayMs : delayMs;
      slowdowns.set(method, delay);
      return () => {
        if (slowdowns.get(method) === delay) slowdowns.delete(method);
      };
    },
    /** The next call to `method` gets HTTP 429 with `retry-after` in seconds. */
    rateLimitOnce(method: string, retryAfterSeconds: number) {
      const queue = overrides.get(method) ?? [];
      queue.push({
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds) },
        json: { ok: false, error: 'ratelimited' },
      });
      overrides.set(method, queue);
    },
    callsTo: (method: string) => calls.filter((call) => call.method === method),
    /** Waits until `method` has been called `count` times, and returns those calls. */
    waitForCalls(method: string, count = 1, timeoutMs = 5000): Promise<ApiCall[]> {
      return until(
        () => {
          const found = calls.filter((call) => call.method === method);
          return found.length >= count ? found : undefined;
        },
        timeoutMs,
        `${count} call(s) to ${method}`,
      );
    },
    waitForResponses(count = 1, timeoutMs = 5000): Promise<ResponsePost[]> {
      return until(
        () => (responses.length >= count ? responses.slice() : undefined),
        timeoutMs,
        `${count} response_url post(s)`,
      );
    },
    /** Waits for the first Socket Mode connection. */
    waitForSocket(timeoutMs = 5000): Promise<WebSocket> {
      return until(() => sockets[0], timeoutMs, 'a Socket Mode connection');
    },
    waitForSocketMessage(envelopeId: string, timeoutMs = 5000) {
      return until(
        () => socketMessages.find((message) => message.envelope_id === envelopeId),
        timeoutMs,
        `the ack of envelope ${envelopeId}`,
      );
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
