export interface ShopSummary {
  id: string;
  ownerId: string;
  slug: string;
  name: string;
  active: boolean;
}
