import type { TableKind } from './fields';
import { fold } from '../text/text';

/**
 * Header aliases of SPEC §2, folded (no case, no diacritics, no punctuation). `ket qua` is listed
 * for both status and report: which one it is depends on the column's values (see layout.ts).
 * A few headers common in plans but not named in §2 are added: "Cơ quan, đơn vị chủ trì",
 * "Hạn hoàn thành", "Tình trạng (thực hiện)".
 */
const ALIASES: Record<TableKind, Record<string, string[]>> = {
  tasks: {
    stt: ['stt', 'tt', 'so tt', 'so thu tu'],
    code: ['ma nhiem vu', 'ma nv', 'ma'],
    name: ['ten nhiem vu', 'nhiem vu', 'noi dung cong viec', 'noi dung nhiem vu', 'noi dung'],
    lead: [
      'don vi chu tri', 'co quan chu tri', 'don vi chu tri theo doi danh gia', 'chu tri',
      'co quan chu tri theo doi danh gia', 'co quan don vi chu tri',
    ],
    support: ['co quan phoi hop', 'don vi phoi hop', 'phoi hop'],
    sourceDoc: ['van ban giao nhiem vu', 'can cu', 'van ban'],
    deadline: [
      'thoi han', 'thoi han hoan thanh', 'thoi gian hoan thanh', 'thoi gian thuc hien hoan thanh', 'tien do',
      'thoi gian thuc hien', 'han hoan thanh',
    ],
    status: ['trang thai', 'trang thai thuc hien', 'tinh hinh thuc hien', 'tinh trang', 'tinh trang thuc hien', 'ket qua'],
    expected: ['ket qua can dat', 'san pham dau ra', 'san pham'],
    report: ['mo ta', 'ket qua thuc hien', 'ket qua'],
    completedOn: ['ngay hoan thanh thuc te', 'ngay hoan thanh'],
  },
  indicators: {
    stt: ['stt', 'tt', 'so tt', 'so thu tu'],
    name: ['chi tieu', 'ten chi tieu', 'noi dung chi tieu'],
    unit: ['don vi', 'don vi tinh', 'dvt'],
    target: ['ket qua', 'muc tieu', 'chi tieu giao'],
    actual: ['ket qua thuc hien', 'thuc hien', 'so lieu thuc hien', 'gia tri thuc hien', 'ket qua dat duoc'],
    lead: [
      'co quan chu tri theo doi danh gia', 'co quan chu tri', 'don vi chu tri', 'co quan chu tri theo doi',
      'co quan don vi chu tri',
    ],
    output: ['san pham dau ra'],
  },
};

/** Every alias of every field: a cell that is exactly one of these is a header word. */
export const ALL_ALIAS_KEYS: ReadonlySet<string> = new Set(
  Object.values(ALIASES).flatMap((fields) => Object.values(fields).flat()),
);

/** A header label scored against one field: exact beats "alias followed by more words". */
export interface AliasMatch {
  field: string;
  exact: boolean;
  /** Length of the matched alias: a longer alias is the more specific match. */
  length: number;
}

const PARENTHESES = /\([^)]*\)?/g;

/** The label used for matching: folded, with parenthesised remarks such as "(Nghị quyết 57…)" removed. */
export function headerKey(label: string): string {
  return fold(label.replace(PARENTHESES, ' '));
}

export function matchAliases(kind: TableKind, key: string): AliasMatch[] {
  const matches: AliasMatch[] = [];
  if (key === '') return matches;
  for (const [field, aliases] of Object.entries(ALIASES[kind])) {
    let best: AliasMatch | null = null;
    for (const alias of aliases) {
      const exact = key === alias;
      if (!exact && !key.startsWith(`${alias} `)) continue;
      const candidate = { field, exact, length: alias.length };
      if (!best || betterMatch(candidate, best)) best = candidate;
    }
    if (best) matches.push(best);
  }
  return matches;
}

export function betterMatch(a: AliasMatch, b: AliasMatch): boolean {
  if (a.exact !== b.exact) return a.exact;
  return a.length > b.length;
}

const YEAR_LABEL = /^(?:nam )?((?:19|20|21)\d\d)$/;
const YEAR_ANYWHERE = /\b((?:19|20|21)\d\d)\b/;

/** "Năm 2030", "2030" → 2030: a per-year target column (SPEC §2.2). */
export function yearColumn(key: string): number | null {
  const m = YEAR_LABEL.exec(key);
  return m ? Number(m[1]) : null;
}

/** "Mục tiêu năm 2030", "Chỉ tiêu năm 2025", "Kế hoạch năm 2025", "Đến năm 2030": a target for that year. */
const YEAR_TARGET_LABEL = /^(?:(?:muc tieu|chi tieu(?: giao)?|ke hoach)(?: den)?(?: nam)?|den nam) ((?:19|20|21)\d\d)$/;

/** The year of an indicator column headed as the target of one year; null for any other header. */
export function yearTargetColumn(key: string): number | null {
  const m = YEAR_TARGET_LABEL.exec(key);
  return m ? Number(m[1]) : null;
}

/** The year a single target column refers to: "Đến năm 2030", "Mục tiêu 2025" → that year. */
export function yearMentioned(key: string): number | null {
  const m = YEAR_ANYWHERE.exec(key);
  return m ? Number(m[1]) : null;
}

/** SPEC §2.2 turn 2: headers of a year's result ("Kết quả", "Ước thực hiện") and of its target ("Chỉ tiêu"). */
const RESULT_WORDS = String.raw`(?:ket qua(?: thuc hien| dat duoc)?|(?:uoc )?thuc hien|so lieu thuc hien|gia tri thuc hien|uoc dat|uoc tinh)`;
const RESULT_LABEL = new RegExp(`^${RESULT_WORDS}$`);
const YEAR_RESULT_LABEL = new RegExp(`^${RESULT_WORDS} (?:nam )?((?:19|20|21)\\d\\d)$`);
const TARGET_LABEL = /^(?:chi tieu(?: giao)?|muc tieu|ke hoach)$/;

/**
 * The year and part of a per-year indicator column: `Năm 2025` over `Chỉ tiêu | Kết quả`, flat
 * `Kết quả năm 2025` / `Ước thực hiện năm 2026`, or a year under a `Kết quả thực hiện` super-header.
 * Null for any other column (a bare year stays a target year, as before).
 */
export function yearPart(key: string, superKey: string): { year: number; part: 'target' | 'result' } | null {
  const flat = YEAR_RESULT_LABEL.exec(key);
  if (flat) return { year: Number(flat[1]), part: 'result' };
  const superYear = yearColumn(superKey);
  if (superYear !== null) {
    if (RESULT_LABEL.test(key)) return { year: superYear, part: 'result' };
    if (TARGET_LABEL.test(key)) return { year: superYear, part: 'target' };
    return null;
  }
  const year = yearColumn(key);
  return year !== null && RESULT_LABEL.test(superKey) ? { year, part: 'result' } : null;
}
