// Preloaded into a bot process by a test (`node --import`): as the process exits, it writes the
// packages it loaded through Node's CommonJS loader to stderr, one line starting LOADED.
// Packages imported from ESM that are CommonJS (pg, pg-boss, ioredis, piscina) go through it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    const found = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    if (found) packages.add(found[1]);
  }
  process.stderr.write(`LOADED ${[...packages].sort().join(' ')}\n`);
});
