import { describe, expect, it } from 'vitest';
import { inferTimezone, leadTimezone } from './phone-timezone';

describe('timezone from the phone number', () => {
  it.each([
    ['+966501234567', 'Asia/Riyadh'],
    ['+971501234567', 'Asia/Dubai'],
    ['+201001234567', 'Africa/Cairo'],
    ['+905321234567', 'Europe/Istanbul'],
    ['+79161234567', 'Europe/Moscow'],
    ['+74232123456', 'Asia/Vladivostok'],
    ['+447911123456', 'Europe/London'],
    ['+12125550123', 'America/New_York'],
    ['+13125550123', 'America/Chicago'],
    ['+13035550123', 'America/Denver'],
    ['+16025550123', 'America/Phoenix'],
    ['+14155550123', 'America/Los_Angeles'],
    ['+19075550123', 'America/Anchorage'],
    ['+18085550123', 'Pacific/Honolulu'],
    ['+96512345678', 'Asia/Kuwait'],
    ['+97433123456', 'Asia/Qatar'],
    ['+13065550123', 'America/Regina'],
    ['+17095550123', 'America/St_Johns'],
    ['+19025550123', 'America/Halifax'],
    ['+77012345678', 'Asia/Almaty'],
    ['+77172123456', 'Asia/Almaty'],
    ['+61291234567', 'Australia/Sydney'],
    ['+61391234567', 'Australia/Melbourne'],
    ['+61731234567', 'Australia/Brisbane'],
    ['+61881234567', 'Australia/Adelaide'],
    ['+61889123456', 'Australia/Darwin'],
    ['+61892123456', 'Australia/Perth'],
    ['+61412345678', 'Australia/Sydney'],
    ['+5511912345678', 'America/Sao_Paulo'],
    ['+5592912345678', 'America/Manaus'],
    ['+5568912345678', 'America/Rio_Branco'],
  ])('%s rings in %s', (phone, zone) => {
    expect(inferTimezone(phone)).toBe(zone);
  });

  it('knows nothing about malformed numbers or unknown countries', () => {
    expect(inferTimezone('0532 123 45 67')).toBeNull();
    expect(inferTimezone(null)).toBeNull();
    expect(inferTimezone('+8881234567')).toBeNull();
  });

  it('lets a per-lead override win, then the phone, then the organisation', () => {
    expect(leadTimezone({ timezone: 'Asia/Dubai', phoneE164: '+905321234567' }, 'UTC')).toBe(
      'Asia/Dubai',
    );
    expect(leadTimezone({ timezone: null, phoneE164: '+905321234567' }, 'UTC')).toBe(
      'Europe/Istanbul',
    );
    expect(leadTimezone({ timezone: null, phoneE164: null }, 'Asia/Riyadh')).toBe('Asia/Riyadh');
    // An override Intl does not know would throw in the queue; the phone decides instead.
    expect(leadTimezone({ timezone: 'Mars/Olympus', phoneE164: '+905321234567' }, 'UTC')).toBe(
      'Europe/Istanbul',
    );
  });

  it('only names zones the runtime knows', () => {
    const phones = ['+1', '+7', '+55', '+61'].flatMap((cc) =>
      Array.from({ length: 1000 }, (_, i) => `${cc}${String(i).padStart(3, '0')}5550123`),
    );
    const zones = new Set(phones.map(inferTimezone));
    for (const zone of zones)
      if (zone) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});
