import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { AppConfig, BrokerConfig } from '../config/app-config';

/** DI token of the RabbitMQ client; its value is null while the broker is off. */
export const BROKER_CLIENT = Symbol('pasar:broker-client');

/**
 * A Nest RMQ client that publishes to the durable topic exchange `config.exchange` with the
 * event type as routing key (`wildcards` is what makes ClientRMQ publish to an exchange instead
 * of a queue). It declares only the exchange: subscribers own their queues and bindings, so a
 * queue exists only for someone who wants the events.
 *
 * amqp-connection-manager gives the client a confirm channel, so an emit resolves only when the
 * broker acked the message, and it reconnects on its own after an outage.
 */
export function createBrokerClient(config: BrokerConfig): ClientProxy {
  return ClientProxyFactory.create({
    transport: Transport.RMQ,
    options: {
      urls: [config.url],
      exchange: config.exchange,
      exchangeType: 'topic',
      wildcards: true,
      persistent: true,
      socketOptions: { heartbeatIntervalInSeconds: 5, reconnectTimeInSeconds: 1 },
    },
  });
}

export const brokerClientProvider = {
  provide: BROKER_CLIENT,
  inject: [AppConfig],
  useFactory: (config: AppConfig): ClientProxy | null =>
    config.broker ? createBrokerClient(config.broker) : null,
};
