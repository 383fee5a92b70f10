// Pasar's chat page: plain browser JavaScript, no build step. REST signs in and loads rooms and
// history; the Socket.IO namespace /chat sends messages and carries everything live (the
// realtime protocol in the README). `io` is the global of /socket.io/socket.io.js.

const TYPING_IDLE_MS = 2000;
const TYPING_SHOWN_MS = 5000;
const ACK_TIMEOUT_MS = 10_000;
const HISTORY_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const $ = (id) => document.getElementById(id);

const state = {
  token: null,
  me: null,
  socket: null,
  rooms: [],
  roomId: null,
  /** The open room's messages, oldest first. */
  messages: [],
  online: new Set(),
  /** The seq the other side has read up to (from `message:read`). */
  seenSeq: 0,
  lastReadSent: 0,
  typingSent: false,
  typingTimer: null,
  typingShownTimer: null,
  /** A message whose send failed: resending the same text reuses its clientMessageId. */
  unsent: null,
};

// ---- talking to the server

async function api(method, path, body) {
  const headers = {};
  if (state.token) headers.authorization = `Bearer ${state.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && state.token) signOut();
    throw new Error(
      data?.code ? `${data.code}: ${data.message}` : `${method} ${path}: HTTP ${response.status}`,
    );
  }
  return data;
}

/** Emits a client→server event and resolves with the ack's data (rejects on `ok: false`). */
function emit(event, payload) {
  return new Promise((resolve, reject) => {
    state.socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (timedOut, ack) => {
      if (timedOut) reject(new Error(`${event}: the server did not answer`));
      else if (ack.ok) resolve(ack.data);
      else reject(new Error(`${ack.error.code}: ${ack.error.message}`));
    });
  });
}

function connect() {
  const socket = io('/chat', { auth: { token: state.token }, transports: ['websocket'] });
  socket.on('connect', () => {
    // After a reconnect the server has forgotten which room this socket was in: rejoin from the
    // last message held, and the server replays what was missed before live ones.
    if (state.roomId) {
      const lastSeq = state.messages.at(-1)?.seq ?? 0;
      emit('room:join', { roomId: state.roomId, lastSeq }).then(joined, showError);
    }
  });
  socket.on('connect_error', (error) => {
    showError(
      new Error(error.data?.code ? `${error.data.code}: ${error.data.message}` : error.message),
    );
    if (error.message === 'UNAUTHENTICATED') signOut();
  });
  socket.on('message:new', onMessage);
  socket.on('message:read', onRead);
  socket.on('typing', onTyping);
  socket.on('presence', onPresence);
  state.socket = socket;
}

// ---- signing in and out

async function signIn(email, password) {
  const tokens = await api('POST', '/auth/login', { email, password });
  state.token = tokens.accessToken;
  state.me = await api('GET', '/me');
  $('whoami').textContent = `Signed in as ${state.me.name} (${state.me.role})`;
  $('whoami').hidden = false;
  $('sign-out').hidden = false;
  $('sign-in').hidden = true;
  $('chat').hidden = false;
  $('open-room').hidden = state.me.role !== 'buyer';
  connect();
  await loadRooms();
}

function signOut() {
  if (state.token)
    fetch('/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${state.token}` } });
  state.socket?.disconnect();
  Object.assign(state, {
    token: null,
    me: null,
    socket: null,
    rooms: [],
    roomId: null,
    messages: [],
  });
  $('whoami').hidden = true;
  $('sign-out').hidden = true;
  $('sign-in').hidden = false;
  $('chat').hidden = true;
  $('room').hidden = true;
}

// ---- rooms

async function loadRooms() {
  const page = await api('GET', '/chat/rooms?limit=100');
  state.rooms = page.items;
  renderRooms();
}

async function openRoomWithShop(shop) {
  const shopId = UUID.test(shop)
    ? shop
    : (await api('GET', `/shops/${encodeURIComponent(shop)}`)).id;
  const room = await api('POST', '/chat/rooms', { shopId });
  if (!state.rooms.some((r) => r.id === room.id)) state.rooms.unshift(room);
  await openRoom(room.id);
}

async function openRoom(roomId) {
  if (state.roomId && state.roomId !== roomId) {
    stopTyping();
    emit('room:leave', { roomId: state.roomId }).catch(showError);
  }
  Object.assign(state, {
    roomId,
    messages: [],
    seenSeq: 0,
    lastReadSent: 0,
    unsent: null,
  });
  showTyping(null);
  joined(await emit('room:join', { roomId }));
  const history = await api('GET', `/chat/rooms/${roomId}/messages?limit=${HISTORY_LIMIT}`);
  // Messages that arrived live while the history loaded are kept; duplicates dropped.
  for (const message of history.items) addMessage(message);
  $('room').hidden = false;
  renderRooms();
  renderMessages();
  markRead();
  $('send').elements.text.focus();
}

function joined({ room, online }) {
  replaceRoom(room);
  state.online = new Set(online);
  $('room-heading').textContent = roomTitle(room);
  renderPresence();
}

function replaceRoom(room) {
  const index = state.rooms.findIndex((r) => r.id === room.id);
  if (index >= 0) state.rooms[index] = room;
  else state.rooms.unshift(room);
}

const currentRoom = () => state.rooms.find((r) => r.id === state.roomId);
const roomTitle = (room) =>
  state.me.id === room.buyerId
    ? room.shopName
    : `${room.shopName} · buyer ${room.buyerId.slice(0, 8)}`;
/** What to call the other side of a room. */
const otherSide = (room) => (state.me.id === room.buyerId ? 'Seller' : 'Buyer');
const nameOf = (userId, role) =>
  userId === state.me.id ? 'You' : role[0].toUpperCase() + role.slice(1);

