import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('transcripts, parts of a day and delegates', () => {
  it('gives words after a group’s label and a stage direction in brackets to the group', () => {
    const b = draft(
      article(
        'Activists were arrested after shutting down traffic outside City Hall on Wednesday.',
        'Extinction Rebellion activists: [singing] “We are the Earth. We are the sea.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Extinction Rebellion activists', 'We are the Earth. We are the sea.'],
    ]);
  });

  it('gives the words after a numbered label to the person it numbers', () => {
    const b = draft(
      article(
        'Rallies were held across the country on Saturday.',
        'Man 1: “So we are all Trayvon! We are, all of us out here.”',
        'Man 2: “Go ahead. No, go ahead. Tell ’em.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Man 1', 'So we are all Trayvon! We are, all of us out here.'],
      ['Man 2', 'Go ahead. No, go ahead. Tell ’em.'],
    ]);
  });

  it('takes a name after "On Tuesday afternoon" for the subject the next "she" refers to', () => {
    const b = draft(
      article(
        'On Tuesday afternoon Nomasilindi Makambi was queuing in pouring rain with her baby to collect water.',
        '“There is no word as to why we are plunged into darkness,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nomasilindi Makambi', 'There is no word as to why we are plunged into darkness'],
    ]);
  });

  it('takes "One delegate said" for someone unnamed', () => {
    const b = draft(
      article(
        'Delegates staged a protest yesterday against the designated protest pens in Boston.',
        'One delegate said the zone is “no way to encourage democracy.”',
      ),
    );
    expect(quoted(b)).toEqual([['delegate', 'no way to encourage democracy.']]);
  });

  it('gives a transcript’s line labelled by a role or "Unidentified" to someone unnamed', () => {
    const b = draft(
      article(
        'Police arrested more than two dozen water protectors Thursday at the construction site.',
        'Police officer: “OK, you guys are all under arrest for trespass.”',
        'Reporter: “Why are you getting arrested?”',
        'Unidentified: “Press, let’s go.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Police officer', 'OK, you guys are all under arrest for trespass.'],
      ['Reporter', 'Why are you getting arrested?'],
      ['Unidentified', 'Press, let’s go.'],
    ]);
  });

  it('gives a line labelled by a title and a name to the person named', () => {
    const b = draft(
      article(
        'United Nations Secretary-General António Guterres on Monday called for a global ceasefire.',
        'Secretary-General António Guterres: “Our world faces a common enemy: COVID-19.”',
      ),
    );
    expect(quoted(b)).toEqual([['António Guterres', 'Our world faces a common enemy: COVID-19.']]);
  });

  it('gives a narrator’s lines to the narrator', () => {
    const b = draft(
      article(
        'The video features the firm’s head, Alexander Nix, but it begins with narration.',
        'Narrator: “Prepared, it seems, to ruin their opponents.”',
        'Alexander Nix: “We will send some people around to the house.”',
        'Narrator: “Through sex, secrets and spies.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Narrator', 'Prepared, it seems, to ruin their opponents.'],
      ['Alexander Nix', 'We will send some people around to the house.'],
      ['Narrator', 'Through sex, secrets and spies.'],
    ]);
  });
});
