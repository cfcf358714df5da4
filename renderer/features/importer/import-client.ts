// Starts an import in its own worker and hands back its progress, its result and a way to cancel.
import { ImportError, type ImportJob, type ImportProgress, type ImportResult } from './run-import';
import type { FromWorker, ToWorker } from './worker-protocol';

export type RunningImport = {
  done: Promise<ImportResult>;
  cancel: () => void;
};

export function startImport(
  file: Blob,
  databaseName: string,
  job: ImportJob,
  onProgress: (p: ImportProgress) => void,
): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker) => worker.postMessage(message);
  const done = new Promise<ImportResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.progress);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new ImportError(m.code, m.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ImportError('failed', event.message || 'import worker failed'));
    };
  });
  send({ type: 'start', file, databaseName, job });
  return { done, cancel: () => send({ type: 'cancel' }) };
}
