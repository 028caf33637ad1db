import { z } from 'zod';
import { noArguments } from './common.ts';

export const paperSizes = ['A4', 'A5', 'B5', 'Letter'] as const;

/** The app's settings (设置), kept in the user data folder. */
export const settingsSchema = z.object({
  /** The sync API's address, e.g. `https://ce.example.gov.cn/api/v1`; null until configured. */
  serverUrl: z
    .url({ protocol: /^https?$/, error: '请输入以 http:// 或 https:// 开头的服务器地址' })
    .max(500, '服务器地址过长')
    .nullable(),
  /** The certificate printer; null for the system's default printer. */
  printerName: z.string().trim().min(1, '请选择打印机').max(200).nullable(),
  paperSize: z.enum(paperSizes, { error: '请选择纸张大小' }),
  orientation: z.enum(['portrait', 'landscape'], { error: '请选择纸张方向' }),
  syncIntervalSeconds: z
    .number({ error: '请输入同步间隔' })
    .int('同步间隔须为整数秒')
    .min(30, '同步间隔不能少于 30 秒')
    .max(86_400, '同步间隔不能超过 1 天'),
  /** Scans of pending items downloaded ahead for offline review, at most this many MiB. */
  prefetchBudgetMb: z
    .number({ error: '请输入预下载空间' })
    .int('预下载空间须为整数')
    .min(0, '预下载空间不能为负')
    .max(100_000, '预下载空间不能超过 100000 MB'),
  /**
   * Each unit's own certificate template on this PC, by unit id (no entry: the shipped template).
   * Per unit, not per PC or per account: the template carries the unit's seal and name, so every
   * administrator of that unit on this PC prints with it and another unit's accounts never do; the
   * path only means something on this PC. Changed through certificateTemplateUse, which validates
   * the template first, never through settingsSet.
   */
  certificateTemplates: z.record(z.string().min(1).max(64), z.string().min(1).max(1000)).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsChangesSchema = settingsSchema
  .omit({ certificateTemplates: true })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, '至少修改一项');
export type SettingsChanges = z.input<typeof settingsChangesSchema>;

export const settingsCalls = {
  settingsGet: { input: noArguments, output: settingsSchema },
  /** Changes some settings and answers all of them. */
  settingsSet: { input: settingsChangesSchema, output: settingsSchema },
} as const;
