import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { count, formatDate, paginate } from '../format.ts';
import type { Block } from '../reply.ts';
import { pageArg } from './args.ts';

const PER_PAGE = 10;

export const topics = defineCommand({
  name: 'topics',
  description: 'The briefings, most recently updated first',
  examples: ['/topics', '/topics page:2'],
  args: z.object({
    page: pageArg('Page of the list', 10_000),
  }),
  run({ page }, { library }) {
    const all = library.briefings();
    if (all.length === 0) {
      return {
        title: 'Briefings',
        blocks: [{ type: 'paragraph', text: 'No briefings are loaded yet.' }],
        private: false,
      };
    }
    const { items, page: marker } = paginate(all, page, PER_PAGE, (n) => ({
      command: 'topics',
      args: { page: n },
    }));
    const blocks: Block[] = [
      {
        type: 'bullets',
        items: items.map(
          (b) =>
            `${b.title} (/brief ${b.id}) · as of ${formatDate(b.updated)} · ${count(library.statementCount(b), 'statement')}`,
        ),
      },
      { type: 'footer', text: `${count(all.length, 'briefing')} · /brief <topic> for one of them` },
    ];
    return { title: 'Briefings', blocks, private: false, ...(marker ? { page: marker } : {}) };
  },
});
