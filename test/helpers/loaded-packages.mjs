// Preloaded into a bot process by a test (`node --import`): as the process exits, it writes the
// packages it loaded to stderr, one line starting LOADED. Packages loaded through Node's CommonJS
// loader (pg, pg-boss, ioredis, piscina, and those tsx resolves to CommonJS) are in its cache; ES
// modules are not listed anywhere, so a loader hook reports each module as it is loaded.
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
port1.unref();
register('./loaded-modules-hook.mjs', {
  parentURL: import.meta.url,
  data: { port: port2 },
  transferList: [port2],
});

process.on('exit', () => {
  const packages = new Set();
  for (const file of [...Object.keys(require.cache), ...loaded]) {
    const found = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (found) packages.add(found[1]);
  }
  process.stderr.write(`LOADED ${[...packages].sort().join(' ')}\n`);
});
