// The application menu: standard roles (so copy/paste and shortcuts work on every OS), and the
// developer items only in development.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  isMac: boolean;
  allowDevTools: boolean;
  appName: string;
  onAbout: () => void;
};

export function buildMenuTemplate({
  isMac,
  allowDevTools,
  appName,
  onAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (allowDevTools) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${appName}`, click: onAbout }] },
  );
  return template;
}
