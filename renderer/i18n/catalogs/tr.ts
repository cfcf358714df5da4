// The Turkish catalog: the core file plus one file per feature namespace (../catalog.ts), loaded
// when the desk first shows Turkish (i18n.ts).
import trCore from '../locales/tr.json';
import trImporter from '../locales/importer/tr.json';
import trDashboard from '../locales/dashboard/tr.json';
import trLists from '../locales/lists/tr.json';
import trEditors from '../locales/editors/tr.json';
import trSync from '../locales/sync/tr.json';
import trPhoneAdmin from '../locales/phoneAdmin/tr.json';
import trWallboard from '../locales/wallboard/tr.json';
import trAccounts from '../locales/accounts/tr.json';
import trLeadDesk from '../locales/leadDesk/tr.json';
import trQuote from '../locales/quote/tr.json';
import trDates from '../locales/dates/tr.json';
import trFollowUp from '../locales/followUp/tr.json';
import trMessages from '../locales/messages/tr.json';
import trInsight from '../locales/insight/tr.json';
import trInsightLosses from '../locales/insightLosses/tr.json';
import trInsightSources from '../locales/insightSources/tr.json';
import trInsightStages from '../locales/insightStages/tr.json';
import trAlerts from '../locales/alerts/tr.json';
import trCallingRules from '../locales/callingRules/tr.json';
import trCallReview from '../locales/callReview/tr.json';
import trCoaching from '../locales/coaching/tr.json';
import trRecording from '../locales/recording/tr.json';

export const tr = {
  ...trCore,
  importer: trImporter,
  dashboard: trDashboard,
  lists: trLists,
  editors: trEditors,
  sync: trSync,
  phoneAdmin: trPhoneAdmin,
  wallboard: trWallboard,
  callReview: trCallReview,
  accounts: trAccounts,
  leadDesk: trLeadDesk,
  quote: trQuote,
  dates: trDates,
  followUp: trFollowUp,
  messages: trMessages,
  insight: trInsight,
  insightLosses: trInsightLosses,
  insightSources: trInsightSources,
  insightStages: trInsightStages,
  alerts: trAlerts,
  callingRules: trCallingRules,
  coaching: trCoaching,
  recording: trRecording,
};
