import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { ChatCoreModule, MessageView, OpenRoomCommand, PostMessageCommand } from '@pasar/chat';
import { BlockRoomCommand } from '../src/application/commands/block-room/block-room.command';
import { ChangeContactFilterCommand } from '../src/application/commands/change-contact-filter/change-contact-filter.command';
import { ContactFilterSettingsRepository } from '../src/domain/contact-filter/contact-filter-settings.repository';
import { ResolveModerationCaseCommand } from '../src/application/commands/resolve-moderation-case/resolve-moderation-case.command';
import { stubParties } from './stub-parties';

/** Stand-ins for the shops and identity public queries: every shop exists, owned by `sellerId`. */
const sellerId = randomUUID();

/** Hits are recorded just after the messages' acks: retries `check` for a while. */
async function eventually<T>(check: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const buyer = () => ({ id: randomUUID(), role: 'buyer' as const });
const seller = { id: sellerId, role: 'seller' as const };
const admin = { id: randomUUID(), role: 'admin' as const };

describe('chat contact filter and blocks (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ChatCoreModule],
      providers: stubParties(sellerId),
    });
    sql = context.sql;
  });
  afterAll(() => context.close());

  const open = async (actor: { id: string; role: 'buyer' }, shopId = randomUUID()) =>
    (await context.run<{ roomId: string }>(new OpenRoomCommand(actor, shopId, null))).roomId;
  const post = (actor: { id: string; role: 'buyer' | 'seller' }, roomId: string, text: string) =>
    context.run<{ message: MessageView }>(
      new PostMessageCommand(actor, roomId, randomUUID(), text),
    );
  const openCases = (subject: string) =>
    sql.execute<{ id: string; evidence: { messages: unknown[] } }[]>(
      `select id, evidence from chat.moderation_cases
       where subject_user_id = ? and kind = 'contact_sharing' and status = 'open'`,
      [subject],
    );

  it('opens one case when a sender’s masked messages arrive at once, a new one only after resolution', async () => {
    const ana = buyer();
    const roomId = await open(ana);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(ana, roomId, `wa 0812 3456 78${i}0`)),
    );
    const first = await eventually(async () => {
      const [hits] = await sql.execute(
        'select count(*)::int as n from chat.contact_hits where sender_id = ?',
        [ana.id],
      );
      expect(hits.n).toBe(20);
      const cases = await openCases(ana.id);
      expect(cases).toHaveLength(1);
      return cases[0];
    });
    expect(first.evidence.messages.length).toBeGreaterThanOrEqual(3);

    const resolutions = await Promise.allSettled(
      ['warned', 'banned'].map((note) =>
        context.run(new ResolveModerationCaseCommand(admin, first.id, note)),
      ),
    );
    expect(resolutions.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(resolutions.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'CHAT.CASE_ALREADY_RESOLVED' },
    });
    await post(ana, roomId, 'ana@mail.com');
    await post(ana, roomId, 'ana@mail.com');
    expect(await openCases(ana.id)).toEqual([]);
    await post(ana, roomId, 'ana@mail.com');
    const [second] = await eventually(async () => {
      const cases = await openCases(ana.id);
      expect(cases).toHaveLength(1);
      return cases;
    });
    expect(second.id).not.toBe(first.id);
    expect(second.evidence.messages).toHaveLength(3);
  });

  it('refuses a rule change saved over rules another admin changed meanwhile', async () => {
    const change = {
      kinds: ['phone' as const],
      allowedHosts: [],
      offenderThreshold: 3,
      offenderWindowMinutes: 60,
    };
    const settings = context.module.get(ContactFilterSettingsRepository);
    const [mine, theirs] = await Promise.all([settings.current(), settings.current()]);
    mine.change(change, admin.id, new Date());
    theirs.change({ ...change, kinds: ['email'] }, admin.id, new Date());
    await settings.save(theirs);
    await expect(settings.save(mine)).rejects.toMatchObject({
      code: 'CHAT.CONTACT_FILTER_CHANGED',
    });
    await context.run(new ChangeContactFilterCommand(admin, change));
    const [row] = await sql.execute('select version, kinds from chat.contact_filter_settings');
    expect(row).toEqual({ version: 2, kinds: ['phone'] });
    // The instance that saved the change applies it at once: emails are no longer masked.
    const ana = buyer();
    const { message } = await post(ana, await open(ana), 'ana@mail.com or 0812 3456 7890');
    expect(message).toMatchObject({ text: 'ana@mail.com or [contact hidden]', masked: true });
  });

  it('refuses messages of a blocked pair in every room of theirs, and no other pair', async () => {
    const ana = buyer();
    const shopId = randomUUID();
    const general = await open(ana, shopId);
    const other = await open(ana);
    await context.run(new BlockRoomCommand(seller, general));
    await expect(post(ana, general, 'halo')).rejects.toMatchObject({ code: 'CHAT.BLOCKED' });
    await expect(post(seller, general, 'halo')).rejects.toMatchObject({ code: 'CHAT.BLOCKED' });
    await expect(post(ana, other, 'halo')).resolves.toBeDefined();
    await expect(open(buyer(), shopId)).resolves.toEqual(expect.any(String));
  });
});
