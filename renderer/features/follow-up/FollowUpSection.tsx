// The supervisor's follow-up lists section: every list of the desk's scope, with the filters,
// the counts and conversion, and the organisation's re-call delay.
import { FollowUpLists } from './FollowUpLists';

export function FollowUpSection() {
  return <FollowUpLists scope="all" />;
}
