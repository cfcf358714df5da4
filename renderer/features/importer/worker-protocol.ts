// Messages between the import screen and the import worker.
import type { ImportErrorCode, ImportJob, ImportProgress, ImportResult } from './run-import';

export type ToWorker =
  { type: 'start'; file: Blob; databaseName: string; job: ImportJob } | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; code: ImportErrorCode; message: string };
