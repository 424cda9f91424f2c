import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = ['README.md', ...readdirSync('docs').map((name) => join('docs', name))].filter(
  (path) => path.endsWith('.md'),
);

/** Relative link targets in a Markdown page, without their #fragment. */
function localLinks(text: string): string[] {
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
  return targets
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0] ?? '');
}

describe('the documentation', () => {
  it.each(pages)('%s links only to files that exist', (page) => {
    const missing = localLinks(readFileSync(page, 'utf8')).filter(
      (target) => !existsSync(join(dirname(page), target)),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the README to a first five minutes (about 200 lines)', () => {
    expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });

  it('reaches every page in docs/ from the README in one hop', () => {
    const readme = readFileSync('README.md', 'utf8');
    const linked = new Set(localLinks(readme));
    const unreached = readdirSync('docs')
      .filter((name) => name.endsWith('.md'))
      .filter((name) => !linked.has(`docs/${name}`));
    // Pages that only hold a tool's latest figures are reached from the page that explains them.
    expect(unreached.filter((name) => !name.endsWith('-results.md'))).toEqual([]);
  });
});
