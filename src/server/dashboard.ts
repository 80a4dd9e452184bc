import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';

const DASHBOARD_PATH = '/admin/queues';

/** bull-board, behind the same token as the API (the global onRequest hook covers its routes). */
export async function mountDashboard(app: FastifyInstance, queues: Queue[]): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });
  await app.register(serverAdapter.registerPlugin(), { prefix: DASHBOARD_PATH });
}
