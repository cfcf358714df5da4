import { useMemo } from 'react';
import { getCountries, type CountryCode } from 'libphonenumber-js';
import { countryForTimezone } from '../../../shared/domain/dnc';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useAppStore } from '../../store/use-app-store';
import { languageInfo } from '../../i18n/languages';

/** The organisation's default country, and every country named in the user's language. */
export function useCountries(): {
  defaultCountry: CountryCode | undefined;
  countries: { code: CountryCode; name: string }[];
} {
  const organisation = useOrganisation();
  const language = useAppStore((s) => s.language);
  return useMemo(() => {
    const names = new Intl.DisplayNames([languageInfo(language).intl], { type: 'region' });
    const countries = getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, languageInfo(language).intl));
    return { defaultCountry: countryForTimezone(organisation?.timezone), countries };
  }, [organisation, language]);
}
