// The downloads there are (GET /data lists them: src/home/pages.ts), and for each its dataset,
// format and media type.
import type { DatasetName } from './build.js';

export interface DownloadFileInfo {
  file: string;
  dataset: DatasetName;
  format: 'csv' | 'json';
  contentType: string;
}

const file = (dataset: DatasetName, format: 'csv' | 'json'): DownloadFileInfo => ({
  file: `${dataset}.${format}`,
  dataset,
  format,
  contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
});

export const DOWNLOAD_FILES: readonly DownloadFileInfo[] = [
  file('overlap', 'csv'),
  file('overlap', 'json'),
  file('overlap-matrix', 'csv'),
  file('certifications', 'csv'),
  file('certifications', 'json'),
  file('certification-topics', 'csv'),
  file('certification-topics', 'json'),
];
