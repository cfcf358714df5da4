// Serves the bundled renderer over app://desk/ instead of file:// (which would give the page a
// null origin and reach to the whole disk).
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

export const APP_SCHEME = 'app';
const APP_HOST = 'desk';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and a real origin; secure: counts as a secure context. No
    // corsEnabled: other origins must not be able to read app:// files.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file under `root` an app:// URL names, or null when the URL is not app://desk/ or would
 * leave `root` (../, encoded ../, NUL). Paths without a file extension are client-side routes
 * and get index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const base = normalize(root);
  const candidate = normalize(join(base, pathname));
  const rel = relative(base, candidate);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  if (rel === '' || !/\.[a-z0-9]+$/i.test(rel)) return join(base, 'index.html');
  return candidate;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Answers app://desk/… from `root` (the built renderer), with the CSP `contentSecurityPolicy`
 * gives for each file (desk-policy.ts) on every response.
 */
export function handleAppProtocol(
  root: string,
  contentSecurityPolicy: (file: string) => string | Promise<string>,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(root, request.url);
    if (file === null || !isFile(file)) {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', await contentSecurityPolicy(file));
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
