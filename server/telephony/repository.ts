// What the telephony routes read and write: the organisation's phone settings (with the key that
// mints ephemeral SIP credentials) and each person's SIP account; and the phone a signed-in desk
// receives. Administrators' changes are audited; secrets never appear in answers or audit rows.
import type { Db, Queryable } from '../db/db';
import { audit } from '../audit';
import type { Caller } from '../sync/scope';
import {
  DEFAULT_TELEPHONY_SETTINGS,
  PRESENCE_STALE_MS,
  telephonySettingsSchema,
  type AgentState,
  type PauseReason,
  type PhoneDirectory,
  type sipAccountInputSchema,
  type DeskPhone,
  type SipAccountView,
  type TelephonySettings,
  type TelephonyView,
} from '../../shared/domain/telephony';
import type { z } from 'zod';
import { mintEphemeralCredentials } from './ephemeral';

type AccountRow = {
  user_id: string;
  sip_user: string;
  auth_mode: 'ephemeral' | 'password';
  auth_user: string | null;
  password: string | null;
  wss_url: string | null;
};

async function settingsRow(
  db: Queryable,
  organisationId: string,
): Promise<{ settings: TelephonySettings; secret: string | null }> {
  const { rows } = await db.query<{ data: unknown; ephemeral_secret: string | null }>(
    'SELECT data, ephemeral_secret FROM telephony_settings WHERE organisation_id = $1',
    [organisationId],
  );
  const row = rows[0];
  if (!row) return { settings: DEFAULT_TELEPHONY_SETTINGS, secret: null };
  // Settings written by an older server may lack newer fields: the defaults fill them.
  const parsed = telephonySettingsSchema.safeParse({
    ...DEFAULT_TELEPHONY_SETTINGS,
    ...(row.data as object),
  });
  return {
    settings: parsed.success ? parsed.data : DEFAULT_TELEPHONY_SETTINGS,
    secret: row.ephemeral_secret,
  };
}

const view = (r: AccountRow): SipAccountView => ({
  userId: r.user_id,
  sipUser: r.sip_user,
  authMode: r.auth_mode,
  authUser: r.auth_user,
  hasPassword: r.password !== null,
  wssUrl: r.wss_url,
});

export async function readTelephony(db: Queryable, organisationId: string): Promise<TelephonyView> {
  const { settings, secret } = await settingsRow(db, organisationId);
  const { rows } = await db.query<AccountRow>(
    `SELECT user_id, sip_user, auth_mode, auth_user, password, wss_url FROM sip_accounts
      WHERE organisation_id = $1 ORDER BY sip_user`,
    [organisationId],
  );
  return { settings, hasSecret: secret !== null, accounts: rows.map(view) };
}

/**
 * Saves the settings; `secret` sets the ephemeral-credential key (a string), clears it (null) or
 * keeps it (undefined).
 */
