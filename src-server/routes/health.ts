import { syncEpoch } from '../db/sequence.ts';
import type { RouteModule } from './route-module.ts';

export const healthRoutes: RouteModule = (app, context) => {
  app.get('/health', async () => {
    const { epoch, lastSeq } = await syncEpoch(context.db);
    return { status: 'ok', dialect: context.dialect, epoch, lastSeq, time: context.now().toISOString() };
  });
};
