/**
 * RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes; CRLF or LF line ends;
 * a leading BOM is ignored. Small enough to own rather than add a dependency for one command.
 */
export class CsvError extends Error {}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let quoted = false;
  let quoteLine = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    // A blank line is not a row of one empty field.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
    } else field += c;
    i++;
  }
  if (quoted) throw new CsvError(`unterminated quoted field starting on line ${quoteLine}`);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Rows as objects keyed by the lowercased, trimmed header names. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [head, ...body] = parseCsv(text);
  const header = (head ?? []).map((h) => h.trim().toLowerCase());
  const records = body.map((cells) => {
    const r: Record<string, string> = {};
    header.forEach((h, k) => {
      if (h) r[h] = cells[k] ?? '';
    });
    return r;
  });
  return { header, records };
}
