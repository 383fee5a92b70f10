import { EntityManager } from '@mikro-orm/postgresql';
import { signUp, startTestApi, TestApi } from '../support/test-api';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let sequence = 0;
/** A fresh Indonesian mobile number per test, so no two tests share a resend limit. */
const freshPhone = () =>
  `+62812${String((Date.now() % 1_000_000) * 10 + (++sequence % 10)).padStart(7, '0')}`;

/** Any six-digit code other than `code`. */
const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('identity: one-time codes', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  /** The code in the newest message "sent" to the phone or email address. */
  const lastCodeSentTo = (to: string): string => {
    const messages = api.codes.sentTo(to);
    expect(messages.length).toBeGreaterThan(0);
    const match = /Your Pasar code is (\d{6})\./.exec(messages[messages.length - 1].text);
    expect(match).not.toBeNull();
    return match![1];
  };

  const sql = (query: string, params: unknown[]) =>
    api.app.get(EntityManager).fork().execute(query, params);

  /** Moves the target's challenges `seconds` into the past (issue time and expiry). */
  const age = (target: string, seconds: number) =>
    sql(
      `update identity.otp_challenges
          set created_at = created_at - make_interval(secs => ?),
              expires_at = expires_at - make_interval(secs => ?)
        where target = ?`,
      [seconds, seconds, target],
    );

  const requestCode = (phone: string) => api.http().post('/auth/otp/request').send({ phone });
  const verify = (phone: string, code: string) =>
    api.http().post('/auth/otp/verify').send({ phone, code });

  describe('phone sign-in', () => {
    it('sends a six-digit code by SMS that signs a new number in as a new buyer', async () => {
      const phone = freshPhone();
      const before = Date.now();
      const sent = await requestCode(phone).expect(202);
      const expiresAt = new Date(sent.body.expiresAt).getTime();
      expect(expiresAt - before).toBeGreaterThan(290_000);
      expect(expiresAt - before).toBeLessThanOrEqual(305_000);

      const messages = api.codes.sentTo(phone);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ channel: 'sms', to: phone });
      expect(messages[0].text).toMatch(/^Your Pasar code is \d{6}\. It expires in 5 minutes\./);

      const signedIn = await verify(phone, lastCodeSentTo(phone)).expect(200);
      expect(signedIn.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
        refreshExpiresAt: expect.any(String),
        isNewUser: true,
      });
      const profile = await api
        .http()
        .get('/me')
        .set(bearer(signedIn.body.accessToken))
        .expect(200);
      expect(profile.body).toMatchObject({
        phone,
        email: null,
        role: 'buyer',
        phoneVerified: true,
        emailVerified: false,
      });
      // The session is a normal one: its refresh token rotates.
      await api
        .http()
        .post('/auth/refresh')
        .send({ refreshToken: signedIn.body.refreshToken })
        .expect(200);
    });

    it('signs a known number into the same account with a new code', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const first = await verify(phone, lastCodeSentTo(phone)).expect(200);
      const firstProfile = await api
        .http()
        .get('/me')
        .set(bearer(first.body.accessToken))
        .expect(200);

      await age(phone, 31); // past the resend cooldown
      await requestCode(phone).expect(202);
      const second = await verify(phone, lastCodeSentTo(phone)).expect(200);
      expect(second.body.isNewUser).toBe(false);
      const secondProfile = await api
        .http()
        .get('/me')
        .set(bearer(second.body.accessToken))
        .expect(200);
      expect(secondProfile.body.id).toBe(firstProfile.body.id);
      expect(secondProfile.body.phoneVerified).toBe(true);
    });

    it('accepts a number written with spaces and dashes and stores it in E.164', async () => {
      const phone = freshPhone();
      const spaced = `${phone.slice(0, 3)} ${phone.slice(3, 6)}-${phone.slice(6, 10)}-${phone.slice(10)}`;
      await requestCode(spaced).expect(202);
      const signedIn = await verify(spaced, lastCodeSentTo(phone)).expect(200);
      const profile = await api
        .http()
        .get('/me')
        .set(bearer(signedIn.body.accessToken))
        .expect(200);
      expect(profile.body.phone).toBe(phone);
    });

    it('refuses a wrong code with 422 IDENTITY.OTP_INVALID and counts down the attempts', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const code = lastCodeSentTo(phone);

      const wrong = await verify(phone, wrongCodeFor(code)).expect(422);
      expect(wrong.body).toMatchObject({
        statusCode: 422,
        code: 'IDENTITY.OTP_INVALID',
        details: { attemptsLeft: 4 },
      });
      const again = await verify(phone, wrongCodeFor(code)).expect(422);
      expect(again.body.details.attemptsLeft).toBe(3);

      // The right code still works while attempts are left.
      const signedIn = await verify(phone, code).expect(200);
      expect(signedIn.body.isNewUser).toBe(true);
    });

    it('locks the code after five wrong attempts, even for the right code', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const code = lastCodeSentTo(phone);

      const left: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await verify(phone, wrongCodeFor(code)).expect(422);
        expect(res.body.code).toBe('IDENTITY.OTP_INVALID');
        left.push(res.body.details.attemptsLeft);
      }
      expect(left).toEqual([4, 3, 2, 1, 0]);

      const locked = await verify(phone, code).expect(429);
      expect(locked.body).toMatchObject({
        statusCode: 429,
        code: 'IDENTITY.OTP_ATTEMPTS_EXCEEDED',
      });
      const wrongAgain = await verify(phone, wrongCodeFor(code)).expect(429);
      expect(wrongAgain.body.code).toBe('IDENTITY.OTP_ATTEMPTS_EXCEEDED');

      // A new code (after the resend cooldown) starts afresh.
      await age(phone, 31);
      await requestCode(phone).expect(202);
      await verify(phone, lastCodeSentTo(phone)).expect(200);
    });

    it('counts wrong attempts made at the same time one by one', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const wrong = wrongCodeFor(lastCodeSentTo(phone));
      const results = await Promise.all(
        Array.from({ length: 8 }, () => verify(phone, wrong).then((res) => res.status)),
      );
      expect(results.filter((status) => status === 422)).toHaveLength(5);
      expect(results.filter((status) => status === 429)).toHaveLength(3);
    });

    it('refuses a code older than five minutes with 422 IDENTITY.OTP_EXPIRED', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const code = lastCodeSentTo(phone);
      await age(phone, 5 * 60 + 1);

      const res = await verify(phone, code).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'IDENTITY.OTP_EXPIRED' });

      // A new code can be requested and works.
      await requestCode(phone).expect(202);
      const fresh = lastCodeSentTo(phone);
      await verify(phone, fresh).expect(200);
    });

    it('accepts a code just before it expires', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      await age(phone, 5 * 60 - 20);
      await verify(phone, lastCodeSentTo(phone)).expect(200);
    });

    it('refuses a code that was already used with 422 IDENTITY.OTP_EXPIRED', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const code = lastCodeSentTo(phone);
      await verify(phone, code).expect(200);

      const reused = await verify(phone, code).expect(422);
      expect(reused.body.code).toBe('IDENTITY.OTP_EXPIRED');
    });

    it('limits resends to one code per 30 seconds per number', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const firstCode = lastCodeSentTo(phone);

      const res = await requestCode(phone).expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, code: 'IDENTITY.OTP_RESEND_LIMIT' });
      expect(res.body.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(res.body.details.retryAfterSeconds).toBeLessThanOrEqual(30);
      expect(api.codes.sentTo(phone)).toHaveLength(1);

      // Another number is not affected.
      await requestCode(freshPhone()).expect(202);

      // After the cooldown a new code is sent; it replaces the previous one.
      await age(phone, 31);
      await requestCode(phone).expect(202);
      expect(api.codes.sentTo(phone)).toHaveLength(2);
      const secondCode = lastCodeSentTo(phone);
      if (secondCode !== firstCode) {
        const stale = await verify(phone, firstCode).expect(422);
        expect(stale.body.code).toBe('IDENTITY.OTP_INVALID');
      }
      await verify(phone, secondCode).expect(200);
    });

    it('sends at most five codes per number in an hour', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      for (let i = 0; i < 4; i++) {
        await age(phone, 31);
        await requestCode(phone).expect(202);
      }
      await age(phone, 31);
      const res = await requestCode(phone).expect(429);
      expect(res.body.code).toBe('IDENTITY.OTP_RESEND_LIMIT');
      // Until the oldest of the five is an hour old: about 3600 - 5 * 31 seconds.
      expect(res.body.details.retryAfterSeconds).toBeGreaterThan(3400);
      expect(res.body.details.retryAfterSeconds).toBeLessThanOrEqual(3600 - 5 * 31);
      expect(api.codes.sentTo(phone)).toHaveLength(5);
    });

    it('refuses to verify a number no code was requested for', async () => {
      const res = await verify(freshPhone(), '123456').expect(422);
      expect(res.body.code).toBe('IDENTITY.OTP_NOT_REQUESTED');
    });

    it('validates the phone number and the code format', async () => {
      const badPhone = await requestCode('0812345').expect(400);
      expect(badPhone.body).toMatchObject({
        code: 'REQUEST.VALIDATION_FAILED',
        message: 'Validation failed: phone',
      });
      expect(api.codes.sentTo('0812345')).toHaveLength(0);

      const badCode = await verify(freshPhone(), '12ab').expect(400);
      expect(badCode.body.details.fields).toEqual([
        { field: 'code', messages: ['code must be 6 digits'] },
      ]);
    });
  });

  describe('email verification', () => {
    it('emails a code that marks the email verified', async () => {
      const user = await signUp(api, 'buyer');
      const before = await api.http().get('/me').set(user.auth).expect(200);
      expect(before.body.emailVerified).toBe(false);

      const sent = await api.http().post('/me/email-verification').set(user.auth).expect(202);
      expect(new Date(sent.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const messages = api.codes.sentTo(user.email);
      expect(messages).toHaveLength(1);
      expect(messages[0].channel).toBe('email');

      const confirmed = await api
        .http()
        .post('/me/email-verification/confirm')
        .set(user.auth)
        .send({ code: lastCodeSentTo(user.email) })
        .expect(200);
      expect(confirmed.body).toMatchObject({ id: user.id, email: user.email, emailVerified: true });
      const after = await api.http().get('/me').set(user.auth).expect(200);
      expect(after.body.emailVerified).toBe(true);
    });

    it('refuses to verify an already verified email with 409 IDENTITY.EMAIL_ALREADY_VERIFIED', async () => {
      const user = await signUp(api, 'buyer');
      await api.http().post('/me/email-verification').set(user.auth).expect(202);
      const code = lastCodeSentTo(user.email);
      await api
        .http()
        .post('/me/email-verification/confirm')
        .set(user.auth)
        .send({ code })
        .expect(200);

      const again = await api
        .http()
        .post('/me/email-verification/confirm')
        .set(user.auth)
        .send({ code })
        .expect(409);
      expect(again.body).toMatchObject({
        statusCode: 409,
        code: 'IDENTITY.EMAIL_ALREADY_VERIFIED',
      });
      const resend = await api.http().post('/me/email-verification').set(user.auth).expect(409);
      expect(resend.body.code).toBe('IDENTITY.EMAIL_ALREADY_VERIFIED');
      expect(api.codes.sentTo(user.email)).toHaveLength(1);
    });

    it('refuses a wrong code and leaves the email unverified', async () => {
      const user = await signUp(api, 'buyer');
      await api.http().post('/me/email-verification').set(user.auth).expect(202);
      const code = lastCodeSentTo(user.email);

      const wrong = await api
        .http()
        .post('/me/email-verification/confirm')
        .set(user.auth)
        .send({ code: wrongCodeFor(code) })
        .expect(422);
      expect(wrong.body).toMatchObject({
        code: 'IDENTITY.OTP_INVALID',
        details: { attemptsLeft: 4 },
      });
      const profile = await api.http().get('/me').set(user.auth).expect(200);
      expect(profile.body.emailVerified).toBe(false);
    });

    it("does not accept one user's code for another user's email", async () => {
      const alice = await signUp(api, 'buyer');
      const bob = await signUp(api, 'buyer');
      await api.http().post('/me/email-verification').set(alice.auth).expect(202);
      const alicesCode = lastCodeSentTo(alice.email);

      const res = await api
        .http()
        .post('/me/email-verification/confirm')
        .set(bob.auth)
        .send({ code: alicesCode })
        .expect(422);
      expect(res.body.code).toBe('IDENTITY.OTP_NOT_REQUESTED');
      const profile = await api.http().get('/me').set(bob.auth).expect(200);
      expect(profile.body.emailVerified).toBe(false);
    });

    it('refuses to verify an email for an account that signed up by phone', async () => {
      const phone = freshPhone();
      await requestCode(phone).expect(202);
      const signedIn = await verify(phone, lastCodeSentTo(phone)).expect(200);
      const res = await api
        .http()
        .post('/me/email-verification')
        .set(bearer(signedIn.body.accessToken))
        .expect(422);
      expect(res.body.code).toBe('IDENTITY.NO_EMAIL');
    });

    it('needs an access token', async () => {
      await api.http().post('/me/email-verification').expect(401);
      await api.http().post('/me/email-verification/confirm').send({ code: '123456' }).expect(401);
    });
  });
});
