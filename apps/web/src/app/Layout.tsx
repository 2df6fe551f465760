import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ActingAsMenu } from '../features/identity/components/ActingAsMenu.tsx';
import { LanguageSwitch } from '../features/identity/components/LanguageSwitch.tsx';
import { useSession } from '../features/identity/hooks.ts';
import { Navigation } from './Navigation.tsx';

/** The app frame: skip link, header (brand, acting-as, language), navigation and main. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const session = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // On navigation: close the phone menu and move focus to the new page's content.
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname, close]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="sm" gap="xs" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('common:nav.close') : t('common:nav.open')}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <Link to="/" className="brand-link">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text component="span" fw={700} size="lg">
                  {t('common:appName')}
                </Text>
              </Link>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {session.data?.user && <ActingAsMenu session={session.data} />}
              <LanguageSwitch />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar id="main-navigation" aria-label={t('common:nav.label')} inert={isMobile && !opened}>
          <Navigation />
        </AppShell.Navbar>
        <AppShell.Main id="main" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
