import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ParseUuidPipe, Roles } from '@pasar/shared';
import { GetUserQuery } from '../application/queries/get-user/get-user.query';
import { UserView } from '../application/queries/get-user/user.view';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 401, 403, 404)
  get(@Param('id', ParseUuidPipe) id: string): Promise<UserView> {
    return this.queries.execute(new GetUserQuery(id));
  }
}
