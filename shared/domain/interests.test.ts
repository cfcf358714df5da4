import { describe, expect, it } from 'vitest';
import { interestsFit, splitInterests, tidyInterests } from './interests';

describe('interests', () => {
  it('trims, drops blanks and keeps each once whatever its case', () => {
    expect(tidyInterests([' Solar  panels ', 'solar panels', '', 'Maintenance'])).toEqual([
      'Solar panels',
      'Maintenance',
    ]);
  });

  it('splits one field at Latin and Arabic commas, semicolons and lines', () => {
    expect(splitInterests('طاقة شمسية، بطاريات, طاقة شمسية ;Filters\nfilters,, ')).toEqual([
      'طاقة شمسية',
      'بطاريات',
      'Filters',
    ]);
    expect(splitInterests('')).toEqual([]);
  });

  it('fits a lead only with at most 30 tags of at most 60 characters', () => {
    expect(interestsFit(['a'.repeat(60)])).toBe(true);
    expect(interestsFit(['a'.repeat(61)])).toBe(false);
    expect(interestsFit(Array.from({ length: 31 }, (_, i) => `t${i}`))).toBe(false);
  });
});
