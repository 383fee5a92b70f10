import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Roles } from '@pasar/shared';
import { AddProductImageCommand } from '../application/commands/add-product-image/add-product-image.command';
import { EditProductImageCommand } from '../application/commands/edit-product-image/edit-product-image.command';
import { RemoveProductImageCommand } from '../application/commands/remove-product-image/remove-product-image.command';
import { GetProductQuery } from '../application/queries/get-product/get-product.query';
import { ImageView } from '../application/queries/get-product/product.view';
import { UpdateImageDto } from './image.request.dto';
import { MAX_ALT_LENGTH, readImageUpload } from './image-upload';

@ApiTags('catalog')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('catalog/products/:id/images')
export class ProductImagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'JPEG, PNG, WebP or GIF' },
        alt: { type: 'string', maxLength: MAX_ALT_LENGTH },
      },
    },
  })
  @ApiCreatedResponse({ type: ImageView, description: 'Appended after the other images' })
  @ApiErrors(400, 401, 403, 404, 413, 415, 422)
  async upload(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<ImageView> {
    const upload = await readImageUpload(request);
    const { imageId } = await this.commands.execute(
      new AddProductImageCommand(actor, id, upload.bytes, upload.type, upload.alt),
    );
    return this.image(actor, id, imageId);
  }

  @Patch(':imageId')
  @ApiOkResponse({ type: ImageView })
  @ApiErrors(400, 401, 403, 404)
  async update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Param('imageId', ParseUuidPipe) imageId: string,
    @Body() dto: UpdateImageDto,
  ): Promise<ImageView> {
    await this.commands.execute(new EditProductImageCommand(actor, id, imageId, { ...dto }));
    return this.image(actor, id, imageId);
  }

  @Delete(':imageId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; the images after it move up' })
  @ApiErrors(400, 401, 403, 404)
  remove(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Param('imageId', ParseUuidPipe) imageId: string,
  ): Promise<void> {
    return this.commands.execute(new RemoveProductImageCommand(actor, id, imageId));
  }

  private async image(actor: Actor, productId: string, imageId: string): Promise<ImageView> {
    const product = await this.queries.execute(new GetProductQuery(actor, productId));
    return product.images.find((i) => i.id === imageId) as ImageView;
  }
}
