import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Roles } from '@pasar/shared';
import { ReplyToReviewCommand } from '../application/commands/reply-to-review/reply-to-review.command';
import { VoteOnReviewCommand } from '../application/commands/vote-on-review/vote-on-review.command';
import { ReplyDto, VoteDto } from './review.request.dto';

/** What others do with an approved review: vote on it, or answer it as the product's seller. */
@ApiTags('reviews')
@ApiBearerAuth()
@Controller('reviews/:reviewId')
export class ReviewsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('votes')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Counted. One vote per user and review: a second one is 409 (no changing it)',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async vote(
    @CurrentUser() actor: Actor,
    @Param('reviewId', ParseUuidPipe) reviewId: string,
    @Body() dto: VoteDto,
  ): Promise<void> {
    await this.commands.execute(new VoteOnReviewCommand(reviewId, actor.id, dto.helpful));
  }

  @Post('reply')
  @Roles('seller')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Replied; a review takes one reply' })
  @ApiErrors(400, 401, 403, 404, 409)
  async reply(
    @CurrentUser() actor: Actor,
    @Param('reviewId', ParseUuidPipe) reviewId: string,
    @Body() dto: ReplyDto,
  ): Promise<void> {
    await this.commands.execute(new ReplyToReviewCommand(reviewId, actor.id, dto.text));
  }
}
