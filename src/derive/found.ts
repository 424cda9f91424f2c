import type { StatementKind } from '../content/briefing-schema.ts';
import type { Entity } from './entity-book.ts';

/** One thing someone said, found in the story. */
export interface Found {
  speaker: Entity;
  kind: StatementKind;
  text: string;
  context: string;
  /** Paragraph number, from 1. */
  paragraph: number;
  /** Position in the story, to keep statements in reading order. */
  order: number;
  when?: string;
  audience?: string;
}
