export type { DownloadFilter } from './DownloadButton.tsx';
export { ReportSummary, type ReportSummaryProps } from './ReportSummary.tsx';
export { saveCsv } from './saveCsv.ts';
