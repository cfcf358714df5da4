import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { QuoteDocument } from '../../../../shared/quote/quote-pdf';

export type QuotePreviewProps = { document: QuoteDocument };

/**
 * The first lines of the PDF as the customer will read them: in their language and direction,
 * whatever the closer's own (an Arabic quote reads right to left on an English desk).
 */
export function QuotePreview({ document: doc }: QuotePreviewProps) {
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, bgcolor: 'background.default' }}
      dir={doc.direction}
      lang={doc.language}
      data-testid="quote-preview"
    >
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
        <Typography
          variant="h6"
          component="p"
          color="primary"
          sx={{ fontWeight: 700, flexGrow: 1 }}
        >
          {doc.title}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="quote-number">
          {doc.number}
        </Typography>
      </Stack>
      <Divider sx={{ my: 1 }} />
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
        }}
      >
        {doc.details.map((d) => (
          <Box key={d.label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {d.label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 600 }}>
              {d.value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="subtitle1" color="primary" sx={{ fontWeight: 700, mt: 1.5 }}>
        {doc.product.name}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {doc.fabHeadings.feature} · {doc.fabHeadings.advantage} · {doc.fabHeadings.benefits}:{' '}
        {doc.fab.length}
      </Typography>
      <Box sx={{ mt: 1.5, ms: 'auto', maxWidth: 320 }} data-testid="quote-totals">
        {doc.totals.map((row) => (
          <Stack key={row.label} direction="row" sx={{ justifyContent: 'space-between', gap: 2 }}>
            <Typography
              variant={row.strong ? 'subtitle1' : 'body2'}
              sx={{ fontWeight: row.strong ? 700 : 400 }}
            >
              {row.label}
            </Typography>
            <Typography
              variant={row.strong ? 'subtitle1' : 'body2'}
              sx={{ fontWeight: row.strong ? 700 : 400, unicodeBidi: 'isolate' }}
            >
              {row.value}
            </Typography>
          </Stack>
        ))}
      </Box>
    </Paper>
  );
}
