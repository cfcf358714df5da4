// The sync server's refresh tokens, encrypted with the OS keychain through Electron safeStorage
// and kept in one file in the user-data folder. Without OS encryption a token is kept in memory
// only: never written in clear text. On Linux without a secret service (no GNOME keyring or
// KWallet), safeStorage "encrypts" with a key built into Chromium (`basic_text`): as good as
// clear text, so the vault refuses it the same way and says why.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: the secret store behind the encryption (`basic_text` when there is none). */
  getSelectedStorageBackend?(): string;
};

/** Why a token was kept in memory only: no OS encryption, or only Chromium's built-in key. */
export type NotPersistedReason = 'noEncryption' | 'weakEncryption';

export type SaveResult = { persisted: true } | { persisted: false; reason: NotPersistedReason };

export class TokenVault {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** Why tokens cannot be written to disk on this machine, or null when they can. */
  whyNotPersisted(): NotPersistedReason | null {
    if (!this.safeStorage.isEncryptionAvailable()) return 'noEncryption';
    if (
      this.platform === 'linux' &&
      this.safeStorage.getSelectedStorageBackend?.() === 'basic_text'
    )
      return 'weakEncryption';
    return null;
  }

  /**
   * Stores `token` for `account`. Where the OS cannot encrypt it properly it is kept in memory
   * only (the person signs in again after a restart), and any older copy on disk is removed.
   */
  save(account: string, token: string): SaveResult {
    this.memory.set(account, token);
    const reason = this.whyNotPersisted();
    if (reason !== null) {
      this.forgetOnDisk(account);
      return { persisted: false, reason };
    }
    const all = this.read();
    all[account] = this.safeStorage.encryptString(token).toString('base64');
    this.write(all);
    return { persisted: true };
  }

  load(account: string): string | null {
    const inMemory = this.memory.get(account);
    if (inMemory) return inMemory;
    const stored = this.read()[account];
    if (!stored || this.whyNotPersisted() !== null) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // Encrypted by another OS user or keychain: useless here; sign in again.
      return null;
    }
  }

  clear(account: string): boolean {
    this.memory.delete(account);
    this.forgetOnDisk(account);
    return true;
  }

  private forgetOnDisk(account: string): void {
    const all = this.read();
    if (!(account in all)) return;
    this.write(Object.fromEntries(Object.entries(all).filter(([k]) => k !== account)));
  }

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch {
      return {};
    }
  }

  private write(all: Record<string, string>): void {
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename: a crash mid-write never leaves half a file.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(all), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
