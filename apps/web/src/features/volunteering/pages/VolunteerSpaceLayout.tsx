import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SectionNav } from '../../../components/SectionNav.tsx';

/**
 * The volunteering pages of my space (`/me/volunteering`, profile, impact, certificates,
 * engagements, mentorships) share one sub-navigation under the "My space" heading, so they can
 * be reached from each other on a phone without opening the main menu.
 */
export function VolunteerSpaceLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SectionNav
        label={t('volunteering:nav.label')}
        items={[
          { to: '/me/volunteering', label: t('volunteering:nav.myShifts') },
          { to: '/me/volunteer-profile', label: t('volunteering:nav.profile') },
          { to: '/me/impact', label: t('volunteering:nav.impact') },
          { to: '/me/certificates', label: t('volunteering:nav.certificates') },
          { to: '/me/engagements', label: t('volunteering:nav.engagements') },
          { to: '/me/mentorships', label: t('volunteering:nav.mentorships') },
        ]}
      />
      <Outlet />
    </>
  );
}
