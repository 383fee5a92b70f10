import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe } from '@pasar/shared';
import { AddAddressCommand } from '../application/commands/add-address/add-address.command';
import { EditAddressCommand } from '../application/commands/edit-address/edit-address.command';
import { RemoveAddressCommand } from '../application/commands/remove-address/remove-address.command';
import { SetDefaultAddressCommand } from '../application/commands/set-default-address/set-default-address.command';
import { GetAddressQuery } from '../application/queries/get-address/get-address.query';
import { AddressView } from '../application/queries/list-addresses/address.view';
import { ListAddressesQuery } from '../application/queries/list-addresses/list-addresses.query';
import { addressFields, CreateAddressDto, UpdateAddressDto } from './address.request.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/addresses')
export class AddressesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AddressView] })
  @ApiErrors(401)
  list(@CurrentUser() actor: Actor): Promise<AddressView[]> {
    return this.queries.execute(new ListAddressesQuery(actor.id));
  }

  @Post()
  @ApiCreatedResponse({ type: AddressView })
  @ApiErrors(400, 401, 422)
  async create(@CurrentUser() actor: Actor, @Body() dto: CreateAddressDto): Promise<AddressView> {
    const { addressId } = await this.commands.execute(
      new AddAddressCommand(actor.id, dto.type, addressFields(dto), dto.isDefault),
    );
    return this.queries.execute(new GetAddressQuery(actor, addressId));
  }

  @Get(':id')
  @ApiOkResponse({ type: AddressView })
  @ApiErrors(400, 401, 404)
  get(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<AddressView> {
    return this.queries.execute(new GetAddressQuery(actor, id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AddressView })
  @ApiErrors(400, 401, 404)
  async update(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: UpdateAddressDto,
  ): Promise<AddressView> {
    await this.commands.execute(new EditAddressCommand(actor.id, id, { ...dto }));
    return this.queries.execute(new GetAddressQuery(actor, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; another address of its type becomes default' })
  @ApiErrors(400, 401, 404)
  remove(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<void> {
    return this.commands.execute(new RemoveAddressCommand(actor.id, id));
  }

  @Post(':id/default')
  @HttpCode(200)
  @ApiOkResponse({ type: AddressView })
  @ApiErrors(400, 401, 404)
  async makeDefault(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<AddressView> {
    await this.commands.execute(new SetDefaultAddressCommand(actor.id, id));
    return this.queries.execute(new GetAddressQuery(actor, id));
  }
}
