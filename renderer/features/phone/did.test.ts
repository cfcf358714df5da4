import { describe, expect, it } from 'vitest';
import { productOfDid, sameNumber, trackingNumberOf } from './did';

const DIDS = [
  { number: '+966 11 234 5678', productId: 'pro-500' },
  { number: '+90 212 555 0101', productId: 'home-4' },
];

describe('productOfDid', () => {
  it('finds the advert’s product whatever format the PBX sends the number in', () => {
    expect(productOfDid(DIDS, '+966112345678')).toBe('pro-500');
    expect(productOfDid(DIDS, '966112345678')).toBe('pro-500');
    expect(productOfDid(DIDS, '00966112345678')).toBe('pro-500');
    expect(productOfDid(DIDS, '0112345678')).toBe('pro-500');
    expect(productOfDid(DIDS, '112345678')).toBe('pro-500');
    expect(productOfDid(DIDS, '02125550101')).toBe('home-4');
  });

  it('is null without a called number, or for one that is no advert’s', () => {
    expect(productOfDid(DIDS, null)).toBeNull();
    expect(productOfDid(DIDS, '+966112349999')).toBeNull();
    expect(productOfDid([], '+966112345678')).toBeNull();
  });

  it('never takes an extension or a number without digits for the tail of an advert’s number', () => {
    expect(productOfDid(DIDS, '5678')).toBeNull();
    expect(productOfDid(DIDS, 'anonymous')).toBeNull();
    expect(productOfDid([{ number: '2204', productId: 'x' }], '+966112342204')).toBeNull();
  });

  it('matches short numbers only when they are the same', () => {
    expect(sameNumber('2204', '2204')).toBe(true);
    expect(sameNumber('2204', '12204')).toBe(false);
  });
});

describe('trackingNumberOf', () => {
  it('keeps the organisation’s own writing of its DID, in E.164', () => {
    expect(trackingNumberOf(DIDS, '0112345678', 'SA')).toBe('+966112345678');
    expect(trackingNumberOf(DIDS, '02125550101', 'SA')).toBe('+902125550101');
  });

  it('takes a number that is none of the adverts’ as the PBX passed it, when it reads as one', () => {
    expect(trackingNumberOf(DIDS, '+966112349999')).toBe('+966112349999');
    expect(trackingNumberOf([], '0112345678', 'SA')).toBe('+966112345678');
  });

  it('is null without a called number or for one that is no phone number', () => {
    expect(trackingNumberOf(DIDS, null)).toBeNull();
    expect(trackingNumberOf(DIDS, '5678')).toBeNull();
  });
});
