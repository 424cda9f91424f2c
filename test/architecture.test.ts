import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the platform-neutral core', () => {
  it('never imports a chat platform library or an adapter', () => {
    const offenders: string[] = [];
    for (const file of [...sources('src/core'), ...sources('src/content')]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const target = match[1] ?? '';
        if (/^(discord\.js|@slack\/|@discordjs\/)/.test(target) || target.includes('/adapters/')) {
          offenders.push(`${file} imports ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('never writes to the console from the core', () => {
    const offenders = [...sources('src/core'), ...sources('src/content')].filter((file) =>
      /\bconsole\.(log|error|warn|info)\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
