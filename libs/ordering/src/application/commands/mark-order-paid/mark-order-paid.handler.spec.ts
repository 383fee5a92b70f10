import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import { ReleasePromotionRedemptionCommand } from '@pasar/cart';
import { CommitReservationCommand, ReservationNotActiveError } from '@pasar/inventory';
import { RequestRefundCommand } from '@pasar/payments';
import { minutesAfter, orderingMetadata, placedOrder } from '../../../../test/order-builders';
import { Order } from '../../../domain/order/order.aggregate';
import { OrderRepository } from '../../../domain/order/order.repository';
import { OrderDesk } from '../../services/order-desk';
import { MarkOrderPaidCommand } from './mark-order-paid.command';
import { MarkOrderPaidHandler } from './mark-order-paid.handler';

const promotion = { id: '9c0c0c0c-0000-4000-8000-00000000000c', code: 'HEMAT10' };

function setup(order: Order | null, commit: () => void = () => undefined) {
  const executed: object[] = [];
  const commands = {
    execute: jest.fn(async (command: object) => {
      executed.push(command);
      if (command instanceof CommitReservationCommand) commit();
    }),
  } as unknown as CommandBus;
  const orders = {
    findByIdForUpdate: jest.fn(async () => order),
    save: jest.fn(),
  } as unknown as OrderRepository;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const handler = new MarkOrderPaidHandler(new OrderDesk(em, orders), commands);
  return { handler, executed, orders };
}

function unpaidOrder(withPromotion = false): Order {
  const order = placedOrder(withPromotion ? { promotion } : {});
  order.holdStock('res-1');
  return order;
}

describe('MarkOrderPaidHandler', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await orderingMetadata();
  });
  afterAll(() => orm.close());

  it('commits the reservation and marks every ShopOrder paid', async () => {
    const order = unpaidOrder();
    const { handler, executed, orders } = setup(order);
    await handler.execute(new MarkOrderPaidCommand(order.id, 'pay-1', 25_000));
    expect(executed).toEqual([new CommitReservationCommand('res-1')]);
    expect(order.status).toBe('paid');
    expect(order.paymentId).toBe('pay-1');
    expect(orders.save).toHaveBeenCalledWith(order);
  });

  it('cancels and refunds when the reservation expired before the money arrived', async () => {
    const order = unpaidOrder(true);
    const { handler, executed } = setup(order, () => {
      throw new ReservationNotActiveError('res-1', 'expired');
    });
    await handler.execute(new MarkOrderPaidCommand(order.id, 'pay-1', 25_000));
    expect(order.status).toBe('cancelled');
    expect(order.cancelReason).toBe('payment_timeout');
    expect(executed).toEqual([
      new CommitReservationCommand('res-1'),
      new ReleasePromotionRedemptionCommand(order.id),
      new RequestRefundCommand(order.id, order.id, 25_000, 'payment_after_expiry'),
    ]);
    expect(order.pullEvents().map((e) => e.type)).toEqual(['ordering.order-cancelled']);
  });

  it('refunds a payment for an order that is already cancelled, without touching stock', async () => {
    const order = unpaidOrder();
    order.expire(minutesAfter(15));
    const { handler, executed } = setup(order);
    await handler.execute(new MarkOrderPaidCommand(order.id, 'pay-1', 25_000));
    expect(executed).toEqual([
      new RequestRefundCommand(order.id, order.id, 25_000, 'payment_after_expiry'),
    ]);
    expect(order.status).toBe('cancelled');
  });

  it('does nothing for an order already paid, or an unknown one', async () => {
    const order = unpaidOrder();
    order.markPaid('pay-1', minutesAfter(1));
    order.pullEvents();
    const paid = setup(order);
    await paid.handler.execute(new MarkOrderPaidCommand(order.id, 'pay-1', 25_000));
    expect(paid.executed).toEqual([]);
    expect(order.peekEvents()).toEqual([]);

    const unknown = setup(null);
    await unknown.handler.execute(new MarkOrderPaidCommand(order.id, 'pay-1', 25_000));
    expect(unknown.executed).toEqual([]);
    expect(unknown.orders.save).not.toHaveBeenCalled();
  });

  it('lets any other failure of the stock commit fail the whole payment', async () => {
    const order = unpaidOrder();
    const { handler, orders } = setup(order, () => {
      throw new Error('connection lost');
    });
    await expect(
      handler.execute(new MarkOrderPaidCommand(order.id, 'pay-1', 25_000)),
    ).rejects.toThrow('connection lost');
    expect(order.status).toBe('pending_payment');
    expect(orders.save).not.toHaveBeenCalled();
  });
});
