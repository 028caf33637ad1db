import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type {
  CertificateTemplateExport,
  CertificateTemplateStatus,
} from '../../../src-shared/contract/index.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { IpcHandlers } from '../api/handlers.ts';
import { defaultResourcesDir, TemplateError } from '../certificates/index.ts';
import { exportTemplate } from '../certificates/template/export-template.ts';
import {
  defaultTemplatePath,
  loadTemplate,
  readTemplateJson,
} from '../certificates/template/load-template.ts';
import { resolveTemplate } from '../certificates/template/resolve-template.ts';
import {
  applyCommonEdits,
  saveEditedTemplate,
  type CommonEdits,
} from '../certificates/template/template-edits.ts';
import { requirePermission } from '../decisions/permissions.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { templateProblems } from './certificate-template-check.ts';

export interface CertificateTemplatesOptions {
  sessions: SessionManager;
  settings: SettingsStore;
  userDataDir: string;
  /** The shipped template's resources; the source tree's when left out. */
  resourcesDir?: string;
}

export type CertificateTemplateHandlers = Pick<
  IpcHandlers,
  | 'certificateTemplateGet'
  | 'certificateTemplateExportDefault'
  | 'certificateTemplateUse'
  | 'certificateTemplateEdit'
>;

export interface CertificateTemplates {
  /** The open unit's own template file; undefined for the shipped one (or with no account open). */
  chosenPath(): string | undefined;
  handlers: CertificateTemplateHandlers;
}

/** Exports go to `<user data>/certificate-template` (then `-2`, `-3`…: never over an edited one). */
export const TEMPLATE_EXPORT_FOLDER = 'certificate-template';
const EXPORTED_NAME = '继续教育证书（本单位模板）';

/** A folder named instead of the file means its template.json. */
function templateFile(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, 'template.json') : path;
  } catch {
    return path;
  }
}

/** Refused: every problem named (one field entry each), nothing saved. */
function refusal(problems: string[], field: string): CallFailure {
  return new CallFailure(
    'INVALID_ARGUMENT',
    `证书模板有误，未采用，仍使用原来的模板：\n${problems.join('\n')}`,
    problems.map((message) => ({ field, message })),
  );
}

/** A template file that cannot be written (a read-only folder, a file open elsewhere). */
function savingFailure(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof CallFailure || !code) return error;
  return new CallFailure('UNAVAILABLE', `无法保存模板文件“${path}”（${code}），请检查该文件夹是否可以写入`);
}

function exportFailure(error: unknown): CallFailure {
  if (error instanceof CallFailure) return error;
  if (error instanceof TemplateError) return new CallFailure('UNAVAILABLE', error.message);
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new CallFailure('UNAVAILABLE', `无法导出证书模板（${code}），请检查用户数据文件夹是否可以写入`);
}

/**
 * 证书模板: which template the open unit prints with on this PC. The choice is kept per unit in the
 * settings (certificateTemplates); a template is only chosen after it opened and drew a sample
 * certificate, and the shipped template is exported into a folder of its own for the officer to edit.
 */
export function certificateTemplates(options: CertificateTemplatesOptions): CertificateTemplates {
  const { sessions, settings, userDataDir } = options;
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  const shippedPath = defaultTemplatePath(resourcesDir);

  const chosenPath = () => {
    const unitId = sessions.current()?.unit.id;
    return unitId === undefined ? undefined : settings.get().certificateTemplates[unitId];
  };

  function status(): CertificateTemplateStatus {
    sessions.active();
    const chosen = chosenPath();
    const base = { custom: chosen !== undefined, path: chosen ?? shippedPath };
    try {
      const { template } = resolveTemplate({ resourcesDir, templatePath: chosen });
      const { title, issuer, templateName } = template.template;
      const common = { title: title.text, issuer: issuer.text, sealFile: template.sealFile };
      return { ...base, templateName, problems: [], common };
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      return { ...base, templateName: null, problems: error.problems, common: null };
    }
  }

  /** The open unit, once its administrator may print certificates. */
  function unitThatMayChange(): string {
    const { workspace, session } = sessions.active();
    requirePermission(workspace.cache.sqlite, session.admin.id, 'certificates');
    return session.unit.id;
  }

  function choose(unitId: string, path: string | null): void {
    const templates = { ...settings.get().certificateTemplates };
    if (path === null) delete templates[unitId];
    else templates[unitId] = path;
    settings.set({ certificateTemplates: templates });
  }

  function exportShipped(): CertificateTemplateExport {
    try {
      return exportTemplate(shippedPath, {
        parent: userDataDir,
        name: TEMPLATE_EXPORT_FOLDER,
        templateName: EXPORTED_NAME,
      });
    } catch (error) {
      throw exportFailure(error);
    }
  }

  /** Edits the unit's own template, or a fresh copy of the shipped one that becomes the unit's own. */
  async function edit(edits: CommonEdits): Promise<CertificateTemplateStatus> {
    const unitId = unitThatMayChange();
    const chosen = chosenPath();
    const copy = chosen === undefined ? exportShipped() : null;
    const path = chosen ?? copy!.templatePath;
    try {
      const sealPlace = loadTemplate(shippedPath).template.seal!;
      const edited = applyCommonEdits(readTemplateJson(path), edits, sealPlace, path);
      const problems = await templateProblems({
        resourcesDir,
        templateValue: { value: edited, baseDir: dirname(path) },
      });
      if (problems.length > 0) throw refusal(problems, 'template');
      saveEditedTemplate(path, edited, edits.seal);
    } catch (error) {
      if (copy) rmSync(copy.directory, { recursive: true, force: true });
      if (error instanceof TemplateError) throw refusal(error.problems, 'template');
      throw savingFailure(error, path);
    }
    choose(unitId, path);
    return status();
  }

  const handlers: CertificateTemplateHandlers = {
    certificateTemplateGet: status,
    certificateTemplateExportDefault: () => {
      sessions.active();
      return exportShipped();
    },
    certificateTemplateUse: async ({ path }) => {
      const unitId = unitThatMayChange();
      if (path === null) {
        choose(unitId, null);
        return status();
      }
      const file = templateFile(path);
      if (!existsSync(file)) throw refusal([`找不到模板文件：${file}`], 'path');
      const problems = await templateProblems({ resourcesDir, templatePath: file });
      if (problems.length > 0) throw refusal(problems, 'path');
      choose(unitId, file);
      return status();
    },
    certificateTemplateEdit: edit,
  };
  return { chosenPath, handlers };
}
