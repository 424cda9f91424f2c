import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** Whether the process can do its work, and if not, why. */
export interface Readiness {
  ready: boolean;
  /** What is missing, in words: "discord not connected", "digest database not open". */
  problems: string[];
}

export interface OpsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  readiness(): Readiness;
}

/**
 * The operator's endpoints, on their own port so that a load balancer or Prometheus never needs
 * the chat platforms' ports: `/healthz` (the process answers), `/readyz` (connected to its
 * platforms and its database; 503 with the reasons otherwise) and `/metrics`.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'method not allowed\n');
      return;
    }
    if (path === '/healthz') {
      send(200, 'application/json', '{"status":"ok"}\n');
    } else if (path === '/readyz') {
      const state = options.readiness();
      send(state.ready ? 200 : 503, 'application/json', `${JSON.stringify(state)}\n`);
    } else if (path === '/metrics') {
      options.registry.metrics().then(
        (text) => send(200, options.registry.contentType, text),
        () => send(500, 'text/plain; charset=utf-8', 'metrics unavailable\n'),
      );
    } else {
      send(404, 'text/plain; charset=utf-8', 'not found: try /healthz, /readyz or /metrics\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
