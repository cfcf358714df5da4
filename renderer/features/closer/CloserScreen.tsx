import { AreaPage } from '../../app/AreaPage';

/** The closer area's main screen. */
export function CloserScreen() {
  return <AreaPage area="closer" />;
}
