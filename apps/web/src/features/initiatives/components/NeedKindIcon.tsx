import type { NeedKind } from '../../../../../../packages/shared/src/enums.ts';

/** Outline paths (24×24) of a simple pictogram per kind: banknote, clock, briefcase, book, box. */
const PATHS: Record<NeedKind, string> = {
  money: 'M3 7h18v10H3z M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5 M6 10v4 M18 10v4',
  time: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M12 7v5l3 2',
  expertise: 'M4 8h16v11H4z M9 8V5h6v3 M4 13h16',
  knowledge: 'M4 5h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4z M20 5h-6a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h6z',
  in_kind: 'M3 8l9-4l9 4v9l-9 4l-9-4z M3 8l9 4l9-4 M12 12v9',
};

/** A small decorative pictogram of a need kind (its name is always written next to it). */
export function NeedKindIcon({ kind, size = 16 }: { kind: NeedKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
