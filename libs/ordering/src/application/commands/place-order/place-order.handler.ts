import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { EmptyCartCommand, PriceCartQuery, PricedCart, RedeemPromotionCommand } from '@pasar/cart';
import { AddressView, GetCheckoutAddressesQuery } from '@pasar/identity';
import {
  CommitReservationCommand,
  InsufficientStockError,
  ReserveStockCommand,
} from '@pasar/inventory';
import { AppConfig, batchInserts } from '@pasar/shared';
import {
  BillingAddressNotFoundError,
  CheckoutOutOfStockError,
  IdempotencyKeyReusedError,
  ShippingAddressNotFoundError,
  WrongAddressTypeError,
} from '../../../domain/order/checkout.errors';
import { Order } from '../../../domain/order/order.aggregate';
import { newOrderNumber } from '../../../domain/order/order-number';
import { OrderRepository } from '../../../domain/order/order.repository';
import { CheckoutIdempotency } from '../../ports/checkout-idempotency';
import { orderViewOf } from '../../services/order-view-of';
import { checkoutCart, requestFingerprint, shortLines } from './checkout-cart';
import { CheckoutResult, PlaceOrderCommand } from './place-order.command';
import { PlacedOrderView } from './placed-order.view';

/** Checkouts tried before a clash of order numbers is given up (about one in a trillion each). */
const MAX_ATTEMPTS = 5;

/**
 * Checkout, in one transaction: claim the Idempotency-Key, price the cart (locking it), place the
 * Order with its ShopOrders, reserve every line, redeem the promotion, empty the cart, store the
 * response under the key. Any failure rolls all of it back, the key included. The new rows
 * (order, shop orders, items, timeline, reservation, allocations, ledger, outbox) reach Postgres
 * in one round trip at commit (`batchInserts`): nothing here handles a flush's error on its own.
 */
@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly orders: OrderRepository,
    private readonly idempotency: CheckoutIdempotency,
    private readonly config: AppConfig,
  ) {}

  /**
   * Order numbers are drawn at random: a number another order already has (about one in a
   * trillion) is refused by the unique index at commit, and the whole checkout, rolled back,
   * runs again with a new number.
   */
  async execute(command: PlaceOrderCommand): Promise<CheckoutResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.checkout(command);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !this.orders.isNumberClash(error)) throw error;
      }
    }
  }

  private checkout(command: PlaceOrderCommand): Promise<CheckoutResult> {
    const { buyerId, idempotencyKey } = command;
    const requestHash = requestFingerprint(command);
    return this.em.transactional(async (tx) => {
      batchInserts(tx);
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
    const { buyerId, paymentMethod } = command;
    const { shipping, billing } = await this.addresses(command);
    const cart = await this.queries.execute(
      new PriceCartQuery(buyerId, true, command.shippingMethods),
    );
    const { currency, shops, promotion } = checkoutCart(cart, command.shippingMethods);
    const now = new Date();
    const order = Order.place({
      buyerId,
      number: newOrderNumber(),
      currency,
      shops,
      promotion,
      shippingAddress: shipping,
      billingAddress: billing,
      paymentMethod,
      expiresAt: new Date(now.getTime() + this.config.ordering.reservationTtlSeconds * 1000),
      now,
    });
    const reservationId = await this.reserve(order, cart);
    order.holdStock(reservationId);
    if (order.total === 0) {
      // Nothing to pay (a 100 % promotion): the stock is sold and the order paid right away.
      // The settler locks the reservation's row, so the reservation is written first.
      await this.em.flush();
      await this.commands.execute(new CommitReservationCommand(reservationId));
      order.markPaid(null, now);
    }
    if (promotion) {
      await this.commands.execute(
        new RedeemPromotionCommand(promotion.id, buyerId, order.id, order.discount),
      );
    }
    await this.commands.execute(new EmptyCartCommand(buyerId));
    this.orders.save(order);
    const view = orderViewOf(order);
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

  /**
   * The buyer's shipping address and billing address (the one named, else the default billing
   * address, else the shipping address), each checked to be of its type.
   */
  private async addresses(
    command: PlaceOrderCommand,
  ): Promise<{ shipping: AddressView; billing: AddressView }> {
    const { buyerId, shippingAddressId, billingAddressId } = command;
    const { shipping, billing } = await this.queries.execute(
      new GetCheckoutAddressesQuery(buyerId, shippingAddressId, billingAddressId),
    );
    if (!shipping) throw new ShippingAddressNotFoundError(shippingAddressId);
    if (shipping.type !== 'shipping') {
      throw new WrongAddressTypeError('shippingAddressId', shippingAddressId, shipping.type);
    }
    if (billingAddressId === null) return { shipping, billing: billing ?? shipping };
    if (!billing) throw new BillingAddressNotFoundError(billingAddressId);
    if (billing.type !== 'billing') {
      throw new WrongAddressTypeError('billingAddressId', billingAddressId, billing.type);
    }
    return { shipping, billing };
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
