import { AspectRatio, Box, Image } from '@mantine/core';

/**
 * An initiative's cover (16:9 unless asked otherwise); without one, a calm green field with the Ataa mark. Decorative:
 * the title next to it says what it is.
 */
export function CoverImage({ url, radius = 'md', ratio = 16 / 9 }: { url: string | null; radius?: 'sm' | 'md' | 0; ratio?: number }) {
  return (
    <AspectRatio ratio={ratio}>
      {url ? (
        <Image src={url} alt="" radius={radius} fit="cover" loading="lazy" />
      ) : (
        <Box
          aria-hidden="true"
          data-testid="cover-placeholder"
          style={{
            borderRadius: radius ? `var(--mantine-radius-${radius})` : 0,
            background: 'linear-gradient(135deg, var(--mantine-color-ataa-0), var(--mantine-color-ataa-2))',
            display: 'grid',
            placeItems: 'center',
          }}
        >
          <svg width="56" height="56" viewBox="0 0 64 64" style={{ opacity: 0.55 }}>
            <path d="M18 40c6 6 22 6 28 0M22 26a4 4 0 1 0 8 0a4 4 0 1 0-8 0M34 26a4 4 0 1 0 8 0a4 4 0 1 0-8 0" stroke="var(--mantine-color-ataa-7)" strokeWidth="4" fill="none" strokeLinecap="round" />
          </svg>
        </Box>
      )}
    </AspectRatio>
  );
}
