import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  Page,
  PageOf,
  PageQuery,
  ParseUuidPipe,
  Role,
  ROLES,
  Roles,
  Text,
} from '@pasar/shared';
import { DeleteUserCommand } from '../application/commands/delete-user/delete-user.command';
import { BanUserCommand } from '../application/commands/ban-user/ban-user.command';
import { UnbanUserCommand } from '../application/commands/unban-user/unban-user.command';
import { GetAdminUserQuery } from '../application/queries/get-admin-user/get-admin-user.query';
import { AdminUserView } from '../application/queries/get-user/user.view';
import { ListUsersQuery } from '../application/queries/list-users/list-users.query';

export class ListUsersRequestDto extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the email, phone or name', example: 'ana' })
  @IsOptional()
  @Text(100)
  q?: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: PageOf(AdminUserView), description: 'Newest accounts first' })
  @ApiErrors(400, 401, 403)
  list(@Query() dto: ListUsersRequestDto): Promise<Page<AdminUserView>> {
    return this.queries.execute(
      new ListUsersQuery({ role: dto.role, q: dto.q }, dto.limit, dto.offset),
    );
  }

  @Get(':id')
  @ApiOkResponse({ type: AdminUserView })
  @ApiErrors(400, 401, 403, 404)
  get(@Param('id', ParseUuidPipe) id: string): Promise<AdminUserView> {
    return this.queries.execute(new GetAdminUserQuery(id));
  }

  @Post(':id/ban')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Banned: every session is revoked and sign-in refused (idempotent)',
  })
  @ApiErrors(400, 401, 403, 404, 422)
  async ban(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<void> {
    await this.commands.execute(new BanUserCommand(id, actor.id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'Deleted as if by its owner: anonymized, every session revoked, sign-in refused, chat ' +
      'messages erased shortly after (idempotent)',
  })
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<void> {
    await this.commands.execute(new DeleteUserCommand(id, actor.id, null));
  }

  @Post(':id/unban')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Sign-in allowed again (idempotent)' })
  @ApiErrors(400, 401, 403, 404)
  async unban(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<void> {
    await this.commands.execute(new UnbanUserCommand(id, actor.id));
  }
}
