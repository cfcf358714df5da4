import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parser';
import { reportCsv, type ImportIssue } from './report';

const issues: ImportIssue[] = [
  {
    row: 9,
    kind: 'duplicateInFile',
    reason: null,
    value: '+905321234567',
    firstRow: 2,
    cells: ['Ali', '0532 123 45 67'],
  },
  {
    row: 4,
    kind: 'invalid',
    reason: 'phoneInvalid',
    value: '123',
    firstRow: null,
    cells: ['=cmd()', '123', 'extra'],
  },
];

describe('reportCsv', () => {
  const csv = reportCsv(issues, ['Name', 'Phone'], {
    row: 'Row',
    result: 'Result',
    detail: 'Detail',
    kind: (k) =>
      ({
        invalid: 'Invalid',
        duplicateInFile: 'Duplicate in file',
        duplicateExisting: 'Already on the desk',
        dnc: 'Do not call',
      })[k],
    describe: (i) => (i.reason ? `${i.reason}: ${i.value}` : `same as row ${i.firstRow}`),
  });

  it('lists the rows in file order with their reason and original cells, Excel-ready', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv.slice(1), ',')
      .map((r) => r.cells)
      .filter((c) => c.length > 1);
    expect(rows).toEqual([
      ['Row', 'Result', 'Detail', 'Name', 'Phone', ''],
      ['4', 'Invalid', 'phoneInvalid: 123', "'=cmd()", '123', 'extra'],
      ['9', 'Duplicate in file', 'same as row 2', 'Ali', '0532 123 45 67'],
    ]);
  });
});
