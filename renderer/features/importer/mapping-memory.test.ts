import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/import/columns';
import { createDeskDatabase, type DeskDatabase } from '../../db/schema';
import {
  loadImportSettings,
  mappingFor,
  rememberMapping,
  saveImportSettings,
} from './mapping-memory';

let db: DeskDatabase;
let n = 0;
beforeEach(() => {
  db = createDeskDatabase(`mapping-memory-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('mappingFor', () => {
  it('guesses a new kind of file, then remembers what the supervisor chose for it', async () => {
    const headers = ['Ad Soyad', 'Telefon', 'Bölge'];
    expect(await mappingFor(db, headers)).toEqual({
      mapping: [{ kind: 'name' }, { kind: 'phone' }, { kind: 'custom', key: 'Bölge' }],
      remembered: false,
    });
    const chosen: ColumnMapping = [{ kind: 'name' }, { kind: 'phone' }, { kind: 'ignore' }];
    await rememberMapping(db, headers, chosen);
    // The same headers, typed differently, are the same kind of file.
    expect(await mappingFor(db, ['AD SOYAD', 'telefon', 'BÖLGE'])).toEqual({
      mapping: chosen,
      remembered: true,
    });
    // Other headers are not.
    expect((await mappingFor(db, ['Ad Soyad', 'Telefon'])).remembered).toBe(false);
  });
});

describe('import settings', () => {
  it('keeps the default country, and drops one that is not a country', async () => {
    expect(await loadImportSettings(db)).toBeNull();
    await saveImportSettings(db, { defaultCountry: 'SA' });
    expect(await loadImportSettings(db)).toEqual({ defaultCountry: 'SA' });
    await db.meta.put({ key: 'importSettings', value: { defaultCountry: 'XX' } });
    expect(await loadImportSettings(db)).toEqual({ defaultCountry: null });
  });
});
