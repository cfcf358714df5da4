// The Arabic catalog: the core file plus one file per feature namespace (../catalog.ts), loaded
// when the desk first shows Arabic (i18n.ts).
import arCore from '../locales/ar.json';
import arImporter from '../locales/importer/ar.json';
import arDashboard from '../locales/dashboard/ar.json';
import arLists from '../locales/lists/ar.json';
import arEditors from '../locales/editors/ar.json';
import arSync from '../locales/sync/ar.json';
import arPhoneAdmin from '../locales/phoneAdmin/ar.json';
import arWallboard from '../locales/wallboard/ar.json';
import arAccounts from '../locales/accounts/ar.json';
import arLeadDesk from '../locales/leadDesk/ar.json';
import arQuote from '../locales/quote/ar.json';
import arDates from '../locales/dates/ar.json';
import arFollowUp from '../locales/followUp/ar.json';
import arMessages from '../locales/messages/ar.json';
import arInsight from '../locales/insight/ar.json';
import arInsightLosses from '../locales/insightLosses/ar.json';
import arInsightSources from '../locales/insightSources/ar.json';
import arInsightStages from '../locales/insightStages/ar.json';
import arAlerts from '../locales/alerts/ar.json';
import arCallingRules from '../locales/callingRules/ar.json';
import arCallReview from '../locales/callReview/ar.json';
import arCoaching from '../locales/coaching/ar.json';
import arRecording from '../locales/recording/ar.json';

export const ar = {
  ...arCore,
  importer: arImporter,
  dashboard: arDashboard,
  lists: arLists,
  editors: arEditors,
  sync: arSync,
  phoneAdmin: arPhoneAdmin,
  wallboard: arWallboard,
  accounts: arAccounts,
  leadDesk: arLeadDesk,
  callReview: arCallReview,
  quote: arQuote,
  dates: arDates,
  followUp: arFollowUp,
  messages: arMessages,
  insight: arInsight,
  insightLosses: arInsightLosses,
  insightSources: arInsightSources,
  insightStages: arInsightStages,
  alerts: arAlerts,
  callingRules: arCallingRules,
  coaching: arCoaching,
  recording: arRecording,
};
