import { ceTypeByCode, HOURS_STEP, REMARKS_MAX_CHARS, YEAR_MIN } from './ce-types.ts';
import type { CeCategory, CeType, FieldKind, FieldSpec, HourRule } from './ce-types.ts';

/** A field value after normalisation: trimmed text, a number, a YYYY-MM-DD date, an option value or a flag. */
export type FieldValue = string | number | boolean;
type Fields = Readonly<Record<string, unknown>>;
type RuleOf<K extends HourRule['kind']> = Extract<HourRule, { kind: K }>;

export interface DeclarationInput {
  typeCode: string;
  year: number;
  hours: number;
  fields: Fields;
  remarks?: string;
}

export interface CheckedDeclaration {
  typeCode: string;
  category: CeCategory;
  year: number;
  hours: number;
  fields: Record<string, FieldValue>;
  remarks: string;
}

/** `field` is the key path of the input: 'year', 'hours', 'remarks', 'typeCode' or 'fields.<key>'. */
export interface FieldError {
  field: string;
  message: string;
}

export type DeclarationCheck = { ok: true; value: CheckedDeclaration } | { ok: false; errors: FieldError[] };

export interface CheckOptions {
  currentYear: number;
  /** The catalogue the server served; the built-in one by default. */
  catalogue?: readonly CeType[];
}

