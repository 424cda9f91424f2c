import { z } from 'zod';
import type { Statement } from '../../content/briefing-schema.ts';
import type { BriefingHead } from '../../content/lean-briefing.ts';
import type { Library } from '../../library/library.ts';
import { defineCommand } from '../command.ts';
import { count, formatDate, paginate, publisherLine, quoteBlock } from '../format.ts';
import type { Block, Choice, Reply } from '../reply.ts';
import { resolveTopic } from '../resolve.ts';
import { pageArg, topicArg } from './args.ts';

const briefSections = ['overview', 'points', 'quotes', 'people', 'background', 'source'] as const;
type Section = (typeof briefSections)[number];

const QUOTES_PER_PAGE = 6;
const OVERVIEW_POINTS = 5;

export const brief = defineCommand({
  name: 'brief',
  description: 'A briefing: summary, key points, a notable quote, people and source',
  examples: ['/brief russia-dprk', '/brief putin-kim section:quotes', '/brief north korea'],
  args: z.object({
    topic: topicArg('Briefing id, alias or words from its title'),
    section: z
      .enum(briefSections)
      .default('overview')
      .describe('Which part: overview, points, quotes, people, background or source'),
    page: pageArg('Page of a long section'),
  }),
  run({ topic, section, page }, { library }) {
    const briefing = resolveTopic(library, topic, (id) => ({
      command: 'brief',
      args: { topic: id, section },
    }));
    return renderSection(library, briefing, section, page);
  },
});

function sectionChoice(briefing: BriefingHead, section: Section, label: string): Choice {
  return { label, invocation: { command: 'brief', args: { topic: briefing.id, section } } };
}

function renderSection(
  library: Library,
  briefing: BriefingHead,
  section: Section,
  page: number,
): Reply {
  const speakerName = (id: string) => library.speaker(id)?.name ?? id;
  // Read only by the sections that show it; the source section needs no body.
  const body = () => library.bodyOf(briefing);
  const footer: Block = {
    type: 'footer',
    text: `${publisherLine(briefing)} · as of ${formatDate(briefing.updated)} · ${briefing.id}`,
  };
  const title =
    section === 'overview' ? briefing.title : `${briefing.title}: ${sectionTitles[section]}`;
  switch (section) {
    case 'overview': {
      const notable =
        body().statements.find((s) => s.notable) ??
        body().statements.find((s) => s.kind === 'direct');
      const points = body()
        .keyPoints.slice(0, OVERVIEW_POINTS)
        .map((point) => point.text);
      const more = body().keyPoints.length - points.length;
      const blocks: Block[] = [
        { type: 'paragraph', text: body().summary },
        { type: 'heading', text: 'Key points' },
        {
          type: 'bullets',
          items: more > 0 ? [...points, `…and ${count(more, 'more point')}`] : points,
        },
      ];
      if (notable) {
        blocks.push({ type: 'heading', text: 'Notable quote' });
        blocks.push(quoteBlock(briefing, notable, speakerName(notable.speaker)));
      }
      blocks.push({
        type: 'fields',
        fields: [
          { name: 'People', value: briefing.people.map((p) => p.name).join(', ') || 'none listed' },
          {
            name: 'Source',
            value: `${publisherLine(briefing)}, ${formatDate(briefing.source.pageDate)}`,
          },
          { name: 'As of', value: formatDate(briefing.updated) },
        ],
      });
      blocks.push({
        type: 'choices',
        prompt: 'More on this briefing',
        choices: [
          sectionChoice(briefing, 'points', 'All key points'),
          sectionChoice(briefing, 'quotes', `Quotes (${body().statements.length})`),
          sectionChoice(briefing, 'people', 'People'),
          sectionChoice(briefing, 'background', 'Background'),
          sectionChoice(briefing, 'source', 'Source'),
        ],
      });
      blocks.push(footer);
      return { title, blocks, private: false };
    }
    case 'points':
      return {
        title,
        private: false,
        blocks: [
          {
            type: 'bullets',
            items: body().keyPoints.map(
              (p) => `${p.text} (${p.paragraphs.map((n) => `¶${n}`).join(', ')})`,
            ),
          },
          footer,
        ],
      };
    case 'quotes': {
      const { items, page: marker } = paginate(body().statements, page, QUOTES_PER_PAGE, (n) => ({
        command: 'brief',
        args: { topic: briefing.id, section: 'quotes', page: n },
      }));
      const blocks: Block[] = items.map((s) => quoteBlock(briefing, s, speakerName(s.speaker)));
      if (blocks.length === 0)
        blocks.push({ type: 'paragraph', text: 'This briefing has no statements.' });
      blocks.push(footer);
      return { title, blocks, private: false, ...(marker ? { page: marker } : {}) };
    }
    case 'people':
      return {
        title,
        blocks: [...peopleBlocks(briefing, body().statements), footer],
        private: false,
      };
    case 'background':
      return {
        title,
        private: false,
        blocks: [
          body().background.length > 0
            ? { type: 'bullets', items: body().background }
            : { type: 'paragraph', text: 'This briefing has no background notes.' },
          footer,
        ],
      };
    case 'source': {
      const { source } = briefing;
      const fields = [
        { name: 'Publisher', value: source.publisher },
        ...(source.originalPublisher
          ? [{ name: 'Originally published by', value: source.originalPublisher }]
          : []),
        { name: 'Headline', value: source.headline },
        ...(source.url ? [{ name: 'Link', value: source.url }] : []),
        { name: 'Date on the page', value: formatDate(source.pageDate) },
        ...(source.eventsDate ? [{ name: 'Events', value: formatDate(source.eventsDate) }] : []),
        { name: 'Briefing as of', value: formatDate(briefing.updated) },
      ];
      const blocks: Block[] = [{ type: 'fields', fields }];
      if (source.note) blocks.push({ type: 'paragraph', text: source.note });
      blocks.push(footer);
      return { title, blocks, private: false };
    }
  }
}

const sectionTitles: Record<Section, string> = {
  overview: 'overview',
  points: 'key points',
  quotes: 'statements',
  people: 'people and organisations',
  background: 'background',
  source: 'source',
};

function peopleBlocks(briefing: BriefingHead, statements: readonly Statement[]): Block[] {
  const said = (id: string) => statements.filter((s) => s.speaker === id).length;
  const line = (name: string, role: string | undefined, id: string) => {
    const n = said(id);
    return `${name}${role ? `, ${role}` : ''}${n > 0 ? ` (${count(n, 'statement')})` : ''}`;
  };
  const blocks: Block[] = [];
  const add = (heading: string, items: string[]) => {
    if (items.length === 0) return;
    blocks.push({ type: 'heading', text: heading }, { type: 'bullets', items });
  };
  add(
    'People',
    briefing.people.map((p) =>
      line(p.name, [p.role, p.organisation].filter(Boolean).join(', '), p.id),
    ),
  );
  add(
    'Organisations',
    briefing.organisations.map((o) => line(o.name, o.description, o.id)),
  );
  add(
    'Groups',
    briefing.groups.map((g) => line(g.name, g.description, g.id)),
  );
  add(
    'Places',
    briefing.places.map((p) => p.name),
  );
  return blocks.length > 0
    ? blocks
    : [{ type: 'paragraph', text: 'No one is listed in this briefing.' }];
}
