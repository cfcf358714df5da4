// A link into the dashboard with its filters (#/supervisor/dashboard?period=today&agent=…), so an
// alert opens the numbers that explain it: that rep, that team, that period.
import { PERIOD_KINDS, type PeriodKind } from '../../../../shared/domain/periods';

export type DashboardLink = { period?: PeriodKind; team?: string; agent?: string };

export function parseDashboardHash(hash: string): DashboardLink {
  const path = hash.replace(/^#\/?/, '');
  const [area, section] = path.split(/[/?]/);
  if (area !== 'supervisor' || (section !== 'dashboard' && section !== '') || !path.includes('?'))
    return {};
  const params = new URLSearchParams(path.slice(path.indexOf('?') + 1));
  const period = params.get('period');
  const team = params.get('team');
  const agent = params.get('agent');
  return {
    ...(period && (PERIOD_KINDS as readonly string[]).includes(period) && period !== 'custom'
      ? { period: period as PeriodKind }
      : {}),
    ...(team ? { team } : {}),
    ...(agent ? { agent } : {}),
  };
}
