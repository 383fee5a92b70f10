import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageOf, Public } from '@pasar/shared';
import { GetProductDetailQuery } from '../application/queries/get-product-detail/get-product-detail.query';
import { ProductDetailView } from '../application/queries/get-product-detail/product-detail.view';
import { ListProductsQuery } from '../application/queries/list-products/list-products.query';
import { ProductListItemView } from '../application/queries/list-products/product-list-item.view';
import { ListShopProductsQuery } from '../application/queries/list-shop-products/list-shop-products.query';
import { ParseSlugPipe } from './parse-slug.pipe';
import { ProductListRequest, ShopProductListRequest } from './product-list.request.dto';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PageOf(ProductListItemView), description: 'Listed products' })
  @ApiErrors(400)
  list(@Query() request: ProductListRequest): Promise<Page<ProductListItemView>> {
    return this.queries.execute(new ListProductsQuery(request.toFilters(), request.shopId));
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({ type: ProductDetailView, description: 'An active product and its offers' })
  @ApiErrors(400, 404)
  get(@Param('slug', ParseSlugPipe) slug: string): Promise<ProductDetailView> {
    return this.queries.execute(new GetProductDetailQuery(slug));
  }
}

@ApiTags('shops')
@Controller('shops')
export class ShopProductsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':slug/products')
  @Public()
  @ApiOkResponse({
    type: PageOf(ProductListItemView),
    description: "An active shop's products, with its own prices and stock",
  })
  @ApiErrors(400, 404)
  list(
    @Param('slug', ParseSlugPipe) slug: string,
    @Query() request: ShopProductListRequest,
  ): Promise<Page<ProductListItemView>> {
    return this.queries.execute(new ListShopProductsQuery(slug, request.toFilters()));
  }
}
