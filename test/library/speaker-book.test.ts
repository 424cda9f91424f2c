import { describe, expect, it } from 'vitest';
import type { BriefingHead } from '../../src/content/lean-briefing.ts';
import { createSpeakerBook } from '../../src/library/speaker-book.ts';

type Sections = Partial<Pick<BriefingHead, 'people' | 'organisations' | 'groups'>>;

/** A head with only what the speaker book reads: its id, dates and speaker sections. */
function head(id: string, updated: string, sections: Sections): BriefingHead {
  return {
    id,
    updated,
    source: { pageDate: updated },
    people: [],
    organisations: [],
    groups: [],
    ...sections,
  } as unknown as BriefingHead;
}

function book(...heads: BriefingHead[]) {
  const speakers = createSpeakerBook();
  const touched = new Set<string>();
  for (const h of heads) speakers.add(h, touched);
  for (const id of touched) speakers.refresh(id);
  return { speakers, touched };
}

const putin = (role: string, aliases: string[]) => ({
  id: 'putin',
  name: 'Vladimir Putin',
  role,
  aliases,
});

describe('the speaker book', () => {
  it('describes a speaker by their newest briefing, with every briefing’s aliases', () => {
    const old = head('old', '2024-01-01', { people: [putin('Prime minister', ['Putin'])] });
    const recent = head('new', '2024-06-01', { people: [putin('President', ['VVP'])] });
    for (const order of [
      [old, recent],
      [recent, old],
    ]) {
      const { speakers, touched } = book(...order);
      expect([...touched]).toEqual(['putin']);
      expect(speakers.get('putin')).toEqual({
        id: 'putin',
        name: 'Vladimir Putin',
        kind: 'person',
        role: 'President',
        aliases: expect.arrayContaining(['Putin', 'VVP']),
        members: [],
      });
      expect(speakers.get('putin')?.aliases).toHaveLength(2);
      expect(speakers.briefingIdsOf('putin').sort()).toEqual(['new', 'old']);
    }
  });

  it('breaks a tie in dates by briefing id, whichever was added first', () => {
    const a = head('a', '2024-01-01', { people: [putin('A role', [])] });
    const b = head('b', '2024-01-01', { people: [putin('B role', [])] });
    expect(book(a, b).speakers.get('putin')?.role).toBe('A role');
    expect(book(b, a).speakers.get('putin')?.role).toBe('A role');
  });

  it('takes a group over an organisation over a person, and the last entry of a kind', () => {
    const kremlin = { id: 'kremlin', name: 'The Kremlin', aliases: [] };
    const both = head('b', '2024-01-01', {
      people: [{ id: 'kremlin', name: 'Wrong', aliases: [] }],
      organisations: [
        { ...kremlin, description: 'First' },
        { ...kremlin, description: 'Russian presidency' },
      ],
    });
    expect(book(both).speakers.get('kremlin')).toEqual({
      id: 'kremlin',
      name: 'The Kremlin',
      kind: 'organisation',
      description: 'Russian presidency',
      aliases: [],
      members: [],
    });
    const leaders = {
      id: 'kremlin',
      name: 'Putin and Kim',
      aliases: [],
      members: ['putin', 'kim'],
    };
    const grouped = head('g', '2024-01-01', {
      organisations: [kremlin],
      groups: [leaders],
    });
    expect(book(grouped).speakers.get('kremlin')).toEqual({
      id: 'kremlin',
      name: 'Putin and Kim',
      kind: 'group',
      aliases: [],
      members: ['putin', 'kim'],
    });
  });

  it('knows the groups a speaker belongs to, as briefings come and go', () => {
    const leaders = {
      id: 'leaders',
      name: 'Putin and Kim',
      aliases: [],
      members: ['putin', 'kim'],
    };
    const envoys = { id: 'envoys', name: 'The envoys', aliases: [], members: ['putin'] };
    const one = head('one', '2024-01-01', { people: [putin('President', [])], groups: [leaders] });
    const two = head('two', '2024-02-01', { groups: [envoys] });
    const { speakers } = book(one, two);
    expect(speakers.groupsOf('putin').sort()).toEqual(['envoys', 'leaders']);
    expect(speakers.groupsOf('kim')).toEqual(['leaders']);
    expect(speakers.groupsOf('nobody')).toEqual([]);
    expect(speakers.get('leaders')?.members).toEqual(['putin', 'kim']);
    const touched = new Set<string>();
    speakers.remove(two, touched);
    expect([...touched]).toEqual(['envoys']);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.groupsOf('putin')).toEqual(['leaders']);
    expect(speakers.get('envoys')).toBeUndefined();
    expect(speakers.names.match('the envoys')).toEqual({ exact: false, ranked: [] });
    expect(
      speakers
        .all()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['leaders', 'putin']);
  });

  it('keeps a membership that another briefing still defines when one is removed', () => {
    const leaders = {
      id: 'leaders',
      name: 'Putin and Kim',
      aliases: [],
      members: ['putin', 'kim'],
    };
    const one = head('one', '2024-01-01', { groups: [leaders] });
    const two = head('two', '2024-02-01', { groups: [{ ...leaders, members: ['putin'] }] });
    const { speakers } = book(one, two);
    const touched = new Set<string>();
    speakers.remove(two, touched);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.groupsOf('putin')).toEqual(['leaders']);
    expect(speakers.groupsOf('kim')).toEqual(['leaders']);
    speakers.remove(one, touched);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.groupsOf('putin')).toEqual([]);
  });

  it('forgets a speaker whose every briefing is gone, and finds one left by its names', () => {
    const one = head('one', '2024-01-01', { people: [putin('President', ['Putin'])] });
    const two = head('two', '2024-02-01', { people: [putin('President', [])] });
    const { speakers } = book(one, two);
    const touched = new Set<string>();
    speakers.remove(two, touched);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.get('putin')?.aliases).toEqual(['Putin']);
    expect(speakers.names.match('putin')).toEqual({ exact: true, ids: ['putin'] });
    speakers.remove(one, touched);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.get('putin')).toBeUndefined();
    expect(speakers.briefingIdsOf('putin')).toEqual([]);
    expect(speakers.all()).toEqual([]);
    // A refresh of an id never added changes nothing.
    speakers.refresh('nobody');
    expect(speakers.all()).toEqual([]);
  });

  it('lists a briefing once when it is removed and added back before the speaker is refreshed', () => {
    const one = head('one', '2024-01-01', { people: [putin('President', ['Putin'])] });
    const two = head('two', '2024-02-01', { people: [putin('President', ['VVP'])] });
    const { speakers } = book(one, two);
    const touched = new Set<string>();
    speakers.remove(one, touched);
    speakers.add(one, touched);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.briefingIdsOf('putin')).toEqual(['two', 'one']);
    expect(speakers.get('putin')?.aliases).toEqual(['VVP', 'Putin']);
    // Removed for good this time: listing the speaker already leaves it out, before a refresh.
    speakers.remove(one, touched);
    expect(speakers.briefingIdsOf('putin')).toEqual(['two']);
    speakers.refresh('putin');
    expect(speakers.get('putin')?.aliases).toEqual(['VVP']);
  });

  it('keeps the last of two entries one briefing gives a speaker, in its place', () => {
    const first = { id: 'kremlin', name: 'The Kremlin', aliases: ['First'] };
    const second = { id: 'kremlin', name: 'The Kremlin', aliases: ['Second'] };
    const earlier = head('earlier', '2024-01-01', { organisations: [first, second] });
    const later = head('later', '2024-02-01', { organisations: [second] });
    const { speakers } = book(earlier, later);
    expect(speakers.briefingIdsOf('kremlin')).toEqual(['earlier', 'later']);
    expect(speakers.get('kremlin')?.aliases).toEqual(['Second']);
  });

  it('adds a briefing removed before it was ever added', () => {
    const one = head('one', '2024-01-01', { people: [putin('President', [])] });
    const speakers = createSpeakerBook();
    const touched = new Set<string>();
    speakers.add(head('two', '2024-02-01', { people: [putin('Leader', [])] }), touched);
    speakers.remove(one, touched);
    speakers.add(one, touched);
    for (const id of touched) speakers.refresh(id);
    expect(speakers.briefingIdsOf('putin')).toEqual(['two', 'one']);
    // One whose speaker no briefing defines: nothing to take out, and nothing breaks.
    const stranger = head('stranger', '2024-03-01', {
      people: [{ id: 'nobody', name: 'No One', aliases: [] }],
    });
    const strangers = new Set<string>();
    speakers.remove(stranger, strangers);
    expect([...strangers]).toEqual(['nobody']);
    speakers.refresh('nobody');
    expect(speakers.get('nobody')).toBeUndefined();
    expect(speakers.briefingIdsOf('putin')).toEqual(['two', 'one']);
  });
});
