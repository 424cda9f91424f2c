import { z } from 'zod';
import type { Library, Speaker, StatementEntry } from '../../library/library.ts';
import { passageAt, passageId, searchPassages } from '../../library/text-index.ts';
import { defineCommand } from '../command.ts';
import { count, paginate, quoteBlock } from '../format.ts';
import type { Block } from '../reply.ts';
import { resolveSpeaker } from '../resolve.ts';
import { UserError } from '../user-error.ts';
import { pageArg, speakerArg, topicArg } from './args.ts';

const PER_PAGE = 5;

export const quote = defineCommand({
  name: 'quote',
  description: 'What someone said across all briefings: quotes and reported speech, newest first',
  examples: ['/quote blinken', '/quote putin sanctions', '/quote kim topic:russia-dprk'],
  args: z.object({
    person: speakerArg('Name, surname or role ("the Russian president")'),
    topic: topicArg('A briefing, or words the statement is about').optional(),
    page: pageArg('Page of a long answer'),
  }),
  run({ person, topic, page }, { library }) {
    const speaker = resolveSpeaker(
      library,
      person,
      (id) => ({ command: 'quote', args: { person: id, ...(topic ? { topic } : {}) } }),
      { speaking: true },
    );
    const all = library.statementsOf(speaker.id);
    if (all.length === 0) {
      throw new UserError(
        'no_statements',
        `${speaker.name} appears in the briefings but is not reported saying anything.`,
        {
          choices: [
            {
              label: `Who is ${speaker.name}?`,
              invocation: { command: 'who', args: { person: speaker.id } },
            },
          ],
        },
      );
    }
    const entries = topic ? filterByTopic(library, all, topic) : all;
    if (entries.length === 0) {
      throw new UserError(
        'no_statements',
        `${speaker.name} said nothing about "${topic}" in the briefings.`,
        {
          choices: [
            {
              label: `Everything ${speaker.name} said`,
              invocation: { command: 'quote', args: { person: speaker.id } },
            },
          ],
        },
      );
    }
    const { items, page: marker } = paginate(entries, page, PER_PAGE, (n) => ({
      command: 'quote',
      args: { person: speaker.id, ...(topic ? { topic } : {}), page: n },
    }));
    const blocks: Block[] = [{ type: 'paragraph', text: overview(speaker, entries) }];
    for (const entry of items) {
      const statement = library.bodyOf(entry.briefing).statements[entry.index];
      if (statement === undefined) continue;
      const said = library.speaker(statement.speaker)?.name ?? statement.speaker;
      blocks.push(quoteBlock(entry.briefing, statement, said));
    }
    return {
      title: `What ${speaker.name} said${topic ? ` about ${topic}` : ''}`,
      blocks,
      private: false,
      ...(marker ? { page: marker } : {}),
    };
  },
});

/** Statements in one briefing when the topic names one; otherwise statements about those words. */
function filterByTopic(
  library: Library,
  entries: readonly StatementEntry[],
  topic: string,
): StatementEntry[] {
  // Only an exact id or alias narrows to a briefing: "sanctions" is a tag too, but a user asking
  // for Putin on sanctions wants the statements about sanctions, not all of that briefing.
  const named = library.briefingBySlug(topic);
  if (named) return entries.filter((entry) => entry.briefing.id === named.id);
  const passages = entries.flatMap(
    (entry) =>
      passageAt(
        entry.briefing,
        library.bodyOf(entry.briefing),
        'statement',
        entry.index,
        (id) => library.speaker(id)?.name ?? id,
      ) ?? [],
  );
  const matched = new Set(searchPassages(passages, topic));
  return entries.filter((entry) =>
    matched.has(passageId(entry.briefing.id, 'statement', entry.index)),
  );
}

/** "3 direct quotes and 1 reported statement, newest first", and a warning when none is verbatim. */
function overview(speaker: Speaker, entries: readonly StatementEntry[]): string {
  const kinds = { direct: 0, partial: 0, paraphrase: 0 };
  for (const entry of entries) kinds[entry.kind]++;
  const parts = [
    kinds.direct > 0 ? count(kinds.direct, 'direct quote') : '',
    kinds.partial > 0 ? count(kinds.partial, 'partial quote') : '',
    kinds.paraphrase > 0 ? count(kinds.paraphrase, 'reported statement') : '',
  ].filter(Boolean);
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  const verbatim =
    kinds.direct + kinds.partial === 0
      ? ` The briefings report what ${speaker.name} said in the article's words; none of it is a verbatim quote.`
      : '';
  return `${list}, newest first.${verbatim}`;
}
