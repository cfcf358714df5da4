// The name an item is listed under, in the editing language (falling back like the agent screens).
import type { ContentLanguage, Localized } from '../../../../shared/domain/localized-content';
import { resolveLocalized } from '../../../../shared/domain/localized-content';
import type { ContentRow } from '../../../../shared/domain/content';

export function contentTitle(row: ContentRow): Localized<string> {
  return row.kind === 'objection' ? row.data.title : row.data.name;
}

export function contentLabel(
  row: ContentRow,
  language: ContentLanguage,
  orgDefault: ContentLanguage,
): string {
  return resolveLocalized(contentTitle(row), language, orgDefault)?.value ?? row.id;
}
