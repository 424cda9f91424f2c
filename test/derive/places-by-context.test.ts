import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);

describe('places read from the words around them', () => {
  it('takes a name of several words after "in", "at" or "near" for a place, in any case', () => {
    const text = article(
      'In Pine Hollow, one of the hardest-hit towns, the water rose overnight.',
      'Volunteers worked at Harlow Green and near Ashby Vale until dawn.',
      '"We filled sandbags all night," said Mayor Dana Kirk.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('takes a name followed by a comma and a country or a US state for a town there', () => {
    const text = article(
      'The bodies were found at a former camp outside the city.',
      'Storms hit Tobrek Halvina, Argentina, and Orvan Tesh, Iowa, last week.',
      '"We waited thirty years," said Dana Kirk, a relative.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('still takes a person named after a preposition with a title, or owning a country', () => {
    const text = article(
      'The letter was read out in court by Judge Marta Villon.',
      'The envoy spoke with Tomas Reyna, Argentina’s ambassador, on Friday.',
    );
    expect(people(text)).toEqual(expect.arrayContaining(['Marta Villon', 'Tomas Reyna']));
  });

  it('keeps a person whose state follows the name in a list of readers', () => {
    const text = article(
      'Readers wrote in from across the country.',
      'Letters came from Maria Lopez, Texas, and Tom Hale, Ohio.',
    );
    expect(people(text)).toEqual(expect.arrayContaining(['Maria Lopez', 'Tom Hale']));
  });

  it('takes a name that a place qualifies ("the X area", "X residents") for a place', () => {
    const text = article(
      'Flood waters reached the Pine Hollow area on Monday.',
      'Ashby Vale residents were told to leave.',
      '"We are ready," said Dana Kirk, a police spokeswoman.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('takes a name ending in an administrative word ("Oblast", "Governorate") for a place', () => {
    const text = article(
      'The jet came down over the Varna Oblast of the country.',
      'Aid reached the Sulay Governorate by road.',
      '"We heard a blast," said Dana Kirk, a farmer.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });
});

describe('bodies in the sky', () => {
  it('takes a name a planet owns for a place', () => {
    const text = article(
      'The largest satellite is Saturn’s Orvane, whose diameter is 5,000 km.',
      '"It is a cold world," said Dana Kirk, a planetary scientist.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('takes a name that a word for a moon or a crater names for a place', () => {
    const text = article(
      'The probe flew past the moon Tesliva, whose surface is ice.',
      '"It is a cold world," said Dana Kirk, a planetary scientist.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });
});

describe('Romance articles opening a name', () => {
  it('takes a name opening with "La" for a place, as it opens no person’s name', () => {
    const text = article(
      'The bodies were taken to La Serrana for burial.',
      '"We want answers," said Dana Kirk, a relative.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('never takes a place that opens the sentence after `In` for someone a title describes', () => {
    const b = draft(
      article(
        'In Adelaide, Senator Nick Xenophon says the party will fill a vacuum.',
        'At Waitangi, New Zealand Prime Minister Jacinda Ardern spoke to the crowd.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nick Xenophon', 'Jacinda Ardern']);
  });

  it('never takes a place after `through` for someone a role after it describes', () => {
    const b = draft(
      article(
        'Prince Ali Hassan of Jordan met the envoy Daniel Poneman in Amman on Tuesday.',
        'In a talk on the movement of oil through the Strait of Hormuz, the Prince asserted Iran wanted an empire.',
      ),
    );
    expect(b.people.map((p) => p.name)).not.toContain('Strait of Hormuz');
  });
});
