import { Notification, Stack } from '@mantine/core';
import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A short message shown in the corner after an action. */
export interface Notice {
  message: string;
  color?: 'green' | 'red' | 'blue';
}

type Notify = (notice: Notice) => void;
const NotifyContext = createContext<Notify>(() => {});

/** How long a notice stays, in milliseconds. */
const DURATION = 6000;

/**
 * Hosts success/error notices in a polite live region at the inline-end bottom corner
 * (mirrors in right-to-left). Notices close by themselves or with their close button.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<(Notice & { id: number })[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback<Notify>(
    (notice) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-2), { ...notice, id }]);
      window.setTimeout(() => dismiss(id), DURATION);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext value={value}>
      {children}
      <section aria-label={t('common:notifications')} aria-live="polite" className="notices">
        <Stack gap="xs">
          {notices.map((n) => (
            <Notification
              key={n.id}
              color={n.color ?? 'green'}
              onClose={() => dismiss(n.id)}
              closeButtonProps={{ 'aria-label': t('common:close') }}
              withBorder
            >
              <span dir="auto">{n.message}</span>
            </Notification>
          ))}
        </Stack>
      </section>
    </NotifyContext>
  );
}

/** Returns `notify({ message, color })`. */
export function useNotify(): Notify {
  return use(NotifyContext);
}
