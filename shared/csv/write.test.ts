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
    expect(csvCell('+90 532 123 45 67')).toBe('+90 532 123 45 67');
    expect(csvCell('-1.5')).toBe('-1.5');
  });

  // The payloads of OWASP's CSV-injection page and of the hardening review: every one stays text.
  it.each([
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['+HYPERLINK("http://x.example","click")', `"'+HYPERLINK(""http://x.example"",""click"")"`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ["@SUM(1+9)*cmd|' /C calc'!A0", `'@SUM(1+9)*cmd|' /C calc'!A0`],
    ['-HYPERLINK("x")', `"'-HYPERLINK(""x"")"`],
    ['+1+1', "'+1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0BHYPERLINK("x")', `"'\uFF0BHYPERLINK(""x"")"`],
    ['\uFF0D1+1', "'\uFF0D1+1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
  ])('defuses %j', (payload, written) => {
    expect(csvCell(payload)).toBe(written);
  });
});
