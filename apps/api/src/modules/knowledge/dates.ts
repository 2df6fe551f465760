// The UAE keeps Gulf Standard Time all year (UTC+4, no daylight saving), so a fixed offset is exact.
const GST_OFFSET_MS = 4 * 3_600_000;

/** The calendar day (ISO date) an instant falls on in Dubai. */
export function dubaiDate(at: Date): string {
  return new Date(at.getTime() + GST_OFFSET_MS).toISOString().slice(0, 10);
}
