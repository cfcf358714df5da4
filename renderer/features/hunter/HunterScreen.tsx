import { AreaPage } from '../../app/AreaPage';

/** The hunter area's main screen. */
export function HunterScreen() {
  return <AreaPage area="hunter" />;
}
