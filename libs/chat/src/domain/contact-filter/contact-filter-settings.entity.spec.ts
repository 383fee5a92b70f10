import { ContactFilterSettings } from './contact-filter-settings.entity';

const change = {
  kinds: ['link' as const, 'phone' as const, 'link' as const],
  allowedHosts: ['https://www.Pasar.ID/help', 'blog.pasar.id', 'pasar.id'],
  offenderThreshold: 5,
  offenderWindowMinutes: 60,
};

describe('ContactFilterSettings', () => {
  it('masks every kind and allows only Pasar’s own hosts by default', () => {
    const settings = ContactFilterSettings.defaults();
    expect(settings.version).toBe(0);
    expect(settings.rules(['localhost'])).toEqual({
      kinds: ['phone', 'email', 'link'],
      allowedHosts: ['localhost'],
    });
  });

  it('takes an admin’s change with hosts normalized and bumps the version', () => {
    const settings = ContactFilterSettings.defaults();
    settings.change(change, 'admin-1', new Date('2026-11-24T00:00:00Z'));
    expect(settings).toMatchObject({
      kinds: ['phone', 'link'],
      allowedHosts: ['pasar.id', 'blog.pasar.id'],
      offenderThreshold: 5,
      offenderWindowMinutes: 60,
      version: 1,
      updatedBy: 'admin-1',
    });
    expect(settings.rules(['pasar.id']).allowedHosts).toEqual(['pasar.id', 'blog.pasar.id']);
  });

  it.each([
    [{ ...change, kinds: ['fax'] }, 'kinds'],
    [{ ...change, allowedHosts: ['not a host'] }, 'allowedHosts'],
    [
      { ...change, allowedHosts: Array.from({ length: 101 }, (_, i) => `h${i}.com`) },
      'allowedHosts',
    ],
    [{ ...change, offenderThreshold: 0 }, 'offenderThreshold'],
    [{ ...change, offenderWindowMinutes: 1.5 }, 'offenderWindowMinutes'],
  ])('refuses %j naming %s, unchanged', (bad, field) => {
    const settings = ContactFilterSettings.defaults();
    expect(() => settings.change(bad as never, 'admin-1', new Date())).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_CONTACT_FILTER', details: { field } }),
    );
    expect(settings.version).toBe(0);
  });
});
