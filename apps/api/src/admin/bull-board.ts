import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenVerifier, ErrorBody, QueueCatalog } from '@pasar/shared';
import { ADMIN_COOKIE } from './admin-session.controller';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * Bull Board at /admin/queues for admins only. A browser signs in at /admin/login, which sets
 * an HttpOnly cookie holding an access token; tools may send `Authorization: Bearer` instead.
 */
export async function mountBullBoard(app: NestFastifyApplication): Promise<void> {
  const verifier = app.get(AccessTokenVerifier);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: app
      .get(QueueCatalog)
      .all()
      .map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Pasar queues' } },
  });

  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : request.cookies[ADMIN_COOKIE];
    const actor = token ? await verifier.verify(token) : null;
    if (actor?.role === 'admin') return;
    if (!actor && (request.headers.accept ?? '').includes('text/html')) {
      return reply.redirect(`/admin/login?next=${encodeURIComponent(BULL_BOARD_PATH)}`, 303);
    }
    const body: ErrorBody = actor
      ? { statusCode: 403, code: 'AUTH.FORBIDDEN', message: 'Bull Board is for admins' }
      : { statusCode: 401, code: 'AUTH.UNAUTHENTICATED', message: 'Sign in at /admin/login' };
    return reply.status(body.statusCode).send(body);
  };

  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', guard);
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: BULL_BOARD_PATH },
  );
}
