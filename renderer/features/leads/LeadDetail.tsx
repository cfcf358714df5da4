// Everything about one lead, read-only: contact and address, owner and team, where it stands in
// the pipeline, BANT, meeting, proposal and deal, imported fields, the stage history and every
// activity (calls with outcome and talk time, notes, messages, hand-offs), newest first.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment, type ReactNode } from 'react';
import type { Activity, BantAnswer, Deal } from '../../../shared/domain/lead';
import { useDeskDb } from '../../db/use-desk-db';
import type { StoredLead } from '../../db/schema';
import { useFormat } from '../../i18n/use-format';
import { useContentLanguage, useLocalized } from '../../i18n/use-localized';
import { leadTimezone } from '../../../shared/domain/phone-timezone';
import { LtrText } from '../../ui/components/LtrText';
import { useProducts } from '../../ui/desk/use-content';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useUsers } from '../../ui/desk/use-users';
import { isKnownDisposition } from '../call/components/disposition-labels';
import { LeadFacts } from './LeadFacts';

export type LeadDetailProps = { lead: StoredLead };

function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function LeadDetail({ lead }: LeadDetailProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const users = useUsers();
  const products = useProducts();
  const organisation = useOrganisation();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'en');
  const language = useContentLanguage();
  const team = useLiveQuery(
    () => (lead.teamId ? db.teams.get(lead.teamId) : undefined),
    [db, lead.teamId],
  );
  const activities =
    useLiveQuery(
      () =>
        db.activities
          .where('[leadId+at]')
          .between([lead.id, -Infinity], [lead.id, Infinity])
          .reverse()
          .toArray(),
      [db, lead.id],
    ) ?? [];
  const nameOf = (id: string | null | undefined) =>
    (id && users.find((u) => u.id === id)?.displayName) || '—';
  const productName = (id: string) => {
    const product = products.find((p) => p.id === id);
    return product ? (localize(product.name)?.value ?? '') : '';
  };
  const countryName = (code: string) => {
    try {
      return new Intl.DisplayNames([language], { type: 'region' }).of(code);
    } catch {
      return undefined;
    }
  };
  const money = (d: Deal) => format.currency(d.amount, d.currency);
  const none = '—';
  const stages = activities.filter((a) => a.type === 'stageChange' && a.stageTo);

  const contactRows = [
    {
      label: t('leadDesk.field.phone'),
      value: lead.phoneE164 ? <LtrText>{lead.phoneE164}</LtrText> : none,
    },
    ...(lead.phones.length
      ? [
          {
            label: t('leadDesk.field.otherPhones'),
            value: (
              <Stack component="span" sx={{ gap: 0.25 }}>
                {lead.phones.map((p) => (
                  <LtrText key={p}>{p}</LtrText>
                ))}
              </Stack>
            ),
          },
        ]
      : []),
    {
      label: t('leadDesk.field.email'),
      value: lead.email ? <LtrText>{lead.email}</LtrText> : none,
    },
    {
      label: t('leadDesk.field.country'),
      value: lead.country ? (countryName(lead.country) ?? lead.country) : none,
    },
    {
      label: t('leadDesk.detail.timezone'),
      value: <LtrText>{leadTimezone(lead, organisation?.timezone ?? 'UTC')}</LtrText>,
    },
    {
      label: t('leadDesk.field.address'),
      value: lead.address?.trim() || none,
      testId: 'detail-address',
    },
    {
      label: t('leadDesk.field.interests'),
      value: lead.interests?.length ? (
        <Stack component="span" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          {lead.interests.map((i) => (
            <Chip key={i} size="small" label={<bdi>{i}</bdi>} />
          ))}
        </Stack>
      ) : (
        none
      ),
    },
    {
      label: t('leadDesk.detail.doNotCall'),
      value: lead.doNotCall ? t('leadDesk.detail.yes') : t('leadDesk.detail.no'),
    },
  ];

  const pipelineRows = [
    { label: t('leadDesk.detail.stage'), value: t(`stage.${lead.stage}`), testId: 'detail-stage' },
    { label: t('leadDesk.detail.stageSince'), value: format.dateTime(lead.stageChangedAt) },
    {
      label: t('leadDesk.detail.owner'),
      value: lead.ownerId ? nameOf(lead.ownerId) : t('leadDesk.search.teamQueue'),
      testId: 'detail-owner',
    },
    {
      label: t('leadDesk.detail.team'),
      value: team ? (localize(team.name)?.value ?? none) : none,
    },
    { label: t('leadDesk.detail.list'), value: lead.listName ?? none },
    { label: t('leadDesk.field.source'), value: lead.source ?? none },
    ...(lead.origin
      ? [{ label: t('leadDesk.new.origin'), value: t(`leadDesk.origin.${lead.origin}`) }]
      : []),
    { label: t('leadDesk.detail.createdAt'), value: format.dateTime(lead.createdAt) },
    {
      label: t('leadDesk.detail.nextCall'),
      value: lead.nextCallAt
        ? `${format.dateTime(lead.nextCallAt)}${lead.nextCallKind ? ` · ${t(`leadDesk.nextCallKind.${lead.nextCallKind}`)}` : ''}`
        : none,
    },
    {
      label: t('leadDesk.detail.counts'),
      value: t('leadDesk.detail.countsValue', {
        touches: format.number(lead.touches),
        attempts: format.number(lead.attempts),
        refusals: format.number(lead.refusals),
      }),
    },
    { label: t('leadDesk.detail.followUp'), value: t(`leadDesk.followUp.${lead.followUpList}`) },
    ...(lead.lostReason
      ? [{ label: t('leadDesk.detail.lostReason'), value: t(`lostReason.${lead.lostReason}`) }]
      : []),
  ];

  const bantAnswer = (a: BantAnswer) => (
    <span>
      {a.met === null ? t('bant.unknown') : a.met ? t('bant.yes') : t('bant.no')}
      {a.note && (
        <>
          {' — '}
          <bdi dir="auto">{a.note}</bdi>
        </>
      )}
    </span>
  );

  const activityLabel = (a: Activity) =>
    a.type === 'stageChange' && a.stageTo
      ? t('history.stageChange', { stage: t(`stage.${a.stageTo}`) })
      : a.disposition && isKnownDisposition(a.disposition)
        ? t(`disposition.${a.disposition}`)
        : t(`history.type.${a.type}`);
  // Each part isolated, so an Arabic name between Latin dates keeps the parts in order.
  const activityFacts = (a: Activity) => {
    const parts = [format.dateTime(a.at), nameOf(a.agentId)];
    const talk = a.phone ? Math.round(a.phone.talkMs / 1000) : a.durationSec;
    if (talk) parts.push(t('leadDesk.detail.talk', { time: format.clock(talk) }));
    if (a.amount !== undefined && a.currency) parts.push(format.currency(a.amount, a.currency));
    return parts.map((p, i) => (
      <Fragment key={i}>
        {i > 0 && ' · '}
        <bdi>{p}</bdi>
      </Fragment>
    ));
  };

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'minmax(320px, 5fr) 7fr' },
        gap: 2,
        alignItems: 'start',
      }}
      data-testid="lead-detail"
    >
      <Stack sx={{ gap: 2 }}>
        <Section title={t('leadDesk.detail.contact')}>
          <LeadFacts rows={contactRows} />
        </Section>
        <Section title={t('leadDesk.detail.pipeline')}>
          <LeadFacts rows={pipelineRows} />
        </Section>
        <Section title={t('bant.title')} testId="detail-bant">
          {lead.bant ? (
            <LeadFacts
              rows={(['budget', 'authority', 'need', 'timeline'] as const).map((k) => ({
                label: t(`bant.${k}`),
                value: lead.bant ? bantAnswer(lead.bant[k]) : none,
              }))}
            />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('leadDesk.detail.notYet')}
            </Typography>
          )}
        </Section>
        {(lead.meeting || lead.proposal || lead.deal) && (
          <Section title={t('leadDesk.detail.deal')} testId="detail-deal">
            <LeadFacts
              rows={[
                ...(lead.meeting
                  ? [
                      {
                        label: t('leadDesk.detail.meeting'),
                        value: t('leadDesk.detail.meetingValue', {
                          time: format.dateTime(lead.meeting.at),
                          closer: nameOf(lead.meeting.closerId),
                          by: nameOf(lead.meeting.bookedBy),
                        }),
                      },
                      ...(lead.meeting.note
                        ? [{ label: t('leadDesk.detail.meetingNote'), value: lead.meeting.note }]
                        : []),
                    ]
                  : []),
                ...(lead.proposal
                  ? [
                      {
                        label: t('leadDesk.detail.proposal'),
                        value: `${productName(lead.proposal.productId)} · ${money(lead.proposal)} · ${format.date(lead.proposal.at)}`,
                      },
                    ]
                  : []),
                ...(lead.deal
                  ? [
                      {
                        label: t('leadDesk.detail.won'),
                        value: `${productName(lead.deal.productId)} · ${money(lead.deal)} · ${format.date(lead.deal.at)}`,
                      },
                    ]
                  : []),
              ]}
            />
          </Section>
        )}
        {Object.keys(lead.custom).length > 0 && (
          <Section title={t('leadDesk.detail.custom')} testId="detail-custom">
            <LeadFacts
              rows={Object.entries(lead.custom).map(([label, value]) => ({ label, value }))}
            />
          </Section>
        )}
        {lead.notes.trim() && (
          <Section title={t('leadDesk.field.notes')}>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
              <bdi dir="auto">{lead.notes}</bdi>
            </Typography>
          </Section>
        )}
      </Stack>
      <Stack sx={{ gap: 2 }}>
        <Section title={t('leadDesk.detail.stageHistory')} testId="detail-stages">
          <LeadFacts
            dense
            rows={[
              ...stages.map((a) => ({
                label: format.dateTime(a.at),
                value: `${t(`stage.${a.stageTo ?? 'lead'}`)} · ${nameOf(a.agentId)}`,
              })),
              {
                label: format.dateTime(lead.createdAt),
                value: t('leadDesk.detail.added'),
              },
            ]}
          />
        </Section>
        <Section
          title={t('leadDesk.detail.activities', {
            count: activities.length,
            n: format.number(activities.length),
          })}
          testId="detail-activities"
        >
          {activities.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('leadDesk.detail.noActivities')}
            </Typography>
          ) : (
            <List dense disablePadding>
              {activities.map((a, i) => (
                <Fragment key={a.id}>
                  {i > 0 && <Divider component="li" />}
                  <ListItem disableGutters alignItems="flex-start" data-testid="detail-activity">
                    <ListItemText
                      primary={activityLabel(a)}
                      secondary={
                        <>
                          {activityFacts(a)}
                          {a.note && (
                            <Box component="span" sx={{ display: 'block', whiteSpace: 'pre-line' }}>
                              <bdi dir="auto">{a.note}</bdi>
                            </Box>
                          )}
                        </>
                      }
                    />
                  </ListItem>
                </Fragment>
              ))}
            </List>
          )}
        </Section>
      </Stack>
    </Box>
  );
}
