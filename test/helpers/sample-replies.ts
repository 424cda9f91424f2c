import type { Reply } from '../../src/core/reply.ts';

/** One block of every type the neutral reply model has, and a next page: each renderer's exact-output test starts here. */
export const EVERY_BLOCK_REPLY: Reply = {
  title: 'Title',
  private: false,
  blocks: [
    { type: 'heading', text: 'Heading' },
    { type: 'paragraph', text: 'A paragraph.' },
    { type: 'bullets', items: ['one', 'two'] },
    { type: 'quote', text: 'Words', kind: 'direct', speaker: 'Ada', source: 'Paper · ¶1' },
    { type: 'quote', text: 'a few words', kind: 'partial', speaker: 'Ada', source: 'Paper · ¶3' },
    {
      type: 'quote',
      text: 'she agreed',
      kind: 'paraphrase',
      speaker: 'Ada',
      context: 'Ada said she agreed.',
      source: 'Paper · ¶2',
    },
    { type: 'fields', fields: [{ name: 'Role', value: 'Mathematician' }] },
    {
      type: 'choices',
      prompt: 'More',
      choices: [{ label: 'Quotes', invocation: { command: 'quote', args: { person: 'ada' } } }],
    },
    { type: 'divider' },
    { type: 'footer', text: 'Footer' },
  ],
  page: { number: 1, count: 2, next: { command: 'quote', args: { person: 'ada', page: 2 } } },
};
