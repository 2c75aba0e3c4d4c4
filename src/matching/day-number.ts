/**
 * Days since 1970-01-01 (UTC) of a full date written yyyymmdd (20250904), for comparing
 * and measuring dates the engine reads. A part left at 0 is read as the month's or year's
 * start; callers pass full dates.
 */
export function dayNumber(yyyymmdd: number): number {
  const year = Math.floor(yyyymmdd / 10000);
  const month = Math.floor(yyyymmdd / 100) % 100;
  return Date.UTC(year, Math.max(month, 1) - 1, Math.max(yyyymmdd % 100, 1)) / 86_400_000;
}
