import type { CeTypeCode } from '../../src-shared/domain/ce-types.ts';
import type { FieldValue } from '../../src-shared/domain/declaration-rules.ts';
import { randomName } from './chinese-names.ts';
import {
  ASSISTANCE_DESTINATIONS,
  AWARD_SUFFIXES,
  AWARDS,
  BOOK_PUBLISHERS,
  DEGREE_COURSES,
  EXAM_ISSUERS,
  GRASSROOTS_UNITS,
  LEADER_POSITIONS,
  ONLINE_PLATFORMS,
  ORGANIZERS,
  PAPER_SUFFIXES,
  PROJECT_SUFFIXES,
  PUBLIC_COURSES,
  TRAINING_BASES,
} from './declaration-vocabulary.ts';
import type { Prng } from './prng.ts';
import { DAY_MS, dayIn, isoDate, lastActivityDay } from './seed-calendar.ts';
import type { SectorProfile } from './sector-profiles.ts';

/** A declaration's title and the fields of its type, before the rules are applied. */
export interface DraftFields {
  title: string;
  fields: Record<string, FieldValue>;
}

type Generator = (rng: Prng, year: number, profile: SectorProfile) => DraftFields;

const digits = (rng: Prng, count: number) =>
  Array.from({ length: count }, () => String(rng.int(0, 9))).join('');

/** A start and end date inside the year; the end is `maxDays` after the start at most. */
function period(rng: Prng, year: number, maxDays: number): { startDate: string; endDate: string } {
  const start = dayIn(rng, year);
  const end = Math.min(start + rng.int(0, maxDays) * DAY_MS, lastActivityDay(year));
  return { startDate: isoDate(start), endDate: isoDate(end) };
}

const baseTraining: Generator = (rng, year, profile) => {
  const topic = rng.pick(profile.topics);
  const publicClass = rng.chance(0.3);
  return {
    title: publicClass ? `${rng.pick(PUBLIC_COURSES)}公需科目培训班` : `${topic}专题培训班`,
    fields: {
      baseName: rng.pick(TRAINING_BASES),
      classNo: `JD${year}-${String(rng.int(1, 200)).padStart(3, '0')}`,
      ...period(rng, year, 4),
      approvedHours: rng.pick([16, 24, 32, 40]),
      publicClass,
    },
  };
};

const training: Generator = (rng, year, profile) => {
  const title = `${rng.pick(profile.topics)}${rng.pick(['培训班', '研修班', '高级研修班', '进修学习'])}`;
  const fields: Record<string, FieldValue> = {
    title,
    organizer: rng.pick(ORGANIZERS),
    ...period(rng, year, 4),
    mode: rng.pick(['full_time', 'part_time']),
  };
  if (rng.chance(0.3)) fields['organizerHours'] = rng.pick([12, 16, 20, 24]);
  return { title, fields };
};

const DEGREE_LEVELS = [
  ['11', '博士研究生', 1],
  ['14', '硕士研究生', 6],
  ['21', '大学本科', 3],
] as const;

const degreeEducation: Generator = (rng, _year, profile) => {
  const [degreeLevel, label] = rng.weighted(DEGREE_LEVELS.map((entry) => [entry, entry[2]] as const));
  const count = rng.int(1, 4);
  const offset = rng.int(0, DEGREE_COURSES.length - 1);
  const courses = Array.from(
    { length: count },
    (_, i) => DEGREE_COURSES[(offset + i) % DEGREE_COURSES.length],
  );
  const school = rng.pick(profile.schools);
  const major = rng.pick(profile.majors);
  return {
    title: `${school}${major}专业${label}学习`,
    fields: { school, major, degreeLevel, courses: courses.join('、'), coursesPassed: count },
  };
};

const conference: Generator = (rng, year, profile) => {
  const national = rng.chance(0.4);
  const topic = rng.pick(profile.topics);
  const title = national
    ? `第${rng.int(8, 30)}届全国${topic}学术会议`
    : `${year}年河南省${profile.society}${topic}学术年会`;
  const fields: Record<string, FieldValue> = {
    title,
    organizer: `${national ? '中国' : '河南省'}${profile.society}`,
    level: national ? 'national' : 'provincial',
    meetingDate: isoDate(dayIn(rng, year)),
  };
  if (rng.chance(0.4)) {
    fields['paperPresented'] = true;
    fields['paperWords'] = rng.int(1500, 8000);
  }
  return { title, fields };
};

const PROJECT_RANKS = { national: { main: 5, sub: 3 }, provincial: { main: 3, sub: 3 } } as const;

const project: Generator = (rng, year, profile) => {
  const level = rng.chance(0.25) ? 'national' : 'provincial';
  const part = rng.chance(0.7) ? 'main' : 'sub';
  const startYear = year - rng.int(0, 2);
  const title = `${rng.pick(profile.topics)}${rng.pick(PROJECT_SUFFIXES)}`;
  const fields: Record<string, FieldValue> = {
    title,
    level,
    part,
    rank: rng.int(1, PROJECT_RANKS[level][part]),
    startYear,
    endYear: year + rng.int(0, 2),
  };
  if (rng.chance(0.8))
    fields['projectNo'] = `${level === 'national' ? 'GJ' : 'HN'}${startYear}${digits(rng, 4)}`;
  return { title, fields };
};

