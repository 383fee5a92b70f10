import { ApiProperty } from '@nestjs/swagger';

export class CategoryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'T-shirts' })
  name!: string;

  @ApiProperty({ example: 't-shirts' })
  slug!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a root' })
  parentId!: string | null;

  @ApiProperty({
    example: '/0b9c…/5f0c…/',
    description: 'Materialized path: the ids from the root down to this category',
  })
  path!: string;

  @ApiProperty({ description: 'Depth in the tree; roots are 0' })
  depth!: number;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export interface CategoryRow {
  id: string;
  name: string;
  slug: string;
  parent_id: string | null;
  path: string;
  created_at: Date;
  updated_at: Date;
}

export const CATEGORY_COLUMNS = 'id, name, slug, parent_id, path, created_at, updated_at';

export function toCategoryView(row: CategoryRow): CategoryView {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    parentId: row.parent_id,
    path: row.path,
    depth: row.path.split('/').length - 3,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
