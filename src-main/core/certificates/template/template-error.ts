import type { z } from 'zod';

const KEY_NAMES: Record<string, string> = {
  version: '版本',
  templateName: '模板名称',
  name: '姓名',
  page: '纸张',
  size: '尺寸',
  orientation: '方向',
  font: '字体',
  file: '文件',
  postscriptName: '字体名称',
  textColor: '文字颜色',
  border: '边框',
  innerColor: '内框颜色',
  inset: '边距',
  outerWidth: '外框线宽',
  innerWidth: '内框线宽',
  gap: '内外框间距',
  background: '背景图',
  title: '标题',
  number: '证书编号',
  idNumber: '身份证号',
  unit: '工作单位',
  department: '所在部门',
  year: '年度',
  statement: '证明文字',
  hoursTable: '学时表',
  issuer: '发证单位',
  printDate: '打印日期',
  seal: '印章',
  qr: '二维码',
  x: '横向位置',
  y: '纵向位置',
  width: '宽度',
  height: '高度',
  fontSize: '字号',
  minFontSize: '最小字号',
  align: '对齐方式',
  color: '颜色',
  lineHeight: '行高',
  letterSpacing: '字间距',
  label: '标签',
  text: '文字',
  metText: '达标文字',
  notMetText: '未达标文字',
  rowHeight: '行高',
  headingShare: '首列宽度比例',
  lineColor: '表格线颜色',
  headingFill: '表头底色',
  captionHeight: '说明文字高度',
  lineWidth: '表格线宽',
  headings: '表头',
  rows: '行标题',
  noRequirementText: '无要求时的文字',
  caption: '说明文字',
  codeLabel: '验证码标签',
  opacity: '不透明度',
};

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key) => `“${KEY_NAMES[String(key)] ?? String(key)}”`).join('的');
}

/** A template that cannot be used, with every problem in words an HR officer can act on. */
export class TemplateError extends Error {
  readonly problems: string[];

  constructor(problems: string[], source: string) {
    super(`证书模板有误（${source}）：\n${problems.join('\n')}`);
    this.name = 'TemplateError';
    this.problems = problems;
  }

  static fromZod(error: z.ZodError, source: string): TemplateError {
    const problems = error.issues.map((issue) =>
      issue.path.length === 0 ? issue.message : `${describePath(issue.path)}：${issue.message}`,
    );
    return new TemplateError(problems, source);
  }
}
