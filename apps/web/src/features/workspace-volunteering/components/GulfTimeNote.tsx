import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Times are in UAE time": said wherever shift times are typed or read, since browsers may be elsewhere. */
export function GulfTimeNote() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" data-testid="gulf-time-note">
      {t('workspaceVolunteering:gulfTime')}
    </Text>
  );
}
