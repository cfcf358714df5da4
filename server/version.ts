// The server's version: injected by the production build, read from package.json in development.
import { readFileSync } from 'node:fs';

declare const __SALESDESK_VERSION__: string | undefined;

export function serverVersion(): string {
  if (typeof __SALESDESK_VERSION__ === 'string') return __SALESDESK_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
