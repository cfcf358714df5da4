// The three catalogs, each the core file plus one file per feature namespace
// (locales/<namespace>/<lang>.json, nested under the key <namespace>). Features own their own
// files so parallel work never edits the same catalog.
import enCore from './locales/en.json';
import arCore from './locales/ar.json';
import trCore from './locales/tr.json';
import enImporter from './locales/importer/en.json';
import arImporter from './locales/importer/ar.json';
import trImporter from './locales/importer/tr.json';
import enDashboard from './locales/dashboard/en.json';
import arDashboard from './locales/dashboard/ar.json';
import trDashboard from './locales/dashboard/tr.json';
import enLists from './locales/lists/en.json';
import arLists from './locales/lists/ar.json';
import trLists from './locales/lists/tr.json';
import enEditors from './locales/editors/en.json';
import arEditors from './locales/editors/ar.json';
import trEditors from './locales/editors/tr.json';
import enSync from './locales/sync/en.json';
import arSync from './locales/sync/ar.json';
import trSync from './locales/sync/tr.json';
import enPhoneAdmin from './locales/phoneAdmin/en.json';
import arPhoneAdmin from './locales/phoneAdmin/ar.json';
import trPhoneAdmin from './locales/phoneAdmin/tr.json';
import enWallboard from './locales/wallboard/en.json';
import arWallboard from './locales/wallboard/ar.json';
import trWallboard from './locales/wallboard/tr.json';
import enAccounts from './locales/accounts/en.json';
import arAccounts from './locales/accounts/ar.json';
import trAccounts from './locales/accounts/tr.json';
import enLeadDesk from './locales/leadDesk/en.json';
import arLeadDesk from './locales/leadDesk/ar.json';
import trLeadDesk from './locales/leadDesk/tr.json';
import enQuote from './locales/quote/en.json';
import arQuote from './locales/quote/ar.json';
import trQuote from './locales/quote/tr.json';
import enDates from './locales/dates/en.json';
import arDates from './locales/dates/ar.json';
import trDates from './locales/dates/tr.json';
import enFollowUp from './locales/followUp/en.json';
import arFollowUp from './locales/followUp/ar.json';
import trFollowUp from './locales/followUp/tr.json';
import enMessages from './locales/messages/en.json';
import arMessages from './locales/messages/ar.json';
import trMessages from './locales/messages/tr.json';
import enInsight from './locales/insight/en.json';
import arInsight from './locales/insight/ar.json';
import trInsight from './locales/insight/tr.json';
import enInsightLosses from './locales/insightLosses/en.json';
import arInsightLosses from './locales/insightLosses/ar.json';
import trInsightLosses from './locales/insightLosses/tr.json';
import enInsightSources from './locales/insightSources/en.json';
import arInsightSources from './locales/insightSources/ar.json';
import trInsightSources from './locales/insightSources/tr.json';
import enInsightStages from './locales/insightStages/en.json';
import arInsightStages from './locales/insightStages/ar.json';
import trInsightStages from './locales/insightStages/tr.json';
import enAlerts from './locales/alerts/en.json';
import arAlerts from './locales/alerts/ar.json';
import trAlerts from './locales/alerts/tr.json';
import enCallingRules from './locales/callingRules/en.json';
import arCallingRules from './locales/callingRules/ar.json';
import trCallingRules from './locales/callingRules/tr.json';
import enRecording from './locales/recording/en.json';
import arRecording from './locales/recording/ar.json';
import trRecording from './locales/recording/tr.json';

/** Feature namespaces, each a folder under locales/ with en.json, ar.json and tr.json. */
export const NAMESPACES = [
  'importer',
  'dashboard',
  'lists',
  'editors',
  'sync',
  'phoneAdmin',
  'wallboard',
  'accounts',
  'leadDesk',
  'quote',
  'dates',
  'followUp',
  'messages',
  'insight',
  'insightLosses',
  'insightSources',
  'insightStages',
  'alerts',
  'callingRules',
  'recording',
] as const;

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
  followUp: enFollowUp,
  messages: enMessages,
  insight: enInsight,
  insightLosses: enInsightLosses,
  insightSources: enInsightSources,
  insightStages: enInsightStages,
  alerts: enAlerts,
  callingRules: enCallingRules,
  recording: enRecording,
};
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
  recording: arRecording,
};
export const tr = {
  ...trCore,
  importer: trImporter,
  dashboard: trDashboard,
  lists: trLists,
  editors: trEditors,
  sync: trSync,
  phoneAdmin: trPhoneAdmin,
  wallboard: trWallboard,
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
  recording: trRecording,
};

export type Catalog = typeof en;
