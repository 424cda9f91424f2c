import fc from 'fast-check';
import type { Block, Invocation, Reply } from '../../src/core/reply.ts';

/** What varies between the renderer property tests: the text they try and how big replies get. */
export interface ReplyArbitraryOptions {
  /** Every piece of text in the reply: titles, quotes, labels, argument values. */
  text: fc.Arbitrary<string>;
  /** Commands that buttons and page controls may invoke. */
  commands: readonly string[];
  /** Argument names in those invocations. */
  argName: fc.Arbitrary<string>;
  /** The most bullets, fields and choices in one block. */
  most: { bullets: number; fields: number; choices: number };
  /** How many blocks a reply has, given one block. */
  blocks: (block: fc.Arbitrary<Block>) => fc.Arbitrary<Block[]>;
  /** The largest page number and count. */
  maxPage?: number;
  /** Error codes a reply may carry; none when left out. */
  errorCodes?: readonly string[];
}

/** A command invocation, as a button or page control carries it. */
export function invocationArbitrary(options: ReplyArbitraryOptions): fc.Arbitrary<Invocation> {
  return fc.record({
    command: fc.constantFrom(...options.commands),
    args: fc.dictionary(options.argName, fc.oneof(options.text, fc.integer()), { maxKeys: 3 }),
  });
}

/** One block of any type the neutral reply model has. */
export function blockArbitrary(options: ReplyArbitraryOptions): fc.Arbitrary<Block> {
  const { text, most } = options;
  const invocation = invocationArbitrary(options);
  return fc.oneof(
    fc.record({ type: fc.constant('heading' as const), text }),
    fc.record({ type: fc.constant('paragraph' as const), text }),
    fc.record({
      type: fc.constant('bullets' as const),
      items: fc.array(text, { maxLength: most.bullets }),
    }),
    fc.record(
      {
        type: fc.constant('quote' as const),
        text,
        kind: fc.constantFrom('direct' as const, 'partial' as const, 'paraphrase' as const),
        speaker: text,
        context: text,
        source: text,
      },
      { requiredKeys: ['type', 'text', 'kind', 'speaker', 'source'] },
    ),
    fc.record({
      type: fc.constant('fields' as const),
      fields: fc.array(fc.record({ name: text, value: text }), { maxLength: most.fields }),
    }),
    fc.record({
      type: fc.constant('choices' as const),
      prompt: text,
      choices: fc.array(fc.record({ label: text, invocation }), { maxLength: most.choices }),
    }),
    fc.constant({ type: 'divider' as const }),
    fc.record({ type: fc.constant('footer' as const), text }),
  );
}

/** Any reply a command could build, within the options' sizes. */
export function replyArbitrary(options: ReplyArbitraryOptions): fc.Arbitrary<Reply> {
  const invocation = invocationArbitrary(options);
  const pageNumber = options.maxPage === undefined ? fc.nat() : fc.nat(options.maxPage);
  const codes = options.errorCodes ?? [];
  return fc.record(
    {
      title: options.text,
      blocks: options.blocks(blockArbitrary(options)),
      private: fc.boolean(),
      ...(codes.length > 0 ? { error: fc.record({ code: fc.constantFrom(...codes) }) } : {}),
      page: fc.record(
        { number: pageNumber, count: pageNumber, next: invocation, previous: invocation },
        { requiredKeys: ['number', 'count'] },
      ),
    },
    { requiredKeys: ['blocks', 'private'] },
  );
}
