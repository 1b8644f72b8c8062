// CSV as RFC 4180 says: a header row, CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break (quotes doubled). UTF-8, no byte-order mark. Values: numbers as the API
// gives them, booleans as true/false, null as an empty field, lists joined with "; ".
export const LIST_SEPARATOR = '; ';

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
