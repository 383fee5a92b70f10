import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, Page, PageOf, ParseUuidPipe, Roles } from '@pasar/shared';
import { ChangeContactFilterCommand } from '../application/commands/change-contact-filter/change-contact-filter.command';
import { ResolveModerationCaseCommand } from '../application/commands/resolve-moderation-case/resolve-moderation-case.command';
import { ContactFilterView } from '../application/queries/get-contact-filter/contact-filter.view';
import { GetContactFilterQuery } from '../application/queries/get-contact-filter/get-contact-filter.query';
import { GetModerationCaseQuery } from '../application/queries/get-moderation-case/get-moderation-case.query';
import { ModerationCaseView } from '../application/queries/get-moderation-case/moderation-case.view';
import { ListModerationCasesQuery } from '../application/queries/list-moderation-cases/list-moderation-cases.query';
import {
  ContactFilterDto,
  ModerationCasesQueryDto,
  ResolveCaseDto,
} from './chat-safety.request.dto';

/** The chat contact filter's rules and the chat moderation queue (admins only). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/chat')
export class AdminChatController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('contact-filter')
  @ApiOkResponse({ type: ContactFilterView })
  @ApiErrors(401, 403)
  contactFilter(): Promise<ContactFilterView> {
    return this.queries.execute(new GetContactFilterQuery());
  }

  @Put('contact-filter')
  @ApiOperation({
    summary: 'Replace the contact-filter rules',
    description:
      'Applies to messages posted from then on, on every API instance within ' +
      'CHAT_CONTACT_RULES_CHECK_MS. A concurrent change by another admin answers 409.',
  })
  @ApiOkResponse({ type: ContactFilterView })
  @ApiErrors(400, 401, 403, 409, 422)
  changeContactFilter(
    @CurrentUser() actor: Actor,
    @Body() dto: ContactFilterDto,
  ): Promise<ContactFilterView> {
    return this.commands.execute(new ChangeContactFilterCommand(actor, dto));
  }

  @Get('moderation-cases')
  @ApiOkResponse({ type: PageOf(ModerationCaseView), description: 'Oldest first' })
  @ApiErrors(400, 401, 403)
  cases(@Query() query: ModerationCasesQueryDto): Promise<Page<ModerationCaseView>> {
    return this.queries.execute(
      new ListModerationCasesQuery(
        query.status ?? null,
        query.kind ?? null,
        query.limit,
        query.offset,
      ),
    );
  }

  @Get('moderation-cases/:caseId')
  @ApiOkResponse({ type: ModerationCaseView })
  @ApiErrors(400, 401, 403, 404)
  case(@Param('caseId', ParseUuidPipe) caseId: string): Promise<ModerationCaseView> {
    return this.queries.execute(new GetModerationCaseQuery(caseId));
  }

  @Post('moderation-cases/:caseId/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ModerationCaseView, description: 'Resolved' })
  @ApiErrors(400, 401, 403, 404, 409)
  async resolve(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: ResolveCaseDto,
  ): Promise<ModerationCaseView> {
    await this.commands.execute(new ResolveModerationCaseCommand(actor, caseId, dto.note));
    return this.queries.execute(new GetModerationCaseQuery(caseId));
  }
}
