// Remembers how the supervisor matched the columns of a kind of file (same headers → same
// mapping next time) and the import settings they last used, in the desk's meta table.
import type { CountryCode } from 'libphonenumber-js';
import {
  guessMapping,
  headerSignature,
  isMappingFor,
  type ColumnMapping,
} from '../../../shared/import/columns';
import { isCountryCode } from '../../../shared/import/countries';
import type { DeskDatabase } from '../../db/schema';

const MAPPING_PREFIX = 'importMapping:';
const SETTINGS_KEY = 'importSettings';

export type RememberedMapping = { mapping: ColumnMapping; remembered: boolean };

/** The mapping used last time for these headers, else one guessed from the header names. */
export async function mappingFor(
  db: DeskDatabase,
  headers: readonly string[],
): Promise<RememberedMapping> {
  const row = await db.meta.get(MAPPING_PREFIX + headerSignature(headers));
  if (isMappingFor(row?.value, headers.length)) return { mapping: row.value, remembered: true };
  return { mapping: guessMapping(headers), remembered: false };
}

export async function rememberMapping(
  db: DeskDatabase,
  headers: readonly string[],
  mapping: ColumnMapping,
): Promise<void> {
  await db.meta.put({ key: MAPPING_PREFIX + headerSignature(headers), value: mapping });
}

export type ImportSettings = { defaultCountry: CountryCode | null };

export async function loadImportSettings(db: DeskDatabase): Promise<ImportSettings | null> {
  const value = (await db.meta.get(SETTINGS_KEY))?.value as
    { defaultCountry?: unknown } | undefined;
  if (!value) return null;
  const c = value.defaultCountry;
  return { defaultCountry: typeof c === 'string' && isCountryCode(c) ? c : null };
}

export async function saveImportSettings(
  db: DeskDatabase,
  settings: ImportSettings,
): Promise<void> {
  await db.meta.put({ key: SETTINGS_KEY, value: settings });
}
