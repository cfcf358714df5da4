// The demo organisation in one call: what the server seeds and what the desk shows in offline
// demo mode. Content is fixed; leads and activities are generated from a seed and `now`.
import type {
  CallScript,
  ClosingTechnique,
  MessageTemplate,
  User,
  ObjectionCard,
  OrganisationProfile,
  Product,
  Team,
} from '../domain/content';
import type { Activity, Lead } from '../domain/lead';
import { DEMO_CLOSING_TECHNIQUES } from './closing';
import { DEMO_SEED, generateDemoActivities, generateDemoLeads } from './leads';
import { DEMO_MESSAGE_TEMPLATES } from './messages';
import { DEMO_OBJECTIONS } from './objections';
import { DEMO_ORGANISATION, DEMO_TEAMS, DEMO_USERS } from './organisation';
import { DEMO_PRODUCTS } from './products';
import { DEMO_SCRIPTS } from './scripts';

export type DemoOrganisation = {
  organisation: OrganisationProfile;
  teams: Team[];
  users: User[];
  products: Product[];
  scripts: CallScript[];
  objections: ObjectionCard[];
  closingTechniques: ClosingTechnique[];
  messageTemplates: MessageTemplate[];
  leads: Lead[];
  activities: Activity[];
};

export type DemoOrganisationOptions = {
  seed?: string | number;
  leadCount?: number;
};

/**
 * Everything of the demo organisation. Leads' times are relative to `now`, so callbacks fall
 * due around the moment the demo is (re)seeded; the same `now` and seed give identical data.
 */
export function demoOrganisation(
  now: number,
  { seed = DEMO_SEED, leadCount = 300 }: DemoOrganisationOptions = {},
): DemoOrganisation {
  const leads = generateDemoLeads({ now, seed, count: leadCount });
  return {
    organisation: DEMO_ORGANISATION,
    teams: DEMO_TEAMS,
    users: DEMO_USERS,
    products: DEMO_PRODUCTS,
    scripts: DEMO_SCRIPTS,
    objections: DEMO_OBJECTIONS,
    closingTechniques: DEMO_CLOSING_TECHNIQUES,
    messageTemplates: DEMO_MESSAGE_TEMPLATES,
    leads,
    activities: generateDemoActivities(leads, { now, seed }),
  };
}

export { DEMO_CLOSING_TECHNIQUES } from './closing';
export {
  DEMO_DISPOSITIONS,
  DEMO_LEAD_SOURCES,
  DEMO_SEED,
  STAGE_OWNER_ROLES,
  generateDemoActivities,
  generateDemoLeads,
} from './leads';
export type { DemoDisposition, DemoLeadOptions, DemoLeadSource } from './leads';
export { DEMO_MESSAGE_TEMPLATES } from './messages';
export { DEMO_OBJECTIONS } from './objections';
export {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
  ISTANBUL_TEAM_ID,
} from './organisation';
export { DEMO_PRODUCTS, HOME_4_ID, PRO_500_ID, RAWAA_HOME_4, RAWAA_PRO_500 } from './products';
export {
  CLOSER_SCRIPT,
  DEMO_SCRIPTS,
  FARMER_SCRIPT,
  HUNTER_SCRIPT,
  INBOUND_HUNTER_SCRIPT,
} from './scripts';
