import { z } from 'zod';
import type { CeCategory } from './ce-types.ts';

/**
 * The yearly hour requirement (人社部令第25号; 豫人社〔2017〕121号): 90 hours, at least 24 of them 公需 and
 * at least 60 (two thirds) 专业. Rules change by year, so each year is a row the server may serve.
 */
export const hourRequirementSchema = z
  .object({
    year: z.number().int(),
    totalHours: z.number().positive(),
    publicMinHours: z.number().nonnegative(),
    professionalMinHours: z.number().nonnegative(),
  })
  .readonly();
export type HourRequirement = z.infer<typeof hourRequirementSchema>;

const FIRST_YEAR = 2017;
const LAST_YEAR = 2027;

export const hourRequirements: readonly HourRequirement[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, index) => ({ year: FIRST_YEAR + index, totalHours: 90, publicMinHours: 24, professionalMinHours: 60 }),
);

/**
 * The requirement in force in a year: that year's row, else the latest earlier one (a rule stays in
 * force until replaced); undefined before the first row.
 */
export function requirementFor(
  year: number,
  requirements: readonly HourRequirement[] = hourRequirements,
): HourRequirement | undefined {
  let inForce: HourRequirement | undefined;
  for (const row of requirements) {
    if (row.year <= year && (inForce === undefined || row.year > inForce.year)) inForce = row;
  }
  return inForce;
}

export interface HourDeclaration {
  year: number;
  category: CeCategory;
  hours: number;
  /** Only 'approved' declarations count. */
  status: string;
}

export interface YearSummary {
  year: number;
  publicHours: number;
  professionalHours: number;
  totalHours: number;
  /** Undefined for a year before any known requirement; such a year is never met. */
  requirement: HourRequirement | undefined;
  publicMet: boolean;
  professionalMet: boolean;
  totalMet: boolean;
  met: boolean;
}

/**
 * One year's approved hours against its requirement. No carry-forward: other years' surplus never
 * counts. 公需 hours above the 公需 minimum count toward the total but never toward the 专业 minimum,
 * which only 专业 hours meet (the 2/3 share is about what was learnt, not how much).
 */
export function summarizeYear(
  declarations: readonly HourDeclaration[],
  year: number,
  requirements: readonly HourRequirement[] = hourRequirements,
): YearSummary {
  const approved = declarations.filter((item) => item.year === year && item.status === 'approved');
  const sum = (category: CeCategory) =>
    approved.filter((item) => item.category === category).reduce((total, item) => total + item.hours, 0);
  const publicHours = sum('public');
  const professionalHours = sum('professional');
  const totalHours = publicHours + professionalHours;
  const requirement = requirementFor(year, requirements);
  const publicMet = requirement !== undefined && publicHours >= requirement.publicMinHours;
  const professionalMet = requirement !== undefined && professionalHours >= requirement.professionalMinHours;
  const totalMet = requirement !== undefined && totalHours >= requirement.totalHours;
  return {
    year,
    publicHours,
    professionalHours,
    totalHours,
    requirement,
    publicMet,
    professionalMet,
    totalMet,
    met: publicMet && professionalMet && totalMet,
  };
}

/** A summary for every year any declaration (of any status) is credited to, oldest first. */
export function summarizeHours(
  declarations: readonly HourDeclaration[],
  requirements: readonly HourRequirement[] = hourRequirements,
): YearSummary[] {
  const years = [...new Set(declarations.map((item) => item.year))].sort((a, b) => a - b);
  return years.map((year) => summarizeYear(declarations, year, requirements));
}
