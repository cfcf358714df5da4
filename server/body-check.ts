// Checks every JSON body at the edge, before any route reads it: no text with a NUL or half of a
// UTF-16 surrogate pair (PostgreSQL refuses a NUL in text and a lone surrogate cannot be stored
// as UTF-8, so either failed deep in a write as a 500 — and a desk resends a refused batch only
// after a 4xx), and no nesting deeper than any request of the API needs. A body that fails gets
// a 400 naming where the bad value is; nothing is read further or written.
import type { FastifyInstance } from 'fastify';
import { invalidRequest } from './errors';

/** Deeper than any request body of the API (a push's effects nest about ten levels). */
export const MAX_BODY_DEPTH = 32;

// A NUL, a high surrogate not followed by a low one, or a low one not after a high one.
// eslint-disable-next-line no-control-regex -- a NUL is what it looks for
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type BodyProblem = { path: string; problem: 'badText' | 'tooDeep' };

type Node = { value: unknown; key: string | number | null; parent: Node | null; depth: number };

/** `body.mutations[0].args.name`: where a node sits, built only for the one that failed. */
function pathOf(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent)
    parts.push(typeof n.key === 'number' ? `[${n.key}]` : `.${n.key}`);
  return `body${parts.reverse().join('')}`;
}

/** The first problem of a parsed JSON body, or null. Iterative: a deep body cannot overflow it. */
export function bodyProblem(body: unknown, maxDepth = MAX_BODY_DEPTH): BodyProblem | null {
  const stack: Node[] = [{ value: body, key: null, parent: null, depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value, depth } = node;
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) return { path: pathOf(node), problem: 'badText' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { path: pathOf(node), problem: 'tooDeep' };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: i, parent: node, depth: depth + 1 });
      continue;
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>).reverse()) {
      // A key is text too (custom fields, records keyed by id).
      if (BAD_TEXT.test(key)) return { path: pathOf(node), problem: 'badText' };
      stack.push({ value: v, key, parent: node, depth: depth + 1 });
    }
  }
  return null;
}

/** Refuses, on every route, a JSON body bodyProblem finds fault with. */
export function registerBodyCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined || request.body === null) return;
    // Raw bytes (a recording's chunk, an announcement's audio) are not text to check.
    if (Buffer.isBuffer(request.body)) return;
    const p = bodyProblem(request.body);
    if (!p) return;
    // Paths are cut short: a deep body's path would be as long as the body.
    const where = p.path.length > 200 ? `${p.path.slice(0, 200)}…` : p.path;
    throw invalidRequest(
      p.problem === 'badText'
        ? `${where}: text may not hold a NUL character or half of a character pair.`
        : `${where}: nested deeper than ${MAX_BODY_DEPTH} levels.`,
    );
  });
}
