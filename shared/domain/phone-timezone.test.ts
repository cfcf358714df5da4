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
  });
});
