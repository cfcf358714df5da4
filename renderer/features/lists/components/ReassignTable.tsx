import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ownerKey } from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import type { StoredLead } from '../../../db/schema';
import { LtrText } from '../../../ui/components/LtrText';
import { LeadLink } from '../../leads/LeadLink';
import { testId } from '../test-id';
import { usePeople } from '../use-people';

export type ReassignTableProps = {
  /** This page of matching leads; undefined while reading. */
  rows: StoredLead[] | undefined;
  selected: ReadonlyMap<LeadId, string>;
  /** Every / some lead on this page is selected (the header checkbox). */
  pageAll: boolean;
  pageSome: boolean;
  onToggle: (id: LeadId, owner: string) => void;
  onTogglePage: () => void;
};

/** One page of matching leads with a checkbox each: who, which list, stage, owner, phone. */
export function ReassignTable({
  rows,
  selected,
  pageAll,
  pageSome,
  onToggle,
  onTogglePage,
}: ReassignTableProps) {
  const { t } = useTranslation();
  const { ownerLabel } = usePeople();
  return (
    <TableContainer>
      <Table size="small" data-testid="reassign-table">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={pageAll}
                indeterminate={pageSome && !pageAll}
                onChange={onTogglePage}
                disabled={(rows ?? []).length === 0}
                slotProps={{
                  input: {
                    ...testId('select-page'),
                    'aria-label': t('lists.assign.selectPage'),
                  } as object,
                }}
              />
            </TableCell>
            <TableCell>{t('lists.column.lead')}</TableCell>
            <TableCell>{t('lists.list')}</TableCell>
            <TableCell>{t('lists.filter.stage')}</TableCell>
            <TableCell>{t('lists.owner.column')}</TableCell>
            <TableCell>{t('lists.column.phone')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(rows ?? []).map((l) => (
            <TableRow
              key={l.id}
              hover
              selected={selected.has(l.id)}
              onClick={() => onToggle(l.id, ownerKey(l))}
              sx={{ cursor: 'pointer' }}
              data-testid="lead-row"
            >
              <TableCell padding="checkbox">
                <Checkbox
                  checked={selected.has(l.id)}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() => onToggle(l.id, ownerKey(l))}
                  slotProps={{ input: { 'aria-label': l.name } as object }}
                />
              </TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  <LeadLink leadId={l.id}>
                    <bdi>{l.name}</bdi>
                  </LeadLink>
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  <bdi>{l.company}</bdi>
                </Typography>
              </TableCell>
              <TableCell sx={{ maxWidth: 220 }}>
                <bdi>{l.listName ?? '—'}</bdi>
              </TableCell>
              <TableCell>{t(`stage.${l.stage}`)}</TableCell>
              <TableCell data-testid="lead-owner">
                <bdi>{ownerLabel(ownerKey(l))}</bdi>
              </TableCell>
              <TableCell>
                {l.phoneE164 && <LtrText>{l.phoneE164}</LtrText>}
                {l.doNotCall && (
                  <Typography component="span" variant="caption" color="error" sx={{ ms: 1 }}>
                    {t('lists.dnc.flag')}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
          {rows && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                  {t('lists.assign.noMatch')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
