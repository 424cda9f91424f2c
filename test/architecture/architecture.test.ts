import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/commands/index.ts';
import { duplicateNames, readTree, violations } from './check-architecture.ts';

const tree = readTree('.', ['src', 'fakes', 'test', 'bench', 'soak']);

describe('the architecture (docs/architecture.md)', () => {
  it('keeps every import between parts to the ones the table allows, with no platform library outside the adapters, no import cycle and no file over 400 lines', () => {
    expect(violations(tree)).toEqual([]);
  });

  it('has a registry in which every command name is unique', () => {
    expect(registry.length).toBeGreaterThan(0);
    expect(duplicateNames(registry.map((command) => command.name))).toEqual([]);
  });

  it('never writes to the console from the core, the library or the content', () => {
    const offenders = Object.entries(tree)
      .filter(([path]) => /^src\/(core|library|content)\//.test(path))
      .filter(([, text]) => /\bconsole\.(log|error|warn|info)\(/.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
