import { describe, expect, it } from 'vitest';
import { dictionaries, isCode, labelOf } from '../../../src-shared/domain/index.ts';
import type { DictionaryName } from '../../../src-shared/domain/index.ts';

const codesOf = (name: DictionaryName) => dictionaries[name].map((entry) => entry.code);

describe('code lists', () => {
  it.each(Object.keys(dictionaries) as DictionaryName[])(
    '%s has unique codes, labels and known parents',
    (name) => {
      const codes = codesOf(name);
      expect(new Set(codes).size).toBe(codes.length);
      for (const entry of dictionaries[name]) {
        expect(entry.label.trim()).not.toBe('');
      }
    },
  );

  it('lists the 56 nationalities of GB 3304 with two-digit codes in order', () => {
    const ethnicities = dictionaries.ethnicities;
    expect(ethnicities).toHaveLength(56);
    expect(codesOf('ethnicities')).toEqual(
      Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(labelOf('ethnicities', '01')).toBe('汉族');
    expect(labelOf('ethnicities', '05')).toBe('维吾尔族');
    expect(labelOf('ethnicities', '23')).toBe('高山族');
    expect(labelOf('ethnicities', '29')).toBe('柯尔克孜族');
    expect(labelOf('ethnicities', '43')).toBe('乌孜别克族');
    expect(labelOf('ethnicities', '56')).toBe('基诺族');
    expect(new Set(ethnicities.map((entry) => entry.label)).size).toBe(56);
  });

  it('lists the 17 cities, 济源 and 省直', () => {
    expect(dictionaries.regions).toHaveLength(19);
    expect(codesOf('regions')).toEqual([
      '410000',
      '410100',
      '410200',
      '410300',
      '410400',
      '410500',
      '410600',
      '410700',
      '410800',
      '410900',
      '411000',
      '411100',
      '411200',
      '411300',
      '411400',
      '411500',
      '411600',
      '411700',
      '419001',
    ]);
    expect(labelOf('regions', '410000')).toBe('省直');
    expect(labelOf('regions', '410100')).toBe('郑州市');
    expect(labelOf('regions', '411700')).toBe('驻马店市');
    expect(labelOf('regions', '419001')).toBe('济源市');
  });

  it('gives every region one HR department, the province its 厅', () => {
    const regionCodes = codesOf('regions');
    expect(dictionaries.hrDepartments.map((entry) => entry.parent)).toEqual(regionCodes);
    for (const department of dictionaries.hrDepartments) {
      expect(isCode('regions', department.parent ?? '')).toBe(true);
      expect(department.code).toBe(`HR${department.parent}`);
    }
    expect(labelOf('hrDepartments', 'HR410000')).toBe('河南省人力资源和社会保障厅');
    expect(labelOf('hrDepartments', 'HR410100')).toBe('郑州市人力资源和社会保障局');
    expect(labelOf('hrDepartments', 'HR419001')).toBe('济源市人力资源和社会保障局');
  });

  it('nests street, town and township under 60 in 隶属关系', () => {
    expect(codesOf('affiliations')).toEqual(['10', '20', '40', '50', '60', '61', '62', '63', '70', '90']);
    const nested = dictionaries.affiliations.filter((entry) => 'parent' in entry);
    expect(nested.map((entry) => [entry.code, entry.label, entry.parent])).toEqual([
      ['61', '街道', '60'],
      ['62', '镇', '60'],
      ['63', '乡', '60'],
    ]);
  });

  it('keeps the standard codes of the small lists', () => {
    expect(codesOf('industries')).toEqual([...'ABCDEFGHIJKLMNOPQRST']);
    expect(labelOf('industries', 'I')).toBe('信息传输、软件和信息技术服务业');
    expect(codesOf('genders')).toEqual(['0', '1', '2', '9']);
    expect(labelOf('genders', '1')).toBe('男');
    expect(labelOf('genders', '2')).toBe('女');
    expect(codesOf('educations')).toEqual(['11', '14', '21', '31', '41', '61', '90']);
    expect(dictionaries.titleLevels.map((entry) => entry.label)).toEqual([
      '正高级',
      '副高级',
      '中级',
      '初级（助理级）',
      '初级（员级）',
    ]);
    expect(dictionaries.unitLevels.map((entry) => entry.label)).toEqual([
      '省直',
      '市直',
      '县（区）直',
      '乡镇',
    ]);
    expect(codesOf('unitNatures')).toEqual([
      '10',
      '21',
      '22',
      '23',
      '24',
      '31',
      '32',
      '33',
      '34',
      '41',
      '42',
      '43',
      '90',
    ]);
    expect(labelOf('unitNatures', '10')).toBe('机关');
    expect(labelOf('unitNatures', '21')).toBe('参公事业单位');
    expect(labelOf('unitNatures', '22')).toBe('事业单位（全额拨款）');
  });

  it('answers unknown codes with undefined and false', () => {
    expect(labelOf('regions', '420100')).toBeUndefined();
    expect(isCode('regions', '420100')).toBe(false);
    expect(isCode('genders', 'toString')).toBe(false);
    expect(isCode('genders', '')).toBe(false);
    expect(isCode('industries', 'a')).toBe(false);
    expect(isCode('industries', 'A')).toBe(true);
  });

  it('is plain data the server can serve as JSON', () => {
    expect(JSON.parse(JSON.stringify(dictionaries))).toEqual(dictionaries);
  });
});
