import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, ApiErrors, AuthRateLimit, CurrentUser } from '@pasar/shared';
import { ChangePasswordCommand } from '../application/commands/change-password/change-password.command';
import { DeleteUserCommand } from '../application/commands/delete-user/delete-user.command';
import { ConfirmEmailVerificationCommand } from '../application/commands/confirm-email-verification/confirm-email-verification.command';
import { RequestEmailVerificationCommand } from '../application/commands/request-email-verification/request-email-verification.command';
import { UpdateProfileCommand } from '../application/commands/update-profile/update-profile.command';
import { GetUserQuery } from '../application/queries/get-user/get-user.query';
import { UserView } from '../application/queries/get-user/user.view';
import { CodeSentView } from './auth.controller';
import { ChangePasswordDto, ConfirmCodeDto, DeleteMeDto, UpdateMeDto } from './me.request.dto';

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

  @Delete()
  @HttpCode(204)
  @AuthRateLimit()
  @ApiOperation({
    summary: 'Delete my account',
    description:
      'Takes `currentPassword`, or (without it) a session signed in within the last 5 minutes. ' +
      'The account is anonymized (name "Deleted user", email replaced, phone, password and ' +
      'addresses removed), every session is signed out at once and no sign-in works again. ' +
      'Your chat messages are erased for the other participants shortly after (shown as erased), ' +
      'and your notifications, read state and contact details are removed.',
  })
  @ApiNoContentResponse({ description: 'Deleted; every session is signed out' })
  @ApiErrors(400, 401, 403, 422, 429)
  remove(@CurrentUser() actor: Actor, @Body() dto: DeleteMeDto): Promise<void> {
    return this.commands.execute(
      new DeleteUserCommand(actor.id, actor.id, {
        sessionId: actor.sessionId,
        currentPassword: dto.currentPassword ?? null,
      }),
    );
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
