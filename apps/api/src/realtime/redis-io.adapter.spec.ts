import { EventEmitter } from 'node:events';
import { INestApplicationContext } from '@nestjs/common';
import { MessageMappingProperties } from '@nestjs/websockets';
import { Observable, of } from 'rxjs';
import type { Socket } from 'socket.io';
import { AppConfig } from '@pasar/shared';
import { RedisIoAdapter } from './redis-io.adapter';

/** Nest's `transform` makes an Observable of any result; only Observables reach it here. */
const transform = (result: unknown) => result as Observable<unknown>;

function bound(callback: MessageMappingProperties['callback'], isAckHandledManually = false) {
  const adapter = new RedisIoAdapter({} as INestApplicationContext, {} as AppConfig);
  const socket = new EventEmitter() as EventEmitter & { emit: jest.Mock };
  const emitted = jest.fn();
  const receive = socket.emit.bind(socket);
  socket.emit = emitted as never;
  adapter.bindMessageHandlers(
    socket as unknown as Socket,
    [{ message: 'ping', methodName: 'ping', callback, isAckHandledManually }],
    transform,
  );
  return { receive: (...args: unknown[]) => receive('ping', ...args), emitted };
}

const turns = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('RedisIoAdapter.bindMessageHandlers', () => {
  it('answers the ack with what the handler resolves to, given the payload', async () => {
    const callback = jest.fn(async (data: unknown) => ({ ok: true, data }));
    const { receive } = bound(callback);
    const ack = jest.fn();
    receive({ roomId: 'r-1' }, ack);
    await turns();
    expect(callback).toHaveBeenCalledWith({ roomId: 'r-1' }, ack);
    expect(ack).toHaveBeenCalledWith({ ok: true, data: { roomId: 'r-1' } });
  });

  it('emits a result that names an event instead of acking it', async () => {
    const { receive, emitted } = bound(async () => ({ event: 'pong', data: { at: 1 } }));
    const ack = jest.fn();
    receive({}, ack);
    await turns();
    expect(emitted).toHaveBeenCalledWith('pong', { at: 1 });
    expect(ack).not.toHaveBeenCalled();
  });

  it('sends nothing for a nil result or a handler that acks by itself', async () => {
    const nil = bound(async () => undefined);
    const manual = bound(async () => ({ ok: true }), true);
    const acks = [jest.fn(), jest.fn()];
    nil.receive({}, acks[0]);
    manual.receive({}, acks[1]);
    await turns();
    acks.forEach((ack) => expect(ack).not.toHaveBeenCalled());
  });

  it('acks each value of a handler answering with an Observable', async () => {
    const { receive } = bound(async () => of({ ok: true }));
    const ack = jest.fn();
    receive({}, ack);
    await turns();
    expect(ack).toHaveBeenCalledWith({ ok: true });
  });
});
