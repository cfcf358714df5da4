// What the agent notes when a lead says no: why (an objection category, the same categories as
// the objection cards) and the new offer to make on the re-call. Both optional: a "5" and Enter
// still saves a refusal at once.
import { useState } from 'react';
import type { ObjectionCategory } from '../../../shared/domain/objections';

export type RefusalDetails = {
  objection: ObjectionCategory | null;
  setObjection: (objection: ObjectionCategory | null) => void;
  newOffer: string;
  setNewOffer: (offer: string) => void;
  reset: () => void;
};

export function useRefusalDetails(): RefusalDetails {
  const [objection, setObjection] = useState<ObjectionCategory | null>(null);
  const [newOffer, setNewOffer] = useState('');
  return {
    objection,
    setObjection,
    newOffer,
    setNewOffer,
    reset: () => {
      setObjection(null);
      setNewOffer('');
    },
  };
}
