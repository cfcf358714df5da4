import { describe, expect, it } from 'vitest';
import { previewFile, readRecords } from './read-file';
import { encodeCodePage, encodeUtf16, utf8 } from './testing/encode';

describe('previewFile', () => {
  it('detects encoding and delimiter and splits off the header', () => {
    const p = previewFile(
      encodeCodePage('Ad Soyad;Telefon\r\nŞule Çelik;0532 123 45 67\r\n', 'windows-1254'),
    );
    expect(p).toMatchObject({
      encoding: 'windows-1254',
      delimiter: ';',
      hasHeader: true,
      header: ['Ad Soyad', 'Telefon'],
      columns: 2,
    });
    expect(p.rows.map((r) => r.cells)).toEqual([['Şule Çelik', '0532 123 45 67']]);
    expect(p.rows[0]!.row).toBe(2);
  });

  it('follows what the user chose over what it detected', () => {
    const bytes = encodeCodePage('الاسم,الهاتف\nعلي,050\n', 'windows-1256');
    const p = previewFile(bytes, { encoding: 'windows-1254', delimiter: ';', hasHeader: false });
    expect(p.encoding).toBe('windows-1254');
    expect(p.header).toEqual(['1']);
    expect(p.rows).toHaveLength(2);
  });

  it('numbers columns without a header and widens to the longest row', () => {
    const p = previewFile(utf8('a,b\nc,d,e\n'), { hasHeader: false });
    expect(p.header).toEqual(['1', '2', '3']);
  });
});

describe('readRecords', () => {
  it('reads a UTF-16 file in small chunks with a header, blank lines and quoted newlines', () => {
    const text =
      'Name\tPhone\tNote\r\n\r\nAli\t0532 111 22 33\t"two\r\nlines"\r\nVeli\t0532 444 55 66\tx\r\n';
    const bytes = encodeUtf16(text, 'le');
    const batches = [
      ...readRecords(bytes, { encoding: 'utf-16le', delimiter: '\t', hasHeader: true }, 1, 7),
    ];
    expect(batches.map((b) => b.records.map((r) => [r.row, ...r.cells]))).toEqual([
      [[3, 'Ali', '0532 111 22 33', 'two\r\nlines']],
      [[4, 'Veli', '0532 444 55 66', 'x']],
    ]);
    expect(batches.at(-1)!.bytesRead).toBe(bytes.length);
  });

  it('keeps an Arabic character split between chunks whole', () => {
    const bytes = utf8('الاسم\nمحمد\nفاطمة\n', true);
    for (const chunk of [1, 2, 3, 5]) {
      const rows = [
        ...readRecords(bytes, { encoding: 'utf-8', delimiter: ',', hasHeader: true }, 10, chunk),
      ].flatMap((b) => b.records.map((r) => r.cells[0]));
      expect(rows, `chunk ${chunk}`).toEqual(['محمد', 'فاطمة']);
    }
  });
});
