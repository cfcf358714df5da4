// Electron main entry: everything lives in desk-app.ts so it can be tested with a mocked electron.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDesk } from './desk-app';

startDesk({
  argv: process.argv,
  env: process.env,
  mainDir: dirname(fileURLToPath(import.meta.url)),
});
