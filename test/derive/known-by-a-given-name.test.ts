import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('people known by a given name only, introduced by a description', () => {
  it('takes a given name that is also a month cut short ("Jan says") for the one named in full', () => {
    const b = draft(
      article(
        'For Jan Mohammad, the new railway has been personal. It gave him a job at the depot.',
        '"My income has made their education possible," Jan says.',
      ),
    );
    expect(quoted(b)).toEqual([['Jan Mohammad', 'My income has made their education possible']]);
  });

  it('still reads "Jan" before a day as a date', () => {
    const b = draft(
      article(
        'Jan Mohammad works at the depot in Naibabad.',
        'On Jan 5 the trains stopped for a day, and the depot closed.',
      ),
    );
    expect(b.people.map((p) => [p.name, ...p.aliases])).toEqual([['Jan Mohammad', 'Mohammad']]);
  });

  it('gives the quote after "a nurse named Priya" to Priya, not to the nurse', () => {
    const b = draft(
      article(
        'The clinic stayed open late. A nurse named Priya worked through the night.',
        '"We could not turn anyone away," she said.',
      ),
    );
    expect(quoted(b)).toEqual([['Priya', 'We could not turn anyone away']]);
    expect(b.people.map((p) => p.name)).toEqual(['Priya']);
  });

  it('lists a shopper "who self-identified as Robin", a name used for either sex, as a person', () => {
    const b = draft(
      article(
        'In Leeds, a shopper who self-identified as Robin said the queue was long. "It took an hour," she said.',
      ),
    );
    expect(quoted(b)).toEqual([['Robin', 'It took an hour']]);
    expect(b.people.map((p) => p.name)).toEqual(['Robin']);
  });

  it('writes a relative the surname owns ("Okafor\'s sister, Grace,") with that surname', () => {
    const b = draft(
      article(
        'Driver Daniel Okafor waited two hours. Okafor\'s sister, Grace, came later. "It was slow," she said.',
      ),
    );
    expect(quoted(b)).toEqual([['Grace Okafor', 'It was slow']]);
    expect(b.people.map((p) => [p.name, ...p.aliases].includes('Grace'))).toEqual([false, true]);
  });

  it('writes a relative named in a "whose" clause with the surname of the one it is about', () => {
    const b = draft(
      article(
        '"We want answers," said Helen Marsh, whose 12-year-old son, Oliver, was hurt at the school.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Helen Marsh', 'Oliver Marsh']);
    expect(b.people[1]?.aliases).not.toContain('the whose 12-year-old son');
  });

  it('lists a given name that opens a sentence with where the person is from', () => {
    const b = draft(
      article(
        'Voters queued for hours in Leeds.',
        'Trevor, from Perth, Australia, said he came to watch the count.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Trevor']);
  });

  it('does not take a given name written after "the" for a person', () => {
    const b = draft(
      article(
        'Peers passed the housing law on Monday.',
        'A handful of opponents of the Bill spoke during the debate.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([]);
  });

  it('gives "she said" to a vendor "who only gave her first name, Sophy,"', () => {
    const b = draft(
      article(
        'Rice prices stayed high in Phnom Penh this week, despite a ban on exports.',
        'A vendor at a market in the city, who only gave her first name, Sophy, said prices had not fallen.',
        '"The price of rice is still high," she said.',
      ),
    );
    expect(quoted(b)).toEqual([['Sophy', 'The price of rice is still high']]);
  });
});
