/**
 * What the catalog seed creates, as plain data: the seeder turns it into commands. Everything is
 * keyed by natural keys (emails, slugs, SKUs, warehouse names) so a re-run can tell what exists.
 */
export const SEED_SIZES = ['demo', 'bench'] as const;
export type SeedSize = (typeof SEED_SIZES)[number];

export const CURRENCY = 'IDR';

export interface CategoryPlan {
  name: string;
  slug: string;
  parentSlug: string | null;
}

export interface ShopPlan {
  ownerEmail: string;
  name: string;
  slug: string;
  description: string;
  /** Two per shop; stock goes to them by index. */
  warehouses: { name: string; city: string; postalCode: string }[];
  /** One or two active methods (by name), so the shop's offers can be bought. */
  shippingMethods: ShippingMethodPlan[];
}

export interface ShippingMethodPlan {
  name: string;
  carrier: string;
  pricing: 'flat' | 'per_item';
  /** Minor units of CURRENCY. */
  price: number;
  freeAbove: number | null;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
}

const REGULAR: ShippingMethodPlan = {
  name: 'Regular',
  carrier: 'JNE',
  pricing: 'flat',
  price: 15_000,
  freeAbove: 500_000,
  estimatedDaysMin: 2,
  estimatedDaysMax: 4,
};

const EXPRESS: ShippingMethodPlan = {
  name: 'Express',
  carrier: 'SiCepat',
  pricing: 'per_item',
  price: 12_000,
  freeAbove: null,
  estimatedDaysMin: 1,
  estimatedDaysMax: 1,
};

export interface ProductPlan {
  name: string;
  slug: string;
  description: string;
  categorySlug: string;
  /** The seller who creates it (the owner of its first offering shop). */
  creatorEmail: string;
  variants: { sku: string; options: Record<string, string> }[];
}

/** A shop's offer of one variant, with the stock it receives per warehouse (by index). */
export interface OfferPlan {
  shopSlug: string;
  sku: string;
  /** Minor units of CURRENCY. */
  price: number;
  stock: { warehouse: number; quantity: number }[];
}

export interface SeedPlan {
  size: SeedSize;
  categories: CategoryPlan[];
  shops: ShopPlan[];
  products: ProductPlan[];
  offers: OfferPlan[];
}

/** The sellers the plans hand shops to; the first two are demo users already. */
export const SELLER_EMAILS = ['seller@pasar.local', 'seller2@pasar.local', 'seller3@pasar.local'];

const CITIES = [
  { city: 'Jakarta', postalCode: '10110' },
  { city: 'Surabaya', postalCode: '60111' },
  { city: 'Bandung', postalCode: '40111' },
  { city: 'Medan', postalCode: '20111' },
];

function shop(index: number, name: string, slug: string): ShopPlan {
  const first = CITIES[index % CITIES.length];
  const second = CITIES[(index + 1) % CITIES.length];
  return {
    ownerEmail: SELLER_EMAILS[index % SELLER_EMAILS.length],
    name,
    slug,
    description: `${name}: demo shop`,
    warehouses: [first, second].map((c) => ({ name: `${c.city} warehouse`, ...c })),
    // Every other shop also ships express, so carts show shops with one and with two methods.
    shippingMethods: index % 2 === 0 ? [REGULAR, EXPRESS] : [REGULAR],
  };
}

const DEMO_CATEGORIES: CategoryPlan[] = [
  { name: 'Fashion', slug: 'fashion', parentSlug: null },
  { name: 'Tees', slug: 'tees', parentSlug: 'fashion' },
  { name: 'Shoes', slug: 'shoes', parentSlug: 'fashion' },
  { name: 'Home', slug: 'home', parentSlug: null },
  { name: 'Kitchen', slug: 'kitchen', parentSlug: 'home' },
];

/** [name, category, base price in rupiah, option name, option values]. */
const DEMO_PRODUCTS: [string, string, number, string, string[]][] = [
  ['Batik Cotton Tee', 'tees', 149_000, 'size', ['S', 'M', 'L']],
  ['Linen Tee', 'tees', 189_000, 'size', ['M', 'L']],
  ['Komodo Graphic Tee', 'tees', 129_000, 'size', ['S', 'M', 'L']],
  ['Pocket Tee', 'tees', 99_000, 'colour', ['White', 'Black']],
  ['Canvas Sneakers', 'shoes', 399_000, 'size', ['40', '41', '42']],
  ['Leather Loafers', 'shoes', 749_000, 'size', ['41', '42', '43']],
  ['Rubber Sandals', 'shoes', 59_000, 'size', ['39', '41']],
  ['Teak Cutting Board', 'kitchen', 219_000, 'size', ['Small', 'Large']],
  ['Enamel Mug', 'kitchen', 69_000, 'colour', ['Blue', 'White', 'Red']],
  ['Stoneware Bowl Set', 'kitchen', 259_000, 'colour', ['Sand', 'Charcoal']],
  ['Bamboo Steamer', 'kitchen', 119_000, 'size', ['20 cm', '26 cm']],
  ['Cast Iron Wok', 'kitchen', 459_000, 'size', ['30 cm', '34 cm']],
];

