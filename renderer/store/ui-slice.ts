// UI state: the current work area and what the desk knows about its connection.
import type { StateCreator } from 'zustand';
import type { Area } from './areas';

export type ConnectionState = 'online' | 'offline' | 'notConfigured';

export type UiSlice = {
  area: Area;
  connection: ConnectionState;
  setArea: (area: Area) => void;
  setConnection: (connection: ConnectionState) => void;
};

export function createUiSlice(initialArea: Area): StateCreator<UiSlice> {
  return (set) => ({
    area: initialArea,
    connection: 'notConfigured',
    setArea: (area) => set({ area }),
    setConnection: (connection) => set({ connection }),
  });
}
