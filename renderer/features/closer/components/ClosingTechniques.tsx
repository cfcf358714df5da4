import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import {
  fillPlaceholders,
  type ClosingTechnique,
  type PlaceholderValues,
} from '../../../../shared/domain/content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { useLocalized } from '../../../i18n/use-localized';

export type ClosingTechniquesProps = {
  techniques: ClosingTechnique[];
  orgDefault: ContentLanguage;
  /** Fill the examples' placeholders (the lead's name, the product…). */
  values: PlaceholderValues;
};

/** The organisation's closing techniques as cards: name, when to use it, example lines. */
export function ClosingTechniques({ techniques, orgDefault, values }: ClosingTechniquesProps) {
  const localize = useLocalized(orgDefault);
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5 }}
      data-testid="closing-techniques"
    >
      {techniques.map((tech) => (
        <Card key={tech.id} variant="outlined">
          <CardContent>
            <Typography sx={{ fontWeight: 700 }}>{localize(tech.name)?.value}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {localize(tech.description)?.value}
            </Typography>
            {(localize(tech.examples)?.value ?? []).map((line, i) => (
              <Typography key={i} variant="body2" sx={{ fontStyle: 'italic' }}>
                “{fillPlaceholders(line, values)}”
              </Typography>
            ))}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
