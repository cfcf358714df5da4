// Serves the bundled renderer over app://desk/ instead of file:// (which would give the page
// access to the whole disk and a null origin).
import { join, normalize, relative, isAbsolute } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

export const APP_SCHEME = 'app';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file under `root` an app:// URL names, or null when it would leave `root`. Unknown paths
 * without a file extension get index.html (client-side routes).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'desk') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const candidate = normalize(join(root, pathname));
  const rel = relative(root, candidate);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  if (rel === '' || !/\.[a-z0-9]+$/i.test(rel)) return join(root, 'index.html');
  return candidate;
}

export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppPath(root, request.url);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    return net.fetch(pathToFileURL(file).toString());
  });
}
