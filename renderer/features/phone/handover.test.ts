import { describe, expect, it } from 'vitest';
import { consultEndOf, handoverHeaders, parseHandover } from './handover';

const headersOf = (lines: string[]) => {
  const map = new Map(
    lines.map((l) => [
      l.slice(0, l.indexOf(':')).toLowerCase(),
      l.slice(l.indexOf(':') + 1).trim(),
    ]),
  );
  return (name: string) => map.get(name.toLowerCase());
};

describe('hand-over headers', () => {
  it('carry the lead and the customer in any script, and read back as sent', () => {
    const sent = handoverHeaders({ leadId: 'lead-42', summary: 'هشام الجمال — مؤسسة مصر; Ltd' });
    expect(sent.every((h) => /^[\x20-\x7e]+$/.test(h))).toBe(true);
    expect(parseHandover(headersOf(sent), 'Faisal')).toEqual({
      leadId: 'lead-42',
      from: 'Faisal',
      summary: 'هشام الجمال — مؤسسة مصر; Ltd',
    });
  });

  it('an ordinary call announces no hand-over', () => {
    expect(parseHandover(headersOf(['X-Other: 1']), 'x')).toBeNull();
  });

  it('a summary that is not percent-encoded is shown as it came; a strange id opens nothing', () => {
    const h = parseHandover(
      headersOf(['X-Transfer-Lead: ../../x', 'X-Transfer-Summary: 100%']),
      '',
    );
    expect(h).toEqual({ leadId: null, from: '', summary: '100%' });
  });

  it('cuts a long summary', () => {
    const sent = handoverHeaders({ leadId: 'l', summary: 'x'.repeat(500) });
    expect(parseHandover(headersOf(sent), 'a')?.summary).toHaveLength(200);
  });
});

describe('why a call to a colleague ended', () => {
  it.each([
    [486, '', 'busy'],
    [600, '', 'busy'],
    [603, '', 'declined'],
    [null, 'Rejected', 'declined'],
    [480, '', 'noAnswer'],
    [408, '', 'noAnswer'],
    [487, '', 'noAnswer'],
    [404, '', 'failed'],
    [null, 'Connection Error', 'failed'],
  ] as const)('%s %s → %s', (status, cause, expected) => {
    expect(consultEndOf(status, cause)).toBe(expected);
  });
});
