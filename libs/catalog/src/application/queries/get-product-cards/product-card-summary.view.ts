export interface ProductCardSummary {
  productId: string;
  name: string;
  status: 'draft' | 'active' | 'archived';
  /** The URL of the product's first image; null when it has none. */
  imageUrl: string | null;
}
