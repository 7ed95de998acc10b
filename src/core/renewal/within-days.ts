/** The largest renewal window: ten years of days. */
export const MAX_WITHIN_DAYS = 3650;

/** Reads a renewal window as typed (the CLI's --within, the pane's field): whole days 1–3650, else null. */
export function withinDays(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= MAX_WITHIN_DAYS ? n : null;
}
