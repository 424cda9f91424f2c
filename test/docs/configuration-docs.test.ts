import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  configurationTable,
  schemaVariables,
  variableDocs,
  withConfigurationTable,
} from '../../src/config-reference.ts';

const page = readFileSync('docs/configuration.md', 'utf8');

describe('the configuration reference', () => {
  it('documents exactly the variables the config schema reads', () => {
    expect(Object.keys(variableDocs).sort()).toEqual(schemaVariables().sort());
  });

  it('is the table docs/configuration.md shows (run npm run docs:config when this fails)', () => {
    expect(withConfigurationTable(page)).toBe(page);
  });

  it('shows the defaults the schema really applies', () => {
    const table = configurationTable();
    expect(table).toContain('| `DATA_DIR` | `data` |');
    expect(table).toContain('| `PORT` | `3000` |');
    expect(table).toContain('| `DIGEST_CATCHUP_HOURS` | `6` |');
  });

  it('lists every variable in .env.example too', () => {
    const example = readFileSync('.env.example', 'utf8');
    for (const name of schemaVariables()) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
