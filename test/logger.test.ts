import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

describe('the logger', () => {
  it('never writes a secret value, whatever field or message carries it', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk) => {
      text += chunk;
    });
    const secret = 'xoxb-very-secret-token-value';
    const log = createLogger({ level: 'info', secrets: [secret], destination: out });
    log.info(
      { token: secret, nested: { token: secret }, url: `https://x/?t=${secret}` },
      `starting with ${secret}`,
    );
    log.error({ err: new Error(`bad token ${secret}`) }, 'failed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(text).toContain('[redacted]');
    expect(text).toContain('starting with');
    expect(text).not.toContain(secret);
  });
});
