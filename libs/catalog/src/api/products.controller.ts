import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  Page,
  PageOf,
  PageQuery,
  ParseUuidPipe,
  Roles,
} from '@pasar/shared';
import { AddVariantCommand } from '../application/commands/add-variant/add-variant.command';
import { ChangeProductStatusCommand } from '../application/commands/change-product-status/change-product-status.command';
import { CreateProductCommand } from '../application/commands/create-product/create-product.command';
import { EditProductCommand } from '../application/commands/edit-product/edit-product.command';
import { EditVariantCommand } from '../application/commands/edit-variant/edit-variant.command';
import { GetProductQuery } from '../application/queries/get-product/get-product.query';
import { ProductView, VariantView } from '../application/queries/get-product/product.view';
import { ListMyProductsQuery } from '../application/queries/list-my-products/list-my-products.query';
import {
  ChangeProductStatusDto,
  CreateProductDto,
  CreateVariantDto,
  UpdateProductDto,
  UpdateVariantDto,
} from './product.request.dto';

@ApiTags('catalog')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('catalog/products')
export class ProductsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ProductView, description: 'A draft product' })
  @ApiErrors(400, 401, 403, 409, 422)
  async create(@CurrentUser() actor: Actor, @Body() dto: CreateProductDto): Promise<ProductView> {
    const { productId } = await this.commands.execute(
      new CreateProductCommand(actor, {
        name: dto.name,
        slug: dto.slug,
        description: dto.description ?? null,
        categoryId: dto.categoryId,
        variants: dto.variants.map((v) => ({ sku: v.sku, options: v.options })),
      }),
    );
    return this.queries.execute(new GetProductQuery(actor, productId));
  }

  @Get(':id')
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 401, 403, 404)
  get(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<ProductView> {
    return this.queries.execute(new GetProductQuery(actor, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: UpdateProductDto,
  ): Promise<ProductView> {
    await this.commands.execute(new EditProductCommand(actor, id, { ...dto }));
    return this.queries.execute(new GetProductQuery(actor, id));
  }

  @Post(':id/variants')
  @ApiCreatedResponse({ type: VariantView })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async addVariant(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: CreateVariantDto,
  ): Promise<VariantView> {
    const { variantId } = await this.commands.execute(
      new AddVariantCommand(actor, id, { sku: dto.sku, options: dto.options }),
    );
    return this.variant(actor, id, variantId);
  }

  @Patch(':id/variants/:variantId')
  @ApiOkResponse({ type: VariantView })
  @ApiErrors(400, 401, 403, 404, 409)
  async updateVariant(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Param('variantId', ParseUuidPipe) variantId: string,
    @Body() dto: UpdateVariantDto,
  ): Promise<VariantView> {
    await this.commands.execute(new EditVariantCommand(actor, id, variantId, { ...dto }));
    return this.variant(actor, id, variantId);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 401, 403, 404, 409)
  async changeStatus(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ChangeProductStatusDto,
  ): Promise<ProductView> {
    await this.commands.execute(new ChangeProductStatusCommand(actor, id, dto.status));
    return this.queries.execute(new GetProductQuery(actor, id));
  }

  private async variant(actor: Actor, productId: string, variantId: string) {
    const product = await this.queries.execute(new GetProductQuery(actor, productId));
    return product.variants.find((v) => v.id === variantId) as VariantView;
  }
}

@ApiTags('catalog')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('me/products')
export class MyProductsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PageOf(ProductView), description: 'Products I created, newest first' })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<ProductView>> {
    return this.queries.execute(new ListMyProductsQuery(actor.id, page.limit, page.offset));
  }
}
