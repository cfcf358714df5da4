import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ContentLanguage } from '../../../shared/domain/localized-content';
import type { ContentKind } from '../../../shared/domain/content';
import { useContentLanguage } from '../../i18n/use-localized';
import { ContentLanguagePicker } from './components/ContentLanguagePicker';
import { ContentWorkspace } from './content/ContentWorkspace';
import { TouchSettingsPanel } from '../messages/TouchSettingsPanel';

const KINDS: readonly ContentKind[] = ['script', 'objection', 'closing', 'product', 'message'];

/** Scripts & content: call scripts, objection cards, closing techniques and products. */
export function ContentSection() {
  const { t } = useTranslation();
  const uiLanguage = useContentLanguage();
  const [kind, setKind] = useState<ContentKind>('script');
  const [language, setLanguage] = useState<ContentLanguage>(uiLanguage);
  const dirty = useRef(false);
  const onDirtyChange = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  const switchKind = (next: ContentKind) => {
    if (dirty.current && !window.confirm(t('editors.discardConfirm'))) return;
    dirty.current = false;
    setKind(next);
  };
  return (
    <Box data-testid="content-section">
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: 2, alignItems: { md: 'center' }, justifyContent: 'space-between', mb: 2 }}
      >
        <Tabs
          value={kind}
          onChange={(_e, v: ContentKind) => switchKind(v)}
          variant="scrollable"
          aria-label={t('editors.contentKinds')}
        >
          {KINDS.map((k) => (
            <Tab
              key={k}
              value={k}
              label={t(`editors.kind.${k}`)}
              data-testid={`content-kind-${k}`}
            />
          ))}
        </Tabs>
        <ContentLanguagePicker value={language} onChange={setLanguage} />
      </Stack>
      {kind === 'message' && <TouchSettingsPanel />}
      <ContentWorkspace key={kind} kind={kind} language={language} onDirtyChange={onDirtyChange} />
    </Box>
  );
}
