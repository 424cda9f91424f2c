import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/commands/index.ts';
import { dispatchText } from '../../src/core/dispatch.ts';
import type { Block, Reply } from '../../src/core/reply.ts';
import { dateOfWhen } from '../../src/core/statement-date.ts';
import { context, seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();
const ask = (text: string) => dispatchText(registry, text, context(library));
const blocksOf = <T extends Block['type']>(reply: Reply, type: T) =>
  reply.blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);
const choicesOf = (reply: Reply) => blocksOf(reply, 'choices').flatMap((block) => block.choices);
const textOf = (reply: Reply) => JSON.stringify(reply);

describe('answers that never mislead', () => {
  it('/help digest and a bare /digest explain the digest commands', async () => {
    for (const line of ['/help digest', '/digest']) {
      const reply = await ask(line);
      expect(reply.error, line).toBeUndefined();
      expect(reply.title).toBe('/digest');
      const items = blocksOf(reply, 'bullets')[0]?.items ?? [];
      expect(items.map((item) => item.split(':')[0]?.split(' ').slice(0, 2).join(' '))).toEqual([
        '/digest subscribe',
        '/digest list',
        '/digest unsubscribe',
        '/digest pause',
        '/digest resume',
        '/digest preview',
      ]);
    }
  });

  it('/digest with a word that is no subcommand lists the real ones', async () => {
    const reply = await ask('/digest sbuscribe');
    expect(reply.error?.code).toBe('unknown_command');
    expect(choicesOf(reply).map((choice) => choice.invocation.args.command)).toContain(
      'digest subscribe',
    );
  });

  it('/quote of an unknown name offers people who are quoted, never a dead end', async () => {
    const reply = await ask('/quote macron');
    expect(reply.error?.code).toBe('unknown_person');
    const offered = choicesOf(reply).map((choice) => String(choice.invocation.args.person));
    expect(offered.length).toBeGreaterThan(0);
    for (const id of offered) expect(library.statementsOf(id).length, id).toBeGreaterThan(0);
    expect(offered[0]).toBe('vladimir-putin');
  });

  it('a near spelling is offered only when it exists, and /quote offers only speakers', async () => {
    const reply = await ask('/quote stoltenbreg');
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('What Jens Stoltenberg said');
    // Nato is in the briefings but never speaks: said so, with a way to read about Nato.
    const silent = await ask('/quote nato');
    expect(silent.error?.code).toBe('no_statements');
    expect(choicesOf(silent).map((choice) => choice.invocation)).toEqual([
      { command: 'who', args: { person: 'nato' } },
    ]);
  });

  it('a bare /quote menu offers only people reported saying something', async () => {
    const reply = await ask('/quote');
    const offered = choicesOf(reply).map((choice) => String(choice.invocation.args.person));
    expect(offered).not.toContain('nato');
    expect(offered).toContain('antony-blinken');
    for (const id of offered) expect(library.statementsOf(id).length, id).toBeGreaterThan(0);
  });

  it('/who and /quote count the same statements, joint ones included', async () => {
    const who = await ask('/who putin');
    const field = blocksOf(who, 'fields')[0]?.fields.find((f) => f.name === 'Statements');
    const quote = await ask('/quote putin');
    const total = library.statementsOf('vladimir-putin').length;
    expect(field?.value).toBe(`${total} (6 quoted, 5 reported; 1 made jointly with others)`);
    expect(quote.page?.count).toBe(Math.ceil(total / 5));
    expect(total).toBe(11);
  });

  it('a weekday is shown with the date it stands for in the week of the events', async () => {
    const reply = await ask('/quote blinken');
    const quote = blocksOf(reply, 'quote')[0];
    expect(quote?.source).toContain('on Tuesday (18 Jun 2024) · Financial Times');
  });

  it('works out weekdays, yesterday and months from the events date, and leaves the rest', () => {
    expect(dateOfWhen('on Tuesday', '2024-06-19')).toBe('18 Jun 2024');
    expect(dateOfWhen('on Wednesday', '2024-06-19')).toBe('19 Jun 2024');
    expect(dateOfWhen('last Thursday', '2024-06-19')).toBe('13 Jun 2024');
    expect(dateOfWhen('yesterday', '2024-06-19')).toBe('18 Jun 2024');
    expect(dateOfWhen('earlier this month', '2024-06-19')).toBe('Jun 2024');
    expect(dateOfWhen('last month', '2024-01-10')).toBe('Dec 2023');
    expect(dateOfWhen('recently', '2024-06-19')).toBeUndefined();
  });

  it('explains bad input in its own words, not the validator’s', async () => {
    const long = await ask(`/search ${'x'.repeat(350)}`);
    expect(long.error?.code).toBe('bad_argument');
    expect(textOf(long)).toContain('the words option is too long (at most 300 characters)');
    expect(textOf(long)).not.toMatch(/Too big|expected string|<=/);
    const section = await ask('/brief russia-dprk section:foo');
    expect(textOf(section)).toContain(
      'the section option must be one of: overview, points, quotes, people, background, source',
    );
    const page = await ask('/quote putin page:abc');
    expect(textOf(page)).toContain('the page option must be a whole number');
  });

  it('rejects an unknown option name and offers the nearest real one', async () => {
    const reply = await ask('/digest subscribe at:08:00');
    expect(reply.error?.code).toBe('unknown_option');
    expect(textOf(reply)).toContain('/digest subscribe has no option “at”.');
    expect(textOf(reply)).toContain('Did you mean “time”?');
    expect(choicesOf(reply)[0]?.invocation).toEqual({
      command: 'digest subscribe',
      args: { time: '08:00' },
    });
    const typo = await ask('/brief russia-dprk sectoin:quotes');
    expect(choicesOf(typo)[0]?.invocation.args).toEqual({
      topic: 'russia-dprk',
      section: 'quotes',
    });
    // Nothing like an option: the words are searched as typed.
    const far = await ask('/search site:ft.com');
    expect(far.error?.code).not.toBe('unknown_option');
    expect(far.title ?? '').not.toContain('no option');
  });

  it('reads "who said X?" as a search for the words, not a person called "said X"', async () => {
    const reply = await ask('who said breakthrough?');
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('Search: breakthrough');
    expect(blocksOf(reply, 'paragraph')[0]?.text).toMatch(/^Statement by Vladimir Putin: /);
    const quoted = await ask('who said "suffocating sanctions"');
    expect(quoted.title).toBe('Search: suffocating sanctions');
  });

  it('understands "what happened in <place or topic>"', async () => {
    const reply = await ask('what happened in pyongyang');
    expect(reply.error).toBeUndefined();
    expect(reply.title).toBe('Putin and Kim sign a strategic partnership in Pyongyang');
    const person = await ask("what's the latest on blinken");
    expect(person.title).toBe('Antony Blinken');
  });

  it('keeps links and a word before a colon as words', async () => {
    const link = await ask('/search https://example.org');
    expect(link.error?.code).toBe('no_results');
    const colon = await ask('/quote putin: sanctions');
    expect(colon.error).toBeUndefined();
  });
});
