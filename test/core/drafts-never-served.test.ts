import { afterAll, describe, expect, it } from 'vitest';
import { homeView } from '../../src/adapters/slack/home-view.ts';
import { type Briefing, briefingSchema } from '../../src/content/briefing-schema.ts';
import { argSpecs } from '../../src/core/command.ts';
import { registry } from '../../src/core/commands/index.ts';
import { suggest } from '../../src/core/complete.ts';
import { dispatch, dispatchText } from '../../src/core/dispatch.ts';
import { composeDigest } from '../../src/digests/compose-digest.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData, context, seedBriefings } from '../helpers/briefings.ts';
import { createTestDigests } from '../helpers/digests.ts';

/**
 * Words that appear in no shipped briefing, so finding one in a reply means the draft leaked. A
 * reply may echo what was typed ("no briefing matches zephyrine"); only words not typed count.
 * The last two are in the draft's texts and are never typed.
 */
const UNIQUE = [
  'zephyrine',
  'quillon',
  'vantablack',
  'glimmerstone',
  'obsidianvale',
  'marrowlight',
  'thistlequay',
];
const TYPED = UNIQUE.slice(0, 5);

/** What was typed, and the answer as text. */
interface Answer {
  typed: string;
  text: string;
}

function withDraft(draft: boolean): Briefing {
  return briefingSchema.parse(
    briefingData({
      id: 'zephyrine-quarry',
      aliases: ['obsidianvale'],
      title: 'Zephyrine quarry accord',
      draft,
      // Newer than every shipped briefing, so it would head every list it reached.
      updated: '2030-01-01',
      summary: 'The Zephyrine quarry at Obsidianvale reopened under the Marrowlight accord.',
      keyPoints: [{ text: 'Glimmerstone exports resume from Zephyrine.', paragraphs: [1] }],
      tags: ['glimmerstone'],
      people: [
        {
          id: 'quillon-vantablack',
          name: 'Quillon Vantablack',
          role: 'Zephyrine quarry master',
          aliases: ['Vantablack'],
        },
      ],
      statements: [
        {
          speaker: 'quillon-vantablack',
          kind: 'direct',
          text: 'Glimmerstone will flow again',
          context: '“Glimmerstone will flow again,” Vantablack said of Zephyrine at Thistlequay.',
          paragraph: 1,
          notable: true,
          about: ['glimmerstone'],
        },
      ],
    }),
  );
}

/** Every way a reader can reach a briefing, each answer as text. */
async function everyAnswer(briefing: Briefing): Promise<Answer[]> {
  const library = createLibrary([...seedBriefings(), briefing]);
  await library.textReady();
  const digests = createTestDigests(library);
  const answers: Answer[] = [];
  const note = (typed: string, answer: unknown) =>
    answers.push({ typed: typed.toLowerCase(), text: JSON.stringify(answer).toLowerCase() });
  const probes = ['', ...TYPED, 'zephyrine-quarry', 'quillon-vantablack', 'Quillon Vantablack'];
  try {
    const ctx = { ...context(library), digests: digests.service };
    for (const command of registry) {
      const specs = argSpecs(command).filter((spec) => spec.type === 'string');
      for (const probe of probes) {
        // Each string argument in turn, and all of them at once.
        const shapes = [
          Object.fromEntries(specs.map((spec) => [spec.name, probe])),
          ...specs.map((spec) => ({ [spec.name]: probe })),
        ];
        for (const args of shapes) {
          note(probe, await dispatch(registry, { command: command.name, args }, ctx));
        }
      }
      for (const spec of argSpecs(command)) {
        if (spec.complete === undefined) continue;
        for (const probe of probes) {
          note(probe, suggest(library, spec.complete, probe.slice(0, 5)));
          note(probe, suggest(library, spec.complete, probe));
        }
      }
    }
    for (const text of [
      'what did quillon vantablack say?',
      'who is vantablack?',
      'brief me on zephyrine',
      'quotes from vantablack about glimmerstone',
      'zephyrine',
    ]) {
      note(text, await dispatchText(registry, text, ctx));
    }
    for (const topics of [[], ['zephyrine-quarry']]) {
      const request = { topics, since: null, notifyEmpty: true, footer: 'test' };
      note('', composeDigest(library, request));
    }
    note('', homeView(library, registry));
  } finally {
    digests.stop();
  }
  return answers;
}

const leaks = (answers: Answer[]) =>
  UNIQUE.filter((word) =>
    answers.some((answer) => answer.text.includes(word) && !answer.typed.includes(word)),
  );

describe('drafts are never served to readers', () => {
  const stopped: (() => void)[] = [];
  afterAll(() => {
    for (const stop of stopped) stop();
  });

  it('reaches the briefing through every probe once it is published (the probes work)', async () => {
    expect(leaks(await everyAnswer(withDraft(false)))).toEqual(UNIQUE);
  });

  it('shows no word of a draft in any command, menu, autocomplete, DM, digest or App Home', async () => {
    expect(leaks(await everyAnswer(withDraft(true)))).toEqual([]);
  });

  it('keeps a draft out of the library however it is given', () => {
    const library = createLibrary([withDraft(true)]);
    expect(library.briefings()).toEqual([]);
    library.update([...seedBriefings(), withDraft(true)]);
    expect(library.briefing('zephyrine-quarry')).toBeUndefined();
    expect(library.speaker('quillon-vantablack')).toBeUndefined();
    library.update([withDraft(false)]);
    expect(library.briefing('zephyrine-quarry')?.title).toBe('Zephyrine quarry accord');
  });
});
