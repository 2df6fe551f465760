import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../components/DateText.tsx';
import { UserText } from '../../../components/UserText.tsx';
import type { Need } from '../api.ts';
import { needName, quantityText } from '../labels.ts';
import { LanguageNotice } from './LanguageNotice.tsx';
import { NeedDetails } from './NeedDetails.tsx';
import { NeedKindIcon } from './NeedKindIcon.tsx';
import { NeedProgressBar } from './NeedProgressBar.tsx';

/** Props of {@link NeedCard}. */
export interface NeedCardProps {
  need: Need;
  /** Link to give to this need ("Contribute"), when it accepts contributions now. */
  giveTo?: string | null;
  /** Buttons of the workspace (edit, close, delete). */
  actions?: ReactNode;
  headingOrder?: 3 | 4;
}

/**
 * A need: kind, title, target in its unit, a progress bar (received and promised), deadline,
 * public note (and, for insiders, the private note), with a "Contribute" link when open.
 */
export function NeedCard({ need, giveTo, actions, headingOrder = 3 }: NeedCardProps) {
  const { t, i18n } = useTranslation();
  const title = needName(t, need, i18n.language);
  const name = title.text;
  return (
    <Card withBorder component="article" radius="md" data-testid="need-card" data-kind={need.kind}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6} c="ataa.8">
              <NeedKindIcon kind={need.kind} />
              <Text size="xs" fw={700} c="ataa.8">{t(`enums:needKind.${need.kind}`)}</Text>
            </Group>
            <Title order={headingOrder} size="h5">
              <span dir="auto" lang={title.lang}>{name}</span>
            </Title>
            {title.fallback && <LanguageNotice lang={title.lang} />}
          </Stack>
          {need.status === 'closed' && <Badge color="gray" variant="light" tt="none">{t('initiatives:need.closed')}</Badge>}
        </Group>
        <NeedDetails need={need} />
        <Text size="sm">
          {t('initiatives:need.target')} <Text span fw={700}>{quantityText(t, i18n.language, need.target, need.unit)}</Text>
        </Text>
        <NeedProgressBar need={need} name={name} />
        {need.deadline && (
          <Group gap={4}>
            <Text size="sm" c="dimmed">{t('initiatives:need.deadline')}</Text>
            <DateText iso={need.deadline} />
          </Group>
        )}
        {need.publicNote && <UserText component="p" size="sm" style={{ whiteSpace: 'pre-line' }}>{need.publicNote}</UserText>}
        {need.privateNote && (
          <Text size="sm" c="dimmed">
            {t('initiatives:need.privateNote')} <UserText>{need.privateNote}</UserText>
          </Text>
        )}
        {(giveTo || actions) && (
          <Group gap="xs" mt={4}>
            {giveTo && (
              <Button component={Link} to={giveTo} size="sm" data-testid="give-button">
                {t('initiatives:need.contribute')}
              </Button>
            )}
            {actions}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
