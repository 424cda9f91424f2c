import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/content/check-library.ts';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { deriveBriefing } from '../../src/derive/derive.ts';
import { evaluate, readLabelled } from '../../src/derive/evaluate.ts';

const root = 'test/fixtures/articles';
const folders = [
  ...['', 'held-out', 'held-out-2', 'held-out-3'].map((dir) => join(root, dir)),
  'test/fixtures/real-news/development',
  'test/fixtures/real-news/held-out',
  'test/fixtures/real-news/held-out-2',
  'test/fixtures/real-news/held-out-3',
  'test/fixtures/real-news/held-out-4',
  'test/fixtures/real-news/held-out-5',
  'test/fixtures/real-news/held-out-6',
  'test/fixtures/real-news/held-out-7',
  'test/fixtures/real-news/held-out-8',
  'test/fixtures/real-news/held-out-9',
  'test/fixtures/real-news/held-out-10',
  'test/fixtures/real-news/held-out-11',
  'test/fixtures/real-news/held-out-12',
  'test/fixtures/real-news/held-out-13',
  'test/fixtures/real-news/held-out-14',
  'test/fixtures/real-news/held-out-15',
  'test/fixtures/real-news/held-out-16',
  'test/fixtures/real-news/held-out-17',
  'test/fixtures/real-news/held-out-18',
  'test/fixtures/real-news/held-out-19',
  'test/fixtures/real-news/held-out-20',
  'test/fixtures/real-news/held-out-21',
  'test/fixtures/real-news/held-out-22',
  'test/fixtures/real-news/held-out-23',
  'test/fixtures/real-news/held-out-24',
  'test/fixtures/real-news/held-out-25',
  'test/fixtures/real-news/held-out-26',
  'test/fixtures/real-news/held-out-27',
  'test/fixtures/real-news/held-out-28',
  'test/fixtures/real-news/held-out-29',
  'test/fixtures/real-news/held-out-30',
  'test/fixtures/real-news/held-out-31',
  'test/fixtures/real-news/held-out-32',
  'test/fixtures/real-news/held-out-33',
  'test/fixtures/real-news/held-out-34',
  'test/fixtures/real-news/held-out-35',
  'test/fixtures/real-news/held-out-36',
  'test/fixtures/real-news/held-out-37',
  'test/fixtures/real-news/held-out-38',
  'test/fixtures/real-news/held-out-39',
  'test/fixtures/real-news/held-out-40',
  'test/fixtures/real-news/held-out-41',
  'test/fixtures/real-news/held-out-42',
  'test/fixtures/real-news/held-out-43',
  'test/fixtures/real-news/held-out-44',
  'test/fixtures/real-news/held-out-45',
  'test/fixtures/real-news/held-out-46',
  'test/fixtures/real-news/held-out-47',
  'test/fixtures/real-news/held-out-48',
  'test/fixtures/real-news/held-out-49',
  'test/fixtures/real-news/held-out-50',
  'test/fixtures/real-news/held-out-51',
  'test/fixtures/real-news/held-out-52',
  'test/fixtures/real-news/held-out-53',
  'test/fixtures/real-news/held-out-54',
  'test/fixtures/real-news/held-out-55',
  'test/fixtures/real-news/held-out-56',
  'test/fixtures/real-news/held-out-57',
  'test/fixtures/real-news/held-out-58',
  'test/fixtures/real-news/held-out-59',
  'test/fixtures/real-news/held-out-60',
  'test/fixtures/real-news/held-out-61',
  'test/fixtures/real-news/held-out-62',
  'test/fixtures/real-news/held-out-63',
  'test/fixtures/real-news/held-out-64',
  'test/fixtures/real-news/held-out-65',
  'test/fixtures/real-news/held-out-66',
  'test/fixtures/real-news/held-out-67',
  'test/fixtures/real-news/held-out-68',
  'test/fixtures/real-news/held-out-69',
  'test/fixtures/real-news/held-out-70',
  'test/fixtures/real-news/held-out-71',
  'test/fixtures/real-news/held-out-72',
  'test/fixtures/real-news/held-out-73',
  'test/fixtures/real-news/held-out-74',
  'test/fixtures/real-news/held-out-75',
  'test/fixtures/real-news/held-out-76',
  'test/fixtures/real-news/held-out-77',
  'test/fixtures/real-news/held-out-78',
  'test/fixtures/real-news/held-out-79',
  'test/fixtures/real-news/held-out-80',
  'test/fixtures/real-news/held-out-81',
  'test/fixtures/real-news/held-out-82',
  'test/fixtures/real-news/held-out-83',
  'test/fixtures/real-news/held-out-84',
  'test/fixtures/real-news/held-out-85',
  'test/fixtures/real-news/held-out-86',
  'test/fixtures/real-news/held-out-87',
  'test/fixtures/real-news/held-out-88',
  'test/fixtures/real-news/held-out-89',
  'test/fixtures/real-news/held-out-90',
  'test/fixtures/real-news/held-out-91',
  'test/fixtures/real-news/held-out-92',
  'test/fixtures/real-news/held-out-93',
  'test/fixtures/real-news/held-out-94',
  'test/fixtures/real-news/held-out-95',
  'test/fixtures/real-news/held-out-96',
  'test/fixtures/real-news/held-out-97',
  'test/fixtures/real-news/held-out-98',
  'test/fixtures/real-news/held-out-99',
  'test/fixtures/real-news/held-out-100',
  'test/fixtures/real-news/held-out-101',
  'test/fixtures/real-news/held-out-102',
  'test/fixtures/real-news/held-out-103',
  'test/fixtures/real-news/held-out-104',
  'test/fixtures/real-news/held-out-105',
  'test/fixtures/real-news/held-out-106',
  'test/fixtures/real-news/held-out-107',
  'test/fixtures/real-news/held-out-108',
  'test/fixtures/real-news/held-out-109',
  'test/fixtures/real-news/held-out-110',
  'test/fixtures/real-news/held-out-111',
  'test/fixtures/real-news/held-out-112',
  'test/fixtures/real-news/held-out-113',
  'test/fixtures/real-news/held-out-114',
  'test/fixtures/real-news/held-out-115',
  'test/fixtures/real-news/held-out-116',
  'test/fixtures/real-news/held-out-117',
  'test/fixtures/real-news/held-out-118',
  'test/fixtures/real-news/held-out-119',
  'test/fixtures/real-news/held-out-120',
  'test/fixtures/real-news/held-out-121',
  'test/fixtures/real-news/held-out-122',
  'test/fixtures/real-news/held-out-123',
  'test/fixtures/real-news/held-out-124',
  'test/fixtures/real-news/held-out-125',
];
const articles = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => join(dir, file)),
);

