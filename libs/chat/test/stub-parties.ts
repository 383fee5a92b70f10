import { Type } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetUserQuery, UserView } from '@pasar/identity';
import { GetOrderPartiesQuery, OrderParties } from '@pasar/ordering';
import { GetShopSummaryQuery, ShopSummary } from '@pasar/shops';

/**
 * Stand-ins for the public queries chat asks of shops, ordering and identity, for integration
 * specs that start chat alone: every shop (or only `shopId`) is owned by `sellerId`, the orders
 * are those in `orders`, and every user is a buyer called Ana.
 */
export function stubParties(
  sellerId: string,
  options: { shopId?: string; orders?: Map<string, OrderParties> } = {},
): Type[] {
  @QueryHandler(GetShopSummaryQuery)
  class StubShops implements IQueryHandler<GetShopSummaryQuery> {
    async execute({ shopId }: GetShopSummaryQuery): Promise<ShopSummary | null> {
      if (options.shopId !== undefined && shopId !== options.shopId) return null;
      return { id: shopId, ownerId: sellerId, slug: 'toko', name: 'Toko', active: true };
    }
  }

  @QueryHandler(GetOrderPartiesQuery)
  class StubOrders implements IQueryHandler<GetOrderPartiesQuery> {
    async execute({ orderId }: GetOrderPartiesQuery): Promise<OrderParties | null> {
      return options.orders?.get(orderId) ?? null;
    }
  }

  return [StubShops, StubOrders, StubUsers];
}

@QueryHandler(GetUserQuery)
export class StubUsers implements IQueryHandler<GetUserQuery> {
  async execute({ userId }: GetUserQuery): Promise<UserView> {
    return {
      id: userId,
      email: null,
      phone: null,
      name: 'Ana',
      role: 'buyer',
      emailVerified: false,
      phoneVerified: false,
      createdAt: new Date().toISOString(),
    };
  }
}
