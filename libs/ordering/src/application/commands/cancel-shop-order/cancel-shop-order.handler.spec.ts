import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import { ReturnStockCommand } from '@pasar/inventory';
import { RequestRefundCommand } from '@pasar/payments';
import { minutesAfter, orderingMetadata, placedOrder } from '../../../../test/order-builders';
import { ShopOrder } from '../../../domain/shop-order/shop-order.aggregate';
import { ShopOrderRepository } from '../../../domain/shop-order/shop-order.repository';
import { ShopAccess } from '../../services/shop-access';
import { ShopOrderDesk } from '../../services/shop-order-desk';
import { CancelShopOrderCommand } from './cancel-shop-order.command';
import { CancelShopOrderHandler } from './cancel-shop-order.handler';

const seller = { id: '5e11e000-0000-4000-8000-000000000001', role: 'seller' as const };

function setup(shopOrder: ShopOrder, owns = true) {
  const executed: object[] = [];
  const commands = {
    execute: jest.fn(async (command: object) => {
      executed.push(command);
    }),
  } as unknown as CommandBus;
  const shopOrders = {
    findByIdForUpdate: jest.fn(async () => shopOrder),
    save: jest.fn(),
  } as unknown as ShopOrderRepository;
  const access = { manages: jest.fn(async () => owns) } as unknown as ShopAccess;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const handler = new CancelShopOrderHandler(new ShopOrderDesk(em, shopOrders), access, commands);
  return { handler, executed, shopOrders, access };
}

function shopOrderOf(paid: boolean): ShopOrder {
  const order = placedOrder();
  if (paid) order.markPaid('pay-1', minutesAfter(1));
  const [shopOrder] = order.shopOrders.getItems();
  shopOrder.pullEvents();
  return shopOrder;
}

describe('CancelShopOrderHandler', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await orderingMetadata();
  });
  afterAll(() => orm.close());

  it('cancels a paid ShopOrder, refunds its total and returns its stock, then saves', async () => {
    const shopOrder = shopOrderOf(true);
    const { handler, executed, shopOrders, access } = setup(shopOrder);
    await handler.execute(new CancelShopOrderCommand(seller, shopOrder.id, 'Damaged'));
    expect(access.manages).toHaveBeenCalledWith(seller, shopOrder.shopId);
    expect(shopOrder.status).toBe('cancelled');
    expect(executed).toEqual([
      new RequestRefundCommand(shopOrder.orderId, shopOrder.id, shopOrder.total, 'Damaged'),
      new ReturnStockCommand(shopOrder.orderId, shopOrder.shopId),
    ]);
    expect(shopOrders.save).toHaveBeenCalledWith(shopOrder);
    expect(shopOrder.peekEvents()[0].payload).toMatchObject({ refundAmount: shopOrder.total });
  });

  it('hides another seller’s ShopOrder behind a 404 and changes nothing', async () => {
    const shopOrder = shopOrderOf(true);
    const { handler, executed, shopOrders } = setup(shopOrder, false);
    await expect(
      handler.execute(new CancelShopOrderCommand(seller, shopOrder.id, 'Damaged')),
    ).rejects.toMatchObject({ code: 'ORDERING.SHOP_ORDER_NOT_FOUND', kind: 'not_found' });
    expect(shopOrder.status).toBe('paid');
    expect(executed).toEqual([]);
    expect(shopOrders.save).not.toHaveBeenCalled();
  });

  it('refuses an unpaid ShopOrder (409) without refunding or returning anything', async () => {
    const shopOrder = shopOrderOf(false);
    const { handler, executed } = setup(shopOrder);
    await expect(
      handler.execute(new CancelShopOrderCommand(seller, shopOrder.id, 'Damaged')),
    ).rejects.toMatchObject({
      code: 'ORDERING.ILLEGAL_TRANSITION',
      details: { from: 'pending_payment', to: 'cancelled', reason: 'seller_cancelled' },
    });
    expect(executed).toEqual([]);
  });
});
