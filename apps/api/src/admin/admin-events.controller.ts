import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { IsISO8601, IsOptional, Length } from 'class-validator';
import {
  ApiErrors,
  NotFoundError,
  PageOf,
  PageQuery,
  ParseUuidPipe,
  Roles,
  Text,
  type Page,
} from '@pasar/shared';

export class ListEventsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'ordering.order-placed' })
  @IsOptional()
  @Text(120)
  type?: string;

  @ApiPropertyOptional({ example: 'Order' })
  @IsOptional()
  @Text(60)
  aggregateType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Length(1, 120)
  aggregateId?: string;

  @ApiPropertyOptional({ description: 'Occurred at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'Occurred before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date-time' })
  to?: string;
}

export class EventSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ description: 'Outbox position (monotonic)' })
  position!: number;
  @ApiProperty({ example: 'ordering.order-placed' })
  type!: string;
  @ApiProperty({ example: 'Order' })
  aggregateType!: string;
  @ApiProperty()
  aggregateId!: string;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the relay queued it' })
  publishedAt!: string | null;
}

export class EventDeliveryView {
  @ApiProperty({ example: 'search.product-listing' })
  consumer!: string;
  @ApiProperty()
  processedAt!: string;
}

export class EventDetailView extends EventSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;
  @ApiProperty({ type: [EventDeliveryView], description: 'Consumers that handled it' })
  handledBy!: EventDeliveryView[];
}

interface EventRow {
  id: string;
  position: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  occurred_at: Date;
  published_at: Date | null;
  payload?: Record<string, unknown>;
  total?: string;
}

const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

function summary(row: EventRow): EventSummaryView {
  return {
    id: row.id,
    position: Number(row.position),
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    publishedAt: iso(row.published_at),
  };
}

/** The domain events as the outbox holds them, and which consumers handled each one. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/events')
export class AdminEventsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @ApiOkResponse({ type: PageOf(EventSummaryView), description: 'Newest first' })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: ListEventsQuery): Promise<Page<EventSummaryView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const filter = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (query.type) filter('type = ?', query.type);
    if (query.aggregateType) filter('aggregate_type = ?', query.aggregateType);
    if (query.aggregateId) filter('aggregate_id = ?', query.aggregateId);
    if (query.from) filter('occurred_at >= ?', new Date(query.from));
    if (query.to) filter('occurred_at < ?', new Date(query.to));
    const rows = await this.em.execute<EventRow[]>(
      `select id, position, type, aggregate_type, aggregate_id, occurred_at, published_at,
              count(*) over () as total
         from shared.outbox
        ${where.length ? `where ${where.join(' and ')}` : ''}
        order by position desc
        limit ? offset ?`,
      [...params, query.limit, query.offset],
    );
    const total = rows.length
      ? Number(rows[0].total)
      : query.offset === 0
        ? 0
        : await this.count(where, params);
    return { items: rows.map(summary), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOkResponse({ type: EventDetailView })
  @ApiErrors(400, 401, 403, 404)
  async get(@Param('id', ParseUuidPipe) id: string): Promise<EventDetailView> {
    const [row] = await this.em.execute<EventRow[]>(
      `select id, position, type, aggregate_type, aggregate_id, occurred_at, published_at, payload
         from shared.outbox where id = ?`,
      [id],
    );
    if (!row) throw new NotFoundError('ADMIN.EVENT_NOT_FOUND', 'Event', id);
    const deliveries = await this.em.execute<{ consumer: string; processed_at: Date }[]>(
      `select consumer, processed_at from shared.processed_events
        where event_id = ? order by processed_at, consumer`,
      [id],
    );
    return {
      ...summary(row),
      payload: row.payload ?? {},
      handledBy: deliveries.map((d) => ({
        consumer: d.consumer,
        processedAt: new Date(d.processed_at).toISOString(),
      })),
    };
  }

  /** A page past the end still reports the total. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.em.execute<{ total: string }[]>(
      `select count(*) as total from shared.outbox
        ${where.length ? `where ${where.join(' and ')}` : ''}`,
      params,
    );
    return Number(row.total);
  }
}
