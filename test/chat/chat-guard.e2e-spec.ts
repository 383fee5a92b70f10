// Keeping deals on Pasar: contact details masked in chat, admin rules applied on every instance,
// repeat offenders and reports in the moderation queue, blocks between a buyer and a shop.
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { placedOrder, shopOrderOf, sql, twoShopMarket } from '../ordering/ordering-fixtures';
import { signUp, startReplica, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually } from '../support/worker';
import {
  ask,
  chatWorld,
  ChatWorld,
  closeSockets,
  connect,
  MessageBody,
  next,
  RoomBody,
} from './chat-fixtures';

const MASK = '[contact hidden]';

interface CaseBody {
  id: string;
  kind: string;
  status: string;
  subjectUserId: string;
  roomId: string;
  reporterId: string | null;
  reason: string | null;
  reporterNote: string | null;
  evidence: { messages: { messageId: string; senderId: string; text: string }[] };
  resolutionNote: string | null;
}

const DEFAULT_RULES = {
  kinds: ['phone', 'email', 'link'],
  allowedHosts: [],
  offenderThreshold: 3,
  offenderWindowMinutes: 1440,
};

describe('chat contact filter, blocks and reports (e2e)', () => {
  let api: TestApi;
  let admin: TestUser;
  /** A second instance, started by the test that needs it; closed with the first one only. */
  let replica: TestApi | undefined;

  beforeAll(async () => {
    api = await startTestApi({ CHAT_CONTACT_RULES_CHECK_MS: '100' });
    admin = await signUp(api, 'admin');
  });
  afterEach(() => closeSockets());
  afterAll(async () => {
    await replica?.close();
    await api.close();
  });

  /** Buyer and seller sockets joined to the world's room. */
  async function joined(world: ChatWorld, on: TestApi = api) {
    const buyer = await connect(on, { token: world.buyer.accessToken });
    const seller = await connect(on, { token: world.seller.accessToken });
    for (const socket of [buyer, seller]) {
      expect((await ask(socket, 'room:join', { roomId: world.room.id })).ok).toBe(true);
    }
    return { buyer, seller };
  }

  const send = (socket: Socket, roomId: string, text: string) =>
    ask<MessageBody & { masked: boolean }>(socket, 'message:send', {
      roomId,
      clientMessageId: randomUUID(),
      text,
    });

  async function say(socket: Socket, roomId: string, text: string) {
    const ack = await send(socket, roomId, text);
    if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
    return ack.data;
  }

  const history = async (user: TestUser, roomId: string) =>
    (await api.http().get(`/chat/rooms/${roomId}/messages`).set(user.auth).expect(200)).body
      .items as (MessageBody & { masked: boolean; maskedText?: string | null })[];

  const casesOf = async (query: string) =>
    (await api.http().get(`/admin/chat/moderation-cases?${query}`).set(admin.auth).expect(200))
      .body as { items: CaseBody[]; total: number };

  const putRules = (rules: object, on: TestApi = api) =>
    on.http().put('/admin/chat/contact-filter').set(admin.auth).send(rules);

  describe('masking', () => {
    it('masks phone numbers, emails and links for the participants and keeps them for admins', async () => {
      const world = await chatWorld(api);
      const { buyer, seller } = await joined(world);
      const cases: [string, string][] = [
        ['WA saya 0812-3456-7890 ya', `WA saya ${MASK} ya`],
        ['email ana at gmail dot com', `email ${MASK}`],
        ['call five five five one two three four', `call ${MASK}`],
        ['lebih murah di https://shopee.co.id/x', `lebih murah di ${MASK}`],
      ];
      // An admin reading the room live gets the original beside the masked text.
      const adminSocket = await connect(api, { token: admin.accessToken });
      await ask(adminSocket, 'room:join', { roomId: world.room.id });
      for (const [text, masked] of cases) {
        const broadcast = next<MessageBody & { masked: boolean }>(
          seller,
          'message:new',
          (m) => m.text === masked,
        );
        const atAdmin = next<MessageBody>(adminSocket, 'message:new', (m) => m.text === text);
        const ack = await say(buyer, world.room.id, text);
        expect(ack).toMatchObject({ text: masked, masked: true });
        expect(ack).not.toHaveProperty('maskedText');
        const heard = await broadcast;
        expect(heard).toMatchObject({ text: masked, masked: true });
        expect(heard).not.toHaveProperty('maskedText');
        expect(await atAdmin).toMatchObject({ text, maskedText: masked, masked: true });
      }

      const [newest] = await history(world.seller, world.room.id);
      expect(newest).toMatchObject({ text: `lebih murah di ${MASK}`, masked: true });
      expect(newest).not.toHaveProperty('maskedText');
      const asAdmin = await history(admin, world.room.id);
      expect(asAdmin.map((m) => [m.text, m.maskedText])).toEqual(
        [...cases].reverse().map(([text, masked]) => [text, masked]),
      );

      const rooms = await api.http().get('/chat/rooms').set(world.buyer.auth).expect(200);
      const room = rooms.body.items.find((r: RoomBody) => r.id === world.room.id);
      expect(room.lastMessage).toMatchObject({ text: `lebih murah di ${MASK}`, masked: true });
    });

    it('leaves Pasar’s own links, order numbers, prices and sizes alone', async () => {
      const world = await chatWorld(api);
      const { buyer } = await joined(world);
      for (const text of [
        `lihat ${api.config.publicUrl}/products/kaos-polos`,
        'pesanan PSR-7K3M-Q9XD sudah dibayar',
        'harganya Rp 1.250.000, ukuran 42, kirim 2026-11-24',
      ]) {
        expect(await say(buyer, world.room.id, text)).toMatchObject({ text, masked: false });
      }
      expect((await history(admin, world.room.id)).every((m) => m.maskedText === null)).toBe(true);
    });

    it('leaves the room’s own order and tracking numbers alone, not other numbers', async () => {
      const market = await twoShopMarket(api);
      const { buyer, order } = await placedOrder(api, [[market.a10, 1]]);
      const room = (
        await api
          .http()
          .post('/chat/rooms')
          .set(buyer.auth)
          .send({ shopId: market.shopA.id, orderId: order.id })
          .expect(201)
      ).body as RoomBody;
      // As if the seller had shipped it with this tracking number.
      await sql(api).execute(
        `update ordering.shop_orders set tracking_number = '0012345678901' where id = ?`,
        [shopOrderOf(order, market.shopA.id).id],
      );
      const socket = await connect(api, { token: buyer.accessToken });
      const own = `resi 0012345678901 untuk ${order.number}?`;
      expect(await say(socket, room.id, own)).toMatchObject({ text: own, masked: false });
      expect(await say(socket, room.id, 'resi 0098765432109?')).toMatchObject({
        text: `resi ${MASK}?`,
        masked: true,
      });
    });
  });

  describe('admin rules', () => {
    afterEach(async () => {
      const { body } = await api.http().get('/admin/chat/contact-filter').set(admin.auth);
      if (body.offenderThreshold !== 3 || body.kinds.length !== 3 || body.allowedHosts.length) {
        await putRules(DEFAULT_RULES).expect(200);
      }
    });

    it('are for admins only, and refuse bad rules naming the field', async () => {
      const { buyer, seller } = await chatWorld(api);
      for (const user of [buyer, seller]) {
        await api.http().get('/admin/chat/contact-filter').set(user.auth).expect(403);
        await putRules(DEFAULT_RULES).set(user.auth).expect(403);
        await api.http().get('/admin/chat/moderation-cases').set(user.auth).expect(403);
        await api
          .http()
          .post(`/admin/chat/moderation-cases/${randomUUID()}/resolve`)
          .set(user.auth)
          .send({ note: 'x' })
          .expect(403);
      }
      await api.http().get('/admin/chat/contact-filter').expect(401);

      const bad: [object, number, string][] = [
        [{ ...DEFAULT_RULES, kinds: ['fax'] }, 400, 'REQUEST.VALIDATION_FAILED'],
        [{ ...DEFAULT_RULES, offenderThreshold: 0 }, 400, 'REQUEST.VALIDATION_FAILED'],
        [{ ...DEFAULT_RULES, allowedHosts: ['not a host'] }, 422, 'CHAT.INVALID_CONTACT_FILTER'],
      ];
      for (const [rules, status, code] of bad) {
        const res = await putRules(rules);
        expect([res.status, res.body.code]).toEqual([status, code]);
      }
      const stored = await api.http().get('/admin/chat/contact-filter').set(admin.auth).expect(200);
      expect(stored.body).toMatchObject({ kinds: ['phone', 'email', 'link'], allowedHosts: [] });
    });

    it('changed through one API instance apply on another', async () => {
      replica = await startReplica(api);
      const world = await chatWorld(api);
      const { buyer } = await joined(world, replica);
      expect(await say(buyer, world.room.id, 'beli di tokoku.com')).toMatchObject({
        masked: true,
      });
      const changed = await putRules({
        ...DEFAULT_RULES,
        kinds: ['phone', 'email'],
        allowedHosts: ['https://www.Bukalapak.com/'],
      }).expect(200);
      expect(changed.body).toMatchObject({
        kinds: ['phone', 'email'],
        allowedHosts: ['bukalapak.com'],
      });
      // The replica picks the change up within CHAT_CONTACT_RULES_CHECK_MS (100 ms here).
      await eventually(async () => {
        const ack = await say(buyer, world.room.id, 'beli di tokoku.com');
        expect(ack).toMatchObject({ text: 'beli di tokoku.com', masked: false });
      }, 5_000);
      expect(await say(buyer, world.room.id, 'hubungi 0812 3456 7890')).toMatchObject({
        masked: true,
      });
    });
  });

  describe('moderation queue', () => {
    it('opens exactly one case for a repeat offender, resolvable once', async () => {
      const world = await chatWorld(api);
      const { seller } = await joined(world);
      await Promise.all(
        ['0812 3456 7890', 'ana@mail.com', 'wa.me/62812', 'tokoku.com', '021 555 1234'].map(
          (text) => say(seller, world.room.id, text),
        ),
      );
      await say(seller, world.room.id, 'harga Rp 150.000');
      const query = `kind=contact_sharing&status=open&limit=100`;
      const open = await eventually(async () => {
        const mine = (await casesOf(query)).items.filter(
          (c) => c.subjectUserId === world.seller.id,
        );
        expect(mine).toHaveLength(1);
        expect(mine[0].evidence.messages.length).toBeGreaterThanOrEqual(3);
        return mine[0];
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = (await casesOf(query)).items.filter((c) => c.subjectUserId === world.seller.id);
      expect(again.map((c) => c.id)).toEqual([open.id]);
      expect(open.roomId).toBe(world.room.id);
      expect(open.evidence.messages.map((m) => m.text)).toContain('0812 3456 7890');

      const one = await api
        .http()
        .get(`/admin/chat/moderation-cases/${open.id}`)
        .set(admin.auth)
        .expect(200);
      expect(one.body).toMatchObject({ id: open.id, kind: 'contact_sharing', status: 'open' });
      const resolved = await api
        .http()
        .post(`/admin/chat/moderation-cases/${open.id}/resolve`)
        .set(admin.auth)
        .send({ note: 'Warned the seller' })
        .expect(200);
      expect(resolved.body).toMatchObject({
        status: 'resolved',
        resolutionNote: 'Warned the seller',
      });
      const twice = await api
        .http()
        .post(`/admin/chat/moderation-cases/${open.id}/resolve`)
        .set(admin.auth)
        .send({ note: 'again' })
        .expect(409);
      expect(twice.body.code).toBe('CHAT.CASE_ALREADY_RESOLVED');
      const missing = await api
        .http()
        .get(`/admin/chat/moderation-cases/${randomUUID()}`)
        .set(admin.auth)
        .expect(404);
      expect(missing.body.code).toBe('CHAT.MODERATION_CASE_NOT_FOUND');
    });

    it('takes a report with a snapshot of the room’s messages as they were', async () => {
      const world = await chatWorld(api);
      const { buyer, seller } = await joined(world);
      await say(buyer, world.room.id, 'is it original?');
      const offer = await say(seller, world.room.id, 'transfer ke 0812 3456 7890 saja');
      const bad = await api
        .http()
        .post(`/chat/rooms/${world.room.id}/reports`)
        .set(world.buyer.auth)
        .send({ reason: 'rude' })
        .expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
      await api
        .http()
        .post(`/chat/rooms/${world.room.id}/reports`)
        .set(admin.auth)
        .send({ reason: 'scam' })
        .expect(403);
      const stranger = await signUp(api, 'buyer');
      await api
        .http()
        .post(`/chat/rooms/${world.room.id}/reports`)
        .set(stranger.auth)
        .send({ reason: 'scam' })
        .expect(404);

      const reported = await api
        .http()
        .post(`/chat/rooms/${world.room.id}/reports`)
        .set(world.buyer.auth)
        .send({ reason: 'off_platform', note: '  wants a bank transfer  ' })
        .expect(201);
      await say(seller, world.room.id, 'after the report');

      const { body } = await api
        .http()
        .get(`/admin/chat/moderation-cases/${reported.body.caseId}`)
        .set(admin.auth)
        .expect(200);
      expect(body).toMatchObject({
        kind: 'report',
        status: 'open',
        subjectUserId: world.seller.id,
        reporterId: world.buyer.id,
        roomId: world.room.id,
        reason: 'off_platform',
        reporterNote: 'wants a bank transfer',
      });
      expect(body.evidence.messages.map((m: { text: string }) => m.text)).toEqual([
        'is it original?',
        'transfer ke 0812 3456 7890 saja',
      ]);
      expect(body.evidence.messages[1]).toMatchObject({
        messageId: offer.id,
        senderId: world.seller.id,
      });
      const reports = await casesOf('kind=report&status=open&limit=100');
      expect(reports.items.map((c) => c.id)).toContain(reported.body.caseId);
      expect(reports.items.every((c) => c.kind === 'report' && c.status === 'open')).toBe(true);
    });
  });

  describe('blocks', () => {
    const block = (user: TestUser, roomId: string) =>
      api.http().post(`/chat/rooms/${roomId}/block`).set(user.auth);
    const unblock = (user: TestUser, roomId: string) =>
      api.http().delete(`/chat/rooms/${roomId}/block`).set(user.auth);

    async function expectBlocked(sockets: Socket[], roomId: string) {
      for (const socket of sockets) {
        expect(await send(socket, roomId, 'halo')).toMatchObject({
          ok: false,
          error: { code: 'CHAT.BLOCKED' },
        });
      }
    }

    it('refuses messages both ways while either side blocks, and allows them again after', async () => {
      const world = await chatWorld(api);
      const { buyer, seller } = await joined(world);
      await say(buyer, world.room.id, 'before the block');

      await block(world.buyer, world.room.id).expect(201);
      await block(world.buyer, world.room.id).expect(200);
      await expectBlocked([buyer, seller], world.room.id);
      const mine = await api.http().get('/chat/blocks').set(world.buyer.auth).expect(200);
      expect(mine.body).toMatchObject({
        total: 1,
        items: [{ buyerId: world.buyer.id, shopId: world.shop.id, side: 'buyer' }],
      });
      // History stays readable for both.
      expect((await history(world.seller, world.room.id)).map((m) => m.text)).toEqual([
        'before the block',
      ]);
      await unblock(world.buyer, world.room.id).expect(204);
      expect((await send(seller, world.room.id, 'back')).ok).toBe(true);

      await block(world.seller, world.room.id).expect(201);
      await expectBlocked([buyer, seller], world.room.id);
      // The buyer cannot lift the shop's block.
      const notYours = await unblock(world.buyer, world.room.id).expect(404);
      expect(notYours.body.code).toBe('CHAT.BLOCK_NOT_FOUND');
      await expectBlocked([buyer], world.room.id);
      await unblock(world.seller, world.room.id).expect(204);
      expect((await send(buyer, world.room.id, 'thanks')).ok).toBe(true);
    });

    it('is for the room’s participants only', async () => {
      const world = await chatWorld(api);
      await block(admin, world.room.id).expect(403);
      const stranger = await signUp(api, 'seller');
      const res = await block(stranger, world.room.id).expect(404);
      expect(res.body.code).toBe('CHAT.ROOM_NOT_FOUND');
      await api.http().post('/chat/rooms/not-a-uuid/block').set(world.buyer.auth).expect(400);
      await api.http().get('/chat/blocks').expect(401);
    });
  });
});
