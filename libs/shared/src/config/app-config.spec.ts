import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on defaults for a local machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/pasar');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it.each([
    [
      'PORT',
      'abc',
      'Invalid environment variable PORT: must be an integer from 0 to 65535, got "abc"',
    ],
    [
      'DATABASE_URL',
      'mysql://x/y',
      'Invalid environment variable DATABASE_URL: must start with postgres:// or postgresql://',
    ],
    ['REDIS_URL', 'not a url', 'Invalid environment variable REDIS_URL: is not a valid URL'],
    [
      'TRUST_PROXY',
      'maybe',
      'Invalid environment variable TRUST_PROXY: must be true or false, got "maybe"',
    ],
  ])('stops on a bad %s with one line naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'Invalid environment variable JWT_SECRET',
    );
    const secret = 'x'.repeat(32);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: secret,
        OTP_SECRET: secret,
        PAYMENT_WEBHOOK_SECRET: secret,
        GRPC_SERVICE_TOKEN: secret,
      }).jwt.secret,
    ).toBe(secret);
  });

  it('serves gRPC on 50051 outside tests, with a service token required in production', () => {
    expect(loadConfig({}).grpc).toMatchObject({ enabled: true, port: 50051 });
    expect(loadConfig({ NODE_ENV: 'test' }).grpc.enabled).toBe(false);
    const secret = 'x'.repeat(32);
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      OTP_SECRET: secret,
      PAYMENT_WEBHOOK_SECRET: secret,
    };
    expect(() => loadConfig(production)).toThrow(
      'Invalid environment variable GRPC_SERVICE_TOKEN: is required in production',
    );
    expect(() => loadConfig({ ...production, GRPC_SERVICE_TOKEN: 'short' })).toThrow(
      'Invalid environment variable GRPC_SERVICE_TOKEN: must be at least 32 characters',
    );
    expect(loadConfig({ ...production, GRPC_ENABLED: 'false' }).grpc.enabled).toBe(false);
    expect(loadConfig({ ...production, GRPC_SERVICE_TOKEN: secret }).grpc.serviceToken).toBe(
      secret,
    );
    expect(() => loadConfig({ GRPC_PORT: '70000' })).toThrow(
      'Invalid environment variable GRPC_PORT: must be an integer from 1 to 65535, got "70000"',
    );
  });

  it('reads the Stripe settings, with an optional API URL, only for PAYMENT_PROVIDER=stripe', () => {
    const stripe = {
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
    };
    expect(loadConfig({}).payments.stripe).toBeNull();
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(
      'Invalid environment variable STRIPE_SECRET_KEY',
    );
    expect(loadConfig(stripe).payments.stripe).toEqual({
      secretKey: 'sk_test_1',
      webhookSecret: 'whsec_1',
      apiUrl: null,
    });
    expect(
      loadConfig({ ...stripe, STRIPE_API_URL: 'http://127.0.0.1:12111' }).payments.stripe?.apiUrl,
    ).toBe('http://127.0.0.1:12111');
    expect(() => loadConfig({ ...stripe, STRIPE_API_URL: 'ftp://x' })).toThrow(
      'Invalid environment variable STRIPE_API_URL',
    );
  });

  it('publishes to the broker only with a BROKER_URL, to pasar.events unless told otherwise', () => {
    const url = 'amqp://guest:guest@127.0.0.1:5672';
    expect(loadConfig({}).broker).toBeNull();
    expect(loadConfig({ BROKER_URL: url }).broker).toEqual({
      url,
      exchange: 'pasar.events',
      publishTimeoutMs: 5000,
    });
    expect(loadConfig({ BROKER_URL: url, BROKER_EXCHANGE: 'erp.events' }).broker?.exchange).toBe(
      'erp.events',
    );
    expect(() => loadConfig({ BROKER_URL: 'http://rabbit' })).toThrow(
      'Invalid environment variable BROKER_URL: must start with amqp:// or amqps://',
    );
    expect(() => loadConfig({ BROKER_URL: url, BROKER_EXCHANGE: 'has space' })).toThrow(
      'Invalid environment variable BROKER_EXCHANGE',
    );
  });
});
