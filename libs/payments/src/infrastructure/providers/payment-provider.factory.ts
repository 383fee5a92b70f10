import { FactoryProvider } from '@nestjs/common';
import { AppConfig } from '@pasar/shared';
import { ResilientPaymentProvider } from '../../application/resilience/resilient-payment-provider';
import { PaymentProvider } from '../../domain/provider/payment-provider';
import { SimulatedPaymentProvider } from './simulated/simulated-payment.provider';
import { StripePaymentProvider } from './stripe/stripe-payment.provider';

/** The configured adapter (PAYMENT_PROVIDER), every call of it behind the resilience policy. */
export const paymentProviderFactory: FactoryProvider<PaymentProvider> = {
  provide: PaymentProvider,
  inject: [AppConfig, SimulatedPaymentProvider],
  useFactory: (config: AppConfig, simulated: SimulatedPaymentProvider) => {
    const { payments } = config;
    const adapter =
      payments.provider === 'stripe' && payments.stripe
        ? new StripePaymentProvider(payments.stripe, payments)
        : simulated;
    return new ResilientPaymentProvider(adapter, payments);
  },
};
