import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

function capture(format: 'json' | 'pretty', colour = false) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  const log = createLogger({
    level: 'info',
    secrets: ['xoxb-very-secret-token'],
    destination: stream,
    format,
    colour,
  });
  return { log, read: () => text };
}

describe('log lines', () => {
  it('are one JSON object per line by default, for log collectors', () => {
    const { log, read } = capture('json');
    log.warn({ command: 'quote' }, 'slow answer');
    const entry = JSON.parse(read().trim());
    expect(entry).toMatchObject({ level: 40, msg: 'slow answer', command: 'quote' });
  });

  it('are one short readable line each at a terminal: time, level, message and fields', () => {
    const { log, read } = capture('pretty');
    log.warn({ command: 'quote' }, 'slow answer');
    const lines = read().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: slow answer \{"command":"quote"\}$/);
  });

  it('keep secrets out in either format', () => {
    for (const format of ['json', 'pretty'] as const) {
      const { log, read } = capture(format);
      log.error({ detail: 'token xoxb-very-secret-token rejected' }, 'Slack said no');
      expect(read()).not.toContain('xoxb-very-secret-token');
      expect(read()).toContain('[redacted]');
    }
  });

  it('are coloured only when asked', () => {
    const ESC = String.fromCharCode(27);
    expect(capture('pretty').read()).not.toContain(ESC);
    const coloured = capture('pretty', true);
    coloured.log.warn('careful');
    expect(coloured.read()).toContain(ESC);
  });
});
