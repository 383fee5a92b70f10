import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Channel, ChannelModel, connect, ConsumeMessage } from 'amqplib';
import { ORDER_PAID } from '@pasar/ordering';
import { EventEnvelope } from '@pasar/shared';
import { startTestApi, TestApi } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { Market, pay, placedOrder, sql, twoShopMarket } from '../ordering/ordering-fixtures';

const RABBITMQ = { host: '127.0.0.1', port: 5672 };

interface Received {
  routingKey: string;
  messageId: string;
  persistent: boolean;
  body: { pattern: string; data: EventEnvelope };
}

/** What subscribers outside Pasar see: the worker publishes the outbox to a topic exchange. */
describe('broker: integration events to RabbitMQ (with the worker)', () => {
  const run = randomUUID().slice(0, 8);
  const exchange = `pasar.events.test-${run}`;
  const queue = `pasar-test-subscriber-${run}`;
  let proxy: TcpProxy;
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;
  let subscriber: ChannelModel;
  let channel: Channel;
  const received: Received[] = [];

  beforeAll(async () => {
    // The worker reaches RabbitMQ through the proxy, so a test can cut the link.
    proxy = await startTcpProxy(RABBITMQ.host, RABBITMQ.port);
    api = await startTestApi({
      BROKER_URL: `amqp://guest:guest@127.0.0.1:${proxy.port}`,
      BROKER_EXCHANGE: exchange,
      BROKER_PUBLISH_TIMEOUT_MS: '1000',
    });

    // An outside service with its own durable queue bound to every event type.
    subscriber = await connect(`amqp://guest:guest@${RABBITMQ.host}:${RABBITMQ.port}`);
    channel = await subscriber.createChannel();
    await channel.assertExchange(exchange, 'topic', { durable: true });
    await channel.assertQueue(queue, { durable: true });
    await channel.bindQueue(queue, exchange, '#');
    await channel.consume(queue, (message: ConsumeMessage | null) => {
      if (!message) return;
      received.push({
        routingKey: message.fields.routingKey,
        messageId: String(message.properties.messageId),
        persistent: message.properties.deliveryMode === 2,
        body: JSON.parse(message.content.toString()),
      });
      channel.ack(message);
    });

    worker = await startWorker(api);
    market = await twoShopMarket(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await channel?.deleteQueue(queue);
    await channel?.deleteExchange(exchange);
    await subscriber?.close();
    await proxy?.close();
  });

  const outbox = () =>
    sql(api).execute<{ id: string; type: string; published: boolean; broker_published: boolean }[]>(
      `select id, type, published_at is not null as published,
              broker_published_at is not null as broker_published
         from shared.outbox order by position`,
    );
  const receivedIds = () => new Set(received.map((message) => message.messageId));
  /** Every outbox row reached the subscriber (at least once) and the broker cursor caught up. */
  const everyEventArrives = async () => {
    await eventually(async () => {
      const rows = await outbox();
      const ids = receivedIds();
      expect(rows.filter((row) => !ids.has(row.id)).map((row) => row.type)).toEqual([]);
      expect(rows.filter((row) => !row.broker_published)).toEqual([]);
    }, 30_000);
    expect(await backlogMetric()).toBe(0);
  };
  const backlogMetric = async () => {
    const metrics = await api.http().get('/metrics').expect(200);
    return Number(/^pasar_broker_backlog (\d+)$/m.exec(metrics.text)?.[1]);
  };

  it('an outside consumer receives order.paid, persistent, with the event id twice', async () => {
    const { a30, b20 } = market;
    const { buyer, order } = await placedOrder(api, [
      [a30, 1],
      [b20, 2],
    ]);
    await pay(api, buyer, order.id);

    const paid = await eventually(async () => {
      const message = received.find(
        (m) => m.routingKey === ORDER_PAID && m.body.data.payload.orderId === order.id,
      );
      expect(message).toBeDefined();
      return message!;
    });
    expect(paid.persistent).toBe(true);
    expect(paid.body.pattern).toBe(ORDER_PAID);
    expect(paid.messageId).toBe(paid.body.data.id);
    expect(paid.body.data).toMatchObject({
      type: ORDER_PAID,
      aggregateId: order.id,
      payload: { orderId: order.id, buyerId: buyer.id, total: order.total },
    });
    // Marked once the confirm is in, which may land just after the delivery.
    await eventually(async () => {
      const [row] = await sql(api).execute<{ broker_published: boolean }[]>(
        'select broker_published_at is not null as broker_published from shared.outbox where id = ?',
        [paid.messageId],
      );
      expect(row.broker_published).toBe(true);
    });
  });

  it('loses no event while the broker is unreachable, and the queues carry on meanwhile', async () => {
    // Start from a caught-up broker cursor so the events below are the outage's.
    await eventually(async () => {
      expect((await outbox()).filter((row) => !row.broker_published)).toEqual([]);
    });
    const before = new Set((await outbox()).map((row) => row.id));

    proxy.cut();
    const { a10, b20 } = market;
    const first = await placedOrder(api, [[a10, 1]]);
    await placedOrder(api, [[b20, 1]]);
    // Payment goes through the domain-events queue: it must not wait for the broker.
    await pay(api, first.buyer, first.order.id);

    // The queue relay keeps up meanwhile; the broker cursor does not move.
    const during = await eventually(async () => {
      const rows = (await outbox()).filter((row) => !before.has(row.id));
      expect(rows.filter((row) => !row.published)).toEqual([]);
      return rows;
    });
    expect(during.map((row) => row.type)).toContain(ORDER_PAID);
    expect(during.filter((row) => row.broker_published)).toEqual([]);
    expect(during.filter((row) => receivedIds().has(row.id))).toEqual([]);
    expect(await backlogMetric()).toBeGreaterThanOrEqual(during.length);

    proxy.restore();
    await everyEventArrives();
  }, 60_000);

  it('starts while the broker is unreachable and catches up once it is back', async () => {
    await worker.close();
    proxy.cut();
    worker = await startWorker(api);
    const { buyer, order } = await placedOrder(api, [[market.a30, 1]]);
    await pay(api, buyer, order.id);
    expect(await backlogMetric()).toBeGreaterThan(0);

    proxy.restore();
    await everyEventArrives();
  }, 60_000);
});
