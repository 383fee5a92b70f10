import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser } from '@pasar/shared';
import { SimulatePaymentCommand } from '../application/commands/simulate-payment/simulate-payment.command';
import { SimulatedPaymentView } from '../application/commands/simulate-payment/simulated-payment.view';
import { ParseIntentIdPipe } from './parse-intent-id.pipe';
import {
  FailSimulatedPaymentDto,
  SucceedSimulatedPaymentDto,
} from './simulated-payment.request.dto';

const HOW =
  'Only with PAYMENT_PROVIDER=simulated, for the payment’s buyer or an admin (404 otherwise). ' +
  'The simulated provider settles its intent, then delivers its signed webhook to ' +
  '`POST /payments/webhooks/simulated` through the HTTP pipeline, as a real provider would; ' +
  'the answer says what the webhook route replied and where the payment stands. Repeating the ' +
  'same outcome redelivers the same event (applied once); the other outcome is a 409.';

@ApiTags('payments')
@ApiBearerAuth()
@Controller('payments/simulated/intents')
export class SimulatedPaymentsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':intentId/succeed')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pay a simulated intent', description: HOW })
  @ApiOkResponse({ type: SimulatedPaymentView })
  @ApiErrors(400, 401, 404, 409)
  succeed(
    @CurrentUser() actor: Actor,
    @Param('intentId', ParseIntentIdPipe) intentId: string,
    @Body() dto: SucceedSimulatedPaymentDto,
  ): Promise<SimulatedPaymentView> {
    const card = dto.card ? { brand: dto.card.brand, last4: dto.card.last4 } : null;
    return this.commands.execute(
      new SimulatePaymentCommand(actor, intentId, 'succeeded', null, card),
    );
  }

  @Post(':intentId/fail')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a simulated intent', description: HOW })
  @ApiOkResponse({ type: SimulatedPaymentView })
  @ApiErrors(400, 401, 404, 409)
  fail(
    @CurrentUser() actor: Actor,
    @Param('intentId', ParseIntentIdPipe) intentId: string,
    @Body() dto: FailSimulatedPaymentDto,
  ): Promise<SimulatedPaymentView> {
    return this.commands.execute(
      new SimulatePaymentCommand(actor, intentId, 'failed', dto.reason ?? null),
    );
  }
}
