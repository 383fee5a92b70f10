import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, Page, PageOf, ParseUuidPipe } from '@pasar/shared';
import { MarkAllNotificationsReadCommand } from '../application/commands/mark-all-notifications-read/mark-all-notifications-read.command';
import { MarkNotificationReadCommand } from '../application/commands/mark-notification-read/mark-notification-read.command';
import { CountUnreadNotificationsQuery } from '../application/queries/count-unread-notifications/count-unread-notifications.query';
import { GetNotificationQuery } from '../application/queries/get-notification/get-notification.query';
import {
  MarkedReadView,
  NotificationView,
  UnreadCountView,
} from '../application/queries/get-notification/notification.view';
import { ListNotificationsQuery } from '../application/queries/list-notifications/list-notifications.query';
import { ListNotificationsRequest } from './notifications.request.dto';

/** The caller's own in-app notifications (any role). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first' })
  @ApiOkResponse({ type: PageOf(NotificationView) })
  @ApiErrors(400, 401)
  list(
    @CurrentUser() actor: Actor,
    @Query() query: ListNotificationsRequest,
  ): Promise<Page<NotificationView>> {
    return this.queries.execute(
      new ListNotificationsQuery(actor.id, query.unread, query.limit, query.offset),
    );
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: UnreadCountView })
  @ApiErrors(401)
  unreadCount(@CurrentUser() actor: Actor): Promise<UnreadCountView> {
    return this.queries.execute(new CountUnreadNotificationsQuery(actor.id));
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedReadView })
  @ApiErrors(401)
  readAll(@CurrentUser() actor: Actor): Promise<MarkedReadView> {
    return this.commands.execute(new MarkAllNotificationsReadCommand(actor.id));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read (again keeps the first time)' })
  @ApiOkResponse({ type: NotificationView })
  @ApiErrors(400, 401, 404)
  async read(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<NotificationView> {
    await this.commands.execute(new MarkNotificationReadCommand(actor.id, id));
    return this.queries.execute(new GetNotificationQuery(actor.id, id));
  }
}
