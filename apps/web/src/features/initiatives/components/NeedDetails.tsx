import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../../components/UserText.tsx';
import { formatList, formatMoney } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/localized.ts';
import type { Need } from '../api.ts';

/** The kind-specific facts of a need: designations, role, skill and level, format, item and value. */
export function NeedDetails({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const d = need.details;
  const lang = i18n.language;
  switch (need.kind) {
    case 'money':
      return (
        <Text size="sm">
          {t('initiatives:need.accepts', { list: formatList((d.designations ?? ['general']).map((x) => t(`enums:givingDesignation.${x}`)), lang) })}
        </Text>
      );
    case 'time': {
      // Without a title the role is already the need's name.
      const role = need.titleAr || need.titleEn ? pickLocalized(d.roleAr, d.roleEn, lang) : null;
      return role ? (
        <Text size="sm">
          {t('initiatives:need.role')} <UserText lang={role.lang}>{role.text}</UserText>
        </Text>
      ) : null;
    }
    case 'expertise':
      return (
        <Text size="sm">
          <UserText>{d.skill}</UserText> · {t(`enums:expertiseLevel.${d.level ?? 'mid'}`)}
        </Text>
      );
    case 'knowledge':
      return <Text size="sm">{t(`enums:knowledgeFormat.${d.format ?? 'training'}`)}</Text>;
    case 'in_kind':
      return (
        <Text size="sm">
          <UserText>{d.item}</UserText>
          {d.itemUnit && (
            <>
              {' ('}
              <UserText>{d.itemUnit}</UserText>
              {')'}
            </>
          )}
          {d.estimatedValueFils ? ` · ${t('initiatives:need.valueEach', { value: formatMoney(d.estimatedValueFils, 'AED', lang) })}` : ''}
        </Text>
      );
  }
}
