import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  ParseUuidPipe,
  Roles,
  ValidationFailedException,
} from '@pasar/shared';
import { GetPlatformAnalyticsQuery } from '../application/queries/get-platform-analytics/get-platform-analytics.query';
import { PlatformAnalyticsView } from '../application/queries/get-platform-analytics/platform-analytics.view';
import { GetShopAnalyticsQuery } from '../application/queries/get-shop-analytics/get-shop-analytics.query';
import { ShopAnalyticsView } from '../application/queries/get-shop-analytics/shop-analytics.view';
import { AnalyticsRangeRequestDto } from './analytics-range.request.dto';

const MAX_DAYS = 366;

/** A real calendar range, from ≤ to, at most a year. */
function checked({ from, to }: AnalyticsRangeRequestDto) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const real = (s: string, t: number) => new Date(t).toISOString().slice(0, 10) === s;
  if (!real(from, start)) throw invalid('from', 'from is not a calendar date');
  if (!real(to, end)) throw invalid('to', 'to is not a calendar date');
  if (end < start) throw invalid('to', 'to must not be before from');
  if ((end - start) / 86_400_000 >= MAX_DAYS) {
    throw invalid('to', `the range spans at most ${MAX_DAYS} days`);
  }
  return { from, to };
}

const invalid = (field: string, message: string) =>
  new ValidationFailedException([{ field, messages: [message] }]);

@ApiTags('analytics')
@ApiBearerAuth()
@Controller()
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('shops/:shopId/analytics')
  @Roles('seller', 'admin')
  @ApiOkResponse({ type: ShopAnalyticsView })
  @ApiErrors(400, 401, 403, 404)
  shop(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Query() range: AnalyticsRangeRequestDto,
  ): Promise<ShopAnalyticsView> {
    return this.queries.execute(new GetShopAnalyticsQuery(actor, shopId, checked(range)));
  }

  @Get('admin/analytics')
  @Roles('admin')
  @ApiOkResponse({ type: PlatformAnalyticsView })
  @ApiErrors(400, 401, 403)
  platform(@Query() range: AnalyticsRangeRequestDto): Promise<PlatformAnalyticsView> {
    return this.queries.execute(new GetPlatformAnalyticsQuery(checked(range)));
  }
}
