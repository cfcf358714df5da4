import { describe, expect, it } from 'vitest';
import { codePageScore, createDecoder, detectEncoding } from './encoding';
import { encodeCodePage, encodeUtf16, utf8 } from './testing/encode';

const ARABIC_CSV =
  'الاسم,الهاتف,الشركة\r\nمحمد العتيبي,0501234567,مؤسسة النخيل\r\nفاطمة الزهراء,0559876543,شركة المياه الصافية\r\n';
const TURKISH_CSV =
  'Ad Soyad;Telefon;Şirket\r\nAyşe Yılmaz;0532 123 45 67;Güneş Ticaret\r\nİbrahim Öztürk;0533 765 43 21;Çağrı Yazılım\r\n';

describe('detectEncoding', () => {
  it('trusts a byte-order mark first', () => {
    expect(detectEncoding(utf8('Name,Phone\n', true))).toEqual({ encoding: 'utf-8', by: 'bom' });
    expect(detectEncoding(encodeUtf16('Name,Phone\n', 'le')).encoding).toBe('utf-16le');
    expect(detectEncoding(encodeUtf16('Name,Phone\n', 'be')).encoding).toBe('utf-16be');
  });

  it('recognises UTF-8 without a mark, Arabic and Turkish alike', () => {
    expect(detectEncoding(utf8(ARABIC_CSV))).toEqual({ encoding: 'utf-8', by: 'utf8' });
    expect(detectEncoding(utf8(TURKISH_CSV)).encoding).toBe('utf-8');
    expect(detectEncoding(utf8('plain,ascii\n')).encoding).toBe('utf-8');
  });

  it('keeps UTF-8 when the sample ends in the middle of a character', () => {
    const bytes = utf8('الاسم,الهاتف');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  it('finds UTF-16 without a mark by its zero bytes', () => {
    expect(detectEncoding(encodeUtf16(TURKISH_CSV, 'le', false)).encoding).toBe('utf-16le');
    expect(detectEncoding(encodeUtf16(TURKISH_CSV, 'be', false)).encoding).toBe('utf-16be');
  });

  it('tells Arabic Windows-1256 from Turkish Windows-1254', () => {
    expect(detectEncoding(encodeCodePage(ARABIC_CSV, 'windows-1256'))).toEqual({
      encoding: 'windows-1256',
      by: 'score',
    });
    expect(detectEncoding(encodeCodePage(TURKISH_CSV, 'windows-1254')).encoding).toBe(
      'windows-1254',
    );
    // Whatever the tie-break preference says.
    expect(
      detectEncoding(encodeCodePage(TURKISH_CSV, 'windows-1254'), 'windows-1256').encoding,
    ).toBe('windows-1254');
    expect(
      detectEncoding(encodeCodePage(ARABIC_CSV, 'windows-1256'), 'windows-1254').encoding,
    ).toBe('windows-1256');
  });

  it('detects short single-word cells too', () => {
    expect(detectEncoding(encodeCodePage('Ad,Tel\nŞükrü,1\n', 'windows-1254')).encoding).toBe(
      'windows-1254',
    );
    expect(detectEncoding(encodeCodePage('n,t\nعلي,1\n', 'windows-1256')).encoding).toBe(
      'windows-1256',
    );
  });

  it('scores mojibake below the real language', () => {
    const tr = encodeCodePage(TURKISH_CSV, 'windows-1254');
    expect(codePageScore(new TextDecoder('windows-1256').decode(tr), 'windows-1256')).toBeLessThan(
      0,
    );
    expect(
      codePageScore(new TextDecoder('windows-1254').decode(tr), 'windows-1254'),
    ).toBeGreaterThan(0);
  });
});

describe('createDecoder', () => {
  it('drops the byte-order mark and decodes across chunk boundaries', () => {
    const bytes = utf8('الاسم', true);
    const d = createDecoder('utf-8');
    const text = d.decode(bytes.subarray(0, 4), { stream: true }) + d.decode(bytes.subarray(4));
    expect(text).toBe('الاسم');
  });
});