describe('drafts of the fixture articles', () => {
  it.each(articles)('%s drafts to a briefing that validates with no problem', (file) => {
    const { yaml, briefing } = deriveBriefing(readFileSync(file, 'utf8'), {
      id: 'fixture',
      fallbackDate: '2000-01-01',
    });
    expect(parseBriefing('fixture.yaml', yaml).problems).toEqual([]);
    expect(checkLibrary([{ file: 'fixture.yaml', briefing }]).findings).toEqual([]);
  });

  // One test per article rather than one for all: drafting every article twice took 10 s on a
  // quiet 2-core machine and passed the 20 s limit when the machine was busy.
  it.each(articles)('%s drafts byte for byte the same every time', (file) => {
    const text = readFileSync(file, 'utf8');
    const options = { fallbackDate: '2000-01-01' };
    expect(deriveBriefing(text, options).yaml).toBe(deriveBriefing(text, options).yaml);
  });

  it('find every quote of the seed and pattern articles with its speaker', () => {
    const { files } = evaluate(readLabelled(root), 0);
    const missed = files
      .filter((f) => f.score.exact.f1 < 1 || f.score.speakers.value !== 1)
      .map((f) => f.name);
    expect(missed).toEqual([]);
    expect(files.map((f) => f.name)).toContain('russia-dprk');
  });
});
