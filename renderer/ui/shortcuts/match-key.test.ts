import { describe, expect, it } from 'vitest';
import { isTypingTarget, matchesKey } from './match-key';

describe('shortcut keys', () => {
  it('match on an English layout', () => {
    expect(matchesKey('n', { key: 'n', code: 'KeyN' })).toBe(true);
    expect(matchesKey('n', { key: 'N', code: 'KeyN' })).toBe(true);
    expect(matchesKey('3', { key: '3', code: 'Digit3' })).toBe(true);
  });

  it('match by physical key on an Arabic or Turkish layout', () => {
    expect(matchesKey('n', { key: 'ى', code: 'KeyN' })).toBe(true);
    expect(matchesKey('3', { key: '٣', code: 'Digit3' })).toBe(true);
    expect(matchesKey('3', { key: '3', code: 'Numpad3' })).toBe(true);
    expect(matchesKey('?', { key: '؟', code: 'Slash' })).toBe(true);
    expect(matchesKey('i', { key: 'ı', code: 'KeyI' })).toBe(true);
  });

  it('do not match other keys', () => {
    expect(matchesKey('n', { key: 'm', code: 'KeyM' })).toBe(false);
    expect(matchesKey('1', { key: '2', code: 'Digit2' })).toBe(false);
  });

  it('stay out of the way while typing in text fields but not on checkboxes', () => {
    const text = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(box)).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});
