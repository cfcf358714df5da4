// Fresh and duplicated content items for the editors.
import type {
  CallScript,
  ClosingTechnique,
  ClosingTechniqueId,
  MessageTemplate,
  MessageTemplateId,
  ObjectionCard,
  ObjectionCardId,
  Product,
  ProductId,
  ScriptId,
  ScriptRole,
} from '../../../../shared/domain/content';
import { uuidv7 } from '../../../../shared/domain/ids';
import type { ContentLanguage, Localized } from '../../../../shared/domain/localized-content';
import type { ContentKind, ContentRow } from '../../../../shared/domain/content';

/** The random tail of a UUIDv7: short, and new ids sort after the kind's existing ones. */
const shortId = () => uuidv7().slice(-12);

export type NewContentOptions = {
  role: ScriptRole;
  productId: ProductId | null;
  currency: string;
};

export function newContent(kind: ContentKind, o: NewContentOptions): ContentRow {
  const id = `${kind}-${shortId()}`;
  switch (kind) {
    case 'script': {
      const data: CallScript = {
        id: id as ScriptId,
        role: o.role,
        name: {},
        productId: o.productId,
        steps: [{ id: 'greeting', phase: 'greeting', title: {}, lines: {}, branches: [] }],
      };
      return { id, kind, data };
    }
    case 'objection': {
      const data: ObjectionCard = {
        id: id as ObjectionCardId,
        category: 'price',
        title: {},
        objection: {},
        responses: {},
      };
      return { id, kind, data };
    }
    case 'closing': {
      const data: ClosingTechnique = {
        id: id as ClosingTechniqueId,
        kind: 'alternativeChoice',
        name: {},
        description: {},
        examples: {},
      };
      return { id, kind, data };
    }
    case 'product': {
      const data: Product = {
        id: id as ProductId,
        name: {},
        summary: {},
        price: 0,
        currency: o.currency,
        billing: 'monthly',
        fab: [],
        crossSell: [],
      };
      return { id, kind, data };
    }
    case 'message': {
      const data: MessageTemplate = {
        id: id as MessageTemplateId,
        name: {},
        channels: [],
        subject: {},
        body: {},
      };
      return { id, kind, data };
    }
  }
}

/** "Name (2)" in every language the name is written in. */
function copyName(name: Localized<string>): Localized<string> {
  const out: Localized<string> = {};
  for (const [l, v] of Object.entries(name) as [ContentLanguage, string][]) out[l] = `${v} (2)`;
  return out;
}

/** A copy under a new id that sorts right after the original. */
export function duplicateContent(row: ContentRow): ContentRow {
  const id = `${row.id}-copy-${shortId()}`;
  const copy = structuredClone(row);
  copy.id = id;
  copy.data.id = id as never;
  if (copy.kind === 'objection') copy.data.title = copyName(copy.data.title);
  else copy.data.name = copyName(copy.data.name);
  return copy;
}
