import { z } from 'zod';
import { unitPermissionCodes } from '../../src-shared/domain/unit-permissions.ts';
import { checkUnitCode } from '../../src-shared/domain/unit-code.ts';
import { writeAudit } from '../audit.ts';
import { isoNow, type ServerContext } from '../context.ts';
import type { SubjectKind } from '../db/schema.ts';
import { fieldError, HttpError } from '../http/http-error.ts';
import { liveUnitsWithCode } from '../registration/unit-code-lookup.ts';
import { consumeCaptcha } from './captcha.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { assertNotLocked, clearAccountFailures, recordFailure, throttleKeys } from './throttle.ts';

export const loginSchema = z
  .object({
    userType: z.enum(['staff', 'unit', 'hr'], { error: '请选择用户类型' }),
    orgCode: z.string().trim().max(30, '单位代码过长').optional(),
    account: z.string({ error: '请输入账户' }).trim().min(1, '请输入账户').max(64, '账户过长'),
    password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(128, '密码过长'),
    captchaId: z.string({ error: '请刷新验证码' }).min(1, '请刷新验证码').max(64, '验证码编号无效'),
    captchaText: z.string({ error: '请输入验证码' }).trim().min(1, '请输入验证码').max(10, '验证码错误'),
  })
  .strict()
  .refine((input) => input.userType !== 'unit' || Boolean(input.orgCode), {
    path: ['orgCode'],
    message: '请输入单位组织机构代码或统一社会信用代码',
  });

export type LoginInput = z.output<typeof loginSchema>;

export interface LoggedInUser {
  kind: SubjectKind;
  id: string;
  name: string;
  unitId?: string;
  unitName?: string;
  role?: 'admin' | 'sub';
  permissions?: string[];
}

export interface LoginAnswer {
  token: string;
  expiresAt: string;
  user: LoggedInUser;
}

/** Who a log-in names: the stored hash to check, whether they may log in yet, and what the client sees. */
interface Candidate {
  passwordHash: string;
  approved: boolean;
  user: LoggedInUser;
}

const wrongCaptcha = () => new HttpError(400, 'WRONG_CAPTCHA', '验证码错误');
export const wrongCredentials = () => new HttpError(401, 'WRONG_CREDENTIALS', '账户或密码错误');
const notApproved = () => new HttpError(403, 'NOT_APPROVED', '此帐号还未被审核');

/**
 * The log-in of the user guide. The captcha is spent first (one attempt per image); a locked account
 * or address is refused before any password is checked; an unknown account and a wrong password
 * answer alike, and "not yet approved" is told only to someone who knows the password.
 */
export async function logIn(
  context: ServerContext,
  input: LoginInput,
  address: string,
): Promise<LoginAnswer> {
  const orgCode = input.userType === 'unit' ? normalisedOrgCode(input.orgCode ?? '') : null;
  const account = input.userType === 'hr' ? input.account : input.account.toUpperCase();
  const keys = throttleKeys(
    throttledAccount(input.userType, account, orgCode ? organizationCodeOf(orgCode) : undefined),
    address,
  );
  const captchaSolved = await consumeCaptcha(context, input.captchaId, input.captchaText);
  await assertNotLocked(context, keys);
  if (!captchaSolved) {
    await recordFailure(context, keys, ['address']);
    throw wrongCaptcha();
  }
  const candidates = await findCandidates(context, input.userType, account, orgCode);
  const candidate = await firstWithPassword(candidates, input.password);
  if (!candidate) {
    await recordFailure(context, keys);
    throw wrongCredentials();
  }
  if (!candidate.approved) throw notApproved();
  await clearAccountFailures(context, keys);
  return openSession(context, candidate.user, address);
}

/** The name failures are counted under; staff withdrawal shares the staff log-in's counter. */
export function throttledAccount(
  userType: LoginInput['userType'],
  account: string,
  orgCode?: string,
): string {
  return [userType, orgCode, account].filter(Boolean).join(':');
}

/** Either form of a unit's code counts against one counter, so alternating them gains no attempts. */
function organizationCodeOf(code: ReturnType<typeof normalisedOrgCode>): string {
  return code.kind === 'socialCreditCode' ? code.value.slice(8, 17) : code.value;
}

function normalisedOrgCode(input: string) {
  const check = checkUnitCode(input);
  if (!check.ok) throw fieldError('orgCode', check.message);
  return check;
}

