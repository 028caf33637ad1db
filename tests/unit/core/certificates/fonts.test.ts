import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../../../src-main/core/certificates/fonts/bundled-fonts.ts';
import { FontChain } from '../../../../src-main/core/certificates/fonts/font-chain.ts';
import { fontSources } from '../../../../src-main/core/certificates/fonts/font-sources.ts';
import { defaultResourcesDir } from '../../../../src-main/core/certificates/resources-dir.ts';
import { UNCOVERED } from './support/certificates.ts';

const bundled = bundledFonts(defaultResourcesDir());

describe('font sources', () => {
  it('finds both bundled OFL fonts', () => {
    expect(bundled.map((source) => source.file)).toEqual([
      expect.stringMatching(/NotoSansSC[_-](400)?Regular\.ttf$/),
      expect.stringMatching(/SourceHanSansSC-Regular\.otf$/),
    ]);
  });

  it('tries the template font, then the Windows fonts, then the bundled ones; missing files are left out', () => {
    const template = { file: bundled[1]!.file };
    const mac = fontSources({ templateFont: template, bundled, platform: 'darwin' });
    expect(mac.map((source) => source.origin)).toEqual(['template', 'bundled', 'bundled']);
    const windows = fontSources({
      templateFont: { file: '/nowhere/unit.ttf' },
      bundled,
      platform: 'win32',
      env: { WINDIR: '/nowhere' },
    });
    expect(windows.map((source) => source.origin)).toEqual(['bundled', 'bundled']);
  });
});

describe('the font chain', () => {
  const chain = new FontChain(bundled);

  it('draws each character with the first font that has it', () => {
    expect(chain.fontFor('张'.codePointAt(0)!)?.source).toBe(bundled[0]);
    expect(chain.fontFor('𠮷'.codePointAt(0)!)?.source).toBe(bundled[1]);
    const runs = chain.runs('吉𠮷喆');
    expect(runs.map((run) => [run.text, run.font.source.file])).toEqual([
      ['吉', bundled[0]!.file],
      ['𠮷', bundled[1]!.file],
      ['喆', bundled[0]!.file],
    ]);
    expect(runs.map((run) => run.em)).toEqual([1, 1, 1]);
  });

  it('reports the characters no font has, each once, and leaves them out of the runs', () => {
    expect(chain.missing(`龚${UNCOVERED}${UNCOVERED}`)).toEqual([UNCOVERED]);
    expect(chain.runs(`龚${UNCOVERED}`).map((run) => run.text)).toEqual(['龚']);
  });

  it('ignores variation selectors and zero-width characters', () => {
    expect(chain.missing('葛\u{E0100}\u200d')).toEqual([]);
    expect(chain.runs('葛\u{E0100}').map((run) => run.text)).toEqual(['葛']);
  });

  it('needs at least one font, and says how to get one', () => {
    expect(() => new FontChain([])).toThrow('找不到可用的中文字体');
  });
});
