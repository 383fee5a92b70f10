import { CONTACT_MASK, ContactKind, normalizeHost, screenContacts } from './contact-detector';

const rules = { kinds: ['phone', 'email', 'link'] as ContactKind[], allowedHosts: ['pasar.id'] };
const M = CONTACT_MASK;

describe('screenContacts', () => {
  it.each<[string, string, ContactKind[]]>([
    ['call 0812 3456 7890 ya', `call ${M} ya`, ['phone']],
    ['wa +62 812-3456-7890', `wa ${M}`, ['phone']],
    ['(021) 555.1234', M, ['phone']],
    ['my number is +1 (555) 123-4567.', `my number is ${M}.`, ['phone']],
    ['0812.345.678 ok', `${M} ok`, ['phone']],
    ['five five five one two three four', M, ['phone']],
    ['zero eight one two three four five six seven', M, ['phone']],
    ['hubungi 0812 three four five 6789 ya', `hubungi ${M} ya`, ['phone']],
    ['nol delapan satu dua tiga empat lima enam', M, ['phone']],
    ['mail me: ana.s@gmail.com!', `mail me: ${M}!`, ['email']],
    ['ana at gmail dot com', M, ['email']],
    ['ana (at) gmail [dot] com please', `${M} please`, ['email']],
    ['ana[at]mail.co.id', M, ['email']],
    ['see https://tokopedia.com/item/1, thanks', `see ${M}, thanks`, ['link']],
    ['go to www.example.org/abc', `go to ${M}`, ['link']],
    ['cheaper at shopee.co.id or wa.me/62812', `cheaper at ${M} or ${M}`, ['link', 'link']],
    ['email ana@x.com or call 08123456789', `email ${M} or call ${M}`, ['email', 'phone']],
  ])('masks %j', (text, masked, kinds) => {
    const screening = screenContacts(text, rules);
    expect(screening.masked).toBe(masked);
    expect(screening.findings.map((f) => f.kind)).toEqual(kinds);
  });

  it.each([
    'harganya Rp 150.000 saja',
    'total Rp 1.500.000, ongkir IDR 25,000',
    'dijual 1.250.000 nego',
    'ukuran 42, ada juga 38, 39 dan 40',
    'beli 3 pcs, 2 x 3 meter',
    'dikirim 2026-11-24 jam 10:30',
    'tanggal 24/11/2026 atau 25.11.26',
    'buka jam 10.30 - 12.00 dan 13:00-17:00',
    'ukuran 38, 39, 40, 41, 42',
    'qty 10 pcs @ Rp 25.000 = Rp 250.000',
    'SKU TS-RED-42 and BT-12345678, barcode AB123456789',
    'pesanan PSR-7K3M-Q9XD sudah dibayar',
    'order psr-7k3m-q9xd please',
    'see https://pasar.id/p/123 or shop.pasar.id/toko',
    'write to help@pasar.id',
    'I will be at home. See you',
    'one or two pieces, maybe three',
    'dua atau tiga, lima ribu saja',
    'e.g. the file.txt is fine',
    'version 1.2.3',
    '',
  ])('leaves %j alone', (text) => {
    expect(screenContacts(text, rules)).toEqual({ findings: [], masked: null });
  });

  it('allows the room’s own tracking and order numbers the caller passes in', () => {
    const text = 'resi JNE 0123456789012, order PSR-AAAA-BBBB, call 0812 3456 7890';
    const screening = screenContacts(text, rules, ['0123456789012']);
    expect(screening.masked).toBe(`resi JNE 0123456789012, order PSR-AAAA-BBBB, call ${M}`);
    expect(screenContacts('resi 0123456789012', rules).masked).toBe(`resi ${M}`);
  });

  it('reports spans into the original text', () => {
    const text = 'x ana@b.com y';
    const [finding] = screenContacts(text, rules).findings;
    expect(text.slice(finding.start, finding.end)).toBe('ana@b.com');
  });

  it('looks only for the kinds that are on', () => {
    const text = 'ana@gmail.com 08123456789 foo.com';
    expect(screenContacts(text, { ...rules, kinds: ['phone'] }).masked).toBe(
      `ana@gmail.com ${M} foo.com`,
    );
    expect(screenContacts(text, { ...rules, kinds: [] })).toEqual({ findings: [], masked: null });
  });

  it('allows links and emails on admin-allowed hosts and their subdomains only', () => {
    const own = { ...rules, allowedHosts: ['pasar.id', 'localhost'] };
    expect(screenContacts('http://localhost:3000/x', own).masked).toBeNull();
    expect(screenContacts('notpasar.id and pasar.id.evil.com', own).masked).toBe(`${M} and ${M}`);
  });
});

describe('normalizeHost', () => {
  it.each([
    ['Pasar.ID', 'pasar.id'],
    ['https://www.pasar.id/path', 'pasar.id'],
    ['localhost', 'localhost'],
    ['not a host', null],
    ['', null],
  ])('%j → %j', (value, host) => {
    expect(normalizeHost(value)).toBe(host);
  });
});
