// The agent's choice of microphone and speaker, remembered on this computer (device ids are not
// secrets; the SIP credentials never go here).
import type { AudioDevices } from './softphone';

const KEY = 'salesdesk.audioDevices';

export function loadAudioDevices(storage: Pick<Storage, 'getItem'>): AudioDevices {
  try {
    const v = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<AudioDevices> | null;
    return {
      inputId: typeof v?.inputId === 'string' ? v.inputId : null,
      outputId: typeof v?.outputId === 'string' ? v.outputId : null,
    };
  } catch {
    return { inputId: null, outputId: null };
  }
}

export function saveAudioDevices(storage: Pick<Storage, 'setItem'>, devices: AudioDevices): void {
  storage.setItem(KEY, JSON.stringify(devices));
}
