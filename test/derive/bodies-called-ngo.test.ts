import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

const organisations = (text: string) => draft(text).organisations.map((o) => o.name);

describe('a body described as an NGO before its name', () => {
  it('names the body after "NGO" and reads it as the speaker', () => {
    const b = draft(
      article(
        'The new law was passed on Tuesday.',
        'Greek NGO Hellenic League for Civil Rights called the law "a clear setback" for asylum seekers.',
      ),
    );
    expect(quoted(b)).toEqual([['Hellenic League for Civil Rights', 'a clear setback']]);
  });

  it('looks past lower-case words that describe the NGO, and ends a name with "Watch"', () => {
    const text = article(
      'The report came out on Monday.',
      'After the ruling, international human rights NGO Prison Reform Watch called the steps "totally insufficient".',
    );
    expect(quoted(draft(text))).toEqual([['Prison Reform Watch', 'totally insufficient']]);
    expect(organisations(text)).toContain('Prison Reform Watch');
  });

  it('keeps "NGO" that stands inside a body’s name', () => {
    expect(
      organisations(article('The International NGO Safety Organisation said attacks rose.')),
    ).toContain('International NGO Safety Organisation');
  });
});
