import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('descriptions that name no new speaker', () => {
  it('reads "as a special envoy" as what someone is made, not someone new', () => {
    const b = draft(
      article(
        'India’s external affairs minister, Pranab Mukherjee, brushed aside reports that the White House may appoint Bill Clinton as a special envoy to the region.',
        '“This issue is to be resolved through dialog between our two countries,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Pranab Mukherjee', 'This issue is to be resolved through dialog between our two countries'],
    ]);
  });

  it('reads "a prime ministerial aspirant" as no one holding the role of prime', () => {
    const b = draft(
      article(
        'Chloe Shorten was the final warm up speaker.',
        'She lauded her partner in terms that might make anyone but a prime ministerial aspirant blush. “He is a wonderful dad”, she said.',
      ),
    );
    expect(quoted(b)).toEqual([['Chloe Shorten', 'He is a wonderful dad']]);
  });

  it('keeps a second description after "and" with the person it describes', () => {
    const b = draft(
      article(
        'Mqapheli Bonono, provincial chairperson of shack dwellers movement Abahlali baseMjondolo and a resident of Foreman Road, said, “Frustrated residents began stabbing the hosepipe.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Mqapheli Bonono', 'Frustrated residents began stabbing the hosepipe.'],
    ]);
  });

  it('strips a hyphenated office from the name it comes before', () => {
    const b = draft(
      article(
        'WHO Director-General Tedros Adhanom Ghebreyesus said the news was “a reminder that we need to do everything we can.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tedros Adhanom Ghebreyesus', 'a reminder that we need to do everything we can.'],
    ]);
  });

  it('ends a quote’s speaker at "and" that opens a clause of its own', () => {
    const b = draft(
      article(
        'German Chancellor Olaf Scholz said Saturday his country will send Ukraine weapons “as quickly as possible,” and the French presidential office said France will send fuel.',
      ),
    );
    expect(quoted(b)).toEqual([['Olaf Scholz', 'as quickly as possible']]);
  });
});
