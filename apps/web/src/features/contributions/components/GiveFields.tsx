import { Checkbox, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GivingDesignation } from '../../../../../../packages/shared/src/enums.ts';
import type { PaymentMethod, Visibility } from '../api.ts';

const VISIBILITIES: readonly Visibility[] = ['public', 'anonymous', 'private'];
const METHODS: readonly PaymentMethod[] = ['bank_transfer', 'cash', 'cheque'];

/** Props shared by the radio groups below. */
interface ChoiceProps<T extends string> {
  value: T;
  onChange: (value: T) => void;
  error?: string;
}

/** One option as a bordered card: label and a one-line explanation. */
function Choice({ value, label, description }: { value: string; label: string; description?: string }) {
  return <Radio value={value} label={label} description={description} styles={{ body: { alignItems: 'flex-start' } }} />;
}

/** Designation among those the need accepts, each explained in a sentence. */
export function DesignationField({ options, ...props }: ChoiceProps<GivingDesignation> & { options: readonly GivingDesignation[] }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('contributions:give.designation')} description={t('contributions:give.designationHint')} value={props.value} onChange={(v) => props.onChange(v as GivingDesignation)} error={props.error} name="designation">
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
        {options.map((d) => (
          <Choice key={d} value={d} label={t(`contributions:designation.${d}`)} description={t(`contributions:designationHelp.${d}`)} />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** Public, anonymous or private, each explained. */
export function VisibilityField(props: ChoiceProps<Visibility>) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('contributions:give.visibility')} value={props.value} onChange={(v) => props.onChange(v as Visibility)} error={props.error} name="visibility">
      <Stack gap="sm" mt="xs">
        {VISIBILITIES.map((v) => (
          <Choice key={v} value={v} label={t(`contributions:visibility.${v}`)} description={t(`contributions:visibilityHelp.${v}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** Bank transfer, cash or cheque: all offline, confirmed by the organisation. */
export function MethodField(props: ChoiceProps<PaymentMethod>) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('contributions:give.method')} description={t('contributions:give.methodHint')} value={props.value} onChange={(v) => props.onChange(v as PaymentMethod)} error={props.error} name="method">
      <Stack gap="sm" mt="xs">
        {METHODS.map((m) => (
          <Choice key={m} value={m} label={t(`contributions:method.${m}`)} description={t(`contributions:methodHelp.${m}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** "Give on behalf of <organisation>", offered only while acting for one. */
export function OnBehalfField({ orgName, orgLang, checked, onChange }: { orgName: string; orgLang: string; checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      label={
        <>
          {t('contributions:give.onBehalf')}{' '}
          <Text component="bdi" fw={600} lang={orgLang}>
            {orgName}
          </Text>
        </>
      }
      description={t('contributions:give.onBehalfHint')}
    />
  );
}
