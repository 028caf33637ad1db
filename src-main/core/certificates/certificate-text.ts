import { maskResidentId } from '../../../src-shared/domain/resident-id.ts';
import type { CertificateData } from './certificate-data.ts';
import type { CertificateTemplate, StatementPlaceholder } from './template/template-schema.ts';

/** The words of one certificate, per template element. */
export interface CertificateTexts {
  title: string;
  number: string;
  name: string;
  idNumber: string;
  unit: string;
  department: string;
  year: string;
  statement: string;
  /** Four rows (headings, completed, required, status) of four cells. */
  table: string[][];
  issuer: string;
  printDate: string;
  qrCaption: string;
  qrCode: string;
}

/** Hours as people write them: 90, 12.5. */
function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

/** The local calendar date, as on Chinese documents: 2026年1月5日. */
function formatChineseDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

function fillStatement(text: string, values: Record<StatementPlaceholder, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name as StatementPlaceholder] ?? whole);
}

function hoursTable(template: CertificateTemplate, data: CertificateData): string[][] {
  const { headings, rows, metText, notMetText, noRequirementText } = template.hoursTable;
  const requirement = data.requirement;
  const status = (met: boolean) => (requirement ? (met ? metText : notMetText) : noRequirementText);
  const required = (hours: number | undefined) =>
    hours === undefined ? noRequirementText : formatHours(hours);
  return [
    [headings.corner, headings.public, headings.professional, headings.total],
    [
      rows.completed,
      formatHours(data.publicHours),
      formatHours(data.professionalHours),
      formatHours(data.totalHours),
    ],
    [
      rows.required,
      required(requirement?.publicMinHours),
      required(requirement?.professionalMinHours),
      required(requirement?.totalHours),
    ],
    [rows.status, status(data.publicMet), status(data.professionalMet), status(data.totalMet)],
  ];
}

export function certificateTexts(template: CertificateTemplate, data: CertificateData): CertificateTexts {
  const { statement } = template;
  const requiredHours = data.requirement
    ? formatHours(data.requirement.totalHours)
    : template.hoursTable.noRequirementText;
  return {
    title: template.title.text,
    number: template.number.label + data.number,
    name: template.name.label + data.name,
    idNumber: template.idNumber.label + maskResidentId(data.idNumber),
    unit: template.unit.label + data.unitName,
    department: template.department.label + (data.departmentName ?? '—'),
    year: `${template.year.label}${data.year}年度`,
    statement: fillStatement(statement.text, {
      name: data.name,
      year: String(data.year),
      publicHours: formatHours(data.publicHours),
      professionalHours: formatHours(data.professionalHours),
      totalHours: formatHours(data.totalHours),
      requiredHours,
      result: data.met ? statement.metText : statement.notMetText,
    }),
    table: hoursTable(template, data),
    issuer: template.issuer.label + (template.issuer.text ?? data.unitName),
    printDate: template.printDate.label + formatChineseDate(data.printedAt),
    qrCaption: template.qr.caption,
    qrCode: template.qr.codeLabel + data.verificationCode,
  };
}
