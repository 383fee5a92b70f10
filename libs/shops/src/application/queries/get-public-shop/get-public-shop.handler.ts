import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { GetPublicShopQuery } from './get-public-shop.query';
import { PublicShopView } from './public-shop.view';

@QueryHandler(GetPublicShopQuery)
export class GetPublicShopHandler implements IQueryHandler<GetPublicShopQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ slug }: GetPublicShopQuery): Promise<PublicShopView> {
    const [row] = await this.em.execute<
      { id: string; name: string; slug: string; description: string | null; created_at: Date }[]
    >(
      `select id, name, slug, description, created_at from shops.shops
        where slug = ? and active`,
      [slug],
    );
    if (!row) throw shopNotFound(slug);
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      description: row.description,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }
}
