import { Logger } from '@nestjs/common';
import {
  circuitBreaker,
  CircuitBreakerPolicy,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  IPolicy,
  isBrokenCircuitError,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';
import {
  CreateIntentRequest,
  PaymentProvider,
  ProviderIntent,
  ProviderRefund,
  RefundRequest,
} from '../../domain/provider/payment-provider';
import { ProviderEvent } from '../../domain/provider/provider-event';
import {
  PaymentProviderRejectedError,
  PaymentProviderUnavailableError,
} from '../../domain/provider/provider.errors';

export interface ResilienceOptions {
  /** Each attempt gets this long before it counts as failed. */
  timeoutMs: number;
  /** Attempts after the first, with exponential backoff and jitter between them. */
  retries: number;
  /** This many failures in a row open the circuit: calls then fail at once. */
  breakerThreshold: number;
  /** After this long open, one trial call is let through; its success closes the circuit. */
  breakerHalfOpenAfterMs: number;
  /** First backoff delay (doubling each retry). */
  backoffInitialMs?: number;
}

/** A refusal is the provider's answer, not an outage: it is neither retried nor counted. */
const isOutage = (error: Error) => !(error instanceof PaymentProviderRejectedError);

/**
 * Every call to the provider, resilient: a timeout per attempt, bounded retries with exponential
 * backoff, and a circuit breaker shared by all calls of this process. An outage (after the
 * retries) or an open circuit is PaymentProviderUnavailableError (503); nothing else leaks out.
 * Webhook verification is local and passes straight through.
 */
export class ResilientPaymentProvider extends PaymentProvider {
  readonly name: PaymentProvider['name'];
  readonly breaker: CircuitBreakerPolicy;
  private readonly policy: IPolicy;
  private readonly logger = new Logger(ResilientPaymentProvider.name);

  constructor(
    private readonly inner: PaymentProvider,
    private readonly options: ResilienceOptions,
  ) {
    super();
    this.name = inner.name;
    this.breaker = circuitBreaker(handleWhen(isOutage), {
      halfOpenAfter: options.breakerHalfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breakerThreshold),
    });
    this.breaker.onBreak(() => this.logger.warn(`${this.name} circuit opened`));
    this.breaker.onReset(() => this.logger.log(`${this.name} circuit closed`));
    const retries = retry(
      handleWhen((error) => isOutage(error) && !isBrokenCircuitError(error)),
      {
        maxAttempts: options.retries,
        backoff: new ExponentialBackoff({
          initialDelay: options.backoffInitialMs ?? 100,
          maxDelay: 5_000,
        }),
      },
    );
    this.policy = wrap(
      retries,
      this.breaker,
      timeout(options.timeoutMs, TimeoutStrategy.Aggressive),
    );
  }

  createIntent(request: CreateIntentRequest): Promise<ProviderIntent> {
    return this.call(() => this.inner.createIntent(request));
  }

  refund(request: RefundRequest): Promise<ProviderRefund> {
    return this.call(() => this.inner.refund(request));
  }

  verifyWebhook(rawBody: Buffer, signatureHeader: string | undefined): ProviderEvent {
    return this.inner.verifyWebhook(rawBody, signatureHeader);
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(work);
    } catch (error) {
      if (error instanceof PaymentProviderRejectedError) throw error;
      if (isBrokenCircuitError(error)) {
        throw new PaymentProviderUnavailableError('its circuit is open after repeated failures');
      }
      // (cockatiel 3.2.1's isTaskCancelledError tests the wrong marker: check the class.)
      if (error instanceof TaskCancelledError) {
        throw new PaymentProviderUnavailableError(`no answer within ${this.options.timeoutMs} ms`);
      }
      if (error instanceof PaymentProviderUnavailableError) throw error;
      throw new PaymentProviderUnavailableError(
        (error instanceof Error && error.message) || 'the call failed',
      );
    }
  }
}
