import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ConfirmAction}. */
export interface ConfirmActionProps {
  /** Text of the button that opens the confirmation. */
  label: string;
  /** Title of the confirmation dialog. */
  title: string;
  message: ReactNode;
  /** Text of the confirming button (defaults to `label`). */
  confirmLabel?: string;
  /** Runs on confirm; the dialog closes when it resolves and stays open when it throws. */
  onConfirm: () => Promise<unknown> | void;
  loading?: boolean;
  /** Extra fields inside the dialog (a reason, for example). */
  children?: ReactNode;
  confirmDisabled?: boolean;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** The opening button's accessible name (when several share one label) and test id. */
  buttonProps?: { 'aria-label'?: string; 'data-testid'?: string };
}

/** A button that asks "are you sure?" in a dialog first (a destructive action, or one with a caveat). */
export function ConfirmAction(props: ConfirmActionProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { label, title, message, confirmLabel, onConfirm, loading, children, confirmDisabled } = props;

  async function confirm() {
    try {
      await onConfirm();
      close();
    } catch {
      // The caller shows the error; keep the dialog so the person can retry or cancel.
    }
  }

  return (
    <>
      <Button color={props.color ?? 'red'} variant={props.variant ?? 'light'} size={props.size ?? 'xs'} onClick={open} {...props.buttonProps}>
        {label}
      </Button>
      <Modal.Root opened={opened} onClose={close} centered>
        <Modal.Overlay />
        <Modal.Content>
          {/* A div, not Mantine's default <header>: a dialog's title bar is not the page banner. */}
          <Modal.Header {...{ component: 'div' }}>
            <Modal.Title>{title}</Modal.Title>
            <Modal.CloseButton aria-label={t('common:close')} />
          </Modal.Header>
          <Modal.Body>
            <Stack gap="md">
              <Text size="sm">{message}</Text>
              {children}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={close}>
                  {t('common:cancel')}
                </Button>
                <Button color={props.color ?? 'red'} loading={loading} disabled={confirmDisabled} onClick={() => void confirm()}>
                  {confirmLabel ?? label}
                </Button>
              </Group>
            </Stack>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
