// The English catalog: the core file plus one file per feature namespace (../catalog.ts). It is
// in the first page's JavaScript (every key falls back to it); Arabic and Turkish load on demand.
import enCore from '../locales/en.json';
import enImporter from '../locales/importer/en.json';
import enDashboard from '../locales/dashboard/en.json';
import enLists from '../locales/lists/en.json';
import enEditors from '../locales/editors/en.json';
import enSync from '../locales/sync/en.json';
import enPhoneAdmin from '../locales/phoneAdmin/en.json';
import enWallboard from '../locales/wallboard/en.json';
import enAccounts from '../locales/accounts/en.json';
import enLeadDesk from '../locales/leadDesk/en.json';
import enQuote from '../locales/quote/en.json';
import enDates from '../locales/dates/en.json';
import enFollowUp from '../locales/followUp/en.json';
import enMessages from '../locales/messages/en.json';
import enInsight from '../locales/insight/en.json';
import enInsightLosses from '../locales/insightLosses/en.json';
import enInsightSources from '../locales/insightSources/en.json';
import enInsightStages from '../locales/insightStages/en.json';
import enAlerts from '../locales/alerts/en.json';
import enCallingRules from '../locales/callingRules/en.json';
import enCallReview from '../locales/callReview/en.json';
import enCoaching from '../locales/coaching/en.json';
import enRecording from '../locales/recording/en.json';

export const en = {
  ...enCore,
  importer: enImporter,
  dashboard: enDashboard,
  lists: enLists,
  editors: enEditors,
  sync: enSync,
  phoneAdmin: enPhoneAdmin,
  wallboard: enWallboard,
  accounts: enAccounts,
  leadDesk: enLeadDesk,
  quote: enQuote,
  dates: enDates,
  callReview: enCallReview,
  followUp: enFollowUp,
  messages: enMessages,
  insight: enInsight,
  insightLosses: enInsightLosses,
  insightSources: enInsightSources,
  insightStages: enInsightStages,
  alerts: enAlerts,
  callingRules: enCallingRules,
  coaching: enCoaching,
  recording: enRecording,
};

export type Catalog = typeof en;
