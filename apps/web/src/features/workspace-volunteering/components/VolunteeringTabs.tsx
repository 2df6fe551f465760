import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Links between the two halves of the volunteering workspace: opportunities and hours to verify. */
export function VolunteeringTabs({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const base = `/workspace/${orgId}/volunteering`;
  const items = [
    { to: base, label: t('workspaceVolunteering:nav.opportunities'), end: true },
    { to: `${base}/hours`, label: t('workspaceVolunteering:nav.hours'), end: false },
  ];
  return (
    <nav aria-label={t('workspaceVolunteering:nav.sections')}>
      <Group gap="xs" mb="sm">
        {items.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="section-nav-link">
            {({ isActive }) => (
              <Button component="span" size="xs" variant={isActive ? 'light' : 'default'}>
                {item.label}
              </Button>
            )}
          </NavLink>
        ))}
      </Group>
    </nav>
  );
}
