// The script on an agent's screen: the one the agent switched to for this lead, else the lead's
// default — the inbound script of the advert's product while the lead is on an inbound call (until
// its outcome is logged), else the script of the lead's list or product, else the role's general
// script (shared/domain/script-choice.ts).
import { useMemo } from 'react';
import type { CallScript, ScriptRole } from '../../../../shared/domain/content';
import {
  scriptOnScreen,
  scriptOptions,
  type ScriptLead,
} from '../../../../shared/domain/script-choice';
import { useScripts } from '../../../ui/desk/use-content';
import { useAppStore } from '../../../store/use-app-store';
import { useInboundCall } from '../../phone/use-inbound-call';

export type CallScriptChoice = {
  /** The script on screen. */
  script: CallScript | null;
  /** The role's scripts the agent can switch to. */
  options: CallScript[];
  /** Switches this lead's script (null: back to its default). */
  pick: (scriptId: string | null) => void;
};

type LeadForScript = ScriptLead & { id: string };

export function useCallScriptChoice(
  role: ScriptRole,
  lead: LeadForScript | null,
): CallScriptChoice {
  const scripts = useScripts();
  const leadId = lead?.id ?? null;
  const inbound = useInboundCall(leadId);
  const picked = useAppStore((s) => (leadId ? s.scriptChoice[leadId] : undefined));
  const pickScript = useAppStore((s) => s.pickScript);
  const listName = lead?.listName ?? null;
  const origin = lead?.origin;
  const source = lead?.source ?? null;
  const touches = lead?.touches ?? 0;
  const productOf = lead?.deal?.productId ?? lead?.proposal?.productId ?? null;
  const script = useMemo(
    () =>
      scriptOnScreen(
        scripts,
        role,
        {
          inbound,
          lead: lead
            ? {
                listName,
                origin,
                source,
                touches,
                deal: productOf ? { productId: productOf } : null,
              }
            : null,
        },
        picked,
      ),
    // The lead's fields the choice reads, not the lead object (a new object on every change).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scripts, role, inbound, picked, leadId, listName, origin, source, touches, productOf],
  );
  const options = useMemo(() => scriptOptions(scripts, role), [scripts, role]);
  return {
    script,
    options,
    pick: (scriptId) => leadId && pickScript(leadId, scriptId),
  };
}

/** The script on screen for the lead (see useCallScriptChoice). */
export function useCallScript(role: ScriptRole, lead: LeadForScript | null): CallScript | null {
  return useCallScriptChoice(role, lead).script;
}
