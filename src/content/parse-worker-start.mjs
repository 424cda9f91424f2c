// A worker thread starts without the TypeScript loader the bot runs under (tsx), so this plain
// module registers it and then loads the TypeScript task named in the pool's workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const task = await import(workerData.entry);
export default task.default;
