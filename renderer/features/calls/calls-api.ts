// The server's recordings and reviews routes (server/routes/recordings.ts, server/routes/reviews.ts)
// as the desk calls them: the supervisors' list, a call's review and star, the short-lived audio
// grants, the agent's own reviews and the dashboard's summary. Failures are NetworkError or
// SyncHttpError with the server's code; answers are checked against the shared schemas.
import { z } from 'zod';
import {
  accessGrantSchema,
  myReviewsSchema,
  recordingItemSchema,
  recordingPageSchema,
  reviewStateSchema,
  reviewSummarySchema,
  reviewStatusSchema,
  type ReviewStatus,
  type RecordingItem,
  type RecordingPage,
  type ReviewInput,
  type ReviewState,
  type ReviewSummary,
  type MyReview,
} from '../../../shared/recordings/protocol';
import { apiCall } from '../../sync/api-call';
import { normaliseServerUrl } from '../../sync/transport';

export type WithAccess = <T>(
  request: (token: string, serverUrl: string) => Promise<T>,
) => Promise<T>;

type Method = 'GET' | 'POST' | 'PUT';

function call<S extends z.ZodType>(
  baseUrl: string,
  token: string,
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  return apiCall(baseUrl, method, path, { token, body, schema });
}

/** The list's filters as the form holds them (empty: not filtered). */
export type RecordingFilters = {
  agentId?: string;
  teamId?: string;
  from?: number;
  to?: number;
  outcome?: string;
  minTalkSec?: number;
  maxTalkSec?: number;
  list?: string;
  unreviewed?: boolean;
  starred?: boolean;
};

export function recordingsQuery(f: RecordingFilters, cursor?: string | null): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || v === false) continue;
    q.set(k, v === true ? '1' : String(v));
  }
  if (cursor) q.set('cursor', cursor);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const ackSchema = z.object({ acknowledgedAt: z.number().int() });
const starSchema = z.object({ starred: z.boolean() });

/** Every call the Calls section, the agent's reviews and the dashboard make. */
export function callsApi(withAccess: WithAccess) {
  const go = <S extends z.ZodType>(method: Method, path: string, schema: S, body?: unknown) =>
    withAccess((token, url) => call(url, token, method, path, schema, body));
  return {
    list: (f: RecordingFilters, cursor?: string | null): Promise<RecordingPage> =>
      go('GET', `/api/recordings${recordingsQuery(f, cursor)}`, recordingPageSchema),
    one: (id: string): Promise<RecordingItem> =>
      go('GET', `/api/recordings/${id}`, recordingItemSchema),
    review: (id: string): Promise<ReviewState> =>
      go('GET', `/api/recordings/${id}/review`, reviewStateSchema),
    saveReview: (id: string, input: ReviewInput): Promise<ReviewState> =>
      go('PUT', `/api/recordings/${id}/review`, reviewStateSchema, input),
    star: (id: string, starred: boolean): Promise<{ starred: boolean }> =>
      go('PUT', `/api/recordings/${id}/star`, starSchema, { starred }),
    /** A short-lived URL of the audio (relative to the server) for `<audio>` or a download. */
    access: async (id: string, purpose: 'play' | 'download'): Promise<string> => {
      const grant = await withAccess((token, url) =>
        call(url, token, 'POST', `/api/recordings/${id}/access`, accessGrantSchema, { purpose }),
      );
      const base = await withAccess(async (_t, url) => normaliseServerUrl(url));
      return base && !/^https?:/.test(grant.url) ? `${base}${grant.url}` : grant.url;
    },
    status: async (ids: readonly string[]): Promise<ReviewStatus[]> =>
      ids.length === 0
        ? []
        : (await go('GET', `/api/reviews/status?ids=${ids.join(',')}`, reviewStatusSchema)).items,
    mine: async (): Promise<MyReview[]> =>
      (await go('GET', '/api/reviews/mine', myReviewsSchema)).reviews,
    acknowledge: (recordingId: string): Promise<{ acknowledgedAt: number }> =>
      go('POST', `/api/reviews/${recordingId}/acknowledge`, ackSchema),
    summary: (from: number, to: number, teamId?: string): Promise<ReviewSummary> =>
      go(
        'GET',
        `/api/reviews/summary?from=${from}&to=${to}${teamId ? `&teamId=${teamId}` : ''}`,
        reviewSummarySchema,
      ),
  };
}

export type CallsApi = ReturnType<typeof callsApi>;
