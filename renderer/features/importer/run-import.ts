// The lead import itself, as the import worker runs it: reads the file in batches, normalises and
// dedupes every row, and runs one importLeads verb per ≤1000 new leads (the leads and their
// outbox entries) with the import's history row in ONE transaction. Parsing the next batch
// overlaps with IndexedDB writing the last one. A cancel, an error or a full disk aborts the transaction:
// the desk is left exactly as it was, never with half a list.
import type { CountryCode } from 'libphonenumber-js';
import type { Actor as Editor } from '../../../shared/domain/editing';
import { uuidv7, type LeadId, type TeamId, type UserId } from '../../../shared/domain/ids';
import type { ColumnMapping } from '../../../shared/import/columns';
import { ImportDeduper } from '../../../shared/import/dedupe';
import { assignee, type ImportAssignment } from '../../../shared/import/lead';
import { normaliseRow, type RowContact } from '../../../shared/import/normalise';
import { readRecords, type FileFormat } from '../../../shared/import/read-file';
import {
  EMPTY_COUNTS,
  countIssue,
  type ImportCounts,
  type ImportIssue,
} from '../../../shared/import/report';
import { importLeads, LEADS_PER_IMPORT_PART } from '../../../shared/mutations/import-leads';
import { openDesk } from '../../db/desk';
import { runTogether } from '../../db/run';
import type { DeskDatabase, ImportRecord } from '../../db/schema';

export type ImportJob = {
  importId: string;
  fileName: string;
  format: FileFormat;
  mapping: ColumnMapping;
  defaultCountry: CountryCode | null;
  listName: string;
  assignment: ImportAssignment;
  priority: number;
  /** Who imports (their rights decide where the leads may go). */
  by: Editor;
  now: number;
};

export type ImportProgress = {
  rowsParsed: number;
  rowsWritten: number;
  bytesRead: number;
  totalBytes: number;
};

export type ImportResult = {
  counts: ImportCounts;
  issues: ImportIssue[];
  record: ImportRecord;
};

export const IMPORT_ERRORS = [
  'cancelled',
  'diskFull',
  'noOrganisation',
  'listNameMissing',
  'noAgents',
  'failed',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERRORS)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export type ImportHooks = {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
};

/** Whether an error (or one it wraps) is the browser saying the disk or quota is full. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: string; inner?: unknown; failures?: unknown[]; cause?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

function toImportError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  if (isQuotaError(error)) return new ImportError('diskFull');
  const inner = (error as { inner?: unknown } | null)?.inner;
  if (inner instanceof ImportError) return inner;
  return new ImportError('failed', error instanceof Error ? error.message : String(error));
}

type ValidRow = { row: number; contact: RowContact; cells: string[]; cleaned: boolean };
type ImportRow = { id: LeadId; contact: RowContact; ownerId: UserId | null; teamId: TeamId | null };

/**
 * Most bytes of row data (UTF-8) one importLeads mutation carries. A part holds its rows twice
 * (the arguments, and the leads they create) and must fit a push batch (renderer/sync/push.ts,
 * 2 MiB): rows with long notes go in smaller parts than the usual thousand.
 */
export const IMPORT_PART_BYTES = 400_000;

const utf8 = new TextEncoder();

