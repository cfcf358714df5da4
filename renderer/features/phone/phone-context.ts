import { createContext, useContext } from 'react';
import type { DeskPhone } from '../../../shared/domain/telephony';
import type { Softphone } from './softphone';

export type PhoneHandle = { softphone: Softphone; phone: DeskPhone };

/** The desk's softphone and its account, when it has one (null: dial links, as in the demo). */
export const PhoneContext = createContext<PhoneHandle | null>(null);

export function usePhone(): PhoneHandle | null {
  return useContext(PhoneContext);
}
