import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NEED_KINDS, type NeedKind } from '../../../../../../packages/shared/src/enums.ts';
import { NeedKindIcon } from './NeedKindIcon.tsx';

/** The kinds of giving an initiative asks for, as badges with a pictogram, in a stable order. */
export function NeedKindBadges({ kinds, label }: { kinds: readonly NeedKind[]; label?: string }) {
  const { t } = useTranslation();
  const ordered = NEED_KINDS.filter((k) => kinds.includes(k));
  if (ordered.length === 0) return null;
  return (
    <Group gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label ?? t('initiatives:card.needs')}>
      {ordered.map((k) => (
        <li key={k}>
          <Badge variant="light" color="gray" leftSection={<NeedKindIcon kind={k} size={14} />} tt="none" fw={600}>
            {t(`enums:needKind.${k}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
