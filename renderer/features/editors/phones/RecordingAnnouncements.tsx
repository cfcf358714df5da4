// The notice played to the customer when the organisation announces recordings: one audio file
// per language on the server (English, Arabic, Turkish). The administrator sees which languages
// have one, uploads one (checked here before it is sent), plays it back and removes it. This
// talks to the server directly, so it needs the network; a language without a file gets a beep.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  announcementsSchema,
  MAX_ANNOUNCEMENT_BYTES,
  type RecordingMode,
} from '../../../../shared/recordings/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../../shared/sync/protocol';
import { useFormat } from '../../../i18n/use-format';
import { NetworkError } from '../../../sync/errors';
import { normaliseServerUrl } from '../../../sync/transport';
import { useDeskSyncController } from '../../../ui/sync/use-desk-sync';
import { announcementFileProblem } from './recording-form';

const LANGUAGES = ['en', 'ar', 'tr'] as const;
type Lang = (typeof LANGUAGES)[number];

/** The server's refusal (status, its error code and message). */
class NoticeRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NoticeRequestError';
  }
}

type Listing =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; languages: ReadonlySet<Lang> };

type RowMessage = { ok: boolean; text: string };

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

export function RecordingAnnouncements({ mode }: { mode: RecordingMode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sync = useDeskSyncController();
  const online = useOnline();
  const [attempt, setAttempt] = useState(0);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [busy, setBusy] = useState<Lang | null>(null);
  const [messages, setMessages] = useState<Partial<Record<Lang, RowMessage>>>({});
  const [playing, setPlaying] = useState<{ lang: Lang; url: string } | null>(null);
  const inputs = useRef<Partial<Record<Lang, HTMLInputElement | null>>>({});

  /** One request to the server with the signed-in person's token; throws what went wrong. */
  const request = useCallback(
    async (path: string, init: RequestInit = {}): Promise<Response> => {
      let res: Response;
      try {
        res = await sync.withAccess((token, serverUrl) =>
          fetch(`${normaliseServerUrl(serverUrl)}${path}`, {
            ...init,
            cache: 'no-store',
            headers: {
              ...(init.headers as Record<string, string> | undefined),
              [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
              authorization: `Bearer ${token}`,
            },
          }),
        );
      } catch (error) {
        // fetch rejects with a TypeError when the server cannot be reached.
        if (error instanceof TypeError) throw new NetworkError(error.message, { cause: error });
        throw error;
      }
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
        throw new NoticeRequestError(
          res.status,
          body.error ?? String(res.status),
          body.message ?? res.statusText,
        );
      }
      return res;
    },
    [sync],
  );

  useEffect(() => {
    let live = true;
    request('/api/recordings/announcements')
      .then(async (res) => announcementsSchema.parse(await res.json()))
      .then(
        (body) => live && setListing({ state: 'ready', languages: new Set(body.languages) }),
        (error: unknown) => live && setListing({ state: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [request, attempt]);

  // A played file's blob URL lives until the next one plays or the card goes.
  useEffect(() => () => (playing ? URL.revokeObjectURL(playing.url) : undefined), [playing]);

  const errorText = (error: unknown): string => {
    if (error instanceof NetworkError || !navigator.onLine)
      return t('phoneAdmin.recording.notice.offline');
    if (error instanceof NoticeRequestError) {
      if (error.status === 413)
        return t('phoneAdmin.recording.notice.tooLarge', {
          max: format.number(MAX_ANNOUNCEMENT_BYTES / 1024),
        });
      if (error.status === 403) return t('phoneAdmin.recording.notice.forbidden');
      if (error.status === 404) return t('phoneAdmin.recording.notice.gone');
      if (error.status === 400)
        return t('phoneAdmin.error.refused', { message: `\u2068${error.message}\u2069` });
    }
    const message = error instanceof Error ? error.message : String(error);
    return t('phoneAdmin.error.failed', { message: `\u2068${message}\u2069` });
  };

  const say = (lang: Lang, message: RowMessage | null) =>
    setMessages((m) => ({ ...m, [lang]: message ?? undefined }));
  const mark = (lang: Lang, has: boolean) =>
    setListing((l) => {
      if (l.state !== 'ready') return l;
      const languages = new Set(l.languages);
      if (has) languages.add(lang);
      else languages.delete(lang);
      return { state: 'ready', languages };
    });

  const upload = async (lang: Lang, file: File) => {
    const problem = announcementFileProblem(file);
    if (problem) {
      say(lang, {
        ok: false,
        text: t(`phoneAdmin.recording.notice.${problem}`, {
          name: `\u2068${file.name}\u2069`,
          max: format.number(MAX_ANNOUNCEMENT_BYTES / 1024),
        }),
      });
      return;
    }
    setBusy(lang);
    say(lang, null);
    try {
      await request(`/api/admin/recording-announcement/${lang}`, {
        method: 'PUT',
        headers: { 'content-type': file.type },
        body: file,
      });
      mark(lang, true);
      say(lang, { ok: true, text: t('phoneAdmin.recording.notice.uploaded') });
    } catch (error) {
      say(lang, { ok: false, text: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  const play = async (lang: Lang) => {
    setBusy(lang);
    say(lang, null);
    try {
      const res = await request(`/api/recordings/announcement/${lang}`);
      const blob = await res.blob();
      setPlaying({ lang, url: URL.createObjectURL(blob) });
    } catch (error) {
      if (error instanceof NoticeRequestError && error.status === 404) mark(lang, false);
      say(lang, { ok: false, text: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  const remove = async (lang: Lang) => {
    setBusy(lang);
    say(lang, null);
    try {
      await request(`/api/admin/recording-announcement/${lang}`, { method: 'DELETE' });
      mark(lang, false);
      if (playing?.lang === lang) setPlaying(null);
      say(lang, { ok: true, text: t('phoneAdmin.recording.notice.removed') });
    } catch (error) {
      say(lang, { ok: false, text: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack sx={{ gap: 1.5 }} data-testid="recording-notices">
      <div>
        <Typography variant="subtitle2" component="h3">
          {t('phoneAdmin.recording.notice.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('phoneAdmin.recording.notice.intro', {
            max: format.number(MAX_ANNOUNCEMENT_BYTES / 1024),
          })}
        </Typography>
      </div>
      {!online && (
        <Alert severity="warning" data-testid="recording-notices-offline">
          {t('phoneAdmin.recording.notice.offline')}
        </Alert>
      )}
      {listing.state === 'loading' && (
        <Typography variant="body2" role="status" data-testid="recording-notices-loading">
          {t('phoneAdmin.recording.notice.loading')}
        </Typography>
      )}
      {listing.state === 'failed' && (
        <Alert
          severity="error"
          data-testid="recording-notices-failed"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                setListing({ state: 'loading' });
                setAttempt((n) => n + 1);
              }}
              data-testid="recording-notices-retry"
            >
              {t('phoneAdmin.retry')}
            </Button>
          }
        >
          {errorText(listing.error)}
        </Alert>
      )}
      {listing.state === 'ready' &&
        LANGUAGES.map((lang) => {
          const has = listing.languages.has(lang);
          const message = messages[lang];
          const disabled = busy !== null || !online;
          return (
            <Stack
              key={lang}
              sx={{ gap: 0.75, py: 0.5 }}
              data-testid={`recording-notice-${lang}`}
              data-has-file={has ? 'true' : 'false'}
            >
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography sx={{ minWidth: 90, fontWeight: 500 }}>
                  {t(`phoneAdmin.recording.notice.lang.${lang}`)}
                </Typography>
                <Chip
                  size="small"
                  color={has ? 'success' : 'default'}
                  variant={has ? 'filled' : 'outlined'}
                  label={t(
                    has
                      ? 'phoneAdmin.recording.notice.onServer'
                      : 'phoneAdmin.recording.notice.none',
                  )}
                  data-testid={`recording-notice-${lang}-state`}
                />
                <input
                  ref={(el) => {
                    inputs.current[lang] = el;
                  }}
                  type="file"
                  accept="audio/*"
                  hidden
                  data-testid={`recording-notice-${lang}-file`}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void upload(lang, file);
                  }}
                />
                <Button
                  size="small"
                  variant="outlined"
                  disabled={disabled}
                  onClick={() => inputs.current[lang]?.click()}
                  data-testid={`recording-notice-${lang}-upload`}
                >
                  {t(
                    has
                      ? 'phoneAdmin.recording.notice.replace'
                      : 'phoneAdmin.recording.notice.upload',
                  )}
                </Button>
                {has && (
                  <>
                    <Button
                      size="small"
                      disabled={disabled}
                      onClick={() => void play(lang)}
                      data-testid={`recording-notice-${lang}-play`}
                    >
                      {t('phoneAdmin.recording.notice.play')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      disabled={disabled}
                      onClick={() => void remove(lang)}
                      data-testid={`recording-notice-${lang}-remove`}
                    >
                      {t('phoneAdmin.recording.notice.remove')}
                    </Button>
                  </>
                )}
              </Stack>
              {playing?.lang === lang && (
                <audio
                  src={playing.url}
                  autoPlay
                  controls
                  data-testid={`recording-notice-${lang}-audio`}
                  style={{ maxWidth: 320 }}
                />
              )}
              {mode === 'announce' && !has && (
                <Typography
                  variant="body2"
                  color="warning.main"
                  data-testid={`recording-notice-${lang}-beep`}
                >
                  {t('phoneAdmin.recording.notice.beep')}
                </Typography>
              )}
              {message && (
                <Alert
                  severity={message.ok ? 'success' : 'error'}
                  role={message.ok ? 'status' : 'alert'}
                  data-testid={`recording-notice-${lang}-${message.ok ? 'done' : 'problem'}`}
                >
                  {message.text}
                </Alert>
              )}
            </Stack>
          );
        })}
    </Stack>
  );
}
