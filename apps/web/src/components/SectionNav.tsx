import { Button, Group } from '@mantine/core';
import { NavLink } from 'react-router';

/** One link of a {@link SectionNav}. */
export interface SectionNavItem {
  to: string;
  label: string;
  /** Match the path exactly (for the section's index page). */
  end?: boolean;
}

/** Sub-navigation between the pages of a section (my space, workspace, console). */
export function SectionNav({ label, items }: { label: string; items: SectionNavItem[] }) {
  return (
    <nav aria-label={label} className="section-nav">
      <Group gap={4} wrap="nowrap">
        {items.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="section-nav-link">
            {({ isActive }) => (
              <Button component="span" variant={isActive ? 'filled' : 'subtle'} size="sm">
                {item.label}
              </Button>
            )}
          </NavLink>
        ))}
      </Group>
    </nav>
  );
}
