import { defaultResourcesDir } from '../resources-dir.ts';
import { defaultTemplatePath, loadTemplate, parseTemplate, type LoadedTemplate } from './load-template.ts';

export interface TemplateChoice {
  /** Where resources/certificate and resources/fonts are; found from the source tree when left out. */
  resourcesDir?: string;
  /** A template file of the unit's; the shipped template when left out. */
  templatePath?: string;
  /** A template being edited (not yet saved), validated like a file; relative paths start at `baseDir`. */
  templateValue?: { value: unknown; baseDir: string };
}

/** The chosen template, validated (TemplateError with Chinese messages), and where resources are. */
export function resolveTemplate(choice: TemplateChoice): { template: LoadedTemplate; resourcesDir: string } {
  const resourcesDir = choice.resourcesDir ?? defaultResourcesDir();
  const template = choice.templateValue
    ? parseTemplate(choice.templateValue.value, choice.templateValue.baseDir)
    : loadTemplate(choice.templatePath ?? defaultTemplatePath(resourcesDir));
  return { template, resourcesDir };
}
