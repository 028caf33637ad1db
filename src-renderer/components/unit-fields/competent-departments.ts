import type { PickerEntry } from '../CodePicker.tsx';

/**
 * Common 行业主管部门 of Henan, offered in the picker; the field is free text on the server, so a unit
 * whose department is not listed types it in.
 */
export const competentDepartments: PickerEntry[] = [
  '河南省教育厅',
  '河南省科学技术厅',
  '河南省工业和信息化厅',
  '河南省财政厅',
  '河南省人力资源和社会保障厅',
  '河南省自然资源厅',
  '河南省生态环境厅',
  '河南省住房和城乡建设厅',
  '河南省交通运输厅',
  '河南省水利厅',
  '河南省农业农村厅',
  '河南省商务厅',
  '河南省文化和旅游厅',
  '河南省卫生健康委员会',
  '河南省应急管理厅',
  '河南省人民政府国有资产监督管理委员会',
  '河南省市场监督管理局',
  '河南省广播电视局',
  '河南省林业局',
  '河南省统计局',
].map((name) => ({ code: name, label: name }));
