import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
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
  Public,
  Roles,
} from '@pasar/shared';
import { WriteReviewCommand } from '../application/commands/write-review/write-review.command';
import { GetProductRatingQuery } from '../application/queries/get-product-rating/get-product-rating.query';
import { ProductRatingView } from '../application/queries/get-product-rating/product-rating.view';
import { GetReviewQuery } from '../application/queries/get-review/get-review.query';
import { PublicReviewView, ReviewView } from '../application/queries/get-review/review.view';
import { ListMyReviewsQuery } from '../application/queries/list-my-reviews/list-my-reviews.query';
import { ListProductReviewsQuery } from '../application/queries/list-product-reviews/list-product-reviews.query';
import { ProductReviewsQueryDto, WriteReviewDto } from './review.request.dto';

@ApiTags('reviews')
@Controller('products/:productId')
export class ProductReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('reviews')
  @Public()
  @ApiOkResponse({ type: PageOf(PublicReviewView), description: 'Approved reviews only' })
  @ApiErrors(400)
  list(
    @Param('productId', ParseUuidPipe) productId: string,
    @Query() query: ProductReviewsQueryDto,
  ): Promise<Page<PublicReviewView>> {
    return this.queries.execute(
      new ListProductReviewsQuery(productId, query.sort, query.limit, query.offset),
    );
  }

  @Get('rating')
  @Public()
  @ApiOkResponse({
    type: ProductRatingView,
    description: 'Average and histogram of approved reviews',
  })
  @ApiErrors(400)
  rating(@Param('productId', ParseUuidPipe) productId: string): Promise<ProductRatingView> {
    return this.queries.execute(new GetProductRatingQuery(productId));
  }

  @Post('reviews')
  @Roles('buyer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ReviewView, description: 'Written; pending moderation' })
  @ApiErrors(400, 401, 403, 409)
  async write(
    @CurrentUser() actor: Actor,
    @Param('productId', ParseUuidPipe) productId: string,
    @Body() dto: WriteReviewDto,
  ): Promise<ReviewView> {
    const { reviewId } = await this.commands.execute(
      new WriteReviewCommand(actor.id, productId, dto.rating, dto.title, dto.text),
    );
    return this.queries.execute(new GetReviewQuery(actor, reviewId));
  }
}

@ApiTags('reviews')
@ApiBearerAuth()
@Roles('buyer')
@Controller('me/reviews')
export class MyReviewsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    type: PageOf(ReviewView),
    description: 'Every review the buyer wrote, newest first',
  })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<ReviewView>> {
    return this.queries.execute(new ListMyReviewsQuery(actor.id, page.limit, page.offset));
  }
}
