import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';

/** Props of {@link ErrorAlert}. */
export interface ErrorAlertProps {
  error: unknown;
  /** Offer a "Try again" button. */
  onRetry?: () => void;
}

/** A translated error message (`errors:<code>`) in an alert, with an optional retry. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('common:errorTitle')} my="sm">
      {errorMessage(t, error)}
      {onRetry && (
        <Button variant="default" size="xs" mt="sm" display="block" onClick={onRetry}>
          {t('common:retry')}
        </Button>
      )}
    </Alert>
  );
}
