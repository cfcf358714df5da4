// The sync server's refresh tokens, encrypted with the OS keychain through Electron safeStorage
// and kept in one file in the user-data folder. Without OS encryption a token is kept in memory
// only: never written in clear text.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

export class TokenVault {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly safeStorage: SafeStorageLike,
  ) {}

  /** Stores `token` for `account`; false when it could only be kept in memory. */
  save(account: string, token: string): boolean {
    this.memory.set(account, token);
    if (!this.safeStorage.isEncryptionAvailable()) return false;
    const all = this.read();
    all[account] = this.safeStorage.encryptString(token).toString('base64');
    this.write(all);
    return true;
  }

  load(account: string): string | null {
    const inMemory = this.memory.get(account);
    if (inMemory) return inMemory;
    const stored = this.read()[account];
    if (!stored || !this.safeStorage.isEncryptionAvailable()) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // Encrypted by another OS user or keychain: useless here; sign in again.
      return null;
    }
  }

  clear(account: string): boolean {
    this.memory.delete(account);
    const all = this.read();
    if (!(account in all)) return true;
    this.write(Object.fromEntries(Object.entries(all).filter(([k]) => k !== account)));
    return true;
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
