import { createApp } from '../src/app/create-app.ts';
import { loadConfig } from '../src/config.ts';
import type { Library } from '../src/library/library.ts';
import type { Logger } from '../src/logger.ts';
import type { RunningPlatform } from '../src/platform.ts';

/**
 * Briefbot as `npm start` builds it (createApp), connected to one fake platform on loopback and
 * serving `library`. The bench runs its own digest scheduler, so the app's stays closed.
 */
export async function startBenchApp(
  env: Record<string, string>,
  library: Library,
  log: Logger,
): Promise<RunningPlatform> {
  const app = createApp(loadConfig({ ...env, PORT: '0' }), {
    library,
    log,
    digests: false,
    slack: { host: '127.0.0.1' },
  });
  const [platform] = await app.connect();
  if (platform === undefined) throw new Error('no platform configured for the bench');
  return { ...platform, stop: () => app.stop() };
}
