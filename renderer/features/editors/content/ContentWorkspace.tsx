import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { SCRIPT_ROLES, type CallScript, type Product } from '../../../../shared/domain/content';
import { checkContentRow, hasErrors, normaliseContentRow } from '../../../../shared/domain/editing';
import { isInboundScript, ordinaryScript } from '../../../../shared/domain/script-choice';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { removeContent, saveContent, type ContentError } from '../../../db/content-repo';
import type { ContentKind, ContentRow } from '../../../../shared/domain/content';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';
import { IssueList } from '../components/IssueList';
import { MessageTemplateEditor } from '../../messages/MessageTemplateEditor';
import { ClosingEditor } from './ClosingEditor';
import { ContentList } from './ContentList';
import { ObjectionEditor } from './ObjectionEditor';
import { ProductEditor } from './ProductEditor';
import { ScriptEditor } from './ScriptEditor';
import { contentLabel } from './content-label';
import { duplicateContent, newContent } from './new-content';

export type ContentWorkspaceProps = {
  kind: ContentKind;
  language: ContentLanguage;
  /** Tells the section whether there are unsaved changes (switching kinds asks first). */
  onDirtyChange?: (dirty: boolean) => void;
};

type Draft = { row: ContentRow; isNew: boolean; baseline: string };
type Notice = { severity: 'success' | 'error'; text: string };

const EMPTY: ContentRow[] = [];
const NO_PRODUCTS: Product[] = [];

