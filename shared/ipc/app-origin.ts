// Where the desktop app's own pages come from: the bundled renderer served over a custom
// protocol (electron/main/app-protocol.ts). The sync server answers CORS for exactly this origin.

/** The origin of the packaged desk's pages (`Origin: app://desk` on its requests). */
export const DESKTOP_APP_ORIGIN = 'app://desk';
