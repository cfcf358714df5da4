// A lead's name as a link to its detail page, for lists and dashboards that name leads: the
// page opens over the screen, which keeps its own place (and filters) underneath.
import type { ReactNode } from 'react';
import Link from '@mui/material/Link';
import { hashWithLead } from './lead-route';

export type LeadLinkProps = { leadId: string; children: ReactNode };

export function LeadLink({ leadId, children }: LeadLinkProps) {
  return (
    <Link
      href={hashWithLead(window.location.hash, leadId)}
      underline="hover"
      color="inherit"
      onClick={(e) => {
        // A row that selects on click must not toggle when its lead is opened.
        e.stopPropagation();
        e.preventDefault();
        window.location.hash = hashWithLead(window.location.hash, leadId);
      }}
      data-testid="lead-link"
    >
      {children}
    </Link>
  );
}
