import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** Props of {@link UserText}. */
export interface UserTextProps extends TextProps {
  children: ReactNode;
  /** Language of the text when known (bilingual fields); omitted for free text. */
  lang?: string;
  component?: 'p' | 'span' | 'div';
}

/**
 * Text someone typed (names, descriptions): `dir="auto"` so an English name in an Arabic page
 * (or the reverse) keeps its own direction, and `lang` when the language is known.
 */
export function UserText({ children, lang, component = 'span', ...props }: UserTextProps) {
  return (
    <Text component={component} dir="auto" lang={lang} {...props}>
      {children}
    </Text>
  );
}
