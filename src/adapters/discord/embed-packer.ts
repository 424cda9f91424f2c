import type { APIButtonComponentWithCustomId, APIEmbed, APIEmbedField } from 'discord.js';
import { cutText } from './fit-text.ts';

/** Discord's limits on one message and its embeds (https://discord.com/developers/docs). */
export const MAX_EMBEDS = 10;
export const MAX_EMBED_TOTAL = 6000;
export const MAX_TITLE = 256;
export const MAX_DESCRIPTION = 4096;
export const MAX_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_FOOTER = 2048;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_ROWS = 5;
/** Follow-ups beyond this are not sent: a reply that long is cut, and the cut is said. */
export const MAX_MESSAGES = 5;
/** Room kept in every message for the notes added at the end (page number, "cut short"). */
const NOTE_ROOM = 100;
/** Said in the last message when a reply needed more than MAX_MESSAGES. */
export const CUT_SHORT = '…cut short: too long to show here';
/** Discord rejects an empty field name or value; a zero-width space shows as nothing. */
export const BLANK = '\u200b';

/** A button as the packer lays it out: one that runs something when clicked. */
export type Button = APIButtonComponentWithCustomId;

/** One message as packed: its embeds and its rows of buttons. */
export interface PackedMessage {
  embeds: APIEmbed[];
  rows: Button[][];
}

interface EmbedDraft {
  title?: string;
  description: string;
  fields: APIEmbedField[];
  footer?: string;
  /** A field opened by a heading after the fields, which the following text fills. */
  fieldOpen: boolean;
}

interface MessageDraft {
  embeds: EmbedDraft[];
  rows: Button[][];
}

function sizeOf(embed: EmbedDraft): number {
  let size = (embed.title?.length ?? 0) + embed.description.length + (embed.footer?.length ?? 0);
  for (const field of embed.fields)
    size += field.name.length + (field.value.length || BLANK.length);
  return size;
}

function toEmbed(draft: EmbedDraft, colour: number): APIEmbed {
  const embed: APIEmbed = { color: colour };
  if (draft.title) embed.title = draft.title;
  if (draft.description) embed.description = draft.description;
  if (draft.fields.length > 0)
    embed.fields = draft.fields.map((field) => ({ ...field, value: field.value || BLANK }));
  if (draft.footer) embed.footer = { text: draft.footer };
  return embed;
}

/**
 * Lays rendered pieces out as Discord messages in reading order: text fills an embed's description,
 * fields follow it, and whatever does not fit (description, 25 fields, 6000 characters across a
 * message, 10 embeds, 5 rows of buttons) continues in the next embed or the next message.
 */
export function createPacker(options: { title?: string; colour: number; reserveRow: boolean }) {
  const budget = MAX_EMBED_TOTAL - NOTE_ROOM;
  const rowBudget = MAX_ROWS - (options.reserveRow ? 1 : 0);
  const messages: MessageDraft[] = [];
  let message: MessageDraft = { embeds: [], rows: [] };
  let open: EmbedDraft | undefined;
  let title = options.title;

  const used = () => message.embeds.reduce((total, embed) => total + sizeOf(embed), 0);
  const room = (size: number) => used() + size <= budget;

  const close = () => {
    open = undefined;
  };
  const nextMessage = () => {
    close();
    if (message.embeds.length > 0 || message.rows.length > 0) messages.push(message);
    message = { embeds: [], rows: [] };
  };
  const start = (size: number): EmbedDraft => {
    const titled = title ? title.length : 0;
    if (message.embeds.length >= MAX_EMBEDS || !room(size + titled)) nextMessage();
    const embed: EmbedDraft = { description: '', fields: [], fieldOpen: false };
    if (title) embed.title = title;
    title = undefined;
    message.embeds.push(embed);
    open = embed;
    return embed;
  };

  return {
    /** A piece of description text, at most MAX_DESCRIPTION long, after a gap of `gap`. */
    text(piece: string, gap: string) {
      if (open?.fieldOpen) {
        const field = open.fields.at(-1);
        if (field) {
          const value = field.value ? `${field.value}\n${piece}` : piece;
          if (value.length <= MAX_FIELD_VALUE && room(value.length - field.value.length)) {
            field.value = value;
            return;
          }
        }
      }
      if (open && (open.fields.length > 0 || open.footer)) close();
      if (open) {
        const joined = open.description ? `${gap}${piece}` : piece;
        if (open.description.length + joined.length <= MAX_DESCRIPTION && room(joined.length)) {
          open.description += joined;
          return;
        }
        close();
      }
      start(piece.length).description = piece;
    },

    /**
     * A heading: a bold line in the description, or, after fields (which Discord always shows
     * below the description), the name of a new field that the following text fills.
     */
    heading(text: string, gap: string) {
      if (open && open.fields.length > 0 && open.fields.length < MAX_FIELDS && !open.footer) {
        const name = cutText(text, MAX_FIELD_NAME);
        if (room(name.length + BLANK.length)) {
          open.fields.push({ name, value: '', inline: false });
          open.fieldOpen = true;
          return;
        }
      }
      this.text(`**${cutText(text, MAX_DESCRIPTION - 4)}**`, gap);
    },

    field(field: APIEmbedField) {
      if (open) open.fieldOpen = false;
      if (open && (open.footer || open.fields.length >= MAX_FIELDS)) close();
      const size = field.name.length + field.value.length;
      if (open && !room(size)) close();
      (open ?? start(size)).fields.push(field);
    },

    footer(text: string) {
      if (open) open.fieldOpen = false;
      if (open && !open.footer && room(text.length)) {
        open.footer = text;
        return;
      }
      close();
      start(text.length).footer = text;
    },

    /** Starts a new embed, as a divider does. */
    divide() {
      close();
    },

    /** A row (or rows) of buttons under the current message; `make` gets the button's slot. */
    buttons(makers: ((slot: number) => Button)[]) {
      let row: Button[] | undefined;
      for (const make of makers) {
        if (row === undefined || row.length >= MAX_BUTTONS_PER_ROW) {
          if (message.rows.length >= rowBudget) nextMessage();
          row = [];
          message.rows.push(row);
        }
        row.push(make(message.rows.flat().length));
      }
    },

    /**
     * The messages, at most MAX_MESSAGES (the last then says it was cut short), with `notes`
     * appended to the footer of the last embed and `nav` as the last message's final row.
     */
    finish(notes: string[], nav: ((slot: number) => Button)[]): PackedMessage[] {
      if (title) start(0);
      nextMessage();
      const kept = messages.slice(0, MAX_MESSAGES);
      if (kept.length === 0) kept.push({ embeds: [], rows: [] });
      const last = kept.at(-1) as MessageDraft;
      const allNotes = messages.length > MAX_MESSAGES ? [CUT_SHORT, ...notes] : notes;
      if (allNotes.length > 0) {
        let embed = last.embeds.at(-1);
        if (embed === undefined) {
          embed = { description: '', fields: [], fieldOpen: false };
          last.embeds.push(embed);
        }
        const note = allNotes.join(' · ');
        embed.footer = embed.footer
          ? `${cutText(embed.footer, MAX_FOOTER - note.length - 3)} · ${note}`
          : note;
      }
      if (nav.length > 0) {
        const slot = last.rows.flat().length;
        last.rows.push(nav.map((make, index) => make(slot + index)));
      }
      return kept.map((draft) => ({
        embeds: draft.embeds.map((embed) => toEmbed(embed, options.colour)),
        rows: draft.rows,
      }));
    },
  };
}
