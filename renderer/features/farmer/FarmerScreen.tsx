import { AreaPage } from '../../app/AreaPage';

/** The farmer area's main screen. */
export function FarmerScreen() {
  return <AreaPage area="farmer" />;
}
