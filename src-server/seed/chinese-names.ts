import type { Prng } from './prng.ts';

/** A name and its pinyin, for e-mail addresses. */
export interface PersonName {
  name: string;
  pinyin: string;
}

/** Common surnames, weighted roughly by frequency. */
const SURNAMES: readonly (readonly [PersonName, number])[] = [
  [{ name: '王', pinyin: 'wang' }, 72],
  [{ name: '李', pinyin: 'li' }, 71],
  [{ name: '张', pinyin: 'zhang' }, 68],
  [{ name: '刘', pinyin: 'liu' }, 54],
  [{ name: '陈', pinyin: 'chen' }, 45],
  [{ name: '杨', pinyin: 'yang' }, 33],
  [{ name: '赵', pinyin: 'zhao' }, 20],
  [{ name: '黄', pinyin: 'huang' }, 18],
  [{ name: '周', pinyin: 'zhou' }, 17],
  [{ name: '吴', pinyin: 'wu' }, 16],
  [{ name: '徐', pinyin: 'xu' }, 14],
  [{ name: '孙', pinyin: 'sun' }, 13],
  [{ name: '胡', pinyin: 'hu' }, 12],
  [{ name: '朱', pinyin: 'zhu' }, 11],
  [{ name: '高', pinyin: 'gao' }, 11],
  [{ name: '郭', pinyin: 'guo' }, 10],
  [{ name: '马', pinyin: 'ma' }, 10],
  [{ name: '何', pinyin: 'he' }, 9],
  [{ name: '罗', pinyin: 'luo' }, 8],
  [{ name: '宋', pinyin: 'song' }, 7],
  [{ name: '郑', pinyin: 'zheng' }, 7],
  [{ name: '谢', pinyin: 'xie' }, 6],
  [{ name: '韩', pinyin: 'han' }, 6],
  [{ name: '冯', pinyin: 'feng' }, 6],
  [{ name: '程', pinyin: 'cheng' }, 5],
  [{ name: '曹', pinyin: 'cao' }, 5],
  [{ name: '袁', pinyin: 'yuan' }, 5],
  [{ name: '许', pinyin: 'xu' }, 5],
  [{ name: '邓', pinyin: 'deng' }, 4],
  [{ name: '苏', pinyin: 'su' }, 4],
  [{ name: '岳', pinyin: 'yue' }, 3],
  [{ name: '牛', pinyin: 'niu' }, 3],
  [{ name: '司马', pinyin: 'sima' }, 1],
  [{ name: '欧阳', pinyin: 'ouyang' }, 1],
];

const MALE: readonly PersonName[] = [
  { name: '伟', pinyin: 'wei' },
  { name: '强', pinyin: 'qiang' },
  { name: '磊', pinyin: 'lei' },
  { name: '军', pinyin: 'jun' },
  { name: '勇', pinyin: 'yong' },
  { name: '杰', pinyin: 'jie' },
  { name: '涛', pinyin: 'tao' },
  { name: '明', pinyin: 'ming' },
  { name: '超', pinyin: 'chao' },
  { name: '鹏', pinyin: 'peng' },
  { name: '浩', pinyin: 'hao' },
  { name: '宇', pinyin: 'yu' },
  { name: '建', pinyin: 'jian' },
  { name: '国', pinyin: 'guo' },
  { name: '志', pinyin: 'zhi' },
  { name: '文', pinyin: 'wen' },
  { name: '斌', pinyin: 'bin' },
  { name: '峰', pinyin: 'feng' },
  { name: '博', pinyin: 'bo' },
  { name: '阳', pinyin: 'yang' },
  { name: '辉', pinyin: 'hui' },
  { name: '晨', pinyin: 'chen' },
  { name: '立', pinyin: 'li' },
  { name: '新', pinyin: 'xin' },
];

const FEMALE: readonly PersonName[] = [
  { name: '芳', pinyin: 'fang' },
  { name: '娜', pinyin: 'na' },
  { name: '敏', pinyin: 'min' },
  { name: '静', pinyin: 'jing' },
  { name: '丽', pinyin: 'li' },
  { name: '艳', pinyin: 'yan' },
  { name: '娟', pinyin: 'juan' },
  { name: '霞', pinyin: 'xia' },
  { name: '婷', pinyin: 'ting' },
  { name: '雪', pinyin: 'xue' },
  { name: '慧', pinyin: 'hui' },
  { name: '颖', pinyin: 'ying' },
  { name: '琳', pinyin: 'lin' },
  { name: '欣', pinyin: 'xin' },
  { name: '佳', pinyin: 'jia' },
  { name: '倩', pinyin: 'qian' },
  { name: '洁', pinyin: 'jie' },
  { name: '萍', pinyin: 'ping' },
  { name: '红', pinyin: 'hong' },
  { name: '梅', pinyin: 'mei' },
  { name: '晓', pinyin: 'xiao' },
  { name: '雨', pinyin: 'yu' },
  { name: '桐', pinyin: 'tong' },
  { name: '悦', pinyin: 'yue' },
];

/**
 * Rare characters (生僻字) that real names use and that systems truncate or garble: the BMP ones
 * (喆 堃 玥 珺 赟), CJK Extension A (䶮 U+4DAE, 㛃 U+36C3) and Extension B, outside the BMP
 * (𠮷 U+20BB7, 𪚥 U+2A6A5).
 */
const RARE: readonly PersonName[] = [
  { name: '喆', pinyin: 'zhe' },
  { name: '堃', pinyin: 'kun' },
  { name: '玥', pinyin: 'yue' },
  { name: '珺', pinyin: 'jun' },
  { name: '赟', pinyin: 'yun' },
  { name: '䶮', pinyin: 'yan' },
  { name: '㛃', pinyin: 'jie' },
  { name: '𠮷', pinyin: 'ji' },
  { name: '𪚥', pinyin: 'zhe' },
];

/** Every rare character the demo names use; the seed test checks each arrives intact. */
export const RARE_NAME_CHARACTERS: readonly string[] = RARE.map((entry) => entry.name);

function join(parts: readonly PersonName[]): PersonName {
  return { name: parts.map((p) => p.name).join(''), pinyin: parts.map((p) => p.pinyin).join('') };
}

/**
 * A realistic name: a common surname and one or two given characters matching the gender; `rare`
 * (an index into the rare characters) puts that character first.
 */
export function randomName(rng: Prng, gender: 'male' | 'female', rare?: number): PersonName {
  const surname = rng.weighted(SURNAMES);
  const pool = gender === 'male' ? MALE : FEMALE;
  const first = rare === undefined ? rng.pick(pool) : RARE[rare % RARE.length]!;
  const given = rng.chance(0.65) ? [first, rng.pick(pool)] : [first];
  return join([surname, ...given]);
}
