/** Words the declaration generators draw from that do not depend on the unit's field. */

export const TRAINING_BASES = [
  '河南省专业技术人员继续教育基地（郑州大学）',
  '河南省专业技术人员继续教育基地（河南大学）',
  '河南省专业技术人员继续教育基地（河南农业大学）',
  '河南省专业技术人员继续教育基地（华北水利水电大学）',
  '河南省专业技术人员继续教育基地（河南师范大学）',
];

export const ORGANIZERS = [
  '河南省人力资源和社会保障厅',
  '河南省科学技术协会',
  '河南省专业技术人员继续教育中心',
  '郑州大学继续教育学院',
  '河南大学继续教育学院',
];

export const DEGREE_COURSES = [
  '专业英语',
  '科研方法与论文写作',
  '高级统计学',
  '学科前沿专题',
  '专业核心课程',
  '文献检索与综述',
];

export const BOOK_PUBLISHERS = [
  '河南科学技术出版社',
  '郑州大学出版社',
  '河南人民出版社',
  '中国农业出版社',
  '人民卫生出版社',
];

export const PAPER_SUFFIXES = ['的临床观察', '的实践与思考', '研究进展', '的应用分析', '的效果评价'];

export const PROJECT_SUFFIXES = ['关键技术研究', '实践研究', '推广应用研究', '评价体系研究'];

export const AWARD_SUFFIXES = ['关键技术研究与推广', '创新与应用', '集成示范'];

export const AWARDS: Readonly<
  Record<'national' | 'provincial' | 'city', readonly { body: string; name: string }[]>
> = {
  national: [{ body: '国务院', name: '国家科学技术进步奖' }],
  provincial: [
    { body: '河南省人民政府', name: '河南省科学技术进步奖' },
    { body: '河南省人民政府', name: '河南省社会科学优秀成果奖' },
  ],
  city: [
    { body: '河南省教育厅', name: '河南省教育厅科技成果奖' },
    { body: '河南省卫生健康委员会', name: '河南省医学科学技术进步奖' },
    { body: '郑州市人民政府', name: '郑州市科学技术进步奖' },
  ],
};

export const EXAM_ISSUERS = ['人力资源和社会保障部', '河南省人力资源和社会保障厅'];

export const LEADER_POSITIONS = ['副省长', '市委书记', '市长', '副市长', '县委书记', '厅长'];

export const ASSISTANCE_DESTINATIONS: Readonly<Record<string, readonly string[]>> = {
  tibet: ['西藏自治区日喀则市人民医院', '西藏自治区日喀则市第一高级中学'],
  xinjiang: ['新疆维吾尔自治区哈密市第二人民医院', '新疆维吾尔自治区哈密市第一中学'],
  abroad: ['中国（河南）援赞比亚医疗队', '中国（河南）援埃塞俄比亚医疗队'],
  teaching: ['卢氏县第一高级中学', '淅川县第二初级中学'],
  agriculture: ['嵩县农业技术推广中心', '台前县农业农村局'],
  medical: ['台前县人民医院', '卢氏县中医院'],
  poverty: ['光山县槐店乡驻村工作队', '淮阳区曹河乡驻村工作队'],
  secondment: ['新县人民政府', '栾川县科学技术局'],
};

export const GRASSROOTS_UNITS = [
  '兰考县东坝头镇卫生院',
  '嵩县车村镇中心小学',
  '新县八里畈镇农业服务中心',
  '卢氏县五里川镇卫生院',
  '台前县吴坝镇中心学校',
];

export const PUBLIC_COURSES = [
  '专业技术人员职业道德与诚信建设',
  '习近平新时代中国特色社会主义思想专题',
  '数字经济与数字化转型',
  '人工智能技术及应用',
  '知识产权保护实务',
  '专业技术人员心理健康与压力管理',
  '法治中国建设专题',
  '乡村振兴战略解读',
  '网络安全与数据安全',
  '黄河流域生态保护和高质量发展',
];

export const ONLINE_PLATFORMS = [
  '河南省专业技术人员公共服务平台',
  '河南省专业技术人员继续教育网',
  '国家专业技术人员继续教育公共服务平台',
];