/** Computed once: checking an unknown account against it costs as much as a real check. */
let timingDecoy: Promise<string> | null = null;

/**
 * Checks a password against a stored hash, or burns the same time when there is none, so that response
 * times don't tell which accounts exist.
 */
export async function checkPassword(password: string, passwordHash: string | undefined): Promise<boolean> {
  if (passwordHash) return verifyPassword(password, passwordHash);
  timingDecoy ??= hashPassword('timing-decoy');
  await verifyPassword(password, await timingDecoy);
  return false;
}

async function firstWithPassword(candidates: Candidate[], password: string): Promise<Candidate | null> {
  if (candidates.length === 0) await checkPassword(password, undefined);
  for (const candidate of candidates) {
    if (await checkPassword(password, candidate.passwordHash)) return candidate;
  }
  return null;
}

function findCandidates(
  context: ServerContext,
  userType: LoginInput['userType'],
  account: string,
  orgCode: ReturnType<typeof normalisedOrgCode> | null,
): Promise<Candidate[]> {
  if (userType === 'staff') return staffCandidates(context, account);
  if (userType === 'unit') return unitAdminCandidates(context, account, orgCode!);
  return hrCandidates(context, account);
}

/** Only a live registration logs in; a withdrawn or rejected one is as good as none. */
async function staffCandidates(context: ServerContext, idNumber: string): Promise<Candidate[]> {
  const rows = await context.db
    .selectFrom('staff')
    .innerJoin('units', 'units.id', 'staff.unit_id')
    .select([
      'staff.id',
      'staff.name',
      'staff.password_hash',
      'staff.status',
      'staff.unit_id',
      'units.name as unit_name',
    ])
    .where('staff.id_number', '=', idNumber)
    .where('staff.status', 'in', ['pending', 'approved'])
    .execute();
  return rows.map((row) => ({
    passwordHash: row.password_hash,
    approved: row.status === 'approved',
    user: { kind: 'staff', id: row.id, name: row.name, unitId: row.unit_id, unitName: row.unit_name },
  }));
}

async function unitAdminCandidates(
  context: ServerContext,
  idNumber: string,
  orgCode: ReturnType<typeof normalisedOrgCode>,
): Promise<Candidate[]> {
  const units = liveUnitsWithCode(context.db, orgCode).as('units');
  const rows = await context.db
    .selectFrom('unit_admins')
    .innerJoin(units, 'units.id', 'unit_admins.unit_id')
    .select([
      'unit_admins.id',
      'unit_admins.name',
      'unit_admins.password_hash',
      'unit_admins.role',
      'unit_admins.permissions',
      'units.id as unit_id',
      'units.name as unit_name',
      'units.status as unit_status',
    ])
    .where('unit_admins.id_number', '=', idNumber)
    .where('unit_admins.status', '=', 'active')
    .where('unit_admins.deleted', '=', 0)
    .execute();
  return rows.map((row) => ({
    passwordHash: row.password_hash,
    approved: row.unit_status === 'approved',
    user: {
      kind: 'unit_admin',
      id: row.id,
      name: row.name,
      unitId: row.unit_id,
      unitName: row.unit_name,
      role: row.role,
      permissions:
        row.role === 'admin' ? [...unitPermissionCodes] : (JSON.parse(row.permissions) as string[]),
    },
  }));
}

async function hrCandidates(context: ServerContext, username: string): Promise<Candidate[]> {
  const rows = await context.db
    .selectFrom('hr_admins')
    .select(['id', 'name', 'password_hash'])
    .where('username', '=', username)
    .execute();
  return rows.map((row) => ({
    passwordHash: row.password_hash,
    approved: true,
    user: { kind: 'hr_admin', id: row.id, name: row.name },
  }));
}

async function openSession(
  context: ServerContext,
  user: LoggedInUser,
  address: string,
): Promise<LoginAnswer> {
  return context.db.transaction().execute(async (trx) => {
    const session = await createSession(
      { ...context, db: trx },
      { kind: user.kind, id: user.id, unitId: user.unitId ?? null },
      address,
    );
    await writeAudit(trx, {
      at: isoNow(context),
      actorKind: user.kind,
      actorId: user.id,
      unitId: user.unitId ?? null,
      action: 'auth.login',
      target: user.id,
      address,
    });
    return { ...session, user };
  });
}
