/** The extension page of one report (entrypoints/report), for the popup to open. */
export function reportPath(reportId: string): string {
  return `/report.html?id=${encodeURIComponent(reportId)}`;
}
