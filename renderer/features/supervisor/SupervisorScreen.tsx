import { AreaPage } from '../../app/AreaPage';

/** The supervisor area's main screen. */
export function SupervisorScreen() {
  return <AreaPage area="supervisor" />;
}
