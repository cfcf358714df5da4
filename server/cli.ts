// Account commands: `create-organisation` (with its first administrator) and `create-user`.
// The password is read from standard input (--password-stdin) so it never shows in `ps` or the
// shell history.
import { loadConfig } from './config';
import { migrate } from './db/migrate';
import { openDb } from './db/open-db';
import {
  AccountError,
  checkPassword,
  createOrganisation,
  createUser,
  parseRoles,
} from './seed/accounts';

export const COMMANDS = ['create-organisation', 'create-user'] as const;
export type Command = (typeof COMMANDS)[number];

const VALUE_OPTIONS = [
  'name',
  'email',
  'admin-email',
  'admin-name',
  'roles',
  'team',
  'organisation',
  'locale',
  'timezone',
  'currency',
  'data-dir',
] as const;

export class UsageError extends Error {}

function parse(argv: readonly string[]): {
  values: Record<string, string>;
  passwordStdin: boolean;
} {
  const values: Record<string, string> = {};
  let passwordStdin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--password-stdin') {
      passwordStdin = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? (eq === -1 ? arg.slice(2) : arg.slice(2, eq)) : '';
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`Unknown option "${arg}".`);
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (!value) throw new UsageError(`Option --${name} needs a value.`);
    values[name] = value;
  }
  return { values, passwordStdin };
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

const LOCALES = ['en', 'ar', 'tr'] as const;
function locale(raw: string | undefined): (typeof LOCALES)[number] | undefined {
  if (raw === undefined) return undefined;
  if (!(LOCALES as readonly string[]).includes(raw))
    throw new UsageError('--locale must be en, ar or tr.');
  return raw as (typeof LOCALES)[number];
}

/** Runs one account command; returns the line to print. Throws UsageError / AccountError. */
export async function runCommand(
  command: (typeof COMMANDS)[number],
  argv: readonly string[],
  env: Record<string, string | undefined>,
  stdin: NodeJS.ReadableStream,
): Promise<string> {
  const { values, passwordStdin } = parse(argv);
  const need = (name: string) => {
    const v = values[name];
    if (!v) throw new UsageError(`${command} needs --${name}.`);
    return v;
  };
  if (!passwordStdin)
    throw new UsageError('Give the password on standard input with --password-stdin.');
  const config = loadConfig(
    values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
    env,
    process.cwd(),
  );
  const isOrg = command === 'create-organisation';
  const name = need('name');
  const email = need(isOrg ? 'admin-email' : 'email');
  const roles = isOrg ? [] : parseRoles(need('roles'));
  const lang = locale(values.locale);
  const password = await readStdin(stdin);
  checkPassword(password);
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    if (isOrg) {
      const r = await createOrganisation(db, {
        name,
        adminEmail: email,
        adminName: values['admin-name'] ?? '',
        password,
        ...(lang ? { language: lang } : {}),
        ...(values.timezone ? { timezone: values.timezone } : {}),
        ...(values.currency ? { currency: values.currency } : {}),
      });
      return `Created organisation ${r.organisationId} with administrator ${email} (${r.userId}).`;
    }
    const r = await createUser(db, {
      email,
      name,
      roles,
      team: values.team ?? null,
      password,
      ...(values.organisation ? { organisation: values.organisation } : {}),
      ...(lang ? { locale: lang } : {}),
    });
    return `Created user ${email} (${r.userId})${
      r.teamId ? ` in ${r.teamCreated ? 'new ' : ''}team ${values.team} (${r.teamId})` : ''
    }.`;
  } finally {
    await db.close();
  }
}

export { AccountError };
