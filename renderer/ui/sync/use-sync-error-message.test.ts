// The server's answers the desk turns into a sentence: a full recording store (507) is said as
// such, not as an unreachable server; other 5xx still are.
import { describe, expect, it } from 'vitest';
import { SyncHttpError } from '../../sync/errors';
import { syncErrorCode } from './use-sync-error-message';
import en from '../../i18n/locales/sync/en.json';
import ar from '../../i18n/locales/sync/ar.json';
import tr from '../../i18n/locales/sync/tr.json';

describe('syncErrorCode', () => {
  it('tells a full recording store apart from an unreachable server', () => {
    expect(syncErrorCode(new SyncHttpError(507, 'storageFull', 'full'))).toBe('storageFull');
    expect(syncErrorCode(new SyncHttpError(503, 'internal_error', 'down'))).toBe('unreachable');
    expect(syncErrorCode(new SyncHttpError(409, 'notUploaded', 'wait'))).toBe('notUploaded');
    for (const catalog of [en, ar, tr]) {
      expect(catalog.errors.storageFull).toBeTruthy();
      expect(catalog.errors.notUploaded).toBeTruthy();
    }
  });
});
