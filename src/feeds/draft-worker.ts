import { type DraftInput, type DraftOutput, makeDraft } from './make-draft.ts';

/** The worker's task: piscina calls the default export with each item sent to the pool. */
export default function draftInWorker(input: DraftInput): DraftOutput {
  return makeDraft(input);
}
