import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * How a {@link Fact} looks: `plain` (small label and value, as in a side panel), `strong` (a bold
 * value, as on the public checks) or `compact` (a small bold label, as on the workspace's cards).
 */
export type FactLook = 'plain' | 'strong' | 'compact';

const LOOKS: Record<FactLook, { label: TextProps; value: TextProps }> = {
  plain: { label: { size: 'sm' }, value: { size: 'sm' } },
  strong: { label: { size: 'sm' }, value: { fw: 600 } },
  compact: { label: { size: 'xs', fw: 600 }, value: { size: 'sm' } },
};

/** A label and its value, as a definition-list pair (inside a `dl`). */
export function Fact({ label, children, look = 'plain' }: { label: ReactNode; children: ReactNode; look?: FactLook }) {
  return (
    <div>
      <Text component="dt" c="dimmed" {...LOOKS[look].label}>
        {label}
      </Text>
      <Text component="dd" m={0} {...LOOKS[look].value}>
        {children}
      </Text>
    </div>
  );
}
