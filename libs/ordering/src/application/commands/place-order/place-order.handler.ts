import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { EmptyCartCommand, PriceCartQuery, PricedCart, RedeemPromotionCommand } from '@pasar/cart';
import { GetUserAddressQuery } from '@pasar/identity';
import {
  CommitReservationCommand,
  InsufficientStockError,
  ReserveStockCommand,
} from '@pasar/inventory';
import { AppConfig } from '@pasar/shared';
import {
  CheckoutOutOfStockError,
  IdempotencyKeyReusedError,
  ShippingAddressNotFoundError,
} from '../../../domain/order/checkout.errors';
import { Order } from '../../../domain/order/order.aggregate';
import { OrderRepository } from '../../../domain/order/order.repository';
import { CheckoutIdempotency } from '../../ports/checkout-idempotency';
import { OrderViews } from '../../services/order-views';
import { checkoutCart, requestFingerprint, shortLines } from './checkout-cart';
import { CheckoutResult, PlaceOrderCommand } from './place-order.command';
import { PlacedOrderView } from './placed-order.view';

/**
 * Checkout, in one transaction: claim the Idempotency-Key, price the cart (locking it), place the
 * Order with its ShopOrders, reserve every line, redeem the promotion, empty the cart, store the
 * response under the key. Any failure rolls all of it back, the key included.
 */
@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly orders: OrderRepository,
    private readonly idempotency: CheckoutIdempotency,
    private readonly views: OrderViews,
    private readonly config: AppConfig,
  ) {}

  execute(command: PlaceOrderCommand): Promise<CheckoutResult> {
    const { buyerId, idempotencyKey } = command;
    const requestHash = requestFingerprint(command);
    return this.em.transactional(async () => {
      const earlier = await this.idempotency.claim(buyerId, idempotencyKey, requestHash);
      if (earlier) {
        if (earlier.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
        return { status: earlier.status, body: earlier.body as PlacedOrderView, replayed: true };
      }
      const body = await this.place(command);
      await this.idempotency.complete(buyerId, idempotencyKey, {
        status: 201,
        body,
        orderId: body.id,
      });
      return { status: 201, body, replayed: false };
    });
  }

  private async place(command: PlaceOrderCommand): Promise<PlacedOrderView> {
    const { buyerId, shippingAddressId, paymentMethod } = command;
    const address = await this.queries.execute(new GetUserAddressQuery(buyerId, shippingAddressId));
    if (!address) throw new ShippingAddressNotFoundError(shippingAddressId);
    const cart = await this.queries.execute(new PriceCartQuery(buyerId, true));
    const { currency, shops, promotion } = checkoutCart(cart);
    const now = new Date();
    const order = Order.place({
      buyerId,
      currency,
      shops,
      promotion,
      shippingAddress: address,
      paymentMethod,
      expiresAt: new Date(now.getTime() + this.config.ordering.reservationTtlSeconds * 1000),
      now,
    });
    const reservationId = await this.reserve(order, cart);
    order.holdStock(reservationId);
    if (order.total === 0) {
      // Nothing to pay (a 100 % promotion): the stock is sold and the order paid right away.
      await this.commands.execute(new CommitReservationCommand(reservationId));
      order.markPaid(null, now);
    }
    if (promotion) {
      await this.commands.execute(
        new RedeemPromotionCommand(promotion.id, buyerId, order.id, order.discount),
      );
    }
    await this.commands.execute(new EmptyCartCommand(buyerId));
    await this.orders.save(order);
    const [view] = await this.views.orders([order.id]);
    if (order.total === 0) return { ...view, paymentInstructions: null };
    return {
      ...view,
      paymentInstructions: {
        provider: this.config.payments.provider,
        method: order.paymentMethod,
        amount: order.total,
        currency: order.currency,
        payBefore: order.expiresAt.toISOString(),
        createIntentUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/orders/${order.id}/payment-intent`,
      },
    };
  }

  /** Holds every line's stock under the order's id; a short line fails the whole checkout. */
  private async reserve(order: Order, cart: PricedCart): Promise<string> {
    const lines = order.shopOrders.getItems().flatMap((shopOrder) =>
      shopOrder.items.getItems().map((item) => ({
        shopId: shopOrder.shopId,
        variantId: item.variantId,
        quantity: item.quantity,
      })),
    );
    try {
      const { reservationId } = await this.commands.execute(
        new ReserveStockCommand({ reference: order.id, expiresAt: order.expiresAt, lines }),
      );
      return reservationId;
    } catch (error) {
      if (!(error instanceof InsufficientStockError)) throw error;
      const { lines: shortages } = error.details as {
        lines: { shopId: string; variantId: string; requested: number; available: number }[];
      };
      throw new CheckoutOutOfStockError(shortLines(cart, shortages));
    }
  }
}
