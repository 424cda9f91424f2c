import WebSocket from 'ws';

/**
 * One call over the V8 inspector protocol to a process whose inspector is listening at `url`:
 * opens the socket, sends the calls in order, and returns their results.
 */
export async function inspect(
  url: string,
  calls: { method: string; params?: Record<string, unknown> }[],
): Promise<unknown[]> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  // A process killed mid-call (the soak kills processes) answers nothing more: no result.
  let closed = false;
  socket.on('close', () => {
    closed = true;
    for (const resolve of pending.values()) resolve(undefined);
  });
  socket.on('error', () => {});
  const results: unknown[] = [];
  for (const [index, call] of calls.entries()) {
    results.push(
      closed
        ? undefined
        : await new Promise((resolve) => {
            pending.set(index + 1, resolve);
            socket.send(
              JSON.stringify({ id: index + 1, method: call.method, params: call.params }),
            );
          }),
    );
  }
  socket.close();
  return results;
}

/**
 * Collects all garbage in the process (twice: a full collection can leave finalised objects for
 * the next one) and reads its live heap, in bytes; undefined if the reading did not come back.
 */
export async function collectGarbage(url: string): Promise<number | undefined> {
  const [, , usage] = await inspect(url, [
    { method: 'HeapProfiler.collectGarbage' },
    { method: 'HeapProfiler.collectGarbage' },
    {
      method: 'Runtime.evaluate',
      params: { expression: 'process.memoryUsage().heapUsed', returnByValue: true },
    },
  ]);
  const value = (usage as { result?: { value?: unknown } } | undefined)?.result?.value;
  return typeof value === 'number' && value > 0 ? value : undefined;
}
