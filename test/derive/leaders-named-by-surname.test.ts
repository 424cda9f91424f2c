import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a leader the news names by surname alone', () => {
  it('is a person, though no given name is ever written', () => {
    const b = draft(
      article(
        'On Sunday, Trump unleashed an attack on four congresswomen. Congressmember Omar fired back at Trump, tweeting, “We swear an oath to the United States.”',
        'Trump’s Twitter tirade also named House Speaker Pelosi. He wrote, “These places need your help badly.”',
      ),
    );
    expect(b.people.map((p) => p.name)).toContain('Trump');
    expect(quoted(b)).toEqual([
      ['Omar', 'We swear an oath to the United States.'],
      ['Trump', 'These places need your help badly.'],
    ]);
  });

  it('is not a place that owns a leader’s name', () => {
    const b = draft(article('Roads in Hawke’s Bay are still closed, the council said.'));
    expect(b.people).toEqual([]);
  });
});
