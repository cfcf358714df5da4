// The import worker: opens the desk's own database by name and runs the import off the UI
// thread, so the screen stays responsive through 100,000 rows. A cancel message aborts the
// import's transaction between batches.
import { createDeskDatabase } from '../../db/schema';
import { ImportError, runImport } from './run-import';
import type { FromWorker, ToWorker } from './worker-protocol';

// `self` is typed as a window here (the DOM lib); a worker's postMessage takes one argument.
const post = (message: FromWorker) => self.postMessage(message);
const controller = new AbortController();

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  void (async () => {
    const db = createDeskDatabase(message.databaseName);
    try {
      const bytes = new Uint8Array(await message.file.arrayBuffer());
      let last = 0;
      const result = await runImport(db, bytes, message.job, {
        signal: controller.signal,
        onProgress: (progress) => {
          // A few updates a second are plenty for a progress bar.
          const now = performance.now();
          if (now - last < 100) return;
          last = now;
          post({ type: 'progress', progress });
        },
      });
      post({ type: 'done', result });
    } catch (error) {
      const e =
        error instanceof ImportError
          ? error
          : new ImportError('failed', error instanceof Error ? error.message : String(error));
      post({ type: 'failed', code: e.code, message: e.message });
    } finally {
      db.close();
    }
  })();
});
