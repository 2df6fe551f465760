import { Button, Collapse } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** Props of {@link CollapsibleFilters}. */
export interface CollapsibleFiltersProps {
  /** The region's id (the toggle's `aria-controls`). */
  id: string;
  /** The toggle's text (with how many filters are in use). */
  toggleLabel: string;
  children: ReactNode;
}

/** A list's filters: always shown on wide screens, behind a toggle button on phones. */
export function CollapsibleFilters({ id, toggleLabel, children }: CollapsibleFiltersProps) {
  const isWide = useMediaQuery('(min-width: 48em)') ?? true;
  const [open, toggle] = useDisclosure(false);
  return (
    <>
      {!isWide && (
        <Button variant="default" onClick={toggle.toggle} aria-expanded={open} aria-controls={id}>
          {toggleLabel}
        </Button>
      )}
      <Collapse expanded={isWide || open} id={id}>
        {children}
      </Collapse>
    </>
  );
}
