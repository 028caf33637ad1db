/** What kind of employer a demo unit is; it decides the departments, titles, schools and topics. */
export type Sector = 'hospital' | 'school' | 'research' | 'government' | 'enterprise';

export interface DepartmentTemplate {
  name: string;
  children?: readonly DepartmentTemplate[];
}

export interface SectorProfile {
  departments: readonly DepartmentTemplate[];
  /** Title series: the title name for each 职称级别 code '1' (正高) to '5' (员级). */
  titleSeries: readonly (readonly [string, string, string, string, string])[];
  schools: readonly string[];
  majors: readonly string[];
  /** Subjects of trainings, conferences, papers and projects in this field. */
  topics: readonly string[];
  /** The learned society (学会) of the field, after 中国 or 河南省. */
  society: string;
  /** The 行业主管部门 that files the field's professional trainings. */
  industryDepartment: string;
  exams: readonly string[];
  journals: Readonly<Record<'national' | 'provincial' | 'city', readonly string[]>>;
}

const leaves = (...names: string[]): DepartmentTemplate[] => names.map((name) => ({ name }));

const hospital: SectorProfile = {
  departments: [
    {
      name: '内科系统',
      children: [
        { name: '心血管内科', children: leaves('心内一病区', '心内二病区') },
        ...leaves('消化内科', '呼吸与危重症医学科', '神经内科', '内分泌科'),
      ],
    },
    {
      name: '外科系统',
      children: [
        { name: '普通外科', children: leaves('胃肠外科', '肝胆外科') },
        ...leaves('骨科', '神经外科', '泌尿外科'),
      ],
    },
    { name: '医技科室', children: leaves('检验科', '医学影像科', '药学部', '病理科') },
    { name: '护理部' },
    { name: '行政后勤', children: leaves('院长办公室', '人事科', '医务科') },
  ],
  titleSeries: [
    ['主任医师', '副主任医师', '主治医师', '医师', '医士'],
    ['主任护师', '副主任护师', '主管护师', '护师', '护士'],
    ['主任药师', '副主任药师', '主管药师', '药师', '药士'],
    ['主任技师', '副主任技师', '主管技师', '技师', '技士'],
  ],
  schools: ['郑州大学', '新乡医学院', '河南中医药大学', '河南大学', '河南科技大学'],
  majors: ['临床医学', '护理学', '医学影像学', '医学检验技术', '药学', '麻醉学', '中医学'],
  topics: [
    '急危重症救治',
    '医院感染防控',
    '临床合理用药',
    '临床路径管理',
    '心血管疾病介入诊疗',
    '医疗质量与患者安全',
    '慢性病规范化管理',
    '中西医结合诊疗',
  ],
  society: '医学会',
  industryDepartment: '河南省卫生健康委员会',
  exams: ['卫生专业技术资格考试（中级）', '执业药师职业资格考试', '医师资格考试'],
  journals: {
    national: ['中华医学杂志', '中国实用内科杂志', '中华护理杂志'],
    provincial: ['河南医学研究', '中国实用医刊'],
    city: ['郑州大学学报（医学版）', '新乡医学院学报'],
  },
};

const school: SectorProfile = {
  departments: [
    { name: '教务处', children: leaves('教研室', '学籍管理办公室') },
    { name: '高中部', children: leaves('语文组', '数学组', '英语组', '理化生组', '政史地组') },
    { name: '初中部', children: leaves('语文组', '数学组', '英语组', '综合组') },
    { name: '德育处' },
    { name: '总务处' },
  ],
  titleSeries: [['正高级教师', '高级教师', '一级教师', '二级教师', '三级教师']],
  schools: ['河南师范大学', '河南大学', '洛阳师范学院', '信阳师范大学', '南阳师范学院'],
  majors: ['汉语言文学', '数学与应用数学', '英语', '物理学', '化学', '历史学', '体育教育'],
  topics: [
    '新课标教学设计',
    '信息技术与课堂教学融合',
    '大单元教学实践',
    '学生心理健康教育',
    '作业设计与评价',
    '劳动教育课程建设',
  ],
  society: '教育学会',
  industryDepartment: '河南省教育厅',
  exams: ['心理咨询师职业资格考试', '普通话水平测试（一级乙等）', '计算机技术与软件专业技术资格考试'],
  journals: {
    national: ['中国教育学刊', '课程·教材·教法'],
    provincial: ['河南教育', '教育研究与实验'],
    city: ['洛阳师范学院学报', '新乡学院学报'],
  },
};

