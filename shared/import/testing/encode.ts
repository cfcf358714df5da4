// Test helper: text → bytes in the encodings a spreadsheet writes (TextEncoder only does UTF-8).

/** Encodes text in a single-byte Windows code page by inverting TextDecoder's table. */
export function encodeCodePage(
  text: string,
  codePage: 'windows-1256' | 'windows-1254',
): Uint8Array {
  const decoder = new TextDecoder(codePage);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${codePage} has no byte for ${ch}`);
    out.push(b);
  }
  return new Uint8Array(out);
}

/** UTF-16 with or without its byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (code: number) => {
    out[o++] = endian === 'le' ? code & 0xff : code >> 8;
    out[o++] = endian === 'le' ? code >> 8 : code & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}
