import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';

/**
 * Folders a test file makes, removed after each test: call once at the top of the file, and pass
 * each folder made through the function it returns.
 */
export function removedAfterEach(): (dir: string) => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (dir) => {
    folders.push(dir);
    return dir;
  };
}
