// The script on an agent's screen: the role's ordinary script, or — while the lead on screen is
// on an inbound call, until its outcome is logged — the inbound script of the advert's product.
import { useMemo } from 'react';
import type { CallScript, ScriptRole } from '../../../../shared/domain/content';
import { chooseScript } from '../../../../shared/domain/script-choice';
import { useScripts } from '../../../ui/desk/use-content';
import { useInboundCall } from '../../phone/use-inbound-call';

export function useCallScript(role: ScriptRole, leadId: string | null): CallScript | null {
  const scripts = useScripts();
  const inbound = useInboundCall(leadId);
  return useMemo(() => chooseScript(scripts, role, inbound), [scripts, role, inbound]);
}
