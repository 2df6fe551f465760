import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's PasswordInput, left-to-right, with its show/hide button labelled in the UI language. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput dir="ltr" visibilityToggleButtonProps={{ 'aria-label': t('common:togglePassword') }} {...props} />;
}
