import { z } from 'zod';
import { checkUnitCode } from '../../domain/unit-code.ts';
import { unitPermissionCodes } from '../../domain/unit-permissions.ts';
import { doneSchema, noArguments } from './common.ts';

/** The server's captcha as an image the page can show (`<img src>`; CSP allows data: images). */
export const captchaSchema = z.object({
  captchaId: z.string(),
  /** `data:image/svg+xml;base64,…`; fetch a new captcha to refresh an unreadable image. */
  image: z.string(),
});
export type Captcha = z.infer<typeof captchaSchema>;

const orgCode = z
  .string({ error: '请输入单位组织机构代码或统一社会信用代码' })
  .trim()
  .min(1, '请输入单位组织机构代码或统一社会信用代码')
  .max(30, '单位代码过长')
  .superRefine((value, ctx) => {
    const check = checkUnitCode(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

const password = z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128, '密码过长');

/** 用户类型「单位」: the unit's code, the administrator's ID number, password and captcha. */
export const logInInputSchema = z
  .object({
    orgCode,
    idNumber: z.string({ error: '请输入账户' }).trim().min(1, '请输入账户').max(64, '账户过长'),
    password,
    captchaId: z.string({ error: '请刷新验证码' }).min(1, '请刷新验证码').max(64),
    captchaText: z.string({ error: '请输入验证码' }).trim().min(1, '请输入验证码').max(10, '验证码错误'),
  })
  .strict();
export type LogInInput = z.input<typeof logInInputSchema>;

/** Unlocks (or switches to) an account that logged in online on this PC before, without the server. */
export const unlockInputSchema = z.object({ accountId: z.string().min(1).max(64), password }).strict();
export type UnlockInput = z.input<typeof unlockInputSchema>;

const permissions = z.array(z.enum(unitPermissionCodes));

/** The open account: whose cache the screens show and whose decisions are synced. */
export const sessionSchema = z.object({
  accountId: z.string(),
  serverUrl: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  admin: z.object({
    id: z.string(),
    idNumber: z.string(),
    name: z.string(),
    /** 'admin' is the unit's main administrator, 'sub' a 管理人员 with `permissions`. */
    role: z.enum(['admin', 'sub']),
    permissions,
  }),
  /** Logged in online this time, or unlocked offline against the local verifier. */
  mode: z.enum(['online', 'offline']),
  openedAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** An account known on this PC, for the log-in screen's account picker. */
export const accountSummarySchema = z.object({
  accountId: z.string(),
  serverUrl: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  adminName: z.string(),
  /** Masked: first 6 and last 4 characters. */
  idNumber: z.string(),
  role: z.enum(['admin', 'sub']),
  lastLogInAt: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const sessionCalls = {
  /** A new captcha from the server (online only). */
  sessionCaptcha: { input: noArguments, output: captchaSchema },
  /**
   * Online log-in against the configured server. Fails with WRONG_CAPTCHA 验证码错误,
   * WRONG_CREDENTIALS 账户或密码错误, NOT_APPROVED 此帐号还未被审核, TOO_MANY_ATTEMPTS, or UNAVAILABLE.
   */
  sessionLogIn: { input: logInInputSchema, output: sessionSchema },
  /** Offline unlock of a known account; closes the open one first (which stays logged in). */
  sessionUnlock: { input: unlockInputSchema, output: sessionSchema },
  /** Ends the session on the server when reachable, forgets the token and closes the cache. */
  sessionLogOut: { input: noArguments, output: doneSchema },
  /** The open session, or null on the log-in screen. */
  sessionCurrent: { input: noArguments, output: sessionSchema.nullable() },
  /** Accounts that logged in on this PC, most recent first. */
  accountsList: { input: noArguments, output: z.array(accountSummarySchema) },
} as const;
