// The import worker: opens the desk's own database by name and runs the import off the UI
// thread, so the screen stays responsive through 100,000 rows. A cancel message aborts the
// import's transaction between batches.
import { createDeskDatabase } from '../../db/schema';
import { ImportError, runImport } from './run-import';
import type { FromWorker, ToWorker } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker) => void;
};
const controller = new AbortController();

scope.onmessage = (event) => {
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
          scope.postMessage({ type: 'progress', progress });
        },
      });
      scope.postMessage({ type: 'done', result });
    } catch (error) {
      const e =
        error instanceof ImportError
          ? error
          : new ImportError('failed', error instanceof Error ? error.message : String(error));
      scope.postMessage({ type: 'failed', code: e.code, message: e.message });
    } finally {
      db.close();
    }
  })();
};
