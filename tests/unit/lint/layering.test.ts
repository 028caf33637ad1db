import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it('fails an electron import in the core', async () => {
    const messages = await restrictedImportsIn(
      'src-main/core/leak.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Only src-main\/electron/);
  });

  it('fails an electron import in the server, the shared code and the renderer', async () => {
    for (const file of [
      'src-server/leak.ts',
      'src-shared/leak.ts',
      'src-renderer/leak.ts',
      'src-main/web/leak.ts',
    ]) {
      expect(
        await restrictedImportsIn(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toHaveLength(1);
    }
  });

  it('allows electron in the glue and the preload', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await restrictedImportsIn('src-main/electron/ok.ts', code)).toEqual([]);
    expect(await restrictedImportsIn('src-preload/ok.ts', code)).toEqual([]);
  });

  it('fails Node modules in the renderer and in src-shared', async () => {
    for (const file of ['src-renderer/leak.ts', 'src-shared/leak.ts']) {
      expect(
        await restrictedImportsIn(
          file,
          "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
        ),
      ).toHaveLength(1);
      expect(
        await restrictedImportsIn(file, "import path from 'path';\nexport const p = path;\n"),
      ).toHaveLength(1);
    }
  });

  it('keeps the renderer away from the core and from SQL', async () => {
    const core = "import { createCore } from '../src-main/core/index.ts';\nexport const c = createCore;\n";
    expect(await restrictedImportsIn('src-renderer/leak.ts', core)).toHaveLength(1);
    expect(
      await restrictedImportsIn(
        'src-renderer/leak.ts',
        "import { Kysely } from 'kysely';\nexport const k = Kysely;\n",
      ),
    ).toHaveLength(1);
  });

  it('keeps the core free of the glue', async () => {
    const glue =
      "import { registerIpcHandlers } from '../electron/ipc.ts';\nexport const r = registerIpcHandlers;\n";
    expect(await restrictedImportsIn('src-main/core/leak.ts', glue)).toHaveLength(1);
  });
});
