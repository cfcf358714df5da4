import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MessageTemplate } from '../../../shared/domain/content';
import type { EditIssue } from '../../../shared/domain/editing';
import { MESSAGE_CHANNELS, type MessageChannel } from '../../../shared/domain/lead';
import type { ContentLanguage } from '../../../shared/domain/localized-content';
import { LocalizedField } from '../editors/components/LocalizedField';

export type MessageTemplateEditorProps = {
  value: MessageTemplate;
  onChange: (template: MessageTemplate) => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  issues: readonly EditIssue[];
};

/** A message template: its name, the channels it is offered on, the e-mail subject and the text. */
export function MessageTemplateEditor({
  value,
  onChange,
  language,
  orgDefault,
}: MessageTemplateEditorProps) {
  const { t } = useTranslation();
  const common = { language, orgDefault };
  const toggle = (channel: MessageChannel, on: boolean) =>
    onChange({
      ...value,
      channels: MESSAGE_CHANNELS.filter((c) => (c === channel ? on : value.channels.includes(c))),
    });
  return (
    <Stack sx={{ gap: 2 }} data-testid="message-template-editor">
      <LocalizedField
        {...common}
        label={t('editors.message.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        required
        testId="message-name"
      />
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('editors.message.channels')}</FormLabel>
        <FormGroup row>
          {MESSAGE_CHANNELS.map((c) => (
            <FormControlLabel
              key={c}
              control={
                <Checkbox
                  checked={value.channels.includes(c)}
                  onChange={(e) => toggle(c, e.target.checked)}
                  data-testid={`message-channel-${c}`}
                />
              }
              label={t(`messages.channel.${c}`)}
            />
          ))}
        </FormGroup>
        {value.channels.length === 0 && (
          <Typography variant="caption" color="text.secondary">
            {t('editors.message.allChannels')}
          </Typography>
        )}
      </FormControl>
      <Stack sx={{ gap: 0.5 }}>
        <LocalizedField
          {...common}
          label={t('editors.message.subject')}
          value={value.subject}
          onChange={(subject) => onChange({ ...value, subject })}
          placeholders
          testId="message-subject"
        />
        <Typography variant="caption" color="text.secondary">
          {t('editors.message.subjectHint')}
        </Typography>
      </Stack>
      <LocalizedField
        {...common}
        label={t('editors.message.body')}
        value={value.body}
        onChange={(body) => onChange({ ...value, body })}
        multiline
        placeholders
        required
        testId="message-body"
      />
    </Stack>
  );
}
