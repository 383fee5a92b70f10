// The chat page (/chat-app/) in a real Chromium: a buyer and a seller, each in a browser context
// of their own, sign in on the page, open the same room and talk both ways.
import { existsSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { openShop, ShopBody } from '../shops/shops-fixtures';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const UI_TIMEOUT_MS = 10_000;

interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations the page reported. */
  problems: string[];
}

describe('the chat page in a browser', () => {
  let api: TestApi;
  let browser: Browser;
  let seller: TestUser;
  let buyer: TestUser;
  let shop: ShopBody;
  const sessions: Session[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: the browser tests need it ` +
          `(apt-get install -y chromium, as .ci/run does, or set CHROMIUM_PATH)`,
      );
    }
    api = await startTestApi();
    browser = await chromium.launch({ executablePath: CHROMIUM });
    seller = await signUp(api, 'seller');
    buyer = await signUp(api, 'buyer');
    shop = await openShop(api, seller, { name: 'Toko Browser' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function open(): Promise<Session> {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    const session: Session = { context, page, problems: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') session.problems.push(message.text());
    });
    page.on('pageerror', (error) => session.problems.push(error.message));
    await page.goto(`${api.baseUrl}/chat-app/`);
    sessions.push(session);
    return session;
  }

  async function signIn(page: Page, user: TestUser): Promise<void> {
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Signed in as/).waitFor();
  }

  const messages = (page: Page) => page.getByRole('log', { name: 'Messages' });
  const typingIndicator = (page: Page, text: string) =>
    page.getByRole('status').filter({ hasText: text });

  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.context.close();
  });

  it('is served as static files beside the API, under its security headers', async () => {
    const page = await api.http().get('/chat-app/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<script src="app.js" type="module">');

    const script = await api.http().get('/chat-app/app.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    await api.http().get('/chat-app').expect(301).expect('location', '/chat-app/');
    // The client library the page loads comes from Socket.IO on the same server.
    const client = await api.http().get('/socket.io/socket.io.js').expect(200);
    expect(client.text).toContain('Socket.IO v4');
    await api.http().get('/chat-app/missing.js').expect(404);
  });

  it('lets a buyer and a seller talk in realtime: messages, typing and read state', async () => {
    const buyerSide = await open();
    const sellerSide = await open();
    const b = buyerSide.page;
    const s = sellerSide.page;

    await signIn(b, buyer);
    await b.getByLabel('Shop slug or id').fill(shop.slug);
    await b.getByRole('button', { name: 'Open chat' }).click();
    await b.getByRole('heading', { name: shop.name }).waitFor();
    await b.getByText('Seller offline').waitFor();

    // The seller signs in after the buyer opened the room: it is in the seller's list.
    await signIn(s, seller);
    expect(await s.getByRole('button', { name: 'Open chat' }).isVisible()).toBe(false);
    await s
      .getByRole('list', { name: 'Rooms' })
      .getByRole('button', { name: new RegExp(shop.name) })
      .click();
    await s.getByRole('heading', { name: new RegExp(`^${shop.name} · buyer`) }).waitFor();
    await s.getByText('Buyer online').waitFor();
    await b.getByText('Seller online').waitFor();

    // Buyer → seller, with the typing indicator while the buyer types.
    const buyerInput = b.getByRole('textbox', { name: 'Message', exact: true });
    await buyerInput.pressSequentially('Is the batik tee in stock?', { delay: 5 });
    await typingIndicator(s, 'Buyer is typing…').waitFor();
    await b.getByRole('button', { name: 'Send' }).click();
    await messages(s).getByText('Is the batik tee in stock?').waitFor();
    await typingIndicator(s, 'Buyer is typing…').waitFor({ state: 'detached' });
    expect(await buyerInput.inputValue()).toBe('');
    // The seller's page has the room open and visible, so it reads it: the buyer sees "Seen".
    await messages(b)
      .getByRole('listitem')
      .filter({ hasText: 'Is the batik tee in stock?' })
      .filter({ hasText: 'Seen' })
      .waitFor();

    // Seller → buyer.
    await s
      .getByRole('textbox', { name: 'Message', exact: true })
      .pressSequentially('Yes, in M and L', { delay: 5 });
    await typingIndicator(b, 'Seller is typing…').waitFor();
    await s.getByRole('button', { name: 'Send' }).click();
    await messages(b).getByText('Yes, in M and L').waitFor();
    await messages(s)
      .getByRole('listitem')
      .filter({ hasText: 'Yes, in M and L' })
      .filter({ hasText: 'Seen' })
      .waitFor();
    // Only the newest message read by the other side carries the mark.
    expect(await messages(b).getByText('Seen').count()).toBe(1);

    const lines = async (page: Page) =>
      (await messages(page).getByRole('listitem').allInnerTexts()).map((line) =>
        line.replace(/\s*\d.*$/, ''),
      );
    expect(await lines(b)).toEqual(['You: Is the batik tee in stock?', 'Seller: Yes, in M and L']);
    expect(await lines(s)).toEqual(['Buyer: Is the batik tee in stock?', 'You: Yes, in M and L']);

    // Stored, not just relayed: the history comes back after signing out and in again.
    await b.getByRole('button', { name: 'Sign out' }).click();
    await s.getByText('Buyer offline').waitFor();
    await signIn(b, buyer);
    await b.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: shop.name }).click();
    await messages(b).getByText('Yes, in M and L').waitFor();
    expect(await lines(b)).toEqual(['You: Is the batik tee in stock?', 'Seller: Yes, in M and L']);

    expect(buyerSide.problems).toEqual([]);
    expect(sellerSide.problems).toEqual([]);
  }, 60_000);

  it('shows the API error code when sign-in or opening a room fails', async () => {
    const { page } = await open();
    await page.getByLabel('Email').fill(buyer.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'IDENTITY.INVALID_CREDENTIALS' }).waitFor();
    expect(await page.getByRole('log', { name: 'Messages' }).isVisible()).toBe(false);

    await signIn(page, buyer);
    await page.getByLabel('Shop slug or id').fill('no-such-shop');
    await page.getByRole('button', { name: 'Open chat' }).click();
    await page.getByRole('alert').filter({ hasText: 'SHOPS.SHOP_NOT_FOUND' }).waitFor();
  });
});
