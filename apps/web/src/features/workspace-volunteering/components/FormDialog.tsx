import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Dialog } from '../../priorities/components/Dialog.tsx';

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  onSubmit: (e: FormEvent) => Promise<void> | void;
  /** The last attempt's error, shown above the buttons (nothing when there is none). */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  /** The form's fields (and any explanation above them). */
  children: ReactNode;
}

/** A dialog holding a small form (edit a shift, accept an offer, adjust hours): its fields, then "Cancel" and submit. */
export function FormDialog({ opened, onClose, title, size = 'lg', onSubmit, error, pending, submitLabel, children }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="sm">
          {children}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
