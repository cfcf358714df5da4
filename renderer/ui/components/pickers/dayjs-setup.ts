// Day.js as the date pickers' engine: the UTC and timezone plugins (a picker shows the lead's own
// zone, DST-correct through Intl) and one Day.js locale per desk language. Arabic is Day.js's `ar`
// without its digit rewriting: the desk writes Latin digits everywhere, dates too.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/tr';
import arabic from 'dayjs/locale/ar';
import type { DigitStyle, UiLanguage } from '../../../i18n/languages';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Day.js's Arabic with Latin digits and the Latin comma (no preparse/postformat). */
const AR_LATIN = 'ar-latn';
const {
  preparse: _preparse,
  postformat: _postformat,
  ...arabicWords
} = arabic as typeof arabic & {
  preparse?: unknown;
  postformat?: unknown;
};
dayjs.locale({ ...arabicWords, name: AR_LATIN } as typeof arabic, undefined, true);

/**
 * The Day.js locale a picker uses for the desk's language (English is British, like Intl);
 * Arabic keeps Latin digits unless the person chose Arabic-Indic ones.
 */
export function dayjsLocale(language: UiLanguage, digits: DigitStyle = 'latn'): string {
  switch (language) {
    case 'ar':
      return digits === 'arab' ? 'ar' : AR_LATIN;
    case 'tr':
      return 'tr';
    default:
      return 'en-gb';
  }
}

export { dayjs };
