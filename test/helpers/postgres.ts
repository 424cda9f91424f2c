import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The development and CI server: trust authentication, database `test`. */
export const TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Schemas of one test file on the real server, each fresh and empty, all dropped by `dropAll`
 * (call it in afterAll), so runs and files never see each other's rows.
 */
export function testSchemas(file: string) {
  const prefix = `t_${file
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 16)}_${randomBytes(3).toString('hex')}`;
  const made: string[] = [];
  return {
    /** A new schema name (the store creates the schema itself when it migrates). */
    next(): string {
      const name = `${prefix}_${made.length}`;
      made.push(name);
      return name;
    },
    async dropAll(): Promise<void> {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        for (const name of made) {
          await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
          await client.query(`DROP SCHEMA IF EXISTS "${name}_jobs" CASCADE`);
        }
      } finally {
        await client.end();
      }
    },
  };
}
