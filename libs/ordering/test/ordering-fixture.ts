// Ordering on a throwaway migrated database with the real inventory context; the cart, identity,
// shops, catalog and payments contexts are stood in for by their public commands and queries.
import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  EmptyCartCommand,
  PriceCartQuery,
  PricedCart,
  RedeemPromotionCommand,
  ReleasePromotionRedemptionCommand,
} from '@pasar/cart';
import { GetVariantSummariesQuery, VariantSummary } from '@pasar/catalog';
import { AddressView, CheckoutAddresses, GetCheckoutAddressesQuery } from '@pasar/identity';
import { InventoryModule, OpenWarehouseCommand, ReceiveStockCommand } from '@pasar/inventory';
import { OrderingModule } from '@pasar/ordering';
import {
  CreatePaymentIntentCommand,
  GetOrderPaymentsQuery,
  OrderPaymentView,
  RequestRefundCommand,
} from '@pasar/payments';
import { Env } from '@pasar/shared';
import { GetShopSummaryQuery, ShopSummary } from '@pasar/shops';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  CheckoutResult,
  PlaceOrderCommand,
} from '../src/application/commands/place-order/place-order.command';

interface CartLine {
  shopId: string;
  variantId: string;
  quantity: number;
  unitPrice: number;
}

/** Every stub shop ships with one free method, so the amounts these specs check stay the goods'. */
const FREE_SHIPPING = {
  methodId: '5e1f0000-0000-4000-8000-000000000001',
  name: 'Pickup',
  carrier: 'Self',
  pricing: 'flat',
  price: 0,
  freeAbove: null,
  estimatedDaysMin: 0,
  estimatedDaysMax: 1,
};

const shops = new Map<string, ShopSummary>();
const variants = new Set<string>();
const carts = new Map<string, CartLine[]>();
/** Every command the stand-ins received, in order. */
export const received: object[] = [];

@QueryHandler(GetShopSummaryQuery)
class StubShopSummaries implements IQueryHandler<GetShopSummaryQuery> {
  async execute({ shopId }: GetShopSummaryQuery): Promise<ShopSummary | null> {
    return shops.get(shopId) ?? null;
  }
}

@QueryHandler(GetVariantSummariesQuery)
class StubVariantSummaries implements IQueryHandler<GetVariantSummariesQuery> {
  async execute({ variantIds }: GetVariantSummariesQuery): Promise<VariantSummary[]> {
    return variantIds
      .filter((id) => variants.has(id))
      .map((variantId) => ({
        variantId,
        sku: `SKU-${variantId.slice(0, 8)}`,
        title: 'Default',
        productId: variantId,
        productSlug: 'product',
        productName: 'Product',
        productStatus: 'active' as const,
      }));
  }
}

/** Every buyer's shipping address exists; the stub buyers have no billing address. */
@QueryHandler(GetCheckoutAddressesQuery)
class StubAddresses implements IQueryHandler<GetCheckoutAddressesQuery> {
  async execute({ shippingAddressId }: GetCheckoutAddressesQuery): Promise<CheckoutAddresses> {
    const shipping: AddressView = {
      id: shippingAddressId,
      type: 'shipping',
      label: null,
      recipientName: 'Ana Putri',
      line1: 'Jl. Merdeka 10',
      line2: null,
      city: 'Bandung',
      region: null,
      postalCode: '40111',
      countryCode: 'ID',
      phone: null,
      isDefault: true,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    return { shipping, billing: null };
  }
}

@QueryHandler(PriceCartQuery)
class StubPriceCart implements IQueryHandler<PriceCartQuery> {
  async execute({ buyerId }: PriceCartQuery): Promise<PricedCart> {
    const lines = carts.get(buyerId) ?? [];
    const byShop = [...new Set(lines.map((l) => l.shopId))].map((shopId) => {
      const own = lines.filter((l) => l.shopId === shopId);
      const subtotal = own.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
      return {
        shopId,
        shopName: 'Toko',
        subtotal,
        discount: 0,
        shippingOptions: [{ ...FREE_SHIPPING, selected: true }],
        shippingMethodId: FREE_SHIPPING.methodId,
        freeShipping: false,
        shipping: 0,
        total: subtotal,
        lines: own.map((l) => ({
          lineId: randomUUID(),
          offerId: randomUUID(),
          shopId,
          variantId: l.variantId,
          productId: l.variantId,
          productName: 'Product',
          variantTitle: 'Default',
          sku: `SKU-${l.variantId.slice(0, 8)}`,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          lineTotal: l.unitPrice * l.quantity,
          currency: 'IDR',
          purchasable: true,
        })),
      };
    });
    const total = byShop.reduce((sum, s) => sum + s.total, 0);
    return {
      buyerId,
      currency: lines.length > 0 ? 'IDR' : null,
      shops: byShop,
      subtotal: total,
      discount: 0,
      shipping: 0,
      total,
      promotion: null,
    };
  }
}

/** Buyers whose stub cart outlives a checkout (the stub is not rolled back with it). */
const keptCarts = new Set<string>();

@CommandHandler(EmptyCartCommand)
class StubEmptyCart implements ICommandHandler<EmptyCartCommand> {
  async execute(command: EmptyCartCommand): Promise<void> {
    received.push(command);
    if (!keptCarts.has(command.buyerId)) carts.delete(command.buyerId);
  }
}

@CommandHandler(RedeemPromotionCommand)
class StubRedeemPromotion implements ICommandHandler<RedeemPromotionCommand> {
  async execute(command: RedeemPromotionCommand): Promise<void> {
    received.push(command);
  }
}

@CommandHandler(ReleasePromotionRedemptionCommand)
class StubReleasePromotion implements ICommandHandler<ReleasePromotionRedemptionCommand> {
  async execute(command: ReleasePromotionRedemptionCommand): Promise<void> {
    received.push(command);
  }
}

@CommandHandler(RequestRefundCommand)
class StubRequestRefund implements ICommandHandler<RequestRefundCommand> {
  async execute(command: RequestRefundCommand): Promise<void> {
    received.push(command);
  }
}

@CommandHandler(CreatePaymentIntentCommand)
class StubCreatePaymentIntent implements ICommandHandler<CreatePaymentIntentCommand> {
  async execute(command: CreatePaymentIntentCommand): Promise<never> {
    received.push(command);
    throw new Error('not used here');
  }
}

@QueryHandler(GetOrderPaymentsQuery)
class StubOrderPayments implements IQueryHandler<GetOrderPaymentsQuery> {
  async execute(): Promise<OrderPaymentView[]> {
    return [];
  }
}

export interface Buyer {
  id: string;
  addressId: string;
}

export class OrderingFixture {
  sql!: EntityManager;
  private context!: IntegrationContext;
  private readonly seller = { id: randomUUID(), role: 'seller' as const };

