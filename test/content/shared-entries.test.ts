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
