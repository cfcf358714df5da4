// UI state: the current work area, the lead open in each area, the call in progress, and what
// the desk knows about its connection.
import type { StateCreator } from 'zustand';
import type { Area } from './areas';

export type ConnectionState = 'online' | 'offline' | 'notConfigured';

export type UiSlice = {
  area: Area;
  connection: ConnectionState;
  /** The lead on screen per area (a call, a hand-off, a customer). */
  openLead: Partial<Record<Area, string | null>>;
  /** When the agent started dialling the open lead; null before dialling. */
  callStartedAt: number | null;
  /** The signed-in agent's callbacks that are due now (the badge on the hunter area). */
  callbacksDue: number;
  /** The call script the agent switched to, per lead, for this session. */
  scriptChoice: Record<string, string>;
  setArea: (area: Area) => void;
  setConnection: (connection: ConnectionState) => void;
  openLeadIn: (area: Area, leadId: string | null) => void;
  startCall: (at: number) => void;
  setCallbacksDue: (n: number) => void;
  /** Shows this script for the lead (null: back to the lead's default script). */
  pickScript: (leadId: string, scriptId: string | null) => void;
};

export function createUiSlice(initialArea: Area): StateCreator<UiSlice> {
  return (set) => ({
    area: initialArea,
    connection: 'notConfigured',
    openLead: {},
    callStartedAt: null,
    callbacksDue: 0,
    scriptChoice: {},
    setArea: (area) => set({ area }),
    setConnection: (connection) => set({ connection }),
    openLeadIn: (area, leadId) =>
      set((s) => ({
        openLead: { ...s.openLead, [area]: leadId },
        ...(area === 'hunter' ? { callStartedAt: null } : {}),
      })),
    startCall: (at) => set({ callStartedAt: at }),
    setCallbacksDue: (callbacksDue) => set({ callbacksDue }),
    pickScript: (leadId, scriptId) =>
      set((s) => {
        const { [leadId]: _old, ...rest } = s.scriptChoice;
        return { scriptChoice: scriptId === null ? rest : { ...rest, [leadId]: scriptId } };
      }),
  });
}
