import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { nextRow, type FieldErrors, type IceServerDraft } from './phone-form';
import { useFieldErrorText } from './use-field-error-text';

export type IceServersEditorProps = {
  rows: IceServerDraft[];
  errors: FieldErrors;
  onChange: (rows: IceServerDraft[]) => void;
};

/** The STUN/TURN servers: one row each, its addresses comma-separated, login optional. */
export function IceServersEditor({ rows, errors, onChange }: IceServersEditorProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const update = (row: number, patch: Partial<IceServerDraft>) =>
    onChange(rows.map((r) => (r.row === row ? { ...r, ...patch } : r)));
  const listError = errorText(errors.iceServers);
  return (
    <Stack sx={{ gap: 1.5 }} data-testid="phone-ice">
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700 }}>
        {t('phoneAdmin.ice.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('phoneAdmin.ice.intro')}
      </Typography>
      {rows.length === 0 && (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
          {t('phoneAdmin.ice.none')}
        </Typography>
      )}
      {rows.map((r, i) => {
        const urlsError = errorText(errors[`iceServers.${i}.urls`]);
        const userError = errorText(errors[`iceServers.${i}.username`]);
        const credentialError = errorText(errors[`iceServers.${i}.credential`]);
        return (
          <Stack
            key={r.row}
            direction={{ xs: 'column', md: 'row' }}
            sx={{ gap: 1, alignItems: { md: 'flex-start' } }}
            data-testid={`phone-ice-${i}`}
          >
            <TextField
              size="small"
              label={t('phoneAdmin.ice.urls')}
              value={r.urls}
              onChange={(e) => update(r.row, { urls: e.target.value })}
              error={!!urlsError}
              helperText={urlsError ?? t('phoneAdmin.ice.urlsHint')}
              sx={{ flex: 2 }}
              slotProps={{
                htmlInput: { dir: 'ltr', spellCheck: false, 'data-testid': `phone-ice-${i}-urls` },
                formHelperText: { 'data-testid': `phone-ice-${i}-urls-helper` } as object,
              }}
            />
            <TextField
              size="small"
              label={t('phoneAdmin.ice.username')}
              value={r.username}
              onChange={(e) => update(r.row, { username: e.target.value })}
              error={!!userError}
              helperText={userError}
              autoComplete="off"
              sx={{ flex: 1 }}
              slotProps={{
                htmlInput: { dir: 'ltr', 'data-testid': `phone-ice-${i}-username` },
              }}
            />
            <TextField
              size="small"
              label={t('phoneAdmin.ice.credential')}
              value={r.credential}
              onChange={(e) => update(r.row, { credential: e.target.value })}
              error={!!credentialError}
              helperText={credentialError}
              autoComplete="off"
              sx={{ flex: 1 }}
              slotProps={{
                htmlInput: { dir: 'ltr', 'data-testid': `phone-ice-${i}-credential` },
              }}
            />
            <Tooltip title={t('phoneAdmin.ice.remove')}>
              <IconButton
                aria-label={t('phoneAdmin.ice.remove')}
                onClick={() => onChange(rows.filter((x) => x.row !== r.row))}
                sx={{ alignSelf: { xs: 'flex-end', md: 'flex-start' } }}
                data-testid={`phone-ice-${i}-remove`}
              >
                <DeleteOutlinedIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        );
      })}
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      <Button
        startIcon={<AddIcon />}
        onClick={() =>
          onChange([...rows, { row: nextRow(), urls: '', username: '', credential: '' }])
        }
        sx={{ alignSelf: 'flex-start' }}
        data-testid="phone-ice-add"
      >
        {t('phoneAdmin.ice.add')}
      </Button>
    </Stack>
  );
}