const research: SectorProfile = {
  departments: [
    { name: '作物研究所', children: leaves('小麦研究室', '玉米研究室', '大豆研究室') },
    { name: '植物保护研究所', children: leaves('病害研究室', '虫害研究室') },
    { name: '农业资源与环境研究所', children: leaves('土壤肥料研究室', '农业水资源研究室') },
    { name: '科研管理处' },
    { name: '综合办公室' },
  ],
  titleSeries: [
    ['研究员', '副研究员', '助理研究员', '研究实习员', '研究实习员'],
    ['正高级农艺师', '高级农艺师', '农艺师', '助理农艺师', '农业技术员'],
  ],
  schools: ['河南农业大学', '郑州大学', '华北水利水电大学', '河南工业大学', '中国农业大学'],
  majors: ['作物学', '植物保护', '生物化学与分子生物学', '农业资源与环境', '农业水利工程', '园艺学'],
  topics: [
    '小麦抗逆育种',
    '玉米绿色高产栽培',
    '农作物病虫害绿色防控',
    '智慧农业技术',
    '农业水资源高效利用',
    '盐碱地土壤改良',
  ],
  society: '农学会',
  industryDepartment: '河南省农业农村厅',
  exams: ['农业技术推广专业技术资格考试', '计算机技术与软件专业技术资格考试', '统计专业技术资格考试（中级）'],
  journals: {
    national: ['中国农业科学', '作物学报', '植物保护学报'],
    provincial: ['河南农业科学', '河南农业大学学报'],
    city: ['南阳师范学院学报', '农业科技通讯'],
  },
};

const government: SectorProfile = {
  departments: [
    { name: '县政府办公室', children: leaves('综合科', '督查科') },
    { name: '发展和改革委员会' },
    { name: '农业农村局', children: leaves('农业技术推广中心', '畜牧兽医中心') },
    { name: '卫生健康委员会', children: leaves('疾病预防控制中心', '妇幼保健院') },
    { name: '住房和城乡建设局' },
  ],
  titleSeries: [
    ['正高级经济师', '高级经济师', '经济师', '助理经济师', '经济员'],
    ['农业技术推广研究员', '高级农艺师', '农艺师', '助理农艺师', '农业技术员'],
    ['正高级工程师', '高级工程师', '工程师', '助理工程师', '技术员'],
  ],
  schools: ['河南财经政法大学', '郑州大学', '河南大学', '河南农业大学', '河南理工大学'],
  majors: ['行政管理', '法学', '经济学', '农学', '会计学', '土木工程'],
  topics: ['基层社会治理', '乡村振兴', '营商环境优化', '数字政府建设', '应急管理', '依法行政'],
  society: '行政管理学会',
  industryDepartment: '河南省人力资源和社会保障厅',
  exams: ['经济专业技术资格考试（中级）', '法律职业资格考试', '注册会计师考试'],
  journals: {
    national: ['中国行政管理', '人民论坛'],
    provincial: ['领导科学', '河南社会科学'],
    city: ['开封大学学报', '行政科学论坛'],
  },
};

const enterprise: SectorProfile = {
  departments: [
    { name: '建筑设计院', children: leaves('建筑一所', '建筑二所', '结构所') },
    { name: '市政设计院', children: leaves('道路桥梁所', '给排水所') },
    { name: '工程管理部', children: leaves('质量安全科', '造价咨询科') },
    { name: '综合管理部' },
  ],
  titleSeries: [
    ['正高级工程师', '高级工程师', '工程师', '助理工程师', '技术员'],
    ['正高级经济师', '高级经济师', '经济师', '助理经济师', '经济员'],
  ],
  schools: ['华北水利水电大学', '河南理工大学', '郑州大学', '河南工业大学', '河南城建学院'],
  majors: ['土木工程', '建筑学', '给排水科学与工程', '工程管理', '电气工程及其自动化', '工程造价'],
  topics: [
    '装配式建筑',
    '建筑信息模型（BIM）应用',
    '绿色建筑设计',
    '工程质量安全管理',
    '海绵城市建设',
    '既有建筑节能改造',
  ],
  society: '土木建筑学会',
  industryDepartment: '河南省住房和城乡建设厅',
  exams: ['一级建造师职业资格考试', '注册安全工程师职业资格考试', '一级造价工程师职业资格考试'],
  journals: {
    national: ['建筑结构', '土木工程学报'],
    provincial: ['河南建材', '河南科技'],
    city: ['华北水利水电大学学报', '城市建设理论研究'],
  },
};

export const sectorProfiles: Readonly<Record<Sector, SectorProfile>> = {
  hospital,
  school,
  research,
  government,
  enterprise,
};
