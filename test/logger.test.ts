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

describe('the logger, on URLs that carry a reply credential', () => {
  it('keeps the shape of Discord interaction and Slack response URLs, not their tokens', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk) => {
      text += chunk;
    });
    const log = createLogger({ level: 'info', destination: out });
    const interaction = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZg';
    const slack = 'bXlzZWNyZXRyZXNwb25zZXVybHRva2Vu';
    log.error(
      {
        err: new Error('403'),
        url: `https://discord.com/api/v10/interactions/1234567890123456789/${interaction}/callback`,
        edit: `https://discord.com/api/v10/webhooks/1100000000000000001/${interaction}/messages/@original`,
        respond: `https://hooks.slack.com/commands/T0001/1234567890/${slack}`,
      },
      'reply failed',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(text).not.toContain(interaction);
    expect(text).not.toContain(slack);
    expect(text).toContain('/interactions/1234567890123456789/[redacted]/callback');
    expect(text).toContain('/webhooks/1100000000000000001/[redacted]/messages/@original');
    expect(text).toContain('hooks.slack.com/commands/T0001/1234567890/[redacted]');
  });
});
