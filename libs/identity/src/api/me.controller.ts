import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, ApiErrors, AuthRateLimit, CurrentUser } from '@pasar/shared';
import { ChangePasswordCommand } from '../application/commands/change-password/change-password.command';
import { ConfirmEmailVerificationCommand } from '../application/commands/confirm-email-verification/confirm-email-verification.command';
import { RequestEmailVerificationCommand } from '../application/commands/request-email-verification/request-email-verification.command';
import { UpdateProfileCommand } from '../application/commands/update-profile/update-profile.command';
import { GetUserQuery } from '../application/queries/get-user/get-user.query';
import { UserView } from '../application/queries/get-user/user.view';
import { CodeSentView } from './auth.controller';
import { ChangePasswordDto, ConfirmCodeDto, UpdateMeDto } from './me.request.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserView })
  @ApiErrors(401)
  get(@CurrentUser() actor: Actor): Promise<UserView> {
    return this.queries.execute(new GetUserQuery(actor.id));
  }

  @Patch()
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 401)
  async update(@CurrentUser() actor: Actor, @Body() dto: UpdateMeDto): Promise<UserView> {
    await this.commands.execute(new UpdateProfileCommand(actor.id, dto.name));
    return this.queries.execute(new GetUserQuery(actor.id));
  }

  @Post('password')
  @HttpCode(204)
  @AuthRateLimit()
  @ApiNoContentResponse({ description: 'Changed; every session is signed out, sign in again' })
  @ApiErrors(400, 401, 422, 429)
  changePassword(@CurrentUser() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.commands.execute(
      new ChangePasswordCommand(actor.id, dto.currentPassword, dto.newPassword),
    );
  }

  @Post('email-verification')
  @HttpCode(202)
  @AuthRateLimit()
  @ApiAcceptedResponse({ type: CodeSentView, description: 'A 6-digit code was emailed' })
  @ApiErrors(401, 409, 422, 429)
  async requestEmailVerification(@CurrentUser() actor: Actor): Promise<CodeSentView> {
    const { expiresAt } = await this.commands.execute(
      new RequestEmailVerificationCommand(actor.id),
    );
    return { expiresAt: expiresAt.toISOString() };
  }

  @Post('email-verification/confirm')
  @HttpCode(200)
  @AuthRateLimit()
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 401, 409, 422, 429)
  async confirmEmailVerification(
    @CurrentUser() actor: Actor,
    @Body() dto: ConfirmCodeDto,
  ): Promise<UserView> {
    await this.commands.execute(new ConfirmEmailVerificationCommand(actor.id, dto.code));
    return this.queries.execute(new GetUserQuery(actor.id));
  }
}
