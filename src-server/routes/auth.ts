import { writeAudit } from '../audit.ts';
import { issueCaptcha } from '../auth/captcha.ts';
import { requireCaller, type Caller } from '../auth/caller.ts';
import { logIn, loginSchema } from '../auth/login.ts';
import { revokeSession } from '../auth/sessions.ts';
import { isoNow } from '../context.ts';
import { parseInput } from '../http/http-error.ts';
import type { RouteModule } from './route-module.ts';

export const authRoutes: RouteModule = (app, context) => {
  app.get('/captcha', async (_request, reply) => {
    const { captchaId, svg } = await issueCaptcha(context);
    // A cached image would no longer match any stored answer.
    void reply.header('cache-control', 'no-store');
    return { captchaId, svg };
  });

  app.post('/auth/login', async (request) => {
    const input = parseInput(loginSchema, request.body);
    return logIn(context, input, request.ip);
  });

  app.post('/auth/logout', async (request) => {
    const caller = requireCaller(request, 'staff', 'unit_admin', 'hr_admin');
    await context.db.transaction().execute(async (trx) => {
      await revokeSession({ ...context, db: trx }, request.sessionTokenHash!);
      await writeAudit(trx, {
        at: isoNow(context),
        actorKind: caller.kind,
        actorId: subjectIdOf(caller),
        unitId: 'unitId' in caller ? caller.unitId : null,
        action: 'auth.logout',
        target: subjectIdOf(caller),
        address: request.ip,
      });
    });
    return { ok: true };
  });
};

function subjectIdOf(caller: Caller): string {
  if (caller.kind === 'staff') return caller.staffId;
  if (caller.kind === 'unit_admin') return caller.adminId;
  return caller.hrAdminId;
}
