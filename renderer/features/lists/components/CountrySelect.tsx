import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { CountryCode } from 'libphonenumber-js';
import { testId } from '../test-id';
import { useCountries } from '../use-countries';

export type CountrySelectProps = {
  value: CountryCode | '';
  onChange: (code: CountryCode | '') => void;
  id: string;
};

/** The country a number written without +code is read in. */
export function CountrySelect({ value, onChange, id }: CountrySelectProps) {
  const { t } = useTranslation();
  const { countries } = useCountries();
  return (
    <TextField
      select
      size="small"
      label={t('lists.dnc.country')}
      value={value}
      onChange={(e) => onChange(e.target.value as CountryCode | '')}
      sx={{ minWidth: 200 }}
      slotProps={{
        select: {
          SelectDisplayProps: testId(id),
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } },
        },
      }}
    >
      <MenuItem value="">{t('lists.dnc.countryNone')}</MenuItem>
      {countries.map((c) => (
        <MenuItem key={c.code} value={c.code}>
          {c.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
