// Pseudo-localisation: accented, ~40% longer, bracketed strings to expose hard-coded text and
// layouts that break when translations grow. Interpolations ({{x}}) are left intact.
const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  r: 'ŕ',
  s: 'ş',
  t: 'ţ',
  u: 'ü',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  G: 'Ğ',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  S: 'Ş',
  U: 'Ü',
  Y: 'Ý',
};

export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const body = parts
    .map((p) => (p.startsWith('{{') ? p : [...p].map((ch) => ACCENTS[ch] ?? ch).join('')))
    .join('');
  const padding = '~'.repeat(Math.max(1, Math.round(text.length * 0.4)));
  return `[${body}${padding}]`;
}

type Tree = { [key: string]: string | Tree };

export function pseudoCatalog(tree: Tree): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(tree))
    out[k] = typeof v === 'string' ? pseudoLocalize(v) : pseudoCatalog(v);
  return out;
}
