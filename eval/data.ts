/**
 * Loaders for the labelled data the fit and the eval read. Public data lives in ../shared/data
 * (never copied into the repository); Worthy's own cases live in eval/cases/.
 *
 * - dm-labelled: 330 hand-labelled DMs with a fixed fit/test split (CC0).
 * - eval/cases/fit.jsonl and test.jsonl: cases written for Worthy in the same format by a writer
 *   who had not seen the engine; test.jsonl is read only by the final eval, never by the fit.
 * - SMS Spam Collection v.1 and the YouTube Spam Collection (three videos): spam vs ham texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EngineInput } from '../src/engine/index';

export const DATA_DIR = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const CASES_DIR = fileURLToPath(new URL('./cases/', import.meta.url));

export type Label = 'send' | 'revise' | 'hold';
export type Context = 'customer' | 'ongoing' | 'cold';
export const LABELS: readonly Label[] = ['hold', 'revise', 'send'];

export interface LabelledDm {
  id: string;
  split: 'fit' | 'test';
  label: Label;
  context: Context;
  language: string;
  why: string;
  input: EngineInput;
  /** Where the case comes from, for reports. */
  source: 'dm-labelled' | 'worthy-cases';
}

export function requireData(): void {
  if (!existsSync(DATA_DIR)) {
    console.error(
      `No labelled data at ${DATA_DIR}: the fit and the eval need ../shared/data beside the repository (see its README); it is never copied into the repo.`,
    );
    process.exit(2);
  }
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function loadDmLabelled(): LabelledDm[] {
  return readJsonl<Omit<LabelledDm, 'source'>>(`${DATA_DIR}dm-labelled/dms.jsonl`).map((r) => ({
    ...r,
    source: 'dm-labelled' as const,
  }));
}

/** Worthy's own cases: `fit` always; `test` only when the final eval asks for it. */
export function loadWorthyCases(which: 'fit' | 'test'): LabelledDm[] {
  const path = `${CASES_DIR}${which}.jsonl`;
  if (!existsSync(path)) return [];
  return readJsonl<Omit<LabelledDm, 'source'>>(path).map((r) => ({
    ...r,
    source: 'worthy-cases' as const,
  }));
}

export interface LabelledText {
  text: string;
  spam: boolean;
}

/** YouTube comments of one video (label 1 = spam), by file name. */
export function loadYoutube(): { video: string; items: LabelledText[] }[] {
  const dir = `${DATA_DIR}youtube-spam/`;
  const files = ['Youtube01-Psy.csv', 'Youtube02-KatyPerry.csv', 'Youtube03-LMFAO.csv'];
  return files.map((f) => ({
    video: f.replace(/\.csv$/, ''),
    items: parseCsv(readFileSync(dir + f, 'utf8')),
  }));
}

/** RFC 4180 CSV with a header `COMMENT_ID,AUTHOR,DATE,CONTENT,label` (or CLASS). */
function parseCsv(text: string): LabelledText[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const header = rows.shift() ?? [];
  const content = header.indexOf('CONTENT');
  const label = header.findIndex((h) => h === 'label' || h === 'CLASS');
  return rows
    .filter((r) => r.length > Math.max(content, label))
    .map((r) => ({ text: r[content]!, spam: r[label]!.trim() === '1' }));
}
