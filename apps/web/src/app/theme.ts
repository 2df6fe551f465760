import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Ataa green; shade 7 carries white text at 5.4:1 (WCAG AA for normal text). */
const ataa: MantineColorsTuple = [
  '#e7f5ee',
  '#cfe9dc',
  '#a0d3b9',
  '#6dbb94',
  '#43a675',
  '#2a9963',
  '#1b8a57',
  '#0f7a4c',
  '#086a42',
  '#005a37',
];

/** The Arabic web font first, then system fonts for Latin (its Arabic subset lacks Latin glyphs). */
export const FONT_STACK = "'IBM Plex Sans Arabic', system-ui, sans-serif";

/** Mantine theme: brand colour, font stack, visible focus ring, contrast-safe defaults. */
export const theme = createTheme({
  primaryColor: 'ataa',
  primaryShade: { light: 7, dark: 5 },
  colors: { ataa },
  autoContrast: true,
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
});

/**
 * Mantine's default "dimmed" (gray 6) and error (red 6) colours are below 4.5:1 on white, and
 * so is the text of yellow and green "light" badges and alerts; darker values keep secondary
 * text, errors and status badges readable (WCAG 1.4.3, checked by axe in the browser test).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-yellow-light-color': '#8a5300',
    '--mantine-color-green-light-color': '#1e6b2f',
    // Filled red buttons (destructive confirmations) carry white text: red 6 is only 3.6:1.
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': '#a51d1d',
  },
  dark: {},
});
