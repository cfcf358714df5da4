import { useTranslation } from 'react-i18next';
import type { StoredLead } from '../../../db/schema';
import { useQualify } from '../hooks/use-qualify';
import { BantForm } from './BantForm';

export type BantPanelProps = {
  lead: StoredLead;
  saving: boolean;
  /** Called with the save's error in words, or null once saved. */
  onSaved: (error: string | null) => void;
};

/** The hunter's BANT form, saved on the lead (four yeses qualify it). */
export function BantPanel({ lead, saving, onSaved }: BantPanelProps) {
  const { t } = useTranslation();
  const qualify = useQualify(lead.id);
  return (
    <BantForm
      value={lead.bant}
      saving={saving}
      onSave={(bant) =>
        qualify &&
        void qualify(bant).then((r) => onSaved(r.ok ? null : t(`errors.${r.error.code}`)))
      }
    />
  );
}
