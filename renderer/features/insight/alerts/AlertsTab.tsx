// The alerts tab: every alert up now across the viewer's teams (the insight filters do not narrow
// it: an alert is about whoever trips it), each with the screen that explains it, and the rules.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../../i18n/use-format';
import { AlertIcon } from './AlertIcon';
import { AlertRulesEditor } from './AlertRulesEditor';
import { openAlertLink } from './AlertsBell';
import { useAlertText } from './use-alert-text';
import { useAlerts } from './use-alerts';

export function AlertsTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const { ready, alerts, rules, timeZone } = useAlerts();
  const textOf = useAlertText(timeZone);
  if (!ready) return <LinearProgress />;
  return (
    <Stack sx={{ gap: 2 }} data-testid="alerts-tab">
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3">
          {t('alerts.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('alerts.now', { count: alerts.length, n: format.number(alerts.length) })}
        </Typography>
        {alerts.length > 0 && (
          <List data-testid="alerts-list">
            {alerts.map((alert) => {
              const text = textOf(alert);
              return (
                <ListItem
                  key={alert.key}
                  divider
                  data-testid={`alert-row-${alert.kind}`}
                  data-key={alert.key}
                  secondaryAction={
                    <Button size="small" onClick={() => openAlertLink(alert.link)}>
                      {t(`alerts.open.${alert.kind}`)}
                    </Button>
                  }
                  sx={{ pr: 20 }}
                >
                  <ListItemIcon>
                    <AlertIcon severity={alert.severity} />
                  </ListItemIcon>
                  <ListItemText primary={text.title} secondary={text.body} />
                </ListItem>
              );
            })}
          </List>
        )}
      </Paper>
      <AlertRulesEditor rules={rules} />
    </Stack>
  );
}
