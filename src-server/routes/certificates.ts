import { z } from 'zod';
import { notFound, parseInput } from '../http/http-error.ts';
import { verifyCertificate } from '../sync/certificate-verification.ts';
import type { RouteModule } from './route-module.ts';

const verifyQuerySchema = z.object({ code: z.string().trim().min(8).max(40) }).strict();

export const certificateRoutes: RouteModule = (app, context) => {
  /** Public: the QR code on a printed certificate links here. */
  app.get('/certificates/verify', async (request) => {
    const { code } = parseInput(verifyQuerySchema, request.query);
    const certificate = await verifyCertificate(context, code);
    if (!certificate) throw notFound('证书不存在或验证码错误');
    return certificate;
  });
};
