import { describe, expect, it } from 'vitest';
import { CsvParser, isBlankRecord, parseCsv, sniffDelimiter } from './csv-parser';

const cells = (text: string, d: ',' | ';' | '\t' | '|' = ',') =>
  parseCsv(text, d).map((r) => r.cells);

describe('CsvParser', () => {
  it('parses quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(cells('a,"b,c","say ""hi""","line1\r\nline2"\r\nx,y,z,w\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line1\r\nline2'],
      ['x', 'y', 'z', 'w'],
    ]);
  });

  it('ends records on CRLF, LF and a lone CR, and keeps the last line without a break', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('numbers records as a spreadsheet shows rows, blank lines counted', () => {
    const records = parseCsv('h1,h2\n\na,"multi\nline"\n\n\nb,c\n', ',');
    expect(records.filter((r) => !isBlankRecord(r.cells)).map((r) => r.row)).toEqual([1, 3, 6]);
  });

  it('keeps ragged rows as they are', () => {
    expect(cells('a,b,c\n1\n1,2,3,4\n')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = 'name;"note"\r\n"Ayşe ""A"" Y";"x;\r\ny"\r\n\r\nb;c\r';
    const whole = cells(text, ';');
    for (const size of [1, 2, 3, 5, 7]) {
      const p = new CsvParser(';');
      const out = [];
      for (let i = 0; i < text.length; i += size) out.push(...p.push(text.slice(i, i + size)));
      out.push(...p.end());
      expect(
        out.map((r) => r.cells),
        `chunk ${size}`,
      ).toEqual(whole);
      expect(out.map((r) => r.row)).toEqual(parseCsv(text, ';').map((r) => r.row));
    }
  });

  it('closes an unterminated quote at the end of the input', () => {
    expect(cells('a,"open\nstill')).toEqual([['a', 'open\nstill']]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(cells('5" pipe,2\n')).toEqual([['5" pipe', '2']]);
  });
});

describe('sniffDelimiter', () => {
  it('finds commas, semicolons, tabs and pipes', () => {
    expect(sniffDelimiter('name,phone\nA,1\nB,2\n')).toBe(',');
    expect(sniffDelimiter('name;phone;note\nA;1;"x, y"\nB;2;z\n')).toBe(';');
    expect(sniffDelimiter('name\tphone\nA, Jr\t1\nB\t2\n')).toBe('\t');
    expect(sniffDelimiter('name|phone\nA|1\n')).toBe('|');
  });

  it('is not fooled by commas inside quoted semicolon-separated cells', () => {
    expect(sniffDelimiter('"a, b";"c, d";e\n"f, g";"h, i";j\n')).toBe(';');
  });

  it('falls back to a comma for a single column', () => {
    expect(sniffDelimiter('phone\n1\n2\n')).toBe(',');
  });
});
