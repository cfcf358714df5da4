// Local ESLint rules: untranslated JSX text, unknown i18n keys, hard-coded colours.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const localesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'renderer',
  'i18n',
  'locales',
);
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];
const TEXT_ATTRIBUTES = new Set([
  'label',
  'title',
  'placeholder',
  'alt',
  'aria-label',
  'helperText',
  'tooltip',
  'aria-description',
]);

/** Flattens a nested catalog into dotted keys. */
export function flatten(tree, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, key, out);
    else out.set(key, v);
  }
  return out;
}

let cache;
/** Each language's core catalog plus the feature namespaces in locales/<namespace>/<lang>.json. */
function catalogs() {
  if (!cache) {
    const namespaces = readdirSync(localesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    cache = readdirSync(localesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const lang = f.replace(/\.json$/, '');
        const tree = JSON.parse(readFileSync(join(localesDir, f), 'utf8'));
        for (const ns of namespaces) {
          const file = join(localesDir, ns, f);
          tree[ns] = JSON.parse(readFileSync(file, 'utf8'));
        }
        return { lang, keys: flatten(tree) };
      });
  }
  return cache;
}

function hasKey(keys, key) {
  return keys.has(key) || PLURAL_SUFFIXES.some((s) => keys.has(key + s));
}

const hasLetters = (s) => /\p{L}/u.test(s);

const noLiteralJsxText = {
  meta: {
    type: 'problem',
    messages: {
      literal: 'Untranslated text "{{text}}": use t() with a key in renderer/i18n/locales.',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (hasLetters(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        const e = node.expression;
        if (node.parent?.type === 'JSXElement' || node.parent?.type === 'JSXFragment') {
          if (e.type === 'Literal' && typeof e.value === 'string' && hasLetters(e.value))
            report(node, e.value);
          if (
            e.type === 'TemplateLiteral' &&
            e.quasis.some((q) => hasLetters(q.value.cooked ?? ''))
          )
            report(node, e.quasis[0]?.value.cooked ?? '');
        }
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
        if (!TEXT_ATTRIBUTES.has(name) || !node.value) return;
        const v = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (v.type === 'Literal' && typeof v.value === 'string' && hasLetters(v.value))
          report(node, v.value);
      },
    };
  },
};

const knownI18nKey = {
  meta: {
    type: 'problem',
    messages: { missing: 'i18n key "{{key}}" is missing from {{langs}}.' },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        const isT =
          (callee.type === 'Identifier' && callee.name === 't') ||
          (callee.type === 'MemberExpression' &&
            callee.property.type === 'Identifier' &&
            callee.property.name === 't');
        const arg = node.arguments[0];
        if (!isT || !arg || arg.type !== 'Literal' || typeof arg.value !== 'string') return;
        const missing = catalogs()
          .filter((c) => !hasKey(c.keys, arg.value))
          .map((c) => c.lang);
        if (missing.length > 0)
          context.report({
            node: arg,
            messageId: 'missing',
            data: { key: arg.value, langs: missing.join(', ') },
          });
      },
    };
  },
};

const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\(.*\))$/i;
const noHardcodedColors = {
  meta: {
    type: 'problem',
    messages: { colour: 'Hard-coded colour "{{value}}": use a theme token (renderer/theme).' },
    schema: [],
  },
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value === 'string' && COLOUR.test(node.value.trim()))
          context.report({ node, messageId: 'colour', data: { value: node.value } });
      },
    };
  },
};

export default {
  meta: { name: 'salesdesk' },
  rules: {
    'no-literal-jsx-text': noLiteralJsxText,
    'known-i18n-key': knownI18nKey,
    'no-hardcoded-colors': noHardcodedColors,
  },
};
