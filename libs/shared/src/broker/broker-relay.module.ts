import { Module } from '@nestjs/common';
import { brokerClientProvider } from './broker-client';
import { OutboxBrokerRelay } from './outbox-broker-relay';

/**
 * Worker side: publishes the outbox to the message broker. Safe to load always; without
 * BROKER_URL there is no client and the relay stays idle.
 */
@Module({
  providers: [brokerClientProvider, OutboxBrokerRelay],
  exports: [OutboxBrokerRelay],
})
export class BrokerRelayModule {}
