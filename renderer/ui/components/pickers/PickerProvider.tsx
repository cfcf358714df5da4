// The date pickers' localisation, set once near the app root: Day.js in the desk's language
// (Latin digits), the pickers' own words from the desk's catalogs (MUI has no Arabic pickers
// locale), and the direction from the theme.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import type { LocalizationProviderProps } from '@mui/x-date-pickers/LocalizationProvider';
import type { DigitStyle, UiLanguage } from '../../../i18n/languages';
import type { Catalog } from '../../../i18n/catalog';
import { dayjsLocale } from './dayjs-setup';

type PickerKey = keyof Catalog['dates']['picker'];

export function PickerProvider({
  language,
  digits,
  children,
}: {
  language: UiLanguage;
  digits: DigitStyle;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const localeText = useMemo((): LocalizationProviderProps<string>['localeText'] => {
    const p = (key: PickerKey) => t(`dates.picker.${key}`);
    const placeholder = (key: PickerKey) => () => p(key);
    return {
      cancelButtonLabel: p('cancel'),
      clearButtonLabel: p('clear'),
      okButtonLabel: p('ok'),
      todayButtonLabel: p('today'),
      nextStepButtonLabel: p('next'),
      datePickerToolbarTitle: p('datePickerTitle'),
      dateTimePickerToolbarTitle: p('dateTimePickerTitle'),
      timePickerToolbarTitle: p('timePickerTitle'),
      previousMonth: p('previousMonth'),
      nextMonth: p('nextMonth'),
      openPreviousView: p('openPreviousView'),
      openNextView: p('openNextView'),
      calendarViewSwitchingButtonAriaLabel: (view) =>
        view === 'year' ? p('toCalendarView') : p('toYearView'),
      openDatePickerDialogue: (value) =>
        value ? t('dates.picker.chooseDateSelected', { value }) : p('chooseDate'),
      openTimePickerDialogue: (value) =>
        value ? t('dates.picker.chooseTimeSelected', { value }) : p('chooseTime'),
      fieldClearLabel: p('clear'),
      dateTableLabel: p('dateTable'),
      timeTableLabel: p('timeTable'),
      fieldYearPlaceholder: placeholder('placeholderYear'),
      fieldMonthPlaceholder: placeholder('placeholderMonth'),
      fieldDayPlaceholder: placeholder('placeholderDay'),
      fieldHoursPlaceholder: placeholder('placeholderHours'),
      fieldMinutesPlaceholder: placeholder('placeholderMinutes'),
      year: p('year'),
      month: p('month'),
      day: p('day'),
      weekDay: p('weekDay'),
      hours: p('hours'),
      minutes: p('minutes'),
      seconds: p('seconds'),
      meridiem: p('meridiem'),
      empty: p('empty'),
    };
  }, [t]);
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={dayjsLocale(language, digits)}
      localeText={localeText}
    >
      {children}
    </LocalizationProvider>
  );
}
