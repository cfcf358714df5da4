// One sync cycle at a time per database: across tabs/windows with the Web Locks API when the
// runtime has it, and within this process with a promise chain (Node tests, old runtimes).

type LockManagerLike = {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
};

const chains = new Map<string, Promise<unknown>>();

function webLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

/** Runs `fn` holding the lock `name`; callers queue in order. */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  // The in-process chain runs even with Web Locks: two engines in one tab queue here first.
  const previous = chains.get(name) ?? Promise.resolve();
  const locks = webLocks();
  const run = previous.then(
    () => (locks ? locks.request(name, fn) : fn()),
    () => (locks ? locks.request(name, fn) : fn()),
  );
  const settled = run.catch(() => undefined);
  chains.set(name, settled);
  void settled.then(() => {
    if (chains.get(name) === settled) chains.delete(name);
  });
  return run;
}
