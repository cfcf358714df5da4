// The signed-in agent's reviewed calls from the server, refreshed when asked and every few
// minutes (a supervisor's new review shows up as a badge); nothing in the offline demo.
import { useCallback, useEffect, useState } from 'react';
import type { MyReview } from '../../../shared/recordings/protocol';
import { useCallsApi } from './use-calls-api';

const REFRESH_MS = 3 * 60_000;

export type MyReviews = {
  reviews: readonly MyReview[] | null;
  /** Reviews the agent has not acknowledged yet. */
  pending: number;
  error: unknown;
  refresh: () => Promise<void>;
  acknowledge: (recordingId: string) => Promise<void>;
};

export function useMyReviews(enabled: boolean): MyReviews {
  const api = useCallsApi();
  const [reviews, setReviews] = useState<MyReview[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = useCallback(async () => {
    if (!api) return;
    try {
      setReviews(await api.mine());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api]);
  useEffect(() => {
    if (!enabled || !api) return;
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [enabled, api, refresh]);
  const acknowledge = async (recordingId: string) => {
    if (!api) return;
    const { acknowledgedAt } = await api.acknowledge(recordingId);
    setReviews(
      (rs) => rs && rs.map((r) => (r.recordingId === recordingId ? { ...r, acknowledgedAt } : r)),
    );
  };
  return {
    reviews,
    pending: reviews?.filter((r) => r.acknowledgedAt === null).length ?? 0,
    error,
    refresh,
    acknowledge,
  };
}
