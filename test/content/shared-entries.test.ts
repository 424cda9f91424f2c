import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { internHead, splitBriefing } from '../../src/content/lean-briefing.ts';
import { briefingData } from '../helpers/briefings.ts';

const ada = { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'Mathematician', aliases: ['Ada'] };
const head = (id: string, person: Record<string, unknown>) =>
  internHead(
    splitBriefing(briefingSchema.parse(briefingData({ id, people: [{ ...person }] }))).head,
  );

describe('speaker entries shared across briefing heads', () => {
  it('shares an entry described identically, and keeps a different one apart', () => {
    const one = head('one', ada);
    const two = head('two', ada);
    const three = head('three', { ...ada, role: 'Countess' });
    expect(two.people[0]).toBe(one.people[0]);
    expect(three.people[0]).not.toBe(one.people[0]);
    expect(three.people[0]).toEqual({ ...ada, role: 'Countess' });
    expect(one.people[0]).toEqual(ada);
  });

  it('keeps apart entries whose texts only run together the same way', () => {
    const variants = [
      { ...ada, aliases: ['Love', 'lace'] },
      { ...ada, aliases: ['Lovelace'] },
      { ...ada, aliases: ['Lo', 've', 'lace'] },
      { ...ada, role: 'Mathematician12:organisation' },
      { ...ada, role: 'Mathematician', organisation: '12:organisation' },
      { ...ada, aliases: [] },
    ];
    const heads = variants.map((person, i) => head(`v${i}`, person));
    const entries = new Set(heads.map((h) => h.people[0]));
    expect(entries.size).toBe(variants.length);
    heads.forEach((h, i) => {
      expect(h.people[0]).toEqual(variants[i]);
    });
  });
});

describe('speaker entries described in many ways', () => {
  it('reads every description back as written, sharing the recent ones', () => {
    const roles = Array.from({ length: 12 }, (_, i) => `Role ${i}`);
    const first = roles.map((role, i) => head(`a${i}`, { ...ada, role }));
    const again = roles.map((role, i) => head(`b${i}`, { ...ada, role }));
    again.forEach((h, i) => {
      expect(h.people[0]).toEqual({ ...ada, role: roles[i] });
    });
    // The last descriptions met are still kept: the same description is one object.
    expect(again.at(-1)?.people[0]).toBe(head('c', { ...ada, role: roles.at(-1) }).people[0]);
    expect(first.at(-1)?.people[0]).not.toBe(first.at(-2)?.people[0]);
  });

  it('never shares entries whose lists differ in order or hold more than text', () => {
    const one = head('x1', { ...ada, aliases: ['Ada', 'Countess'] });
    const two = head('x2', { ...ada, aliases: ['Countess', 'Ada'] });
    expect(two.people[0]).not.toBe(one.people[0]);
    expect(two.people[0]).toEqual({ ...ada, aliases: ['Countess', 'Ada'] });
  });
});
