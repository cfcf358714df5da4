import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './write';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and keeps Arabic and Turkish text as is', () => {
    const csv = toCsv(['الاسم', 'Şirket'], [['فيصل', 'Çay Ltd.']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}الاسم,Şirket\r\nفيصل,Çay Ltd.\r\n`);
  });

  it('quotes commas, quotes and new lines, and writes empty cells for nothing', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('defuses formulas but keeps phone numbers and negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+905321234567')).toBe('+905321234567');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell(-12)).toBe('-12');
  });
});
