// Every verb, by name: the outbox carries these names, the wire protocol's list is derived from
// here, and the server dispatches a pushed mutation through the same map.
import { addLead } from './add-lead';
import { addNote } from './add-note';
import { addReferral } from './add-referral';
import { closeLost } from './close-lost';
import { closeWon } from './close-won';
import { editContact } from './edit-contact';
import { handOff } from './hand-off';
import { importLeads } from './import-leads';
import { logCallAttempt } from './log-call-attempt';
import { putContent } from './put-content';
import { putDnc } from './put-dnc';
import { putSalesTarget } from './put-sales-target';
import { putTargets } from './put-targets';
import { putTeam } from './put-team';
import { putUser } from './put-user';
import { qualify } from './qualify';
import { recordMeetingOutcome } from './record-meeting-outcome';
import { reassignLeads } from './reassign-leads';
import { removeContent } from './remove-content';
import { removeDnc } from './remove-dnc';
import { scheduleCallback } from './schedule-callback';
import { sendMessage } from './send-message';
import { sendProposal } from './send-proposal';
import { setDisposition } from './set-disposition';
import { setNationalDncFile } from './set-national-dnc-file';
import { setFollowUpSettings } from './set-follow-up-settings';
import { setListCost } from './set-list-cost';
import { setAlertRules } from './set-alert-rules';
import { setRecordingSettings } from './set-recording-settings';
import { setPipelineInsight } from './set-pipeline-insight';
import { setTouchSettings } from './set-touch-settings';
import { setCallingRules } from './set-calling-rules';
import type { Verb } from './verb';

export const VERBS = {
  // the agent's call
  setDisposition,
  logCallAttempt,
  scheduleCallback,
  handOff,
  qualify,
  sendProposal,
  recordMeetingOutcome,
  closeWon,
  closeLost,
  editContact,
  addNote,
  sendMessage,
  addLead,
  addReferral,
  // the supervisor's desk
  importLeads,
  reassignLeads,
  putDnc,
  removeDnc,
  setNationalDncFile,
  setTouchSettings,
  setListCost,
  setFollowUpSettings,
  setCallingRules,
  putContent,
  setAlertRules,
  removeContent,
  putTargets,
  putSalesTarget,
  putUser,
  putTeam,
  setPipelineInsight,
  setRecordingSettings,
} as const;

export type MutationName = keyof typeof VERBS;
export const MUTATION_NAMES = Object.keys(VERBS) as [MutationName, ...MutationName[]];

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(VERBS, name);
}

/** The verb of a name, erased to the common shape (the server dispatches on names). */
export function verbOf(name: MutationName): Verb {
  return VERBS[name] as Verb;
}
