// A worker thread starts without the TypeScript loader the bot runs under from source (tsx), so
// this plain module registers it when the task named in the pool's workerData is TypeScript, then
// loads it. The compiled build (`npm run build`) names a JavaScript task and needs no loader.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const task = await import(workerData.entry);
export default task.default;
