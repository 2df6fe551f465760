import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

/** Props of {@link FormActions}. */
export interface FormActionsProps {
  /** The last attempt's error, shown above the buttons (nothing when there is none). */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
  gap?: MantineSpacing;
}

/** The end of a form shown in the page: what went wrong, if anything, then submit and "Cancel". */
export function FormActions({ error, pending, submitLabel, onCancel, gap }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      <Group gap={gap}>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common:cancel')}
        </Button>
      </Group>
    </>
  );
}