export async function writeTelephony(
  db: Db,
  admin: Caller,
  settings: TelephonySettings,
  secret: string | null | undefined,
  ip: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO telephony_settings (organisation_id, data, ephemeral_secret)
       VALUES ($1, $2, $3)
       ON CONFLICT (organisation_id) DO UPDATE SET data = EXCLUDED.data,
         ephemeral_secret = ${secret === undefined ? 'telephony_settings.ephemeral_secret' : 'EXCLUDED.ephemeral_secret'},
         updated_at = now()`,
      [admin.organisationId, JSON.stringify(settings), secret ?? null],
    );
    await audit(tx, [
      {
        organisationId: admin.organisationId,
        actorId: admin.userId,
        action: 'telephonySettingsChanged',
        detail: {
          wssUrl: settings.wssUrl,
          sipDomain: settings.sipDomain,
          secret: secret === undefined ? 'kept' : secret === null ? 'cleared' : 'set',
        },
        ip,
      },
    ]);
  });
}

export type PutAccountResult = 'ok' | 'noSuchUser' | 'sipUserTaken' | 'passwordMissing';

/** Sets a person's account; a password left out keeps the stored one. */
export async function writeSipAccount(
  db: Db,
  admin: Caller,
  userId: string,
  input: z.output<typeof sipAccountInputSchema>,
  ip: string,
): Promise<PutAccountResult> {
  return db.transaction(async (tx) => {
    const user = await tx.query('SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2', [
      userId,
      admin.organisationId,
    ]);
    if (user.rowCount === 0) return 'noSuchUser';
    const taken = await tx.query(
      'SELECT 1 FROM sip_accounts WHERE organisation_id = $1 AND sip_user = $2 AND user_id <> $3',
      [admin.organisationId, input.sipUser, userId],
    );
    if (taken.rowCount > 0) return 'sipUserTaken';
    const { rows } = await tx.query<{ password: string | null }>(
      'SELECT password FROM sip_accounts WHERE user_id = $1',
      [userId],
    );
    const password =
      input.authMode === 'password' ? (input.password ?? rows[0]?.password ?? null) : null;
    if (input.authMode === 'password' && password === null) return 'passwordMissing';
    await tx.query(
      `INSERT INTO sip_accounts (user_id, organisation_id, sip_user, auth_mode, auth_user, password, wss_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (user_id) DO UPDATE SET sip_user = EXCLUDED.sip_user,
         auth_mode = EXCLUDED.auth_mode, auth_user = EXCLUDED.auth_user,
         password = EXCLUDED.password, wss_url = EXCLUDED.wss_url, updated_at = now()`,
      [
        userId,
        admin.organisationId,
        input.sipUser,
        input.authMode,
        input.authUser,
        password,
        input.wssUrl,
      ],
    );
    await audit(tx, [
      {
        organisationId: admin.organisationId,
        actorId: admin.userId,
        action: 'sipAccountSet',
        subject: userId,
        detail: {
          sipUser: input.sipUser,
          authMode: input.authMode,
          password: input.password === undefined ? 'kept' : 'set',
        },
        ip,
      },
    ]);
    return 'ok';
  });
}

export async function removeSipAccount(
  db: Db,
  admin: Caller,
  userId: string,
  ip: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      'DELETE FROM sip_accounts WHERE user_id = $1 AND organisation_id = $2',
      [userId, admin.organisationId],
    );
    if (rowCount === 0) return false;
    await audit(tx, [
      {
        organisationId: admin.organisationId,
        actorId: admin.userId,
        action: 'sipAccountRemoved',
        subject: userId,
        ip,
      },
    ]);
    return true;
  });
}

export type DeskPhoneResult =
  { ok: true; phone: DeskPhone } | { ok: false; reason: 'noAccount' | 'notConfigured' };

/** The phone of the signed-in person: their account, with credentials minted now if ephemeral. */
export async function deskPhoneOf(
  db: Queryable,
  me: Caller,
  now: number,
): Promise<DeskPhoneResult> {
  const { rows } = await db.query<AccountRow & { display_name: string }>(
    `SELECT a.user_id, a.sip_user, a.auth_mode, a.auth_user, a.password, a.wss_url, u.display_name
       FROM sip_accounts a JOIN users u ON u.id = a.user_id
      WHERE a.user_id = $1 AND a.organisation_id = $2`,
    [me.userId, me.organisationId],
  );
  const account = rows[0];
  if (!account) return { ok: false, reason: 'noAccount' };
  const { settings, secret } = await settingsRow(db, me.organisationId);
  const wssUrl = account.wss_url ?? settings.wssUrl;
  if (!wssUrl || !settings.sipDomain) return { ok: false, reason: 'notConfigured' };
  let authorizationUser: string;
  let password: string;
  let expiresAt: number | null = null;
  if (account.auth_mode === 'ephemeral') {
    if (!secret) return { ok: false, reason: 'notConfigured' };
    const c = mintEphemeralCredentials(secret, account.sip_user, now);
    authorizationUser = c.username;
    password = c.password;
    expiresAt = c.expiresAt;
  } else {
    if (!account.password) return { ok: false, reason: 'notConfigured' };
    authorizationUser = account.auth_user ?? account.sip_user;
    password = account.password;
  }
  return {
    ok: true,
    phone: {
      wssUrl,
      uri: `sip:${account.sip_user}@${settings.sipDomain}`,
      authorizationUser,
      password,
      expiresAt,
      displayName: account.display_name,
      iceServers: settings.iceServers,
      ringTimeoutSec: settings.ringTimeoutSec,
      wrapUpSec: settings.wrapUpSec,
      dids: settings.dids,
    },
  };
}

/** Who can take a transferred call: every person of the organisation with a SIP user. */
export async function phoneDirectory(
  db: Queryable,
  organisationId: string,
): Promise<PhoneDirectory['entries']> {
  const { rows } = await db.query<{
    user_id: string;
    sip_user: string;
    state: AgentState | null;
    reason: PauseReason | null;
    fresh: boolean | null;
  }>(
    `SELECT a.user_id, a.sip_user, p.state, p.reason,
            p.updated_at > now() - make_interval(secs => $2::int / 1000.0) AS fresh
       FROM sip_accounts a JOIN users u ON u.id = a.user_id
       LEFT JOIN agent_presence p ON p.user_id = a.user_id
      WHERE a.organisation_id = $1 AND u.disabled_at IS NULL ORDER BY a.sip_user`,
    [organisationId, PRESENCE_STALE_MS],
  );
  // A desk that stopped reporting is offline, as on the wallboard.
  return rows.map((r) => {
    const live = r.state !== null && r.fresh === true;
    return {
      userId: r.user_id,
      sipUser: r.sip_user,
      state: live && r.state ? r.state : 'offline',
      reason: live ? r.reason : null,
    };
  });
}