// ---- messages

function addMessage(message) {
  if (state.messages.some((m) => m.id === message.id)) return;
  state.messages.push(message);
  state.messages.sort((a, b) => a.seq - b.seq);
}

async function send(text) {
  const roomId = state.roomId;
  const clientMessageId = state.unsent?.text === text ? state.unsent.clientMessageId : randomId();
  state.unsent = { text, clientMessageId };
  stopTyping();
  const message = await emit('message:send', { roomId, clientMessageId, text });
  state.unsent = null;
  if (state.roomId === roomId) {
    addMessage(message);
    renderMessages();
  }
}

function onMessage(message) {
  const room = state.rooms.find((r) => r.id === message.roomId);
  if (room) room.lastMessage = message;
  if (message.roomId !== state.roomId) {
    if (room && message.senderId !== state.me.id) room.unreadCount += 1;
    renderRooms();
    return;
  }
  addMessage(message);
  if (message.senderId !== state.me.id) showTyping(null);
  renderMessages();
  renderRooms();
  markRead();
}

/**
 * Tells the server the newest message is read, when the room is visible: one from the other
 * side, or any if the room still counts unread messages.
 */
function markRead() {
  const room = currentRoom();
  if (!room || document.visibilityState !== 'visible') return;
  const newest = state.messages.at(-1);
  if (!newest || newest.seq <= state.lastReadSent) return;
  if (newest.senderId === state.me.id && room.unreadCount === 0) return;
  state.lastReadSent = newest.seq;
  room.unreadCount = 0;
  renderRooms();
  emit('message:read', { roomId: state.roomId, seq: newest.seq }).catch(showError);
}

function onRead(receipt) {
  if (receipt.roomId !== state.roomId || receipt.userId === state.me.id) return;
  state.seenSeq = receipt.lastReadSeq;
  renderMessages();
}

// ---- typing and presence

function typed() {
  if (!state.typingSent) {
    state.typingSent = true;
    emit('typing', { roomId: state.roomId, typing: true }).catch(() => undefined);
  }
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
}

function stopTyping() {
  clearTimeout(state.typingTimer);
  if (!state.typingSent) return;
  state.typingSent = false;
  emit('typing', { roomId: state.roomId, typing: false }).catch(() => undefined);
}

function onTyping({ roomId, userId, typing }) {
  if (roomId !== state.roomId || userId === state.me.id) return;
  showTyping(typing ? userId : null);
}

function showTyping(userId) {
  const room = currentRoom();
  clearTimeout(state.typingShownTimer);
  $('typing').textContent =
    userId && room ? `${userId === room.buyerId ? 'Buyer' : 'Seller'} is typing…` : '';
  // A lost `typing: false` must not leave the indicator on for good.
  if (userId) state.typingShownTimer = setTimeout(() => showTyping(null), TYPING_SHOWN_MS);
}

function onPresence({ roomId, userId, online }) {
  if (roomId !== state.roomId) return;
  if (online) state.online.add(userId);
  else state.online.delete(userId);
  renderPresence();
}

// ---- rendering

function renderRooms() {
  const list = $('rooms');
  list.replaceChildren(
    ...state.rooms.map((room) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent =
        roomTitle(room) + (room.unreadCount > 0 ? ` (${room.unreadCount} unread)` : '');
      button.setAttribute('aria-current', String(room.id === state.roomId));
      button.addEventListener('click', () => openRoom(room.id).catch(showError));
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  if (state.rooms.length === 0) list.textContent = 'No rooms yet.';
}

function renderMessages() {
  const list = $('messages');
  const seenIndex = state.messages.findLastIndex((m) => m.seq <= state.seenSeq);
  let seenMine = -1;
  state.messages.forEach((m, i) => {
    if (i <= seenIndex && m.senderId === state.me.id) seenMine = i;
  });
  list.replaceChildren(
    ...state.messages.map((message, i) => {
      const item = document.createElement('li');
      if (message.senderId === state.me.id) item.className = 'mine';
      const who = document.createElement('strong');
      who.textContent = `${nameOf(message.senderId, message.senderRole)}: `;
      const meta = document.createElement('small');
      meta.textContent =
        new Date(message.createdAt).toLocaleTimeString() + (i === seenMine ? ' · Seen' : '');
      item.append(who, message.preview ?? message.text, meta);
      return item;
    }),
  );
  list.scrollTop = list.scrollHeight;
}

function renderPresence() {
  const room = currentRoom();
  if (!room) return;
  const othersOnline = [...state.online].some((id) => id !== state.me.id);
  $('presence').textContent = `${otherSide(room)} ${othersOnline ? 'online' : 'offline'}`;
}

function showError(error) {
  $('error').textContent = error ? error.message : '';
}

function randomId() {
  // crypto.randomUUID needs a secure context; getRandomValues works on plain http too.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

// ---- wiring

/** Runs a form's action with errors shown, and the form disabled while it runs. */
function onSubmit(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(null);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await action(form.elements);
    } catch (error) {
      showError(error);
    } finally {
      button.disabled = false;
    }
  });
}

onSubmit($('sign-in'), (f) => signIn(f.email.value, f.password.value));
onSubmit($('open-room'), async (f) => {
  await openRoomWithShop(f.shop.value.trim());
  f.shop.value = '';
});
onSubmit($('send'), async (f) => {
  const text = f.text.value.trim();
  if (!text) return;
  f.text.value = '';
  try {
    await send(text);
  } catch (error) {
    f.text.value = text;
    throw error;
  }
});
$('send').elements.text.addEventListener('input', typed);
$('sign-out').addEventListener('click', signOut);
$('refresh-rooms').addEventListener('click', () => loadRooms().catch(showError));
document.addEventListener('visibilitychange', markRead);
