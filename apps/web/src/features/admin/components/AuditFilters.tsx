import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The audit-log filter values as typed (dates as `YYYY-MM-DD`). */
export interface AuditFilterValues {
  actorUserId: string;
  organisationId: string;
  action: string;
  entityType: string;
  from: string;
  to: string;
}

/** No filters. */
export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { actorUserId: '', organisationId: '', action: '', entityType: '', from: '', to: '' };

/** Props of {@link AuditFilters}. */
export interface AuditFiltersProps {
  initial: AuditFilterValues;
  /** Actions present in the log (from the API), offered as a list; free text when empty. */
  actions: string[];
  onApply: (v: AuditFilterValues) => void;
}

/** Filters for the audit log: actor, organisation, action, entity type and a date range. */
export function AuditFilters({ initial, actions, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const bind = (name: keyof AuditFilterValues) => ({
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
  });
  return (
    <form
      aria-label={t('admin:audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(values);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <TextInput label={t('admin:audit.actor')} dir="ltr" {...bind('actorUserId')} />
        <TextInput label={t('admin:audit.organisation')} dir="ltr" {...bind('organisationId')} />
        {actions.length > 0 ? (
          <NativeSelect
            label={t('admin:audit.action')}
            dir="ltr"
            data={[{ value: '', label: t('admin:audit.allActions') }, ...actions.map((a) => ({ value: a, label: a }))]}
            value={values.action}
            onChange={(e) => {
              const action = e.currentTarget.value;
              setValues((v) => ({ ...v, action }));
            }}
          />
        ) : (
          <TextInput label={t('admin:audit.action')} dir="ltr" placeholder="organisation.create" {...bind('action')} />
        )}
        <TextInput label={t('admin:audit.entityType')} dir="ltr" placeholder="organisation" {...bind('entityType')} />
        <TextInput label={t('admin:audit.from')} type="date" {...bind('from')} />
        <TextInput label={t('admin:audit.to')} type="date" {...bind('to')} />
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{t('admin:audit.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setValues(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          {t('admin:audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
