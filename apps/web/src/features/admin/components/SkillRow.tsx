import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useForm } from '../../../lib/form.ts';
import type { AdminSkill } from '../api.ts';
import { useUpdateSkill } from '../hooks.ts';
import { changedNames, skillNamesSchema } from '../skills.ts';

/**
 * One skill: its names (edited in place), code, state, and activate/deactivate behind a
 * confirmation. The inputs belong to a form in the actions cell (a form cannot wrap table cells).
 */
export function SkillRow({ skill }: { skill: AdminSkill }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const update = useUpdateSkill();
  const [editing, setEditing] = useState(false);
  const form = useForm({ nameAr: skill.nameAr, nameEn: skill.nameEn });
  const editButton = useRef<HTMLButtonElement>(null);
  const formId = `skill-names-${skill.code}`;
  const name = i18n.language === 'ar' ? skill.nameAr : skill.nameEn;

  function startEditing() {
    form.setValues({ nameAr: skill.nameAr, nameEn: skill.nameEn });
    form.setCodes({});
    update.reset();
    setEditing(true);
  }

  function stopEditing() {
    setEditing(false);
    // Give keyboard users their place back once the button is rendered again.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const values = form.validate(skillNamesSchema);
    if (!values) return;
    const patch = changedNames(skill, values);
    if (!Object.keys(patch).length) return stopEditing();
    try {
      await update.mutateAsync({ code: skill.code, ...patch });
      notify({ message: t('admin:skills.saved') });
      stopEditing();
    } catch (err) {
      if (!form.showServerErrors(err)) notify({ message: errorMessage(t, err), color: 'red' });
    }
  }

  async function setActive(active: boolean) {
    try {
      await update.mutateAsync({ code: skill.code, active });
      notify({ message: t(active ? 'admin:skills.activated' : 'admin:skills.deactivated', { name }) });
    } catch (err) {
      notify({ message: errorMessage(t, err), color: 'red' });
      throw err;
    }
  }

  return (
    <Table.Tr data-skill={skill.code} data-active={skill.active}>
      <Table.Td>
        {editing ? (
          <TextInput
            aria-label={t('admin:skills.nameArOf', { code: skill.code })}
            form={formId}
            dir="rtl"
            lang="ar"
            maxLength={120}
            required
            size="xs"
            autoFocus
            {...form.text('nameAr')}
          />
        ) : (
          <UserText lang="ar">{skill.nameAr}</UserText>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <TextInput aria-label={t('admin:skills.nameEnOf', { code: skill.code })} form={formId} dir="ltr" lang="en" maxLength={120} required size="xs" {...form.text('nameEn')} />
        ) : (
          <UserText lang="en">{skill.nameEn}</UserText>
        )}
      </Table.Td>
      <Table.Td>
        <Text component="code" size="sm" dir="ltr">
          {skill.code}
        </Text>
      </Table.Td>
      <Table.Td>
        {skill.active ? (
          <Badge color="green" variant="light">{t('admin:skills.active')}</Badge>
        ) : (
          <Badge color="gray" variant="light">{t('admin:skills.inactive')}</Badge>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <form id={formId} onSubmit={(e) => void save(e)} noValidate>
            <Group gap="xs" wrap="nowrap">
              <Button type="submit" size="xs" loading={update.isPending}>
                {t('common:save')}
              </Button>
              <Button variant="default" size="xs" onClick={stopEditing}>
                {t('common:cancel')}
              </Button>
            </Group>
          </form>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Button ref={editButton} variant="default" size="xs" onClick={startEditing} aria-label={t('admin:skills.editNamesOf', { name })}>
              {t('admin:skills.editNames')}
            </Button>
            {skill.active ? (
              <ConfirmAction
                label={t('admin:skills.deactivate')}
                title={t('admin:skills.deactivateTitle', { name })}
                message={t('admin:skills.deactivateMessage')}
                loading={update.isPending}
                onConfirm={() => setActive(false)}
              />
            ) : (
              <ConfirmAction
                label={t('admin:skills.activate')}
                title={t('admin:skills.activateTitle', { name })}
                message={t('admin:skills.activateMessage')}
                color="green"
                loading={update.isPending}
                onConfirm={() => setActive(true)}
              />
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
