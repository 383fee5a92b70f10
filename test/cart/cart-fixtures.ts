// Helpers shared by the cart end-to-end specs: sellable offers and carts through HTTP.
import { createCategory, createProduct, openShop, stockUp } from '../search/search-fixtures';
import { addShippingMethod, createOffer } from '../shops/shops-fixtures';
import { signUp, TestApi, TestUser } from '../support/test-api';

export { fieldsOf } from '../shops/shops-fixtures';

export interface PricedLineBody {
  lineId: string;
  offerId: string;
  shopId: string;
  variantId: string;
  productId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  currency: string;
  purchasable: boolean;
}

export interface PricedCartBody {
  buyerId: string;
  currency: string | null;
  shops: {
    shopId: string;
    shopName: string;
    lines: PricedLineBody[];
    subtotal: number;
    discount: number;
    shippingOptions: {
      methodId: string;
      name: string;
      carrier: string;
      pricing: string;
      price: number;
      freeAbove: number | null;
      estimatedDaysMin: number;
      estimatedDaysMax: number;
      selected: boolean;
    }[];
    shippingMethodId: string | null;
    freeShipping: boolean;
    shipping: number;
    total: number;
  }[];
  subtotal: number;
  discount: number;
  shipping: number;
  total: number;
  promotion: { id: string; code: string; valid: boolean; problem: string | null } | null;
}

export interface Sellable {
  offerId: string;
  variantId: string;
  productId: string;
}

/** An admin, a category and two sellers with a shop each. */
export async function openMarket(api: TestApi) {
  const [admin, sellerA, sellerB] = await Promise.all([
    signUp(api, 'admin'),
    signUp(api, 'seller'),
    signUp(api, 'seller'),
  ]);
  const categoryId = await createCategory(api, admin, 'Pakaian');
  const [shopA, shopB] = await Promise.all([
    openShop(api, sellerA, 'Toko A'),
    openShop(api, sellerB, 'Toko B'),
  ]);
  return { admin, sellerA, sellerB, categoryId, shopA, shopB };
}

/** `${shopId}/${currency}` of the shops `sellable` gave a free method in that currency. */
const shipping = new Set<string>();

/**
 * A new catalog product (active unless `draft`) offered by the shop at `price` and, when
 * `stock` is given, received into a new warehouse of the shop. The shop gets a free shipping
 * method in the offer's currency the first time, so the offer can be bought.
 */
export async function sellable(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  categoryId: string,
  options: { price: number; stock?: number; currency?: string; name?: string; draft?: boolean },
): Promise<Sellable> {
  const product = await createProduct(
    api,
    seller,
    options.name ?? 'Kemeja',
    categoryId,
    ['M'],
    options.draft ?? false,
  );
  const variantId = product.variantIds[0];
  const currency = options.currency ?? 'IDR';
  const offer = await createOffer(api, seller, shopId, {
    variantId,
    price: { amount: options.price, currency },
  });
  if (!shipping.has(`${shopId}/${currency}`)) {
    shipping.add(`${shopId}/${currency}`);
    await addShippingMethod(api, seller, shopId, { price: { amount: 0, currency } });
  }
  if (options.stock) await stockUp(api, seller, shopId, [{ variantId, quantity: options.stock }]);
  return { offerId: offer.id, variantId, productId: product.id };
}

/** The buyer's cart as GET /cart answers it. */
export async function cartOf(api: TestApi, buyer: TestUser): Promise<PricedCartBody> {
  const res = await api.http().get('/cart').set(buyer.auth).expect(200);
  return res.body as PricedCartBody;
}

/** Adds a line; answers the whole response so callers can check errors too. */
export function addLine(api: TestApi, buyer: TestUser, offerId: string, quantity: number) {
  return api.http().post('/cart/lines').set(buyer.auth).send({ offerId, quantity });
}

/** [offerId, quantity] of every line, shop by shop. */
export const linesOf = (cart: PricedCartBody) =>
  cart.shops.flatMap((shop) => shop.lines.map((line) => [line.offerId, line.quantity]));
