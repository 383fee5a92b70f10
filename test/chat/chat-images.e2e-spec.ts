import { GPS_MARK, jpegWithExif, pngWithText } from '../../libs/chat/test/test-images';
import { sql } from '../checkout/checkout-world';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  ask,
  ChatWorld,
  chatWorld,
  closeSockets,
  connect,
  MessageBody,
  openRoom,
} from './chat-fixtures';

const MAX_BYTES = 4096;

describe('chat: images uploaded to a room, stripped of metadata, sent by reference', () => {
  let api: TestApi;
  let world: ChatWorld;

  beforeAll(async () => {
    api = await startTestApi({ CHAT_IMAGE_MAX_BYTES: String(MAX_BYTES) });
    world = await chatWorld(api);
  });

  afterEach(() => closeSockets());

  afterAll(async () => {
    await api?.close();
  });

  const upload = (user: TestUser, file: Buffer, name = 'photo.jpg', roomId = world.room.id) =>
    api
      .http()
      .post(`/chat/rooms/${roomId}/attachments`)
      .set(user.auth)
      .attach('file', file, { filename: name, contentType: 'image/jpeg' });
  /** GET on a path (of an image URL) as `user`, with the body as bytes. */
  const fetch = (url: string, user?: TestUser) => {
    const req = api.http().get(new URL(url).pathname);
    if (user) void req.set(user.auth);
    return req.buffer(true).parse((response, done) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => done(null, Buffer.concat(parts)));
    });
  };
  const image = async (url: string, user: TestUser) => {
    const res = await fetch(url, user).expect(200);
    return { type: res.headers['content-type'], bytes: res.body as Buffer };
  };
  let counter = 0;
  const sendImage = async (user: TestUser, attachmentId: string, text?: string) => {
    const socket = await connect(api, { token: user.accessToken });
    return ask<MessageBody & { card: Record<string, unknown> }>(socket, 'message:send', {
      roomId: world.room.id,
      clientMessageId: `img-${++counter}`,
      type: 'image',
      attachmentId,
      ...(text === undefined ? {} : { text }),
    });
  };

  it('strips a JPEG’s EXIF (GPS) before storing it, and sends it by reference', async () => {
    const { buyer, seller, room } = world;
    const original = jpegWithExif();
    expect(original.includes(GPS_MARK)).toBe(true);
    const res = await upload(buyer, original, 'holiday.png').expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      roomId: room.id,
      url: expect.stringMatching(new RegExp(`/chat/rooms/${room.id}/attachments/[0-9a-f-]{36}$`)),
      contentType: 'image/jpeg',
      size: expect.any(Number),
      createdAt: expect.any(String),
    });
    expect(res.body.size).toBeLessThan(original.length);
    expect(new URL(res.body.url).pathname).toBe(
      `/chat/rooms/${room.id}/attachments/${res.body.id}`,
    );
    const served = await image(res.body.url, seller);
    expect(served.type).toBe('image/jpeg');
    expect(served.bytes.length).toBe(res.body.size);
    expect(served.bytes.includes(GPS_MARK)).toBe(false);
    expect(served.bytes.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
    expect(served.bytes.subarray(0, 4)).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));

    const sent = await sendImage(buyer, res.body.id, 'dari pantai');
    expect(sent).toMatchObject({
      ok: true,
      data: {
        type: 'image',
        text: 'dari pantai',
        preview: '[Image] dari pantai',
        card: {
          kind: 'image',
          attachmentId: res.body.id,
          url: res.body.url,
          contentType: 'image/jpeg',
          size: res.body.size,
        },
      },
    });
    const history = await api
      .http()
      .get(`/chat/rooms/${room.id}/messages`)
      .set(seller.auth)
      .expect(200);
    expect(history.body.items[0]).toMatchObject({ type: 'image', card: { url: res.body.url } });

    // Sent once: a second message with it, or another participant sending it, is refused.
    const again = await sendImage(buyer, res.body.id);
    expect(again).toMatchObject({ ok: false, error: { code: 'CHAT.ATTACHMENT_ALREADY_SENT' } });
    const notTheirs = await sendImage(seller, res.body.id);
    expect(notTheirs).toMatchObject({ ok: false, error: { code: 'CHAT.ATTACHMENT_NOT_FOUND' } });
  });

  it('sends an image once when two messages race for it', async () => {
    const { buyer } = world;
    const res = await upload(buyer, jpegWithExif()).expect(201);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => sendImage(buyer, res.body.id)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ error: { code: 'CHAT.ATTACHMENT_ALREADY_SENT' } });
    }
    const [row] = await sql(api).execute<{ sent: number }[]>(
      `select count(*)::int as sent from chat.messages where card->>'attachmentId' = ?`,
      [res.body.id],
    );
    expect(row.sent).toBe(1);
  });

  it('strips a PNG’s tEXt chunk', async () => {
    const res = await upload(world.seller, pngWithText('Author=Siti'), 'logo.jpg').expect(201);
    expect(res.body.contentType).toBe('image/png');
    const served = await image(res.body.url, world.buyer);
    expect(served.type).toBe('image/png');
    expect(served.bytes.includes('tEXt')).toBe(false);
    expect(served.bytes.includes('Author=Siti')).toBe(false);
    expect(served.bytes.includes('IDAT')).toBe(true);
  });

  it('refuses a text file named .jpg, an image over the limit and a missing file', async () => {
    const { buyer } = world;
    const text = await upload(buyer, Buffer.from('not an image at all'), 'cat.jpg').expect(422);
    expect(text.body).toMatchObject({
      code: 'CHAT.UNSUPPORTED_IMAGE',
      details: { field: 'file' },
    });
    const big = Buffer.concat([jpegWithExif(), Buffer.alloc(MAX_BYTES)]);
    const tooBig = await upload(buyer, big).expect(422);
    expect(tooBig.body).toMatchObject({ code: 'CHAT.IMAGE_TOO_LARGE', details: { field: 'file' } });
    const empty = await api
      .http()
      .post(`/chat/rooms/${world.room.id}/attachments`)
      .set(buyer.auth)
      .field('note', 'x')
      .expect(400);
    expect(empty.body.code).toBe('REQUEST.VALIDATION_FAILED');
    await api
      .http()
      .post(`/chat/rooms/${world.room.id}/attachments`)
      .set(buyer.auth)
      .send({ file: 'x' })
      .expect(415);
  });

  it('takes uploads from the room’s participants only', async () => {
    const stranger = await signUp(api, 'buyer');
    const otherSeller = await signUp(api, 'seller');
    const admin = await signUp(api, 'admin');
    for (const user of [stranger, otherSeller]) {
      const res = await upload(user, jpegWithExif()).expect(404);
      expect(res.body.code).toBe('CHAT.ROOM_NOT_FOUND');
    }
    const byAdmin = await upload(admin, jpegWithExif()).expect(403);
    expect(byAdmin.body.code).toBe('CHAT.READ_ONLY');

    // Fetched through the API by the room's participants and admins only, never from /media.
    const uploaded = await upload(world.buyer, jpegWithExif()).expect(201);
    const { url, id } = uploaded.body as { url: string; id: string };
    for (const user of [world.buyer, world.seller, admin]) await image(url, user);
    for (const user of [stranger, otherSeller]) {
      const res = await fetch(url, user).expect(404);
      expect(JSON.parse(res.body.toString()).code).toBe('CHAT.ROOM_NOT_FOUND');
    }
    await fetch(url).expect(401);
    const file = await sql(api).execute<{ storage_key: string }[]>(
      'select storage_key from chat.attachments where id = ?',
      [id],
    );
    await fetch(`${api.baseUrl}/media/${file[0].storage_key}`).expect(404);
    await api
      .http()
      .post(`/chat/rooms/${world.room.id}/attachments`)
      .attach('file', jpegWithExif(), 'a.jpg')
      .expect(401);

    // An image the buyer uploaded to another of their rooms is not sent in this one.
    const other = await chatWorld(api);
    const otherRoom = await openRoom(api, world.buyer, other.shop.id);
    const elsewhere = await upload(world.buyer, jpegWithExif(), 'a.jpg', otherRoom.id).expect(201);
    const res = await sendImage(world.buyer, elsewhere.body.id);
    expect(res).toMatchObject({ ok: false, error: { code: 'CHAT.ATTACHMENT_NOT_FOUND' } });
  });
});
