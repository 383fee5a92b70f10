export interface VariantSummary {
  variantId: string;
  sku: string;
  /** The option values joined for people, e.g. "Large / Red". */
  title: string;
  productId: string;
  productSlug: string;
  productName: string;
  productStatus: 'draft' | 'active' | 'archived';
}