/** One kind of content: the list, the selected item's editor, its issues and its actions. */
export function ContentWorkspace({ kind, language, onDirtyChange }: ContentWorkspaceProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const actor = useAppStore((s) => s.user);
  const organisation = useOrganisation();
  const orgDefault = organisation?.defaultLanguage ?? 'en';
  const rows =
    useLiveQuery(() => db.content.where('kind').equals(kind).toArray(), [db, kind]) ?? EMPTY;
  const products =
    useLiveQuery(
      async () =>
        (await db.content.where('kind').equals('product').toArray()).map((r) => r.data as Product),
      [db],
    ) ?? NO_PRODUCTS;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // The call screens use the first ordinary script of each role for the agents' own calls
  // (shared/domain/script-choice.ts); inbound scripts open on inbound calls.
  const inUse = useMemo(() => {
    const scripts = rows.flatMap((r) => (r.kind === 'script' ? [r.data] : []));
    return new Set(SCRIPT_ROLES.flatMap((role) => ordinaryScript(scripts, role)?.id ?? []));
  }, [rows]);

  const dirty = !!draft && (draft.isNew || JSON.stringify(draft.row) !== draft.baseline);
  useEffect(() => {
    onDirtyChange?.(dirty);
    if (!dirty) return;
    // Closing or reloading the window with unsaved changes asks first.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, onDirtyChange]);
  const productIds = products.map((p) => p.id as string);
  const issues = useMemo(() => {
    if (!draft) return [];
    const ids = draft.row.kind === 'product' ? [...productIds, draft.row.id] : productIds;
    return checkContentRow(normaliseContentRow(draft.row), ids);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- productIds is derived from products
  }, [draft, products]);

  const leave = () => !dirty || window.confirm(t('editors.discardConfirm'));
  const open = (row: ContentRow, isNew = false) => {
    if (!leave()) return;
    setFailure(null);
    setDraft({ row: structuredClone(row), isNew, baseline: isNew ? '' : JSON.stringify(row) });
  };
  const change = (row: ContentRow) => setDraft((d) => d && { ...d, row });

  const errorText = (error: ContentError) => t(`editors.error.${error}`);
  const save = async () => {
    if (!draft) return;
    const r = await saveContent({ db, actor }, draft.row, { isNew: draft.isNew });
    if (r.ok) {
      setDraft({ row: structuredClone(r.row), isNew: false, baseline: JSON.stringify(r.row) });
      setFailure(null);
      setNotice({ severity: 'success', text: t('editors.saved') });
    } else setFailure(errorText(r.error));
  };
  const remove = async () => {
    if (!draft) return;
    const name = contentLabel(draft.row, language, orgDefault);
    // The call screens use the first ordinary script of a role: deleting the last one leaves
    // them without.
    const lastOfRole =
      draft.row.kind === 'script' &&
      !isInboundScript(draft.row.data) &&
      !rows.some(
        (r) =>
          r.kind === 'script' &&
          r.id !== draft.row.id &&
          !isInboundScript(r.data) &&
          r.data.role === (draft.row.data as CallScript).role,
      );
    const question = lastOfRole ? 'editors.deleteLastScriptConfirm' : 'editors.deleteConfirm';
    if (!window.confirm(t(question, { name }))) return;
    if (draft.isNew) {
      setDraft(null);
      return;
    }
    const r = await removeContent({ db, actor }, draft.row.id);
    if (r.ok) {
      setDraft(null);
      setNotice({ severity: 'success', text: t('editors.deleted', { name }) });
    } else setFailure(errorText(r.error));
  };
  const create = () =>
    open(
      newContent(kind, {
        role: 'hunter',
        productId: products[0]?.id ?? null,
        currency: organisation?.currency ?? 'SAR',
      }),
      true,
    );

  const editor = (() => {
    if (!draft) return null;
    const common = { language, orgDefault, issues };
    const row = draft.row;
    switch (row.kind) {
      case 'script':
        return (
          <ScriptEditor
            {...common}
            value={row.data}
            products={products}
            onChange={(data: CallScript) => change({ ...row, data })}
          />
        );
      case 'objection':
        return (
          <ObjectionEditor
            {...common}
            value={row.data}
            onChange={(data) => change({ ...row, data })}
          />
        );
      case 'closing':
        return (
          <ClosingEditor
            {...common}
            value={row.data}
            onChange={(data) => change({ ...row, data })}
          />
        );
      case 'product':
        return (
          <ProductEditor
            {...common}
            value={row.data}
            products={products}
            onChange={(data) => change({ ...row, data })}
          />
        );
      case 'message':
        return (
          <MessageTemplateEditor
            {...common}
            value={row.data}
            onChange={(data) => change({ ...row, data })}
          />
        );
    }
  })();

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '280px minmax(0, 1fr)' },
        gap: 2,
        alignItems: 'start',
      }}
    >
      <ContentList
        kind={kind}
        rows={rows}
        selectedId={draft?.row.id ?? null}
        onSelect={(row) => row.id !== draft?.row.id && open(row)}
        onNew={create}
        language={language}
        orgDefault={orgDefault}
        inUse={inUse}
      />
      {draft ? (
        <Paper sx={{ p: 2, minWidth: 0 }} data-testid="content-editor">
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
            <Typography variant="h6" component="h2" sx={{ flexGrow: 1, minWidth: 0 }} noWrap>
              <bdi>{contentLabel(draft.row, language, orgDefault) || t('editors.untitled')}</bdi>
            </Typography>
            <Button
              variant="contained"
              startIcon={<SaveIcon />}
              onClick={() => void save()}
              disabled={!dirty || hasErrors(issues)}
              data-testid="content-save"
            >
              {t('editors.save')}
            </Button>
            <Button
              startIcon={<UndoIcon />}
              disabled={!dirty || draft.isNew}
              onClick={() => {
                const saved = rows.find((r) => r.id === draft.row.id);
                if (saved)
                  setDraft({
                    row: structuredClone(saved),
                    isNew: false,
                    baseline: JSON.stringify(saved),
                  });
              }}
              data-testid="content-revert"
            >
              {t('editors.revert')}
            </Button>
            <Button
              startIcon={<ContentCopyIcon />}
              disabled={draft.isNew}
              onClick={() => open(duplicateContent(draft.row), true)}
              data-testid="content-duplicate"
            >
              {t('editors.duplicate')}
            </Button>
            <Button
              color="error"
              startIcon={<DeleteOutlineIcon />}
              onClick={() => void remove()}
              data-testid="content-delete"
            >
              {t('editors.delete')}
            </Button>
          </Stack>
          {draft.isNew && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {t('editors.notSavedYet')}
            </Alert>
          )}
          {failure && (
            <Alert severity="error" sx={{ mb: 1 }} data-testid="content-failure">
              {failure}
            </Alert>
          )}
          <IssueList issues={issues} />
          {editor}
        </Paper>
      ) : (
        <Paper sx={{ p: 3 }}>
          <Typography color="text.secondary">{t('editors.pick')}</Typography>
        </Paper>
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={notice?.severity ?? 'success'}
          variant="filled"
          data-testid="content-notice"
        >
          {notice?.text}
        </Alert>
      </Snackbar>
    </Box>
  );
}