const publication: Generator = (rng, year, profile): DraftFields => {
  const topic = rng.pick(profile.topics);
  const publishDate = isoDate(dayIn(rng, year));
  if (rng.chance(0.2)) {
    const title = `${topic}${rng.pick(['理论与实践', '实用手册', '案例精选'])}`;
    return {
      title,
      fields: {
        form: 'book',
        title,
        serialNo: `ISBN 978-7-${digits(rng, 4)}-${digits(rng, 4)}-${digits(rng, 1)}`,
        publisher: rng.pick(BOOK_PUBLISHERS),
        publishDate,
        rank: rng.int(1, 5),
        ownWords: rng.int(2, 15) * 10_000,
      },
    };
  }
  const journalLevel = rng.pick(['national', 'provincial', 'city'] as const);
  const title = `${topic}${rng.pick(PAPER_SUFFIXES)}`;
  return {
    title,
    fields: {
      form: 'paper',
      title,
      serialNo: `ISSN ${digits(rng, 4)}-${digits(rng, 4)}，CN 41-${digits(rng, 4)}`,
      publisher: rng.pick(profile.journals[journalLevel]),
      publishDate,
      rank: rng.int(1, 3),
      journalLevel,
    },
  };
};

const PATENT_TYPES = [
  ['invention', '1', 3],
  ['utility', '2', 5],
  ['design', '3', 2],
] as const;

const patent: Generator = (rng, year, profile) => {
  const [patentType, typeDigit] = rng.weighted(PATENT_TYPES.map((entry) => [entry, entry[2]] as const));
  const title = `一种用于${rng.pick(profile.topics)}的${rng.pick(['装置', '方法', '辅助系统'])}`;
  return {
    title,
    fields: {
      title,
      patentNo: `ZL ${year - rng.int(1, 2)}${typeDigit}${digits(rng, 7)}.${digits(rng, 1)}`,
      patentType,
      grantDate: isoDate(dayIn(rng, year)),
      rank: rng.int(1, 4),
    },
  };
};

const award: Generator = (rng, year, profile) => {
  const level = rng.weighted([
    ['national', 1],
    ['provincial', 7],
    ['city', 12],
  ] as const);
  const prize = rng.pick(AWARDS[level]);
  const title = `${rng.pick(profile.topics)}${rng.pick(AWARD_SUFFIXES)}`;
  return {
    title,
    fields: {
      title,
      awardName: prize.name,
      awardingBody: prize.body,
      level,
      grade: rng.pick(['first', 'second', 'third']),
      rank: rng.int(1, level === 'national' ? 5 : 3),
      awardDate: isoDate(dayIn(rng, year)),
    },
  };
};

const qualificationExam: Generator = (rng, year, profile) => {
  const examName = rng.pick(profile.exams);
  return {
    title: examName,
    fields: {
      examName,
      certificateNo: `${year}${digits(rng, 10)}`,
      issuer: rng.pick(EXAM_ISSUERS),
      passDate: isoDate(dayIn(rng, year)),
      itemsPassed: rng.chance(0.8) ? 1 : 2,
    },
  };
};

const researchReport: Generator = (rng, year, profile) => {
  const title = `关于${rng.pick(profile.topics)}情况的调研报告`;
  const leader = randomName(rng, rng.chance(0.7) ? 'male' : 'female').name;
  return {
    title,
    fields: {
      title,
      instructedBy: `${leader}（${rng.pick(LEADER_POSITIONS)}）`,
      instructionDate: isoDate(dayIn(rng, year)),
    },
  };
};

const ASSIGNMENT_LABELS: Readonly<Record<string, string>> = {
  tibet: '援藏',
  xinjiang: '援疆',
  abroad: '援外',
  teaching: '支教',
  agriculture: '支农',
  medical: '支医',
  poverty: '扶贫',
  secondment: '挂职',
};

const assistance: Generator = (rng, year) => {
  const assignment = rng.pick(Object.keys(ASSIGNMENT_LABELS));
  const destination = rng.pick(ASSISTANCE_DESTINATIONS[assignment]!);
  return {
    title: `${ASSIGNMENT_LABELS[assignment]}：${destination}`,
    fields: { assignment, destination, ...period(rng, year, 300) },
  };
};

const grassrootsService: Generator = (rng, year, profile) => {
  const serviceUnit = rng.pick(GRASSROOTS_UNITS);
  return {
    title: `服务基层：${serviceUnit}`,
    fields: {
      serviceUnit,
      content: `赴基层开展${rng.pick(profile.topics)}指导与帮扶，举办专题讲座${rng.int(2, 8)}场`,
      ...period(rng, year, 90),
    },
  };
};

const industryTraining: Generator = (rng, year, profile) => {
  const title = `${rng.pick(profile.topics)}专业科目培训`;
  const fields: Record<string, FieldValue> = {
    department: profile.industryDepartment,
    title,
    ...period(rng, year, 3),
    courseHours: rng.pick([8, 12, 16, 24, 32]),
  };
  if (rng.chance(0.7)) fields['filingNo'] = `豫继备${year}${digits(rng, 3)}`;
  return { title, fields };
};

const publicCourse: Generator = (rng, year) => {
  const courseName = rng.pick(PUBLIC_COURSES);
  const online = rng.chance(0.8);
  return {
    title: courseName,
    fields: {
      courseName,
      platform: online ? rng.pick(ONLINE_PLATFORMS) : '河南省专业技术人员继续教育中心',
      mode: online ? 'online' : 'offline',
      completionDate: isoDate(dayIn(rng, year)),
      completedHours: rng.pick([6, 8, 12, 12, 24]),
    },
  };
};

/** One generator per CE type: a new type in the catalogue must get one here. */
export const fieldGenerators: Readonly<Record<CeTypeCode, Generator>> = {
  base_training: baseTraining,
  training,
  degree_education: degreeEducation,
  conference,
  project,
  publication,
  patent,
  award,
  qualification_exam: qualificationExam,
  research_report: researchReport,
  assistance,
  grassroots_service: grassrootsService,
  industry_training: industryTraining,
  public_course: publicCourse,
};
