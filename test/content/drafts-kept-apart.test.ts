import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serveBriefings } from '../../src/content/serve-briefings.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';

describe('drafts in the briefings folder', () => {
  it('are kept apart for review with their files, and the library serves only the rest', () => {
    const dir = briefingDir({
      'live.yaml': briefingData({ id: 'live' }),
      'fresh.yaml': briefingData({ id: 'fresh', draft: true }),
    });
    const served = serveBriefings({
      library: createLibrary(),
      dir,
      log: createLogger({ level: 'silent', destination: new PassThrough() }),
      watch: false,
    });
    try {
      expect(served.library.briefings().map((b) => b.id)).toEqual(['live']);
      expect(served.library.briefing('fresh')).toBeUndefined();
      expect(served.drafts().map((d) => [d.briefing.id, d.file])).toEqual([
        ['fresh', join(dir, 'fresh.yaml')],
      ]);
    } finally {
      served.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
