import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, Page, PageOf, ParseUuidPipe, Roles } from '@pasar/shared';
import { ModerateReviewCommand } from '../application/commands/moderate-review/moderate-review.command';
import { GetReviewQuery } from '../application/queries/get-review/get-review.query';
import { ReviewView } from '../application/queries/get-review/review.view';
import { ListReviewsForModerationQuery } from '../application/queries/list-reviews-for-moderation/list-reviews-for-moderation.query';
import { ModerationQueueQueryDto, RejectReviewDto } from './review.request.dto';

/** The review moderation queue. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/reviews')
export class AdminReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: PageOf(ReviewView), description: 'Reviews in one state, oldest first' })
  @ApiErrors(400, 401, 403)
  list(@Query() query: ModerationQueueQueryDto): Promise<Page<ReviewView>> {
    return this.queries.execute(
      new ListReviewsForModerationQuery(query.status, query.limit, query.offset),
    );
  }

  @Post(':reviewId/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewView, description: 'Approved: public and counted in the rating' })
  @ApiErrors(400, 401, 403, 404, 409)
  async approve(
    @CurrentUser() actor: Actor,
    @Param('reviewId', ParseUuidPipe) reviewId: string,
  ): Promise<ReviewView> {
    await this.commands.execute(new ModerateReviewCommand(reviewId, { approve: true }));
    return this.queries.execute(new GetReviewQuery(actor, reviewId));
  }

  @Post(':reviewId/reject')
  @HttpCode(200)
  @ApiOkResponse({
    type: ReviewView,
    description: 'Rejected (an approved review is taken down and leaves the rating)',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async reject(
    @CurrentUser() actor: Actor,
    @Param('reviewId', ParseUuidPipe) reviewId: string,
    @Body() dto: RejectReviewDto,
  ): Promise<ReviewView> {
    await this.commands.execute(
      new ModerateReviewCommand(reviewId, { approve: false, reason: dto.reason }),
    );
    return this.queries.execute(new GetReviewQuery(actor, reviewId));
  }
}