function byteSizedParts(rows: readonly ImportRow[]): ImportRow[][] {
  const parts: ImportRow[][] = [];
  let current: ImportRow[] = [];
  let size = 0;
  for (const row of rows) {
    const n = utf8.encode(JSON.stringify(row.contact)).length;
    if (current.length > 0 && size + n > IMPORT_PART_BYTES) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += n;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Runs the import; resolves with the report once everything is committed. */
export async function runImport(
  db: DeskDatabase,
  bytes: Uint8Array,
  job: ImportJob,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  const listName = job.listName.trim();
  if (!listName) throw new ImportError('listNameMissing');
  if (job.assignment.kind === 'roundRobin' && job.assignment.agents.length === 0)
    throw new ImportError('noAgents');
  const counts: ImportCounts = { ...EMPTY_COUNTS };
  const issues: ImportIssue[] = [];
  const progress: ImportProgress = {
    rowsParsed: 0,
    rowsWritten: 0,
    bytesRead: 0,
    totalBytes: bytes.length,
  };
  const cancelled = () => hooks.signal?.aborted === true;
  const record: ImportRecord = {
    id: job.importId,
    listName,
    fileName: job.fileName,
    at: job.now,
    by: job.by.id,
    imported: 0,
    duplicates: 0,
    invalid: 0,
    skippedDnc: 0,
  };

  const desk = await openDesk(db, job.by, () => job.now);
  if (!desk) throw new ImportError('noOrganisation');
  try {
    await runTogether(
      desk,
      async (run) => {
        // Everything already on the desk, read once inside the transaction that writes.
        const [mainPhones, extraPhones, emails, dncNumbers] = await Promise.all([
          db.leads.orderBy('phoneE164').uniqueKeys(),
          db.leads.orderBy('phones').uniqueKeys(),
          db.leads.orderBy('email').uniqueKeys(),
          db.dnc.toCollection().primaryKeys(),
        ]);
        const existingPhones = new Set([...mainPhones, ...extraPhones].map(String));
        const dnc = new Set(dncNumbers.map(String));
        const checked = new Set<string>();
        const deduper = new ImportDeduper({
          phones: existingPhones,
          emails: new Set(emails.map((e) => String(e).toLowerCase())),
          dnc,
        });

        const inflight: Promise<void>[] = [];
        let part = 0;
        let assigned = 0;
        for (const batch of readRecords(bytes, job.format, LEADS_PER_IMPORT_PART)) {
          if (cancelled()) throw new ImportError('cancelled');
          const valid: ValidRow[] = [];
          for (const r of batch.records) {
            counts.rows++;
            const result = normaliseRow(r.cells, job.mapping, job.defaultCountry);
            if (result.ok)
              valid.push({
                row: r.row,
                contact: result.contact,
                cells: r.cells,
                cleaned: result.cleaned,
              });
            else {
              counts.invalid++;
              issues.push({
                row: r.row,
                kind: 'invalid',
                reason: result.reason,
                value: result.value,
                firstRow: null,
                cells: r.cells,
              });
            }
          }
          // A number already on the desk may belong to a lead flagged do-not-call: look those up.
          const collisions = new Set<string>();
          for (const v of valid)
            for (const p of v.contact.phones)
              if (existingPhones.has(p) && !checked.has(p)) collisions.add(p);
          if (collisions.size) {
            const keys = [...collisions];
            const [byMain, byExtra] = await Promise.all([
              db.leads.where('phoneE164').anyOf(keys).toArray(),
              db.leads.where('phones').anyOf(keys).toArray(),
            ]);
            for (const lead of [...byMain, ...byExtra]) {
              if (!lead.doNotCall) continue;
              if (lead.phoneE164) dnc.add(lead.phoneE164);
              for (const p of lead.phones) dnc.add(p);
            }
            for (const k of keys) checked.add(k);
          }

          const rows: ImportRow[] = [];
          for (const v of valid) {
            const verdict = deduper.check(v.row, v.contact);
            if (verdict.kind === 'import') {
              // Ids in file order, so the queue offers the list as it was written.
              const id = uuidv7(job.now + assigned) as LeadId;
              rows.push({ id, contact: v.contact, ...assignee(job.assignment, assigned++) });
              if (v.cleaned) counts.cleaned = (counts.cleaned ?? 0) + 1;
            } else {
              countIssue(counts, verdict.kind);
              issues.push({
                row: v.row,
                kind: verdict.kind,
                reason: null,
                value: verdict.value,
                firstRow: verdict.kind === 'duplicateInFile' ? verdict.firstRow : null,
                cells: v.cells,
              });
            }
          }
          progress.rowsParsed = counts.rows;
          progress.bytesRead = batch.bytesRead;

          if (rows.length) {
            counts.imported += rows.length;
            const writePart = (leads: ImportRow[]) =>
              run(importLeads, {
                importId: job.importId,
                listName,
                fileName: job.fileName,
                part: ++part,
                priority: job.priority,
                leads,
                at: job.now,
              });
            // Parts in order, each chained on the last (run's promises keep the transaction).
            const [first = [], ...more] = byteSizedParts(rows);
            let chain = writePart(first);
            for (const leads of more) chain = chain.then(() => writePart(leads));
            const write = chain.then(() => {
              progress.rowsWritten += rows.length;
              hooks.onProgress?.({ ...progress });
            });
            // Awaited below; this only keeps an abort from reporting an unhandled rejection.
            write.catch(() => undefined);
            inflight.push(write);
            // One part writing while the next is parsed.
            if (inflight.length > 1) await inflight.shift();
          } else {
            // Let a cancel message in even when nothing is being written.
            await db.meta.get('clientId');
          }
          hooks.onProgress?.({ ...progress });
        }
        for (const w of inflight) await w;
        if (cancelled()) throw new ImportError('cancelled');
        record.imported = counts.imported;
        record.duplicates = counts.duplicatesInFile + counts.duplicatesExisting;
        record.invalid = counts.invalid;
        record.skippedDnc = counts.skippedDnc;
        await db.imports.add(record);
      },
      [db.imports],
    );
  } catch (error) {
    throw toImportError(error);
  }
  return { counts, issues, record };
}
