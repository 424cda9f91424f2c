import { type Preparsed, preparseFiles } from './preparse.ts';

export interface ParseTask {
  dir: string;
  names: string[];
  maxBytes: number;
}

/** The worker's task: piscina calls the default export with each batch of file names. */
export default function parseInWorker(task: ParseTask): Preparsed[] {
  return preparseFiles(task.dir, task.names, task.maxBytes);
}
