// Where recordings' bytes live (issue 13). The database holds each recording's metadata; the
// audio goes through this interface, so a later object-storage store (S3 and the like: a chunk
// is a part, `assemble` a multipart completion, `openRange` a ranged GET) can replace the file
// store without touching the routes. The file store keeps everything under
// `<dataDir>/recordings/<organisationId>/`:
//   <id>.parts/<seq>     the chunks received so far, until the recording is assembled
//   <id>.audio           the whole recording, once its size and SHA-256 were checked
//   announcement-<lang>  the organisation's recording notice played to customers at answer
// Every file is written to a temporary name, flushed to disk (fsync) and then renamed, so a crash
// or a full disk never leaves half a file under a name that is served.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export const ANNOUNCEMENT_LANGUAGES = ['en', 'ar', 'tr'] as const;
export type AnnouncementLanguage = (typeof ANNOUNCEMENT_LANGUAGES)[number];

/** The disk (or the bucket's quota) is full: nothing was written. Routes answer 507. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The server has no room left to store recordings.', options);
    this.name = 'StorageFullError';
  }
}

export type AssembleResult =
  | { ok: true; size: number; sha256: string }
  /** The chunks put together are not the declared file: nothing kept, chunks left to resend. */
  | { ok: false; size: number; sha256: string };

