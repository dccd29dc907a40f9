import { describe, expect, it } from 'vitest';
import { EvidenceType } from '../../src/modules/evidence/evidence.entity.js';
import { detectType, EvidenceFlag, exifInstant, flagsOf, type EvidenceFacts } from '../../src/modules/evidence/evidence.rules.js';
import { distanceMeters } from '../../src/shared/geo.js';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])));

describe('a file is what its first bytes say, never what its name or content type say', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), EvidenceType.JPEG],
    ['PNG', bytes(0x89, 'PNG\r\n\x1a\n', 0, 0, 0, 13), EvidenceType.PNG],
    ['WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), EvidenceType.WEBP],
    ['PDF', bytes('%PDF-1.7\n'), EvidenceType.PDF],
  ])('%s', (_, content, type) => expect(detectType(content)).toBe(type));

  it.each([
    ['a Windows executable', bytes('MZ', 0x90, 0, 3, 0)],
    ['an ELF binary', bytes(0x7f, 'ELF', 2, 1, 1)],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /\n')],
    ['a RIFF file that is not WebP (WAV)', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt ')],
    ['a GIF', bytes('GIF89a')],
    ['a truncated PNG signature', bytes(0x89, 'PNG')],
    ['an empty file', bytes()],
    ['HTML', bytes('<html><script>')],
  ])('refuses %s', (_, content) => expect(detectType(content)).toBeNull());
});

describe('EXIF date-times', () => {
  it('are China time unless the photo recorded its offset', () => {
    expect(exifInstant('2026:03:15 10:20:30', undefined)?.toISOString()).toBe('2026-03-15T02:20:30.000Z');
    expect(exifInstant('2026:03:15 10:20:30', '+01:00')?.toISOString()).toBe('2026-03-15T09:20:30.000Z');
    expect(exifInstant('2026:03:15T10:20:30', ' -05:00 ')?.toISOString()).toBe('2026-03-15T15:20:30.000Z');
  });

  it.each([[undefined], [null], [42], [''], ['0000:00:00 00:00:00'], ['2026:13:45 99:99:99'], ['yesterday']])('are null when unreadable (%s)', (text) => {
    expect(exifInstant(text, undefined)).toBeNull();
  });
});

describe('flags an inspector should look at twice', () => {
  const site = { longitude: 113.3245, latitude: 23.0997 };
  const march = { periodStart: '2026-03-01', periodEnd: '2026-04-05', site };
  const photo = (facts: Partial<EvidenceFacts>): EvidenceFacts => ({ isImage: true, hasExif: true, takenOn: '2026-03-20', gps: site, attachments: [march], ...facts });

  it('a photo from the site in the period has none', () => expect(flagsOf(photo({}))).toEqual([]));
  it('a PDF has none, whatever it says', () => expect(flagsOf(photo({ isImage: false, hasExif: false, takenOn: '2020-01-01' }))).toEqual([]));
  it('a photo without EXIF is flagged', () => expect(flagsOf(photo({ hasExif: false, takenOn: null, gps: null }))).toEqual([EvidenceFlag.NO_EXIF]));
  it('the period’s first and last days are inside it', () => {
    expect(flagsOf(photo({ takenOn: '2026-03-01' }))).toEqual([]);
    expect(flagsOf(photo({ takenOn: '2026-04-05' }))).toEqual([]);
    expect(flagsOf(photo({ takenOn: '2026-02-28' }))).toEqual([EvidenceFlag.TAKEN_OUTSIDE_PERIOD]);
    expect(flagsOf(photo({ takenOn: '2026-04-06' }))).toEqual([EvidenceFlag.TAKEN_OUTSIDE_PERIOD]);
  });

  it('farther than 2 km from the site is flagged, nearer is not', () => {
    const north = (meters: number) => ({ longitude: site.longitude, latitude: site.latitude + meters / 111_195 });
    expect(distanceMeters(site, north(1990))).toBeGreaterThan(1980);
    expect(flagsOf(photo({ gps: north(1990) }))).toEqual([]);
    expect(flagsOf(photo({ gps: north(2010) }))).toEqual([EvidenceFlag.TAKEN_FAR_FROM_SITE]);
  });

  it('a project without a location cannot make a photo far from it', () => {
    expect(flagsOf(photo({ gps: { longitude: 0, latitude: 0 }, attachments: [{ ...march, site: null }] }))).toEqual([]);
  });

  it('an unattached photo is judged on EXIF only; attached twice, either attachment can flag it', () => {
    expect(flagsOf(photo({ takenOn: '2020-01-01', attachments: [] }))).toEqual([]);
    const april = { periodStart: '2026-04-01', periodEnd: '2026-05-05', site };
    expect(flagsOf(photo({ takenOn: '2026-04-02', attachments: [march, april] }))).toEqual([]);
    expect(flagsOf(photo({ takenOn: '2026-04-20', attachments: [march, april] }))).toEqual([EvidenceFlag.TAKEN_OUTSIDE_PERIOD]);
  });
});
