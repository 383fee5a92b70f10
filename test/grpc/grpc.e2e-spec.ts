import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { SERVICE_ACTOR } from '@pasar/shared';
import { addLine } from '../cart/cart-fixtures';
import {
  buyerWithAddress,
  checkout,
  Merchant,
  openMerchant,
  sql,
} from '../checkout/checkout-world';
import { OrderBody, pay } from '../ordering/ordering-fixtures';
import { eventually, startWorker } from '../support/worker';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { failureOf, freePort, grpcClient, listServices, RpcClient, status } from './grpc-client';

const TOKEN = randomBytes(32).toString('base64url');
const MISSING = '99999999-9999-4999-8999-999999999999';

describe('gRPC: the internal API beside HTTP (real grpc-js client)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: TestUser;
  let merchant: Merchant;
  let identity: RpcClient;
  let inventory: RpcClient;
  let catalog: RpcClient;
  let ordering: RpcClient;
  let address: string;

  beforeAll(async () => {
    const port = await freePort();
    api = await startTestApi({
      GRPC_ENABLED: 'true',
      GRPC_PORT: String(port),
      GRPC_SERVICE_TOKEN: TOKEN,
    });
    worker = await startWorker(api);
    address = `127.0.0.1:${port}`;
    identity = grpcClient(address, 'pasar.identity.v1.IdentityService', TOKEN);
    inventory = grpcClient(address, 'pasar.inventory.v1.InventoryService', TOKEN);
    catalog = grpcClient(address, 'pasar.catalog.v1.CatalogService', TOKEN);
    ordering = grpcClient(address, 'pasar.ordering.v1.OrderingService', TOKEN);
    admin = await signUp(api, 'admin');
    merchant = await openMerchant(api, admin, [5, 0], 100_000);
  });

  afterAll(async () => {
    for (const client of [identity, inventory, catalog, ordering]) client?.close();
    await worker?.close();
    await api?.close();
  });

  it('lists its versioned services through server reflection, as grpcurl asks', async () => {
    expect(await listServices(address)).toEqual(
      expect.arrayContaining([
        'pasar.identity.v1.IdentityService',
        'pasar.inventory.v1.InventoryService',
        'pasar.catalog.v1.CatalogService',
        'pasar.ordering.v1.OrderingService',
      ]),
    );
  });

  describe('the service credential', () => {
    const calls = () => [
      (token: string | null) => identity.call('GetUser', { userId: admin.id }, token),
      (token: string | null) => inventory.call('CheckStock', { items: [] }, token),
      (token: string | null) => catalog.call('GetProduct', { slug: 'any' }, token),
      (token: string | null) => ordering.call('GetOrder', { orderId: MISSING }, token),
    ];

    it('refuses every service without it, with a wrong one, or with a user’s access token', async () => {
      for (const call of calls()) {
        for (const token of [null, `${TOKEN}x`, TOKEN.slice(1), admin.accessToken]) {
          const failure = await failureOf(call(token));
          expect([failure.code, failure.errorCode]).toEqual([
            status.UNAUTHENTICATED,
            'AUTH.UNAUTHENTICATED',
          ]);
        }
      }
    });

    it('accepts it in authorization: Bearer', async () => {
      await expect(identity.call('GetUser', { userId: admin.id })).resolves.toMatchObject({
        id: admin.id,
      });
    });
  });

  describe('pasar.identity.v1', () => {
    it('validates an access token as HTTP does: user id and roles, refused once revoked', async () => {
      const buyer = await signUp(api, 'buyer');
      expect(
        await identity.call('ValidateAccessToken', { accessToken: buyer.accessToken }),
      ).toMatchObject({ valid: true, userId: buyer.id, roles: ['buyer'] });

      await api.http().post('/auth/logout').set(buyer.auth).expect(204);
      expect(
        await identity.call('ValidateAccessToken', { accessToken: buyer.accessToken }),
      ).toEqual({ valid: false, userId: '', roles: [], sessionId: '', expiresAt: '' });
      expect(
        await identity.call('ValidateAccessToken', { accessToken: 'not.a.jwt' }),
      ).toMatchObject({ valid: false });
    });

    it('gets a user; an unknown one is NOT_FOUND, a malformed id INVALID_ARGUMENT', async () => {
      const user = await identity.call('GetUser', { userId: merchant.seller.id });
      expect(user).toMatchObject({
        id: merchant.seller.id,
        email: merchant.seller.email,
        name: 'Test User',
        role: 'seller',
        emailVerified: false,
      });
      expect(user.phone).toBeUndefined();

      const missing = await failureOf(identity.call('GetUser', { userId: MISSING }));
      expect([missing.code, missing.errorCode]).toEqual([
        status.NOT_FOUND,
        'IDENTITY.USER_NOT_FOUND',
      ]);
      const malformed = await failureOf(identity.call('GetUser', { userId: 'nope' }));
      expect(malformed).toMatchObject({
        code: status.INVALID_ARGUMENT,
        errorCode: 'REQUEST.VALIDATION_FAILED',
        message: 'Validation failed: userId',
      });
    });
  });

  describe('pasar.inventory.v1', () => {
    it('checks stock, reads it per warehouse, receives and adjusts it', async () => {
      const { shopId, variantId, warehouseIds } = merchant;
      expect(await inventory.call('CheckStock', { items: [{ shopId, variantId }] })).toEqual({
        items: [{ shopId, variantId, available: 5 }],
      });

      const received = await inventory.call('ReceiveStock', {
        shopId,
        warehouseId: warehouseIds[1],
        variantId,
        quantity: 3,
        reference: 'PO-7',
      });
      expect(received).toMatchObject({ shopId, variantId, onHand: 8, available: 8, sellable: 8 });
      const adjusted = await inventory.call('AdjustStock', {
        shopId,
        warehouseId: warehouseIds[0],
        variantId,
        delta: -1,
        reason: 'Damaged in storage',
      });
      expect(adjusted).toMatchObject({ onHand: 7 });

      const levels = await inventory.call<{ warehouses: object[] }>('GetStockLevels', {
        shopId,
        variantId,
      });
      expect(levels.warehouses).toEqual([
        expect.objectContaining({ warehouseId: warehouseIds[0], onHand: 4, reserved: 0 }),
        expect.objectContaining({ warehouseId: warehouseIds[1], onHand: 3, reserved: 0 }),
      ]);
      // The same stock the seller sees over HTTP, with the ledger rows the commands wrote.
      const rest = await api
        .http()
        .get(`/shops/${shopId}/stock`)
        .query({ variantId })
        .set(merchant.seller.auth)
        .expect(200);
      expect(rest.body).toEqual(levels);
      const ledger = await sql(api).execute(
        `select kind, on_hand_delta, reference, reason from inventory.stock_movements
          where variant_id = ? and kind in ('receipt', 'adjustment') order by created_at`,
        [variantId],
      );
      expect(ledger.slice(-2)).toEqual([
        { kind: 'receipt', on_hand_delta: 3, reference: 'PO-7', reason: null },
        expect.objectContaining({ kind: 'adjustment', on_hand_delta: -1 }),
      ]);

      await inventory.call('AdjustStock', {
        shopId,
        warehouseId: warehouseIds[1],
        variantId,
        delta: 1,
        reason: 'Found one',
      });
    });

    it('refuses bad input as INVALID_ARGUMENT naming the fields, never INTERNAL', async () => {
      const { shopId, variantId, warehouseIds } = merchant;
      const negative = await failureOf(
        inventory.call('ReceiveStock', {
          shopId: 'shop',
          warehouseId: warehouseIds[0],
          variantId,
          quantity: -2,
        }),
      );
      expect(negative).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: 'Validation failed: shopId, quantity',
      });
      expect(negative.details).toEqual({
        fields: expect.arrayContaining([expect.objectContaining({ field: 'quantity' })]),
      });
      const zero = await failureOf(
        inventory.call('AdjustStock', {
          shopId,
          warehouseId: warehouseIds[0],
          variantId,
          delta: 0,
          reason: '',
        }),
      );
      expect(zero).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: 'Validation failed: delta, reason',
      });
      const line = await failureOf(
        inventory.call('ReserveStock', {
          reference: 'WMS-bad',
          expiresAt: 'tomorrow',
          lines: [{ shopId, variantId: 'x', quantity: 0 }],
        }),
      );
      expect(line).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: 'Validation failed: expiresAt, lines.0.quantity, lines.0.variantId',
      });
      const empty = await failureOf(inventory.call('CheckStock', { items: [] }));
      expect(empty).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: expect.stringMatching(/items/),
      });
    });

    it('maps domain errors: unknown shop NOT_FOUND, below reserved FAILED_PRECONDITION', async () => {
      const { variantId, warehouseIds } = merchant;
      const unknownShop = await failureOf(
        inventory.call('GetStockLevels', { shopId: MISSING, variantId }),
      );
      expect([unknownShop.code, unknownShop.errorCode]).toEqual([
        status.NOT_FOUND,
        'INVENTORY.SHOP_NOT_FOUND',
      ]);
      const tooMuch = await failureOf(
        inventory.call('AdjustStock', {
          shopId: merchant.shopId,
          warehouseId: warehouseIds[0],
          variantId,
          delta: -100,
          reason: 'Count',
        }),
      );
      expect([tooMuch.code, tooMuch.errorCode]).toEqual([
        status.FAILED_PRECONDITION,
        'INVENTORY.INSUFFICIENT_STOCK',
      ]);
      const unknownVariant = await failureOf(
        inventory.call('ReceiveStock', {
          shopId: merchant.shopId,
          warehouseId: warehouseIds[0],
          variantId: MISSING,
          quantity: 1,
        }),
      );
      expect([unknownVariant.code, unknownVariant.errorCode]).toEqual([
        status.FAILED_PRECONDITION,
        'INVENTORY.UNKNOWN_VARIANT',
      ]);
    });

    it('reserves for an external reference, then commits or releases it', async () => {
      const { shopId, variantId } = merchant;
      const expiresAt = new Date(Date.now() + 600_000).toISOString();
      const reserve = (reference: string, quantity: number) =>
        inventory.call<{ reservationId: string; reference: string }>('ReserveStock', {
          reference,
          expiresAt,
          lines: [{ shopId, variantId, quantity }],
        });
      const available = async () =>
        (await inventory.call<{ available: number }>('GetStockLevels', { shopId, variantId }))
          .available;
      const before = await available();

      const sold = await reserve('WMS-1001', 2);
      expect(sold.reference).toBe('WMS-1001');
      expect(await available()).toBe(before - 2);
      await expect(
        inventory.call('CommitReservation', { reservationId: sold.reservationId }),
      ).resolves.toEqual({});
      await inventory.call('CommitReservation', { reservationId: sold.reservationId });
      const [{ on_hand }] = await sql(api).execute<{ on_hand: number }[]>(
        'select sum(on_hand)::int as on_hand from inventory.stock_levels where variant_id = ?',
        [variantId],
      );
      expect(on_hand).toBe(before - 2);

      const held = await reserve('WMS-1002', 1);
      await inventory.call('ReleaseReservation', { reservationId: held.reservationId });
      expect(await available()).toBe(before - 2);

      const settled = await failureOf(
        inventory.call('ReleaseReservation', { reservationId: sold.reservationId }),
      );
      expect([settled.code, settled.errorCode]).toEqual([
        status.FAILED_PRECONDITION,
        'INVENTORY.RESERVATION_NOT_ACTIVE',
      ]);
      const short = await failureOf(reserve('WMS-1003', 1000));
      expect(short).toMatchObject({
        code: status.FAILED_PRECONDITION,
        errorCode: 'INVENTORY.INSUFFICIENT_STOCK',
        details: { lines: [{ shopId, variantId, requested: 1000, available: before - 2 }] },
      });
      const missing = await failureOf(
        inventory.call('CommitReservation', { reservationId: MISSING }),
      );
      expect([missing.code, missing.errorCode]).toEqual([
        status.NOT_FOUND,
        'INVENTORY.RESERVATION_NOT_FOUND',
      ]);
      const past = await failureOf(
        inventory.call('ReserveStock', {
          reference: 'WMS-late',
          expiresAt: new Date(Date.now() - 1000).toISOString(),
          lines: [{ shopId, variantId, quantity: 1 }],
        }),
      );
      expect([past.code, past.errorCode]).toEqual([
        status.INVALID_ARGUMENT,
        'INVENTORY.INVALID_RESERVATION',
      ]);
    });
  });

  describe('pasar.catalog.v1', () => {
    it('gets an active product with its offers from the product-page read model', async () => {
      const [{ slug, product_id }] = await sql(api).execute<{ slug: string; product_id: string }[]>(
        `select p.slug, p.id as product_id from catalog.products p
           join catalog.variants v on v.product_id = p.id where v.id = ?`,
        [merchant.variantId],
      );
      // The read model follows stock events, some of them from the tests above: wait until it
      // shows inventory's live availability, so the REST read below sees the same state.
      const { available } = await inventory.call<{ available: number }>('GetStockLevels', {
        shopId: merchant.shopId,
        variantId: merchant.variantId,
      });
      const product = await eventually(async () => {
        const found = await catalog.call<{ offers: { available: number }[] }>('GetProduct', {
          slug,
        });
        expect(found.offers).toHaveLength(1);
        expect(found.offers[0].available).toBe(available);
        return found;
      });
      expect(product).toMatchObject({
        id: product_id,
        slug,
        lowestPrice: { amount: '100000', currency: 'IDR' },
        variants: [expect.objectContaining({ id: merchant.variantId })],
        offers: [
          {
            offerId: merchant.offerId,
            shop: expect.objectContaining({ id: merchant.shopId }),
            variantId: merchant.variantId,
            price: { amount: '100000', currency: 'IDR' },
          },
        ],
      });
      const rest = await api.http().get(`/products/${slug}`).expect(200);
      expect(rest.body.offers[0].available).toBe(available);

      const unknown = await failureOf(catalog.call('GetProduct', { slug: 'no-such-product' }));
      expect([unknown.code, unknown.errorCode]).toEqual([
        status.NOT_FOUND,
        'SEARCH.PRODUCT_NOT_FOUND',
      ]);
      const malformed = await failureOf(catalog.call('GetProduct', { slug: 'Not A Slug' }));
      expect(malformed).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: 'Validation failed: slug',
      });
    });
  });

  describe('pasar.ordering.v1', () => {
    it('gets an order and ships then delivers its ShopOrder as the service actor', async () => {
      const buyer = await buyerWithAddress(api);
      await addLine(api, buyer, merchant.offerId, 1).expect(201);
      const order = (await checkout(api, buyer).expect(201)).body as OrderBody;
      const [shopOrder] = order.shopOrders;

      const read = await ordering.call<OrderBody>('GetOrder', { orderId: order.id });
      expect(read).toMatchObject({
        id: order.id,
        buyerId: buyer.id,
        status: 'pending_payment',
        total: String(order.total),
        shippingAddress: expect.objectContaining({ city: 'Bandung', postalCode: '40111' }),
        shopOrders: [
          expect.objectContaining({
            id: shopOrder.id,
            shopId: merchant.shopId,
            items: [expect.objectContaining({ offerId: merchant.offerId, quantity: 1 })],
          }),
        ],
      });
      expect(read.paidAt).toBeUndefined();

      const ship = {
        shopOrderId: shopOrder.id,
        update: 'SHIPPING_UPDATE_SHIPPED',
        carrier: 'JNE',
        trackingNumber: 'JNE-42',
      };
      const early = await failureOf(ordering.call('UpdateShopOrderShipping', ship));
      expect(early).toMatchObject({
        code: status.FAILED_PRECONDITION,
        errorCode: 'ORDERING.ILLEGAL_TRANSITION',
        details: { from: 'pending_payment', to: 'shipped' },
      });

      await pay(api, buyer, order.id);
      const noParcel = await failureOf(
        ordering.call('UpdateShopOrderShipping', { ...ship, carrier: '', trackingNumber: '' }),
      );
      expect(noParcel).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: 'Validation failed: carrier, trackingNumber',
      });
      const noUpdate = await failureOf(
        ordering.call('UpdateShopOrderShipping', { shopOrderId: shopOrder.id }),
      );
      expect(noUpdate).toMatchObject({
        code: status.INVALID_ARGUMENT,
        message: 'Validation failed: update',
      });

      const shipped = await ordering.call('UpdateShopOrderShipping', ship);
      expect(shipped).toMatchObject({
        id: shopOrder.id,
        status: 'shipped',
        carrier: 'JNE',
        trackingNumber: 'JNE-42',
      });
      const delivered = await ordering.call('UpdateShopOrderShipping', {
        shopOrderId: shopOrder.id,
        update: 'SHIPPING_UPDATE_DELIVERED',
      });
      expect(delivered).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });

      // The timeline names the internal service as who moved it.
      const timeline = await api
        .http()
        .get(`/orders/${order.id}/timeline`)
        .set(buyer.auth)
        .expect(200);
      expect(
        timeline.body
          .filter((e: { toStatus: string }) => ['shipped', 'delivered'].includes(e.toStatus))
          .map((e: { toStatus: string; actor: object }) => [e.toStatus, e.actor]),
      ).toEqual([
        ['shipped', SERVICE_ACTOR],
        ['delivered', SERVICE_ACTOR],
      ]);
      const rest = await api.http().get(`/orders/${order.id}`).set(buyer.auth).expect(200);
      expect(rest.body.shopOrders[0].status).toBe('delivered');

      const unknown = await failureOf(ordering.call('GetOrder', { orderId: randomUUID() }));
      expect([unknown.code, unknown.errorCode]).toEqual([
        status.NOT_FOUND,
        'ORDERING.ORDER_NOT_FOUND',
      ]);
    });
  });
});
