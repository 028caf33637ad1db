/**
 * The national and Henan code lists the forms offer as choices. The server serves them to the clients
 * as dictionaries, so they are plain data: a stable code, a Chinese label and, for nested lists, the
 * parent's code.
 */
export interface CodeEntry {
  code: string;
  label: string;
  parent?: string;
}

/** The 17 prefecture-level cities, 济源 (a province-administered county-level city) and 省直. */
const regions = [
  // Provincial units register under 省直; 410000 is Henan's province-level division code.
  { code: '410000', label: '省直' },
  { code: '410100', label: '郑州市' },
  { code: '410200', label: '开封市' },
  { code: '410300', label: '洛阳市' },
  { code: '410400', label: '平顶山市' },
  { code: '410500', label: '安阳市' },
  { code: '410600', label: '鹤壁市' },
  { code: '410700', label: '新乡市' },
  { code: '410800', label: '焦作市' },
  { code: '410900', label: '濮阳市' },
  { code: '411000', label: '许昌市' },
  { code: '411100', label: '漯河市' },
  { code: '411200', label: '三门峡市' },
  { code: '411300', label: '南阳市' },
  { code: '411400', label: '商丘市' },
  { code: '411500', label: '信阳市' },
  { code: '411600', label: '周口市' },
  { code: '411700', label: '驻马店市' },
  { code: '419001', label: '济源市' },
] satisfies readonly CodeEntry[];

/** 隶属关系 (GB/T 12404): street, town and township are subdivisions of 60. */
const affiliations = [
  { code: '10', label: '中央' },
  { code: '20', label: '省' },
  { code: '40', label: '市、地区' },
  { code: '50', label: '县' },
  { code: '60', label: '街道、镇、乡' },
  { code: '61', label: '街道', parent: '60' },
  { code: '62', label: '镇', parent: '60' },
  { code: '63', label: '乡', parent: '60' },
  { code: '70', label: '居民委员会、村民委员会' },
  { code: '90', label: '其他' },
] satisfies readonly CodeEntry[];

/** 单位性质 has no national code list: the codes are this system's own, grouped by their first digit. */
const unitNatures = [
  { code: '10', label: '机关' },
  { code: '21', label: '参公事业单位' },
  { code: '22', label: '事业单位（全额拨款）' },
  { code: '23', label: '事业单位（差额拨款）' },
  { code: '24', label: '事业单位（自收自支）' },
  { code: '31', label: '国有企业' },
  { code: '32', label: '集体企业' },
  { code: '33', label: '私营企业' },
  { code: '34', label: '外资、港澳台企业' },
  { code: '41', label: '社会团体' },
  { code: '42', label: '民办非企业单位' },
  { code: '43', label: '基金会' },
  { code: '90', label: '其他' },
] satisfies readonly CodeEntry[];

const unitLevels = [
  { code: '1', label: '省直' },
  { code: '2', label: '市直' },
  { code: '3', label: '县（区）直' },
  { code: '4', label: '乡镇' },
] satisfies readonly CodeEntry[];

/** GB/T 4754-2017 sections. */
const industries = [
  { code: 'A', label: '农、林、牧、渔业' },
  { code: 'B', label: '采矿业' },
  { code: 'C', label: '制造业' },
  { code: 'D', label: '电力、热力、燃气及水生产和供应业' },
  { code: 'E', label: '建筑业' },
  { code: 'F', label: '批发和零售业' },
  { code: 'G', label: '交通运输、仓储和邮政业' },
  { code: 'H', label: '住宿和餐饮业' },
  { code: 'I', label: '信息传输、软件和信息技术服务业' },
  { code: 'J', label: '金融业' },
  { code: 'K', label: '房地产业' },
  { code: 'L', label: '租赁和商务服务业' },
  { code: 'M', label: '科学研究和技术服务业' },
  { code: 'N', label: '水利、环境和公共设施管理业' },
  { code: 'O', label: '居民服务、修理和其他服务业' },
  { code: 'P', label: '教育' },
  { code: 'Q', label: '卫生和社会工作' },
  { code: 'R', label: '文化、体育和娱乐业' },
  { code: 'S', label: '公共管理、社会保障和社会组织' },
  { code: 'T', label: '国际组织' },
] satisfies readonly CodeEntry[];

/** GB 3304: the 56 nationalities, coded 01–56 in the standard's order. */
const ETHNICITY_NAMES = (
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

const ethnicities: readonly CodeEntry[] = ETHNICITY_NAMES.map((name, index) => ({
  code: String(index + 1).padStart(2, '0'),
  label: `${name}族`,
}));

/** GB/T 2261.1. */
const genders = [
  { code: '0', label: '未知的性别' },
  { code: '1', label: '男' },
  { code: '2', label: '女' },
  { code: '9', label: '未说明的性别' },
] satisfies readonly CodeEntry[];

/** GB/T 4658, the levels the registration form offers. */
const educations = [
  { code: '11', label: '博士研究生' },
  { code: '14', label: '硕士研究生' },
  { code: '21', label: '大学本科' },
  { code: '31', label: '大学专科' },
  { code: '41', label: '中专' },
  { code: '61', label: '普通高中' },
  { code: '90', label: '其他' },
] satisfies readonly CodeEntry[];

const titleLevels = [
  { code: '1', label: '正高级' },
  { code: '2', label: '副高级' },
  { code: '3', label: '中级' },
  { code: '4', label: '初级（助理级）' },
  { code: '5', label: '初级（员级）' },
] satisfies readonly CodeEntry[];

/** 同级人社部门: the HR department of each region approves the unit registrations of that region. */
const hrDepartments: readonly CodeEntry[] = regions.map(({ code, label }) => ({
  code: `HR${code}`,
  label: code === '410000' ? '河南省人力资源和社会保障厅' : `${label}人力资源和社会保障局`,
  parent: code,
}));

export const dictionaries = {
  regions,
  unitNatures,
  affiliations,
  unitLevels,
  industries,
  ethnicities,
  genders,
  educations,
  titleLevels,
  hrDepartments,
} satisfies Record<string, readonly CodeEntry[]>;

export type DictionaryName = keyof typeof dictionaries;

function entryOf(dictionary: DictionaryName, code: string): CodeEntry | undefined {
  const entries: readonly CodeEntry[] = dictionaries[dictionary];
  return entries.find((entry) => entry.code === code);
}

/** The label of a code, or undefined when the dictionary has no such code. */
export function labelOf(dictionary: DictionaryName, code: string): string | undefined {
  return entryOf(dictionary, code)?.label;
}

export function isCode(dictionary: DictionaryName, code: string): boolean {
  return entryOf(dictionary, code) !== undefined;
}
