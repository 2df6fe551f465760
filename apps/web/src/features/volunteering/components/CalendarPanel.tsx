import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useCalendar, useResetCalendar } from '../hooks.ts';

/** The feed address as calendar apps need it: absolute, and as a webcal:// link that opens them. */
export function feedAddresses(feed: { url: string; webcalUrl?: string }, origin: string): { https: string; webcal: string } {
  const https = new URL(feed.url, origin).toString();
  return { https, webcal: feed.webcalUrl ?? https.replace(/^https?:/, 'webcal:') };
}

/**
 * "Add to my calendar": my private feed address to subscribe to (copy, or open in the calendar
 * app), and a way to replace it if it was shared by mistake (the old one stops working).
 */
export function CalendarPanel() {
  const { t } = useTranslation();
  const notify = useNotify();
  const feed = useCalendar();
  const reset = useResetCalendar();
  const addresses = feed.data ? feedAddresses(feed.data, window.location.origin) : null;

  async function replace() {
    try {
      await reset.mutateAsync();
      notify({ message: t('volunteering:calendar.resetDone') });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calendar-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="calendar-heading">
          {t('volunteering:calendar.title')}
        </Title>
        <Text size="sm">{t('volunteering:calendar.text')}</Text>
        {feed.isError && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
        {addresses && (
          <>
            <TextInput label={t('volunteering:calendar.address')} value={addresses.https} readOnly dir="ltr" onFocus={(e) => e.currentTarget.select()} data-testid="calendar-url" />
            <Group gap="xs" wrap="wrap">
              <CopyButton value={addresses.https}>
                {({ copied, copy }) => (
                  <Button size="xs" onClick={copy} color={copied ? 'green' : undefined} aria-live="polite">
                    {copied ? t('common:copied') : t('volunteering:calendar.copy')}
                  </Button>
                )}
              </CopyButton>
              <Anchor href={addresses.webcal} size="sm">
                {t('volunteering:calendar.open')}
              </Anchor>
            </Group>
            <Text size="xs" c="dimmed">
              {t('volunteering:calendar.private')}
            </Text>
            <div>
              <ConfirmAction
                label={t('volunteering:calendar.reset')}
                title={t('volunteering:calendar.resetTitle')}
                message={t('volunteering:calendar.resetMessage')}
                confirmLabel={t('volunteering:calendar.resetConfirm')}
                loading={reset.isPending}
                onConfirm={replace}
                variant="subtle"
              />
            </div>
          </>
        )}
      </Stack>
    </Paper>
  );
}
