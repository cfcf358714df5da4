import type { HTMLAttributes } from 'react';

/** A data-testid for slot props, whose attribute types do not list data-* keys. */
export function testId(id: string): HTMLAttributes<HTMLElement> {
  return { 'data-testid': id } as HTMLAttributes<HTMLElement>;
}
