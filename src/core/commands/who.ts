import { z } from 'zod';
import type { Library, Speaker } from '../../library/library.ts';
import { defineCommand } from '../command.ts';
import { count, paginate } from '../format.ts';
import type { Block, Reply } from '../reply.ts';
import { describeSpeaker, resolveSpeaker } from '../resolve.ts';
import { pageArg, personArg } from './args.ts';

const PER_PAGE = 15;

export const who = defineCommand({
  name: 'who',
  description: 'Who someone is: role, organisation and the briefings they appear in (or everyone)',
  examples: ['/who', '/who shin won-sik', '/who the kremlin'],
  args: z.object({
    person: personArg('Name, surname or role; leave out to list everyone').optional(),
    page: pageArg('Page of the list'),
  }),
  run({ person, page }, { library }) {
    if (person === undefined) return everyone(library, page);
    const speaker = resolveSpeaker(library, person, (id) => ({
      command: 'who',
      args: { person: id },
    }));
    return profile(library, speaker);
  },
});

/**
 * "11 (6 quoted, 5 reported; 1 made jointly)": every statement /quote shows for them, their own
 * and those made together with others (a group they belong to), so the two commands agree.
 */
function statementSummary(library: Library, speaker: Speaker): string {
  const all = library.statementsOf(speaker.id);
  if (all.length === 0) return 'none';
  const verbatim = all.filter((entry) => entry.kind !== 'paraphrase').length;
  const reported = all.length - verbatim;
  const joint = all.filter((entry) => entry.speaker !== speaker.id).length;
  const parts = [
    verbatim > 0 ? `${verbatim} quoted` : '',
    reported > 0 ? `${reported} reported` : '',
  ];
  return `${all.length} (${parts.filter(Boolean).join(', ')}${joint > 0 ? `; ${joint} made jointly with others` : ''})`;
}

/**
 * The briefings listed on a profile, newest first: someone in the news for years appears in
 * hundreds, and a profile is not the place to read them all.
 */
const MAX_BRIEFINGS = 10;

function profile(library: Library, speaker: Speaker): Reply {
  const briefings = library.briefingsOf(speaker.id);
  const fields = [
    ...(speaker.role ? [{ name: 'Role', value: speaker.role }] : []),
    ...(speaker.organisation ? [{ name: 'Organisation', value: speaker.organisation }] : []),
    ...(speaker.description ? [{ name: 'About', value: speaker.description }] : []),
    ...(speaker.members.length > 0
      ? [
          {
            name: 'Made up of',
            value: speaker.members.map((id) => library.speaker(id)?.name ?? id).join(', '),
          },
        ]
      : []),
    { name: 'Statements', value: statementSummary(library, speaker) },
    ...(speaker.aliases.length > 0
      ? [{ name: 'Also known as', value: speaker.aliases.join(', ') }]
      : []),
  ];
  const blocks: Block[] = [
    { type: 'fields', fields },
    { type: 'heading', text: `Appears in ${count(briefings.length, 'briefing')}` },
    {
      type: 'bullets',
      items: [
        ...briefings.slice(0, MAX_BRIEFINGS).map((b) => `${b.title} (/brief ${b.id})`),
        ...(briefings.length > MAX_BRIEFINGS
          ? [
              `and ${briefings.length - MAX_BRIEFINGS} older (/quote ${speaker.id} has what they said in each)`,
            ]
          : []),
      ],
    },
  ];
  if (library.statementsOf(speaker.id).length > 0) {
    blocks.push({
      type: 'choices',
      prompt: 'More',
      choices: [
        {
          label: `What ${speaker.name} said`,
          invocation: { command: 'quote', args: { person: speaker.id } },
        },
      ],
    });
  }
  return { title: speaker.name, blocks, private: false };
}

const kindOrder: Record<Speaker['kind'], number> = { person: 0, organisation: 1, group: 2 };
const kindHeadings: Record<Speaker['kind'], string> = {
  person: 'People',
  organisation: 'Organisations',
  group: 'Groups',
};

function everyone(library: Library, page: number): Reply {
  const speakers = library
    .speakers()
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name));
  if (speakers.length === 0) {
    return {
      title: 'Everyone in the briefings',
      blocks: [{ type: 'paragraph', text: 'No briefings are loaded.' }],
      private: false,
    };
  }
  const { items, page: marker } = paginate(speakers, page, PER_PAGE, (n) => ({
    command: 'who',
    args: { page: n },
  }));
  const blocks: Block[] = [];
  for (const kind of ['person', 'organisation', 'group'] as const) {
    const ofKind = items.filter((speaker) => speaker.kind === kind);
    if (ofKind.length === 0) continue;
    blocks.push({ type: 'heading', text: kindHeadings[kind] });
    blocks.push({ type: 'bullets', items: ofKind.map(describeSpeaker) });
  }
  blocks.push({
    type: 'footer',
    text: 'Ask /who <name> for one person, /quote <name> for what they said.',
  });
  return {
    title: 'Everyone in the briefings',
    blocks,
    private: false,
    ...(marker ? { page: marker } : {}),
  };
}
