import { describe, expect, it } from 'vitest';
import { bodyProblem, MAX_BODY_DEPTH } from './body-check';

/** `[[[…]]]` nested `levels` deep. */
function nested(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

describe('bodyProblem', () => {
  it('passes every script’s letters, emoji and ordinary control characters of text', () => {
    expect(
      bodyProblem({
        name: 'محمد العتيبي',
        company: 'Güneş Ltd',
        notes: 'line\r\nnext\ttab 👋',
        custom: { Sektör: 'Perakende' },
        list: [1, true, null, { deep: ['ok'] }],
      }),
    ).toBeNull();
  });

  it.each([
    [
      'a NUL in a value',
      { mutations: [{ args: { text: 'a\u0000b' } }] },
      'body.mutations[0].args.text',
    ],
    ['a lone high surrogate', { email: 'x\uD800@y.example' }, 'body.email'],
    ['a lone low surrogate', { name: '\uDC00abc' }, 'body.name'],
    ['a surrogate pair cut at the end', { name: 'abc\uD83D' }, 'body.name'],
    ['a NUL in a key', { custom: { 'a\u0000': 'v' } }, 'body.custom'],
    ['a NUL in a top-level string', 'a\u0000', 'body'],
  ])('names the place of %s', (_what, body, path) => {
    expect(bodyProblem(body)).toEqual({ path, problem: 'badText' });
  });

  it('refuses nesting past the limit without overflowing, however deep', () => {
    expect(bodyProblem(nested(MAX_BODY_DEPTH))).toBeNull();
    expect(bodyProblem(nested(MAX_BODY_DEPTH + 1))).toMatchObject({ problem: 'tooDeep' });
    expect(bodyProblem(nested(100_000))).toMatchObject({ problem: 'tooDeep' });
  });
});
