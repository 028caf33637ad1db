import { describe, expect, it } from 'vitest';
import {
  hourRequirements,
  requirementFor,
  summarizeHours,
  summarizeYear,
} from '../../../src-shared/domain/index.ts';
import type { HourDeclaration, HourRequirement } from '../../../src-shared/domain/index.ts';

const HENAN = { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 };

const approved = (year: number, category: HourDeclaration['category'], hours: number): HourDeclaration => ({
  year,
  category,
  hours,
  status: 'approved',
});

describe('hour requirements', () => {
  it('asks 90 hours a year, 24 公需 and 60 专业, from 2017 to 2027', () => {
    expect(hourRequirements.map((row) => row.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
    for (const row of hourRequirements) expect(row).toEqual({ year: row.year, ...HENAN });
  });

  it('finds the requirement in force in a year', () => {
    expect(requirementFor(2020)).toEqual({ year: 2020, ...HENAN });
    expect(requirementFor(2030)).toEqual({ year: 2027, ...HENAN });
    expect(requirementFor(2016)).toBeUndefined();
    const changed: HourRequirement[] = [
      { year: 2017, ...HENAN },
      { year: 2025, totalHours: 72, publicMinHours: 24, professionalMinHours: 48 },
    ];
    expect(requirementFor(2024, changed)?.totalHours).toBe(90);
    expect(requirementFor(2026, changed)).toEqual(changed[1]);
  });
});

describe('summarizeHours', () => {
  it('counts only approved declarations, per year, oldest first', () => {
    const declarations: HourDeclaration[] = [
      approved(2025, 'public', 24),
      approved(2025, 'professional', 40),
      approved(2025, 'professional', 26.5),
      { year: 2025, category: 'professional', hours: 30, status: 'pending' },
      { year: 2025, category: 'public', hours: 10, status: 'rejected' },
      approved(2024, 'public', 12),
      { year: 2024, category: 'professional', hours: 64, status: 'withdrawn' },
      { year: 2023, category: 'professional', hours: 8, status: 'pending' },
    ];
    expect(summarizeHours(declarations)).toEqual([
      {
        year: 2023,
        publicHours: 0,
        professionalHours: 0,
        totalHours: 0,
        requirement: { year: 2023, ...HENAN },
        publicMet: false,
        professionalMet: false,
        totalMet: false,
        met: false,
      },
      {
        year: 2024,
        publicHours: 12,
        professionalHours: 0,
        totalHours: 12,
        requirement: { year: 2024, ...HENAN },
        publicMet: false,
        professionalMet: false,
        totalMet: false,
        met: false,
      },
      {
        year: 2025,
        publicHours: 24,
        professionalHours: 66.5,
        totalHours: 90.5,
        requirement: { year: 2025, ...HENAN },
        publicMet: true,
        professionalMet: true,
        totalMet: true,
        met: true,
      },
    ]);
  });

  it('counts surplus 公需 toward the total but never toward the 专业 minimum', () => {
    const [summary] = summarizeHours([approved(2025, 'public', 40), approved(2025, 'professional', 50)]);
    expect(summary).toMatchObject({
      publicHours: 40,
      professionalHours: 50,
      totalHours: 90,
      publicMet: true,
      professionalMet: false,
      totalMet: true,
      met: false,
    });
  });

  it('needs the total as well as both minimums', () => {
    const [short] = summarizeHours([approved(2025, 'public', 24), approved(2025, 'professional', 60)]);
    expect(short).toMatchObject({ publicMet: true, professionalMet: true, totalMet: false, met: false });
    const [enough] = summarizeHours([approved(2025, 'public', 30), approved(2025, 'professional', 60)]);
    expect(enough).toMatchObject({ totalHours: 90, met: true });
  });

  it('carries no surplus forward', () => {
    const summaries = summarizeHours([
      approved(2023, 'public', 24),
      approved(2023, 'professional', 150),
      approved(2024, 'public', 24),
      approved(2024, 'professional', 30),
    ]);
    expect(summaries.map((summary) => [summary.year, summary.professionalHours, summary.met])).toEqual([
      [2023, 150, true],
      [2024, 30, false],
    ]);
  });

  it('never meets a year without a requirement', () => {
    const [summary] = summarizeHours([approved(2010, 'public', 30), approved(2010, 'professional', 90)]);
    expect(summary).toMatchObject({ year: 2010, totalHours: 120, requirement: undefined, met: false });
  });

  it('uses the requirements it is given', () => {
    const lenient: HourRequirement[] = [
      { year: 2025, totalHours: 30, publicMinHours: 10, professionalMinHours: 20 },
    ];
    const declarations = [approved(2025, 'public', 10), approved(2025, 'professional', 20)];
    expect(summarizeHours(declarations, lenient)[0]?.met).toBe(true);
    expect(summarizeHours(declarations)[0]?.met).toBe(false);
  });

  it('summarises a year with no declarations', () => {
    expect(summarizeYear([approved(2024, 'public', 24)], 2026)).toEqual({
      year: 2026,
      publicHours: 0,
      professionalHours: 0,
      totalHours: 0,
      requirement: { year: 2026, ...HENAN },
      publicMet: false,
      professionalMet: false,
      totalMet: false,
      met: false,
    });
  });

  it('returns nothing for no declarations', () => {
    expect(summarizeHours([])).toEqual([]);
  });
});
