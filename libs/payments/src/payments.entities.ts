import { Payment } from './domain/payment/payment.aggregate';
import { Refund } from './domain/refund/refund.aggregate';
import { WebhookEvent } from './infrastructure/persistence/webhook-event.entity';
import { SimulatedIntent } from './infrastructure/providers/simulated/simulated-intent.entity';
import { SimulatedRefund } from './infrastructure/providers/simulated/simulated-refund.entity';

/** Every table of the payments schema (the migration CLI and the module both use this list). */
export const PAYMENTS_ENTITIES = [Payment, Refund, WebhookEvent, SimulatedIntent, SimulatedRefund];
