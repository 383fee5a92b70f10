import { requestLogFields, responseLogFields } from './logger.module';

describe('request log fields', () => {
  it('names the request without its credentials', () => {
    const fields = requestLogFields({
      id: 'req-1',
      method: 'POST',
      url: '/auth/login',
      remoteAddress: '10.0.0.7',
      headers: {
        authorization: 'Bearer secret-token',
        cookie: 'session=secret',
        'user-agent': 'curl/8',
      },
    });
    expect(fields).toEqual({
      id: 'req-1',
      method: 'POST',
      url: '/auth/login',
      remoteAddress: '10.0.0.7',
      userAgent: 'curl/8',
    });
    expect(JSON.stringify(fields)).not.toContain('secret');
  });

  it('keeps only the status of a response, not its cookies', () => {
    expect(responseLogFields({ statusCode: 201, headers: { 'set-cookie': 'x' } } as never)).toEqual(
      {
        statusCode: 201,
      },
    );
  });
});
