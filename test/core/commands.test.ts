import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { argSpecs, type Command, usage } from '../../src/core/command.ts';
import { findCommand, registry } from '../../src/core/commands/index.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import type { Block, Reply } from '../../src/core/reply.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData, context, seedBriefings, seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();
const run = (command: string, args: Record<string, string | number> = {}, lib = library) =>
  dispatch(registry, { command, args }, context(lib));

const blocksOf = <T extends Block['type']>(reply: Reply, type: T) =>
  reply.blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);

/** A later briefing in which Putin speaks again, to check ordering across briefings. */
const later = briefingSchema.parse(
  briefingData({
    id: 'putin-later',
    title: 'Putin speaks later',
    updated: '2025-03-01',
    source: { publisher: 'Test Times', headline: 'Later', pageDate: '2025-03-01' },
    people: [
      {
        id: 'vladimir-putin',
        name: 'Vladimir Putin',
        role: 'President of Russia',
        aliases: ['Putin'],
      },
    ],
    statements: [
      {
        speaker: 'vladimir-putin',
        kind: 'direct',
        text: 'A later remark',
        context: '“A later remark,” Putin said.',
        paragraph: 2,
      },
    ],
  }),
);

describe('/brief', () => {
  it('gives the title, summary, key points, a notable quote, people, source and as-of date', async () => {
    const reply = await run('brief', { topic: 'russia-dprk' });
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('Putin and Kim sign a strategic partnership in Pyongyang');
    expect(blocksOf(reply, 'paragraph')[0]?.text).toMatch(
      /^Vladimir Putin and Kim Jong Un signed a strategic partnership/,
    );
    expect(blocksOf(reply, 'bullets')[0]?.items).toHaveLength(6);
    expect(blocksOf(reply, 'bullets')[0]?.items.at(-1)).toBe('…and 6 more points');
    expect(blocksOf(reply, 'quote')[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Vladimir Putin',
      text: expect.stringMatching(
        /^We will continue to oppose the practice of suffocating sanctions/,
      ),
    });
    expect(blocksOf(reply, 'fields')[0]?.fields).toEqual([
      {
        name: 'People',
        value:
          'Vladimir Putin, Kim Jong Un, Antony Blinken, Jens Stoltenberg, Shin Won-sik, Jenny Town, Leif-Eric Easley',
      },
      { name: 'Source', value: 'Financial Times, republished by Dlight News, 20 Jul 2024' },
      { name: 'As of', value: '20 Jul 2024' },
    ]);
    const sections = blocksOf(reply, 'choices')[0]?.choices.map((c) => c.invocation.args.section);
    expect(sections).toEqual(['points', 'quotes', 'people', 'background', 'source']);
  });

  it('pages the quotes section, and every page can be reached', async () => {
    const seen: string[] = [];
    let reply = await run('brief', { topic: 'putin-kim', section: 'quotes' });
    expect(reply.page).toMatchObject({ number: 1, count: 5 });
    for (;;) {
      seen.push(...blocksOf(reply, 'quote').map((q) => q.text));
      if (!reply.page?.next) break;
      reply = await dispatch(registry, reply.page.next, context(library));
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
  });

  it('shows the key points with their paragraphs, and the source in full', async () => {
    const points = await run('brief', { topic: 'russia-dprk', section: 'points' });
    expect(blocksOf(points, 'bullets')[0]?.items[0]).toMatch(/\(¶1\)$/);
    const source = await run('brief', { topic: 'russia-dprk', section: 'source' });
    expect(blocksOf(source, 'fields')[0]?.fields.map((f) => f.name)).toEqual([
      'Publisher',
      'Originally published by',
      'Headline',
      'Date on the page',
      'Events',
      'Briefing as of',
    ]);
  });

  it('rejects an unknown section with a clear message', async () => {
    const reply = await run('brief', { topic: 'russia-dprk', section: 'gossip' });
    expect(reply.error?.code).toBe('bad_argument');
    expect(reply.private).toBe(true);
    expect(blocksOf(reply, 'paragraph')[0]?.text).toContain('section');
  });

  it('offers a menu of briefings when no topic is given', async () => {
    const reply = await run('brief');
    expect(reply.private).toBe(true);
    expect(blocksOf(reply, 'choices')[0]?.choices.map((c) => c.invocation)).toEqual([
      { command: 'brief', args: { topic: 'russia-dprk' } },
    ]);
  });
});

describe('/quote', () => {
  it('answers /quote blinken with his reported statement, clearly marked as reported speech', async () => {
    const reply = await run('quote', { person: 'blinken' });
    expect(reply.title).toBe('What Antony Blinken said');
    expect(blocksOf(reply, 'paragraph')[0]?.text).toContain('none of it is a verbatim quote');
    expect(blocksOf(reply, 'quote')).toEqual([
      {
        type: 'quote',
        kind: 'paraphrase',
        speaker: 'Antony Blinken',
        text: 'Russia was desperately trying to cement relations with countries that could provide it with weapons',
        context:
          'US secretary of state Antony Blinken said on Tuesday that Russia was desperately trying to cement relations with countries that could provide it with weapons.',
        source:
          'on Tuesday (18 Jun 2024) · Financial Times, republished by Dlight News, 20 Jul 2024 · ¶16 · /brief russia-dprk',
      },
    ]);
  });

  it('lists statements newest first across briefings, in article order within one', async () => {
    const lib = createLibrary([...seedBriefings(), later]);
    const reply = await run('quote', { person: 'putin' }, lib);
    const quotes = blocksOf(reply, 'quote');
    expect(quotes[0]?.text).toBe('A later remark');
    expect(quotes.slice(1).map((q) => q.source.match(/¶(\d+)/)?.[1])).toEqual(['1', '2', '2', '3']);
    expect(reply.page).toMatchObject({ number: 1, count: 3 });
  });

  it('narrows to statements about a subject, or to one briefing', async () => {
    const about = await run('quote', { person: 'putin', topic: 'sanctions' });
    // ¶1–3 mention sanctions (or are tagged `about: sanctions`); his later statements do not.
    expect(blocksOf(about, 'quote').map((q) => q.source.match(/¶(\d+)/)?.[1])).toEqual([
      '1',
      '2',
      '2',
      '3',
      '3',
    ]);
    const lib = createLibrary([...seedBriefings(), later]);
    const one = await run('quote', { person: 'putin', topic: 'putin-later' }, lib);
    expect(blocksOf(one, 'quote').map((q) => q.text)).toEqual(['A later remark']);
  });

  it('includes what a group the person belongs to said, under the group name', async () => {
    const reply = await run('quote', { person: 'kim' });
    expect(blocksOf(reply, 'quote').map((q) => [q.speaker, q.kind])).toEqual([
      ['Putin and Kim', 'paraphrase'],
      ['Kim Jong Un', 'partial'],
      ['Kim Jong Un', 'paraphrase'],
    ]);
  });

  it('says so when the person said nothing about the subject', async () => {
    const reply = await run('quote', { person: 'blinken', topic: 'football' });
    expect(reply.error?.code).toBe('no_statements');
    expect(blocksOf(reply, 'paragraph')[0]?.text).toBe(
      'Antony Blinken said nothing about "football" in the briefings.',
    );
  });

  it('answers an unknown person with suggestions, privately', async () => {
    const reply = await run('quote', { person: 'stoltz' });
    expect(reply).toMatchObject({ private: true, error: { code: 'unknown_person' } });
    expect(blocksOf(reply, 'choices')[0]?.choices[0]?.invocation).toEqual({
      command: 'quote',
      args: { person: 'jens-stoltenberg' },
    });
  });
});

describe('/who, /topics, /search and /help', () => {
  it('/who gives role, organisation, briefings and the number of statements', async () => {
    const reply = await run('who', { person: 'shin won-sik' });
    expect(reply.title).toBe('Shin Won-sik');
    expect(blocksOf(reply, 'fields')[0]?.fields.slice(0, 3)).toEqual([
      { name: 'Role', value: "South Korea's defence minister" },
      { name: 'Organisation', value: 'South Korean government' },
      { name: 'Statements', value: '1 (1 reported)' },
    ]);
    expect(blocksOf(reply, 'bullets')[0]?.items).toEqual([
      'Putin and Kim sign a strategic partnership in Pyongyang (/brief russia-dprk)',
    ]);
  });

  it('/who lists the ten newest briefings of someone in many, and says how many more', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      briefingSchema.parse({
        ...briefingData({ id: `putin-${String(i + 10)}`, title: `Putin story ${i + 10}` }),
        updated: `2025-03-${String(i + 10)}`,
        people: later.people,
        statements: later.statements,
      }),
    );
    const lib = createLibrary();
    lib.update([...seedBriefings(), ...many]);
    const items = blocksOf(await run('who', { person: 'putin' }, lib), 'bullets')[0]?.items ?? [];
    expect(items).toHaveLength(11);
    expect(items[0]).toBe('Putin story 21 (/brief putin-21)');
    expect(items[10]).toBe('and 3 older (/quote vladimir-putin has what they said in each)');
  });

  it('/who with no name lists everyone, people first', async () => {
    const reply = await run('who');
    expect(blocksOf(reply, 'heading').map((h) => h.text)).toEqual(['People', 'Organisations']);
    expect(blocksOf(reply, 'bullets')[0]?.items[0]).toBe('Antony Blinken, US secretary of state');
    expect(reply.page).toMatchObject({ number: 1, count: 2 });
  });

  it('/topics lists briefings newest first', async () => {
    const lib = createLibrary([...seedBriefings(), later]);
    const reply = await run('topics', {}, lib);
    expect(
      blocksOf(reply, 'bullets')[0]?.items.map((item) => item.match(/\/brief ([\w-]+)/)?.[1]),
    ).toEqual(['putin-later', 'russia-dprk']);
  });

  it('/search ranks passages and shows the matching sentence', async () => {
    const reply = await run('search', { words: 'artillery shells' });
    const first = blocksOf(reply, 'paragraph')[0]?.text ?? '';
    expect(blocksOf(reply, 'heading')[0]?.text).toBe(
      'Putin and Kim sign a strategic partnership in Pyongyang',
    );
    expect(first).toMatch(
      /^Statement by Shin Won-sik: Russia had offered technological help .*nearly 5mn artillery shells/,
    );
    expect(blocksOf(reply, 'paragraph')[1]?.text).toMatch(/^Key point: .*artillery shells/);
    expect(blocksOf(reply, 'paragraph').at(-1)?.text).toMatch(/\(\/brief russia-dprk\)$/);
    const none = await run('search', { words: 'qwertyuiop' });
    expect(none.error?.code).toBe('no_results');
  });

  it('/search pages through every matching passage of a briefing, each page new', async () => {
    const first = await run('search', { words: 'sanctions' });
    const second = await run('search', { words: 'sanctions', page: 2 });
    expect(first.page).toMatchObject({ number: 1, count: 2 });
    expect(second.page).toMatchObject({ number: 2, count: 2 });
    const texts = (reply: Reply) => blocksOf(reply, 'paragraph').map((block) => block.text);
    const all = [...texts(first), ...texts(second)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.some((text) => text.includes('suffocating sanctions'))).toBe(true);
    expect(blocksOf(first, 'footer')[0]?.text).toBe(
      '9 matching passages in 1 briefing, best first.',
    );
  });

  it('/search tolerates a typo', async () => {
    const reply = await run('search', { words: 'artilery' });
    expect(blocksOf(reply, 'paragraph')[0]?.text).toContain('artillery');
  });

  it('/help lists every command in the registry with an example', async () => {
    const reply = await run('help');
    const items = blocksOf(reply, 'bullets')[0]?.items ?? [];
    expect(items).toHaveLength(registry.length);
    registry.forEach((command, i) => {
      expect(items[i]).toContain(usage(command));
      expect(items[i]).toContain(`Example: ${command.examples[0]}`);
    });
  });

  it('/help <command> explains every argument', async () => {
    const reply = await run('help', { command: 'brief' });
    const names = blocksOf(reply, 'fields')[0]?.fields.map((f) => f.name);
    expect(names).toEqual(
      argSpecs(findCommand('brief') as Command).map((s) =>
        s.required ? s.name : `${s.name} (optional)`,
      ),
    );
  });

  it('rejects an unknown command', async () => {
    const reply = await run('frobnicate');
    expect(reply.error?.code).toBe('unknown_command');
  });
});

describe('access', () => {
  const guarded = {
    ...(findCommand('topics') as Command),
    name: 'guarded',
    access: 'manage-channel' as const,
  };
  const ask = (caller: Parameters<typeof context>[1]) =>
    dispatch([...registry, guarded], { command: 'guarded', args: {} }, context(library, caller));

  it('refuses a channel-level command to someone who cannot manage the channel', async () => {
    const reply = await ask({ isDirect: false, canManageChannel: false });
    expect(reply).toMatchObject({ private: true, error: { code: 'not_allowed' } });
  });

  it('allows it to channel managers, and to anyone in a DM', async () => {
    expect((await ask({ isDirect: false, canManageChannel: true })).error).toBeUndefined();
    expect((await ask({ isDirect: true, canManageChannel: false })).error).toBeUndefined();
  });
});
