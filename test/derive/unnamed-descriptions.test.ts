import { describe, expect, it } from 'vitest';
import { extracted } from '../../src/derive/evaluate.ts';
import { article, draft, quoted } from '../helpers/derive.ts';

/** Unnamed speakers keep the description the story gives them, with its qualifying phrase. */
describe('descriptions of unnamed speakers, as the story words them', () => {
  it('keeps the body a described speaker belongs to ("a student at the X University")', () => {
    const b = draft(
      article(
        'A student at the Riverside Methodist University sums up the mood on campus.',
        '"I feel so proud of her," the student said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['student at the Riverside Methodist University', 'I feel so proud of her'],
    ]);
    // The body they belong to counts for them, for a key that names the body instead.
    expect(extracted(b).quotes[0]?.aliases).toContain('Riverside Methodist University');
  });

  it('leaves "also" or "later" before the verb out of the description', () => {
    const b = draft(
      article(
        'A senior official with the city administration also said the plan aims at "a quick return" of the families.',
      ),
    );
    expect(quoted(b)).toEqual([['senior official with the city administration', 'a quick return']]);
  });

  it('reads "A spokesperson for the government confirmed" as the one who speaks next', () => {
    const b = draft(
      article(
        'A spokesperson for the government confirmed the zone would grow. He stressed there was "no need to leave now" for residents.',
      ),
    );
    expect(quoted(b)).toEqual([['spokesperson for the government', 'no need to leave now']]);
  });

  it('leaves a word that opens sentences out of a group\'s name ("However Somali officials")', () => {
    const b = draft(
      article(
        'The rebels claimed the attack. However Somali officials called the attack "small and careless."',
      ),
    );
    expect(quoted(b)).toEqual([['Somali officials', 'small and careless.']]);
  });

  it('takes a surgeon for a role, so "the officer" after "said an Army surgeon" is the surgeon', () => {
    const b = draft(
      article(
        '"We brought them care," said an Army surgeon with the task force.',
        'Medics treated dozens of cases of dehydration, the officer said.',
        '"We could not cure everything," the officer added.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Army surgeon', 'We brought them care'],
      ['Army surgeon', 'We could not cure everything'],
    ]);
  });

  it('reads "diplomatic sources" and "the attackers" as groups that speak', () => {
    const b = draft(
      article(
        'Ministers met in Brussels. But diplomatic sources say there are "doubts" over the plan.',
        '"We will strike again," said the attackers.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Diplomatic sources', 'doubts'],
      ['Attackers', 'We will strike again'],
    ]);
  });

  it('keeps a demonym in a description after "said", and reads a "who" clause or a name after it', () => {
    const b = draft(
      article(
        'John Smith said the line was busy.',
        '“We help hundreds of women every day,” said a tired-sounding American woman who answered.',
        'Last week, a woman who asked not to be named told reporters that the ward had no water. “I was so surprised,” she says.',
        'Waiting in line, a woman named Katya recounts another festival. “The stars always ask,” she says.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['tired-sounding American woman', 'We help hundreds of women every day'],
      ['woman', 'I was so surprised'],
      ['Katya', 'The stars always ask'],
    ]);
  });

  it('reads a "who" clause after where someone unnamed is from', () => {
    const b = draft(
      article(
        'Sewage floods the street.',
        'A longtime resident of the area who did not want to be named said, “We have to jump over small dams of dirty water.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['longtime resident', 'We have to jump over small dams of dirty water.'],
    ]);
  });

  it('reads a fisherman, a commuter or a pensioner as someone described, as a man is', () => {
    const b = draft(
      article(
        'Minister Senzeni Zokwana was in China.',
        'A dreadlocked fisherman who declined to be named yelled at police. “This land belongs to our people but we cannot fish,” he shouted.',
        '“Today is the worst,” said a commuter at the station.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['dreadlocked fisherman', 'This land belongs to our people but we cannot fish'],
      ['commuter', 'Today is the worst'],
    ]);
  });
});