export type RecordingStore = {
  /** Stores chunk `seq` of a recording, whole or not at all (replaces one already there). */
  putChunk(organisationId: string, id: string, seq: number, data: Buffer): Promise<void>;
  /** Whether chunk `seq` is held. */
  hasChunk(organisationId: string, id: string, seq: number): Promise<boolean>;
  /**
   * Concatenates chunks 0 … chunks − 1 into the recording while hashing them; keeps it only when
   * its size and SHA-256 are the expected ones (then the chunks are dropped). Idempotent: an
   * assembled recording answers ok again.
   */
  assemble(
    organisationId: string,
    id: string,
    chunks: number,
    expected: { size: number; sha256: string },
  ): Promise<AssembleResult>;
  /** The assembled recording's size in bytes; null when there is none. */
  size(organisationId: string, id: string): Promise<number | null>;
  /** Bytes start … end (inclusive) of the assembled recording. */
  openRange(organisationId: string, id: string, start: number, end: number): Readable;
  /** Drops the recording and any chunks of it; nothing there is fine. */
  delete(organisationId: string, id: string): Promise<void>;
  /** The organisation's recording notice in one language (≤ 1 MiB). */
  putAnnouncement(organisationId: string, lang: AnnouncementLanguage, data: Buffer): Promise<void>;
  readAnnouncement(organisationId: string, lang: AnnouncementLanguage): Promise<Buffer | null>;
  deleteAnnouncement(organisationId: string, lang: AnnouncementLanguage): Promise<void>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkId(value: string): string {
  // Ids become file names: only a UUID may (no `..`, no separators).
  if (!UUID.test(value)) throw new Error(`Not a recording or organisation id: ${value}`);
  return value;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function isFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Recordings as files in a folder (the server's data folder by default). */
export class FileRecordingStore implements RecordingStore {
  constructor(readonly root: string) {}

  private orgDir(organisationId: string): string {
    return join(this.root, checkId(organisationId));
  }

  private partsDir(organisationId: string, id: string): string {
    return join(this.orgDir(organisationId), `${checkId(id)}.parts`);
  }

  private audioPath(organisationId: string, id: string): string {
    return join(this.orgDir(organisationId), `${checkId(id)}.audio`);
  }

  private announcementPath(organisationId: string, lang: AnnouncementLanguage): string {
    if (!ANNOUNCEMENT_LANGUAGES.includes(lang)) throw new Error(`No such language: ${lang}`);
    return join(this.orgDir(organisationId), `announcement-${lang}`);
  }

  /** Writes one piece to an open file; tests override it to simulate a full disk. */
  protected async write(handle: FileHandle, data: Buffer): Promise<void> {
    await handle.write(data);
  }

  /**
   * Writes a file through a temporary name, fsync and rename: `fill` writes the content through
   * `put`; whatever fails (a full disk above all) leaves no file behind. `keep` decides, after
   * the content is on disk, whether it takes `path`'s name (else it is dropped).
   */
  private async atomicWrite<T>(
    path: string,
    fill: (put: (data: Buffer) => Promise<void>) => Promise<T>,
    keep: (result: T) => boolean = () => true,
  ): Promise<T> {
    const dir = join(path, '..');
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
    let handle: FileHandle | null = null;
    try {
      handle = await open(tmp, 'wx');
      const h = handle;
      const result = await fill((data) => this.write(h, data));
      await h.sync();
      await h.close();
      handle = null;
      if (keep(result)) await rename(tmp, path);
      else await unlink(tmp);
      return result;
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      if (isFull(error)) throw new StorageFullError({ cause: error });
      throw error;
    }
  }

  async putChunk(organisationId: string, id: string, seq: number, data: Buffer): Promise<void> {
    const path = join(this.partsDir(organisationId, id), String(seq));
    await this.atomicWrite(path, (put) => put(data));
  }

  async hasChunk(organisationId: string, id: string, seq: number): Promise<boolean> {
    try {
      await stat(join(this.partsDir(organisationId, id), String(seq)));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async assemble(
    organisationId: string,
    id: string,
    chunks: number,
    expected: { size: number; sha256: string },
  ): Promise<AssembleResult> {
    const done = await this.size(organisationId, id);
    if (done !== null) return { ok: true, size: done, sha256: expected.sha256 };
    const parts = this.partsDir(organisationId, id);
    const result = await this.atomicWrite(
      this.audioPath(organisationId, id),
      async (put) => {
        const hash = createHash('sha256');
        let size = 0;
        // One chunk (≤ 1 MiB) in memory at a time, whatever the recording's length.
        for (let seq = 0; seq < chunks; seq++) {
          const data = await readFile(join(parts, String(seq)));
          hash.update(data);
          size += data.length;
          await put(data);
        }
        const sha256 = hash.digest('hex');
        return { ok: size === expected.size && sha256 === expected.sha256, size, sha256 };
      },
      (r) => r.ok,
    );
    if (result.ok) await rm(parts, { recursive: true, force: true });
    return result;
  }

  async size(organisationId: string, id: string): Promise<number | null> {
    try {
      return (await stat(this.audioPath(organisationId, id))).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  openRange(organisationId: string, id: string, start: number, end: number): Readable {
    return createReadStream(this.audioPath(organisationId, id), { start, end });
  }

  async delete(organisationId: string, id: string): Promise<void> {
    await rm(this.audioPath(organisationId, id), { force: true });
    await rm(this.partsDir(organisationId, id), { recursive: true, force: true });
  }

  async putAnnouncement(
    organisationId: string,
    lang: AnnouncementLanguage,
    data: Buffer,
  ): Promise<void> {
    await this.atomicWrite(this.announcementPath(organisationId, lang), (put) => put(data));
  }

  async readAnnouncement(
    organisationId: string,
    lang: AnnouncementLanguage,
  ): Promise<Buffer | null> {
    try {
      return await readFile(this.announcementPath(organisationId, lang));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async deleteAnnouncement(organisationId: string, lang: AnnouncementLanguage): Promise<void> {
    await rm(this.announcementPath(organisationId, lang), { force: true });
  }

  /** Every file name under an organisation's folder (tests: nothing half-written stays). */
  async files(organisationId: string): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: string, prefix: string) => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const e of entries) {
        if (e.isDirectory()) await walk(join(dir, e.name), `${prefix}${e.name}/`);
        else out.push(`${prefix}${e.name}`);
      }
    };
    await walk(this.orgDir(organisationId), '');
    return out.sort();
  }
}
