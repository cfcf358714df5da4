// Reads a do-not-call file of any size piece by piece (never the whole text in memory at once),
// reporting how far it got, so a national registry of millions of lines keeps the desk responsive.
import type { CountryCode } from 'libphonenumber-js';
import { createDncFileReader, type DncFileResult } from '../../../shared/domain/dnc';

export async function readDncFile(
  file: Blob,
  defaultCountry: CountryCode | undefined,
  onProgress: (ratio: number) => void,
): Promise<DncFileResult> {
  const reader = createDncFileReader(defaultCountry);
  const stream = file.stream().pipeThrough(new TextDecoderStream());
  const chunks = stream.getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await chunks.read();
    if (done) break;
    reader.push(value);
    read += value.length;
    onProgress(file.size ? Math.min(1, read / file.size) : 1);
  }
  return reader.end();
}