  async start(env: Env = {}): Promise<void> {
    this.context = await startIntegrationContext(
      {
        imports: [InventoryModule, OrderingModule],
        providers: [
          StubShopSummaries,
          StubVariantSummaries,
          StubAddresses,
          StubPriceCart,
          StubEmptyCart,
          StubRedeemPromotion,
          StubReleasePromotion,
          StubRequestRefund,
          StubCreatePaymentIntent,
          StubOrderPayments,
        ],
      },
      env,
    );
    this.sql = this.context.sql;
  }

  stop(): Promise<void> {
    return this.context.close();
  }

  /** Runs a command in its own request context, as a separate HTTP request or job would. */
  run<T>(command: object): Promise<T> {
    return this.context.run<T>(command);
  }

  /** A shop with one warehouse holding `quantity` units of a new variant. */
  async shopWithStock(quantity: number): Promise<{ shopId: string; variantId: string }> {
    const shopId = randomUUID();
    shops.set(shopId, {
      id: shopId,
      ownerId: this.seller.id,
      slug: shopId,
      name: 'Toko',
      active: true,
    });
    const variantId = randomUUID();
    variants.add(variantId);
    const { warehouseId } = await this.run<{ warehouseId: string }>(
      new OpenWarehouseCommand(this.seller, shopId, 'Gudang', {
        line1: 'Jl. Gudang 5',
        line2: null,
        city: 'Bekasi',
        region: null,
        postalCode: '17111',
        countryCode: 'ID',
      }),
    );
    await this.run(new ReceiveStockCommand(this.seller, shopId, warehouseId, variantId, quantity));
    return { shopId, variantId };
  }

  /** A buyer whose cart holds `quantity` units of the variant at 10,000 IDR each. */
  buyerWithCart(stock: { shopId: string; variantId: string }, quantity = 1): Buyer {
    const buyer = { id: randomUUID(), addressId: randomUUID() };
    this.fillCart(buyer, stock, quantity);
    return buyer;
  }

  /**
   * Keeps the buyer's cart filled after checkout: for a checkout that rolls back and runs again,
   * as the real cart's emptying would roll back with it.
   */
  keepCart(buyer: Buyer): void {
    keptCarts.add(buyer.id);
  }

  /** Replaces the buyer's cart with one line. */
  fillCart(buyer: Buyer, stock: { shopId: string; variantId: string }, quantity: number): void {
    carts.set(buyer.id, [{ ...stock, quantity, unitPrice: 10_000 }]);
  }

  checkout(buyer: Buyer, key = randomUUID(), paymentMethod: 'card' | 'ewallet' = 'card') {
    return this.run<CheckoutResult>(
      new PlaceOrderCommand(buyer.id, key, buyer.addressId, paymentMethod),
    );
  }

  /** On hand and reserved of a variant, summed over its levels, with the ledger's sums. */
  async stock(variantId: string) {
    const [row] = await this.sql.execute<
      { on_hand: number; reserved: number; ledger_on_hand: number; ledger_reserved: number }[]
    >(
      `select coalesce(sum(on_hand), 0)::int as on_hand, coalesce(sum(reserved), 0)::int as reserved,
              (select coalesce(sum(on_hand_delta), 0)::int from inventory.stock_movements where variant_id = ?) as ledger_on_hand,
              (select coalesce(sum(reserved_delta), 0)::int from inventory.stock_movements where variant_id = ?) as ledger_reserved
         from inventory.stock_levels where variant_id = ?`,
      [variantId, variantId, variantId],
    );
    return row;
  }
}
