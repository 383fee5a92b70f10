import { ApiProperty } from '@nestjs/swagger';
import { PRODUCT_STATUSES, ProductStatus } from '../../../domain/product/product-status';

export class VariantView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'TEE-L-RED' })
  sku!: string;

  @ApiProperty({ example: 'Large / Red', description: 'The option values joined' })
  title!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { size: 'Large', colour: 'Red' },
  })
  options!: Record<string, string>;
}

export class ImageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'http://localhost:3000/media/products/…/….jpg' })
  url!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Front view' })
  alt!: string | null;

  @ApiProperty({ description: 'Order among the product images, from 0' })
  position!: number;

  @ApiProperty({ example: 'image/jpeg' })
  contentType!: string;

  @ApiProperty({ description: 'Bytes' })
  size!: number;
}

/** The management view of a product (its creator's and admins'). */
export class ProductView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Cotton tee' })
  name!: string;

  @ApiProperty({ example: 'cotton-tee' })
  slug!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ format: 'uuid' })
  categoryId!: string;

  @ApiProperty({ description: "The category's materialized path" })
  categoryPath!: string;

  @ApiProperty({ enum: PRODUCT_STATUSES })
  status!: ProductStatus;

  @ApiProperty({ format: 'uuid', description: 'The user who created the product' })
  createdBy!: string;

  @ApiProperty({ type: [VariantView] })
  variants!: VariantView[];

  @ApiProperty({ type: [ImageView] })
  images!: ImageView[];

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export interface ProductRow {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  category_id: string;
  category_path: string;
  status: ProductStatus;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  variants: VariantView[];
  images: ImageView[];
}

/** One row per product with its variants and images aggregated as JSON (no N+1, no hydration). */
export const PRODUCT_SELECT = `
  select p.id, p.name, p.slug, p.description, p.category_id, p.category_path, p.status,
         p.created_by, p.created_at, p.updated_at,
         coalesce((select json_agg(json_build_object(
                     'id', v.id, 'sku', v.sku, 'title', v.title, 'options', v.options)
                     order by v.position)
                     from catalog.variants v where v.product_id = p.id), '[]') as variants,
         coalesce((select json_agg(json_build_object(
                     'id', i.id, 'url', i.url, 'alt', i.alt, 'position', i.position,
                     'contentType', i.content_type, 'size', i.size)
                     order by i.position)
                     from catalog.product_images i where i.product_id = p.id), '[]') as images
    from catalog.products p`;

export function toProductView(row: ProductRow): ProductView {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    categoryId: row.category_id,
    categoryPath: row.category_path,
    status: row.status,
    createdBy: row.created_by,
    variants: row.variants,
    images: row.images,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