const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** ~12 products of 2–3 variants in 3 shops; each offered by 1–3 shops, stocked in both warehouses. */
export function demoPlan(): SeedPlan {
  const shops = [
    shop(0, 'Toko Sari', 'toko-sari'),
    shop(1, 'Agus Outfitters', 'agus-outfitters'),
    shop(2, 'Rumah Wulan', 'rumah-wulan'),
  ];
  const products: ProductPlan[] = [];
  const offers: OfferPlan[] = [];
  DEMO_PRODUCTS.forEach(([name, categorySlug, rupiah, option, values], i) => {
    const slug = slugify(name);
    const sellers = [
      i % 3,
      ...(i % 2 === 0 ? [(i + 1) % 3] : []),
      ...(i % 4 === 0 ? [(i + 2) % 3] : []),
    ];
    const variants = values.map((value) => ({
      sku: `${slug}-${slugify(value)}`.toUpperCase(),
      options: { [option]: value },
    }));
    products.push({
      name,
      slug,
      description: `${name}, from the Pasar demo catalog.`,
      categorySlug,
      creatorEmail: shops[sellers[0]].ownerEmail,
      variants,
    });
    sellers.forEach((s, k) => {
      variants.forEach((variant, v) => {
        offers.push({
          shopSlug: shops[s].slug,
          sku: variant.sku,
          price: (rupiah + k * 10_000) * 100,
          stock: [
            { warehouse: 0, quantity: 5 + ((i + v + k) % 4) * 5 },
            { warehouse: 1, quantity: (i + v) % 3 === 0 ? 0 : 3 + v },
          ].filter((line) => line.quantity > 0),
        });
      });
    });
  });
  return { size: 'demo', categories: DEMO_CATEGORIES, shops, products, offers };
}

export const BENCH_PRODUCTS = 1000;
const BENCH_SHOPS = 10;
const BENCH_SIZES = ['S', 'M', 'L'];
const BENCH_OFFERS_PER_PRODUCT = 3;

/**
 * 1,000 products × 3 variants in 10 shops; each product offered by 3 of them at different
 * prices, each offer stocked in one of its shop's warehouses.
 */
export function benchPlan(): SeedPlan {
  const roots = ['Fashion', 'Home', 'Outdoor', 'Electronics'];
  const leaves = ['Basics', 'Premium', 'Sale', 'New'];
  const categories: CategoryPlan[] = roots.flatMap((root) => [
    { name: root, slug: `bench-${slugify(root)}`, parentSlug: null },
    ...leaves.map((leaf) => ({
      name: `${root} ${leaf}`,
      slug: `bench-${slugify(root)}-${slugify(leaf)}`,
      parentSlug: `bench-${slugify(root)}`,
    })),
  ]);
  const leafSlugs = categories.filter((c) => c.parentSlug !== null).map((c) => c.slug);
  const shops = Array.from({ length: BENCH_SHOPS }, (_, i) =>
    shop(i, `Bench Shop ${i + 1}`, `bench-shop-${i + 1}`),
  );
  const products: ProductPlan[] = [];
  const offers: OfferPlan[] = [];
  for (let i = 0; i < BENCH_PRODUCTS; i++) {
    const number = String(i + 1).padStart(4, '0');
    const slug = `bench-product-${number}`;
    const variants = BENCH_SIZES.map((size) => ({
      sku: `BENCH-${number}-${size}`,
      options: { size },
    }));
    const offering = Array.from(
      { length: BENCH_OFFERS_PER_PRODUCT },
      (_, k) => (i + k * 3) % BENCH_SHOPS,
    );
    products.push({
      name: `Bench product ${number}`,
      slug,
      description: `Benchmark product number ${i + 1}.`,
      categorySlug: leafSlugs[i % leafSlugs.length],
      creatorEmail: shops[offering[0]].ownerEmail,
      variants,
    });
    offering.forEach((s, k) =>
      variants.forEach((variant, v) =>
        offers.push({
          shopSlug: shops[s].slug,
          sku: variant.sku,
          price: (50_000 + (i % 50) * 5_000 + k * 2_500) * 100,
          stock: [{ warehouse: (i + v) % 2, quantity: 10 + ((i + v + k) % 40) }],
        }),
      ),
    );
  }
  return { size: 'bench', categories, shops, products, offers };
}

export function seedPlan(size: SeedSize): SeedPlan {
  return size === 'bench' ? benchPlan() : demoPlan();
}
