// The HTTP API of shared/sync/README.md, registered in one place: the ungated protocol info,
// then the version gate and every route module behind it.
import type { FastifyInstance } from 'fastify';
import type { MailConfig } from '../auth/mail';
import { smtpMailer } from '../auth/mail';
import { registerAccountRoutes } from './accounts';
import type { Admission } from '../admission';
import type { PokeHub } from '../sync/hub';
import { registerAdminRoutes } from './admin';
import { registerAuthRoutes } from './auth';
import { registerExportRoutes } from './export';
import { protocolGate, type RouteContext } from './http';
import { registerQuoteMailRoute, smtpQuoteMailer } from './quote-mail';
import { registerReviewRoutes } from './reviews';
import { registerMessageMailRoutes, smtpLeadMailer } from './message-mail';
import { HEARTBEAT_MS, registerSyncInfoRoute, registerSyncRoutes } from './sync';
import { registerTelephonyRoutes } from './telephony';
import { registerCoachingRoutes } from './coaching';
import type { PbxOrigins } from '../telephony/pbx-origins';
import type { RecordingStore } from '../recordings/store';
import { registerRecordingAudioRoute, registerRecordingRoutes } from './recordings';

export type ApiOptions = RouteContext & {
  hub: PokeHub;
  /** Who of the pulls and pushes goes to the database now, who waits, who is told to come back. */
  admission: Admission;
  heartbeatMs?: number;
  /** The PBX addresses the page may connect to, reloaded after telephony changes. */
  pbxOrigins?: PbxOrigins;
  /** SMTP for invitation and reset e-mails; null or absent: links are only shown to copy. */
  mail?: MailConfig | null;
  /** Where call recordings' bytes are kept (server/recordings/store.ts). */
  recordings: RecordingStore;
};

/** Registers the API; the version gate is a hook in a plugin scope of its own. */
export async function registerApi(app: FastifyInstance, opts: ApiOptions): Promise<void> {
  const ctx: RouteContext = { db: opts.db, secret: opts.secret };
  registerSyncInfoRoute(app);
  // An <audio> element sends no protocol header and no token: its signed link is the permission.
  registerRecordingAudioRoute(app, { ...ctx, store: opts.recordings });
  await app.register(async (api) => {
    api.addHook('onRequest', protocolGate);
    registerAuthRoutes(api, ctx);
    registerSyncRoutes(api, {
      ...ctx,
      hub: opts.hub,
      admission: opts.admission,
      heartbeatMs: opts.heartbeatMs ?? HEARTBEAT_MS,
    });
    registerExportRoutes(api, ctx);
    registerAdminRoutes(api, ctx);
    registerAccountRoutes(api, ctx, {
      mailer: opts.mail ? { mailer: smtpMailer(opts.mail), publicUrl: opts.mail.publicUrl } : null,
    });
    registerQuoteMailRoute(api, ctx, opts.mail ? smtpQuoteMailer(opts.mail) : null);
    registerMessageMailRoutes(api, ctx, opts.mail ? smtpLeadMailer(opts.mail) : null);
    registerTelephonyRoutes(api, ctx, () => opts.pbxOrigins?.reload() ?? Promise.resolve());
    registerReviewRoutes(api, ctx);
    await registerRecordingRoutes(api, { ...ctx, store: opts.recordings });
    registerCoachingRoutes(api, ctx);
  });
}
