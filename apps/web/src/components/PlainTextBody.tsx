import { Box } from '@mantine/core';
import { dominantDirection } from '../lib/rtl.ts';
import { Linkified } from './Linkified.tsx';

/**
 * A plain-text message (an email body) shown line by line, each line in the direction most of
 * its letters run, so a bilingual email reads right in both halves; URLs become links.
 */
export function PlainTextBody({ text, label, lang }: { text: string; label: string; lang?: string }) {
  return (
    <Box className="json-block" mt="xs" fz="sm" tabIndex={0} aria-label={label} lang={lang} role="document">
      {text.split('\n').map((line, i) =>
        line.trim() ? (
          <div key={i} dir={dominantDirection(line)}>
            <Linkified text={line} />
          </div>
        ) : (
          <div key={i} aria-hidden="true">
            &nbsp;
          </div>
        ),
      )}
    </Box>
  );
}
