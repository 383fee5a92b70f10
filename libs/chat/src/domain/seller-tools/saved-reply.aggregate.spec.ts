import { randomUUID } from 'node:crypto';
import { SavedReply } from './saved-reply.aggregate';

const create = (title: string, body: string) =>
  SavedReply.create({ shopId: randomUUID(), title, body, maxBodyLength: 20, now: new Date() });

describe('SavedReply', () => {
  it('trims its title and body', () => {
    const reply = create('  Thanks ', ' Hi {buyer_name} ');
    expect(reply.title).toBe('Thanks');
    expect(reply.body).toBe('Hi {buyer_name}');
  });

  it('refuses an empty title or body, and a body longer than a message may be', () => {
    for (const [title, body, field] of [
      [' ', 'x', 'title'],
      ['t', '  ', 'body'],
      ['t', 'x'.repeat(21), 'body'],
      ['x'.repeat(101), 'x', 'title'],
    ]) {
      expect(() => create(title, body)).toThrow(
        expect.objectContaining({
          code: 'CHAT.INVALID_SAVED_REPLY',
          details: expect.objectContaining({ field }),
        }),
      );
    }
    expect(create('t', 'x'.repeat(20)).body).toHaveLength(20);
  });

  it('refuses an unknown variable on creation and on edit', () => {
    expect(() => create('t', 'Hi {name}')).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ variable: 'name' }) }),
    );
    const reply = create('t', 'Hi');
    expect(() => reply.edit({ body: '{nope}', maxBodyLength: 20, now: new Date() })).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_SAVED_REPLY' }),
    );
    expect(reply.body).toBe('Hi');
  });

  it('edits only what is given', () => {
    const reply = create('Greeting', 'Hi');
    const later = new Date(Date.now() + 1000);
    reply.edit({ title: 'Hello', maxBodyLength: 20, now: later });
    expect([reply.title, reply.body, reply.updatedAt]).toEqual(['Hello', 'Hi', later]);
  });
});
