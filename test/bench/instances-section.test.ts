import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runInstances } from '../../bench/instances-scale.ts';
import { parseOptions } from '../../bench/options.ts';
import { formatReport } from '../../bench/run.ts';

describe('the several-processes bench section', () => {
  it('is left out of a quick run unless asked for, and --skip leaves it out of a full one', () => {
    expect(parseOptions(['--quick']).skip).toContain('instances');
    const asked = parseOptions(['--quick', '--instances', '4']);
    expect(asked.skip).not.toContain('instances');
    expect(asked.instances).toMatchObject({ digests: 4, processCounts: [1, 3] });
    expect(parseOptions([]).skip).not.toContain('instances');
    expect(parseOptions(['--skip', 'core,instances']).skip).toEqual(['core', 'instances']);
  });

  it('delivers every digest once with two processes, spreads Slack requests over both, and leaves nothing behind', async () => {
    // Limits scaled down with the fan-out, as --quick scales them, so that they still bind.
    const plan = {
      ...parseOptions(['--quick', '--instances', '4']).instances,
      http: { concurrency: 2, warmupMs: 100, durationMs: 400 },
    };
    const row = await runInstances(plan, 2);

    expect(row.fanout.map((r) => r.platform)).toEqual(['discord', 'slack']);
    for (const r of row.fanout)
      expect(r).toMatchObject({ digests: 4, lost: 0, duplicated: 0, timedOut: false });
    expect(row.deliveredByProcess).toHaveLength(2);
    expect(row.deliveredByProcess.reduce((a, b) => a + b, 0)).toBe(8);
    expect(row.http).toMatchObject({ processes: 2, errors: 0 });
    expect(row.http.byProcess).toHaveLength(2);
    expect(row.http.byProcess.every((count) => count > 0)).toBe(true);

    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await client.connect();
    const schemas = await client.query(
      'SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE $1',
      [`${row.schema}%`],
    );
    await client.end();
    expect(schemas.rows).toEqual([]);
    const redis = new Redis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${row.redisPrefix}*`);
    await redis.quit();
    expect(keys).toEqual([]);

    const { out: _out, corpus: _corpus, ...options } = parseOptions(['--quick']);
    const report = formatReport({
      date: new Date().toISOString(),
      machine: {
        cpu: 'test',
        cores: 1,
        memoryGb: 1,
        os: 'test',
        node: process.version,
        loadAverage: [0, 0, 0],
      },
      options,
      elapsedSeconds: { instances: 1, total: 1 },
      core: [],
      e2e: [],
      fanout: [],
      startup: [],
      feeds: [],
      instances: [row],
      targets: [],
    });
    expect(report).toContain('## 6. Several processes');
    expect(report).toContain('Requests by process');
  }, 180_000);
});
