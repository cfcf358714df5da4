// Which lead lists a script is the default for (shared/domain/script-choice.ts): a list bought
// for one campaign opens with its own script. The lists on this desk are offered; a list still
// to be imported can be typed.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import type { CallScript } from '../../../../shared/domain/content';
import { useDeskDb } from '../../../db/use-desk-db';

/** The script with these lists, or without the field when there are none. */
export function withLists(script: CallScript, lists: readonly string[]): CallScript {
  const { lists: _old, ...rest } = script;
  const kept = [...new Set(lists.map((l) => l.trim()).filter(Boolean))];
  return kept.length ? { ...rest, lists: kept } : rest;
}

export type ScriptListsFieldProps = {
  value: readonly string[];
  onChange: (lists: string[]) => void;
};

export function ScriptListsField({ value, onChange }: ScriptListsFieldProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  // The listName index's distinct keys: one step per list, however many leads it holds.
  const options =
    useLiveQuery(async () => (await db.leads.orderBy('listName').uniqueKeys()) as string[], [db]) ??
    [];
  return (
    <Autocomplete
      multiple
      freeSolo
      options={options}
      value={[...value]}
      onChange={(_e, lists) => onChange(lists)}
      renderValue={(lists, getItemProps) =>
        lists.map((l, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} size="small" label={<bdi>{l}</bdi>} {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('editors.script.lists')}
          helperText={t('editors.script.listsHint')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'script-lists' },
          }}
        />
      )}
    />
  );
}
