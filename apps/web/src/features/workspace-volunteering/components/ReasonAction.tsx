import { Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldMessage } from '../../../lib/field-errors.ts';

/** Props of {@link ReasonAction}. */
export interface ReasonActionProps {
  label: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  reasonLabel: string;
  /** A reason must be given (reject, cancel); otherwise it is an optional note. */
  required?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  color?: string;
  variant?: 'light' | 'filled' | 'default' | 'subtle';
}

/**
 * A destructive or final action asked for in a dialog with a reason (cancel a shift, reject hours,
 * reject a session). The dialog stays open with the error when the API refuses.
 */
export function ReasonAction(props: ReasonActionProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  async function run() {
    if (props.required && !reason.trim()) {
      setProblem(fieldMessage(t, 'validation.reason_required'));
      throw new Error('reason required');
    }
    await props.onConfirm(reason.trim());
    setReason('');
  }

  return (
    <ConfirmAction label={props.label} title={props.title} message={props.message} confirmLabel={props.confirmLabel} onConfirm={run} loading={props.pending} color={props.color ?? 'red'} variant={props.variant}>
      <Stack gap="sm">
        <Textarea
          label={props.reasonLabel}
          required={props.required}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setProblem(undefined);
          }}
          error={problem}
          dir="auto"
          autosize
          minRows={2}
          maxLength={500}
        />
        <ErrorAlert error={props.error} />
      </Stack>
    </ConfirmAction>
  );
}