/** Unicode code points, so a rare character outside the BMP (𠮷) counts once, as users see it. */
export function countCharacters(text: string): number {
  return [...text].length;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** Milliseconds since the epoch of a calendar date (UTC midnight), or undefined when no such date exists. */
function parseDate(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const parsed = new Date(time);
  const exists =
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
  return exists ? time : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

function formatDate(time: number): string {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// Rules read quantities that are never negative; anything else counts as absent.
function numberAt(fields: Fields, key: string): number | undefined {
  const value = fields[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function stringAt(fields: Fields, key: string): string | undefined {
  const value = fields[key];
  return typeof value === 'string' ? value : undefined;
}

/** Own keys only, so 'toString' and friends never match a rule table. */
function lookup<T>(table: Readonly<Record<string, T>> | undefined, key: string | undefined): T | undefined {
  return table !== undefined && key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

function rankOf(fields: Fields): number | undefined {
  const rank = numberAt(fields, 'rank');
  return rank !== undefined && Number.isInteger(rank) && rank >= 1 ? rank : undefined;
}

function hoursByRank(table: readonly number[] | undefined, rank: number | undefined): number {
  return table !== undefined && rank !== undefined ? (table[rank - 1] ?? 0) : 0;
}

function floorToStep(hours: number): number {
  return Math.floor(hours / HOURS_STEP) * HOURS_STEP;
}

function inclusiveDays(start: string | undefined, end: string | undefined): number {
  const from = start === undefined ? undefined : parseDate(start);
  const to = end === undefined ? undefined : parseDate(end);
  if (from === undefined || to === undefined || to < from) return 0;
  return Math.round((to - from) / DAY_MS) + 1;
}

function trainingHours(rule: RuleOf<'training'>, fields: Fields): number {
  const stated = numberAt(fields, rule.organizerHoursField);
  if (stated !== undefined) return stated;
  const perDay = lookup({ full_time: rule.fullDay, part_time: rule.halfDay }, stringAt(fields, 'mode'));
  return perDay === undefined
    ? 0
    : perDay * inclusiveDays(stringAt(fields, 'startDate'), stringAt(fields, 'endDate'));
}

function conferenceHours(rule: RuleOf<'conference'>, fields: Fields): number {
  const level = lookup({ national: rule.national, provincial: rule.provincial }, stringAt(fields, 'level'));
  if (level === undefined) return 0;
  if (fields['paperPresented'] !== true) return level.base;
  const words = numberAt(fields, 'paperWords');
  // Without a word count only the smaller bonus is certain.
  const long = words !== undefined && words > rule.shortPaperMaxWords;
  return level.base + (long ? level.paperLong : level.paperShort);
}

function projectHours(rule: RuleOf<'project'>, fields: Fields): number {
  const level = lookup(rule.table, stringAt(fields, 'level'));
  return hoursByRank(lookup(level, stringAt(fields, 'part')), rankOf(fields));
}

function publicationHours(rule: RuleOf<'publication'>, fields: Fields): number {
  const form = stringAt(fields, 'form');
  if (form === 'book') {
    // Pro rata, multiplied before dividing so that round figures stay exact.
    const ownHours = ((numberAt(fields, 'ownWords') ?? 0) * rule.bookHoursPer10kWords) / 10_000;
    return Math.min(rule.bookCap, floorToStep(ownHours));
  }
  const rank = rankOf(fields);
  if (form !== 'paper' || rank === undefined || rank > rule.paperMaxRank) return 0;
  return lookup(rule.paper, stringAt(fields, 'journalLevel')) ?? 0;
}

function patentHours(rule: RuleOf<'patent'>, fields: Fields): number {
  const { invention, utility, design } = rule;
  const first = lookup({ invention, utility, design }, stringAt(fields, 'patentType'));
  const rank = rankOf(fields);
  if (first === undefined || rank === undefined) return 0;
  return Math.max(0, first - rule.perRankDeduction * (rank - 1));
}

function awardHours(rule: RuleOf<'award'>, fields: Fields): number {
  const level = lookup(rule.table, stringAt(fields, 'level'));
  return hoursByRank(lookup(level, stringAt(fields, 'grade')), rankOf(fields));
}

/**
 * The most hours a declaration of this type may claim for these (normalised) field values; 0 when the
 * values fall outside the rule, such as a rank beyond the table.
 */
export function ruleHours(type: CeType, fields: Fields): number {
  const rule = type.rule;
  switch (rule.kind) {
    case 'declared':
      return numberAt(fields, rule.field) ?? 0;
    case 'training':
      return trainingHours(rule, fields);
    case 'perItem':
      return (numberAt(fields, rule.field) ?? 0) * rule.hoursPerItem;
    case 'conference':
      return conferenceHours(rule, fields);
    case 'project':
      return projectHours(rule, fields);
    case 'publication':
      return publicationHours(rule, fields);
    case 'patent':
      return patentHours(rule, fields);
    case 'award':
      return awardHours(rule, fields);
    case 'fixed':
      return rule.hours;
  }
}

/** 公需 or 专业; a type whose category depends on a flag treats a missing flag as false. */
export function categoryOf(type: CeType, fields: Fields): CeCategory {
  const category = type.category;
  if (typeof category === 'string') return category;
  return fields[category.field] === true ? category.whenTrue : category.whenFalse;
}

type Normalized = { ok: true; value: FieldValue } | { ok: false; message: string };

const invalid = (message: string): Normalized => ({ ok: false, message });
const valid = (value: FieldValue): Normalized => ({ ok: true, value });

function rangeMessage(spec: FieldSpec): string {
  const { min, max } = spec;
  const bounds =
    min !== undefined && max !== undefined
      ? ` ${min} 到 ${max} 之间的`
      : min !== undefined
        ? `不小于 ${min} 的`
        : max !== undefined
          ? `不大于 ${max} 的`
          : '';
  return `${spec.label}须为${bounds}${spec.integer ? '整数' : '数值'}`;
}

function normalizeText(spec: FieldSpec, raw: unknown): Normalized {
  if (typeof raw !== 'string') return invalid(`${spec.label}须为文本`);
  const text = raw.trim();
  if (spec.maxLength !== undefined && countCharacters(text) > spec.maxLength) {
    return invalid(`${spec.label}不能超过 ${spec.maxLength} 个字`);
  }
  return valid(text);
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function normalizeNumber(spec: FieldSpec, raw: unknown): Normalized {
  const value = typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw.trim()) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(`${spec.label}须为数字`);
  const outside =
    (spec.integer === true && !Number.isInteger(value)) ||
    (spec.min !== undefined && value < spec.min) ||
    (spec.max !== undefined && value > spec.max);
  return outside ? invalid(rangeMessage(spec)) : valid(value);
}

function normalizeDate(spec: FieldSpec, raw: unknown): Normalized {
  const time = typeof raw === 'string' ? parseDate(raw.trim()) : undefined;
  return time === undefined ? invalid(`${spec.label}须为有效日期（YYYY-MM-DD）`) : valid(formatDate(time));
}

function normalizeSelect(spec: FieldSpec, raw: unknown): Normalized {
  const options = spec.options ?? [];
  const value = typeof raw === 'string' ? raw.trim() : undefined;
  if (value !== undefined && options.some((option) => option.value === value)) return valid(value);
  return invalid(`${spec.label}须为以下之一：${options.map((option) => option.label).join('、')}`);
}

function normalizeBoolean(spec: FieldSpec, raw: unknown): Normalized {
  return typeof raw === 'boolean' ? valid(raw) : invalid(`${spec.label}须为“是”或“否”`);
}

const NORMALIZERS = {
  text: normalizeText,
  number: normalizeNumber,
  date: normalizeDate,
  select: normalizeSelect,
  boolean: normalizeBoolean,
} satisfies Record<FieldKind, (spec: FieldSpec, raw: unknown) => Normalized>;

const isBlank = (raw: unknown) =>
  raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

function requiredMessage(spec: FieldSpec): string {
  return spec.kind === 'select' || spec.kind === 'boolean' ? `请选择${spec.label}` : `请填写${spec.label}`;
}

/** Keeps only the type's fields, normalised; an optional field left blank is left out. */
function normalizeFields(
  type: CeType,
  raw: Fields,
): { fields: Record<string, FieldValue>; errors: FieldError[] } {
  const fields: Record<string, FieldValue> = {};
  const errors: FieldError[] = [];
  for (const spec of type.fields) {
    const value = raw[spec.key];
    if (isBlank(value)) {
      if (spec.required) errors.push({ field: `fields.${spec.key}`, message: requiredMessage(spec) });
      continue;
    }
    const result = NORMALIZERS[spec.kind](spec, value);
    if (result.ok) fields[spec.key] = result.value;
    else errors.push({ field: `fields.${spec.key}`, message: result.message });
  }
  return { fields, errors: [...errors, ...orderErrors(type, fields)] };
}

/** End dates and end years must not precede their start; both values are of the same kind. */
function orderErrors(type: CeType, fields: Record<string, FieldValue>): FieldError[] {
  return type.fields.flatMap((spec) => {
    const other = type.fields.find((candidate) => candidate.key === spec.notBefore);
    const value = fields[spec.key];
    const start = other === undefined ? undefined : fields[other.key];
    if (other === undefined || value === undefined || start === undefined || value >= start) return [];
    return [{ field: `fields.${spec.key}`, message: `${spec.label}不能早于${other.label}` }];
  });
}

function yearError(year: unknown, currentYear: number): FieldError | undefined {
  const latest = currentYear + 1;
  const inRange = typeof year === 'number' && Number.isInteger(year) && year >= YEAR_MIN && year <= latest;
  return inRange ? undefined : { field: 'year', message: `计入年度须为 ${YEAR_MIN} 到 ${latest} 之间的年份` };
}

function isHourAmount(hours: unknown): hours is number {
  return typeof hours === 'number' && hours > 0 && Number.isInteger(hours / HOURS_STEP);
}

/** `allowed` is undefined while the fields are invalid: the rule cannot be applied yet. */
function hoursError(hours: unknown, allowed: number | undefined): FieldError | undefined {
  if (!isHourAmount(hours)) return { field: 'hours', message: `学时须为 ${HOURS_STEP} 的正整数倍` };
  if (allowed === undefined || hours <= allowed) return undefined;
  if (allowed === 0) return { field: 'hours', message: '按学时规则此项不计学时，请核对填写的内容' };
  return { field: 'hours', message: `学时不能超过按规则计算的 ${allowed} 学时` };
}

/** Remarks are optional; trimmed, they may hold at most REMARKS_MAX_CHARS characters. */
function normalizeRemarks(remarks: unknown): { value: string; error?: FieldError } {
  if (remarks === undefined) return { value: '' };
  if (typeof remarks !== 'string') return { value: '', error: { field: 'remarks', message: '备注须为文本' } };
  const value = remarks.trim();
  const length = countCharacters(value);
  if (length <= REMARKS_MAX_CHARS) return { value };
  return {
    value,
    error: { field: 'remarks', message: `备注不能超过 ${REMARKS_MAX_CHARS} 个字（现有 ${length} 个字）` },
  };
}

/** Validates and normalises a declaration against its type; every error names its field. */
export function checkDeclaration(input: DeclarationInput, opts: CheckOptions): DeclarationCheck {
  const type = ceTypeByCode(input.typeCode, opts.catalogue);
  if (type === undefined)
    return { ok: false, errors: [{ field: 'typeCode', message: '请选择有效的继续教育类型' }] };
  // Callers pass request bodies too: a missing fields object reads as all fields blank.
  const raw: Fields = typeof input.fields === 'object' && input.fields !== null ? input.fields : {};
  const { fields, errors: fieldErrors } = normalizeFields(type, raw);
  const remarks = normalizeRemarks(input.remarks);
  const allowed = fieldErrors.length === 0 ? ruleHours(type, fields) : undefined;
  const errors = [
    yearError(input.year, opts.currentYear),
    hoursError(input.hours, allowed),
    ...fieldErrors,
    remarks.error,
  ].filter((error) => error !== undefined);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      typeCode: type.code,
      category: categoryOf(type, fields),
      year: input.year,
      hours: input.hours,
      fields,
      remarks: remarks.value,
    },
  };
}
