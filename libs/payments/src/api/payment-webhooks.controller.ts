import { Controller, Headers, HttpCode, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { ApiErrors, Public } from '@pasar/shared';
import { ReceiveWebhookCommand } from '../application/commands/receive-webhook/receive-webhook.command';
import { WebhookReceipt } from '../application/commands/receive-webhook/webhook-receipt.view';

/** Where each provider puts its signature. */
const SIGNATURE_HEADERS: Record<string, string> = {
  simulated: 'pasar-signature',
  stripe: 'stripe-signature',
};

@ApiTags('payments')
@Controller('payments/webhooks')
export class PaymentWebhooksController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':provider')
  @Public()
  @SkipThrottle()
  @HttpCode(200)
  @ApiOperation({
    summary: 'A payment provider delivers an event',
    description:
      'Called by the configured provider, not by clients. The signature is checked over the exact ' +
      'bytes received (Stripe scheme: `t=<unix>,v1=<hex HMAC-SHA256>`, 5-minute tolerance); a ' +
      'redelivered event is acknowledged again and applied once.',
  })
  @ApiParam({ name: 'provider', enum: ['simulated', 'stripe'] })
  @ApiHeader({ name: 'Pasar-Signature', required: false, description: 'Simulated provider' })
  @ApiHeader({ name: 'Stripe-Signature', required: false, description: 'Stripe' })
  @ApiConsumes('application/json')
  @ApiBody({ schema: { type: 'object', description: "The provider's event, byte for byte" } })
  @ApiOkResponse({ type: WebhookReceipt, description: 'Received (first time or again)' })
  @ApiErrors(400, 404)
  receive(
    @Param('provider') provider: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers() headers: Record<string, string | undefined>,
  ): Promise<WebhookReceipt> {
    const header = SIGNATURE_HEADERS[provider];
    return this.commands.execute(
      new ReceiveWebhookCommand(
        provider,
        request.rawBody ?? Buffer.alloc(0),
        header ? headers[header] : undefined,
      ),
    );
  }
}
