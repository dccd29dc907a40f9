import { registerEnumType } from 'type-graphql';
import type { DateString } from '../../shared/dates.js';
import { distanceMeters, type GeoPoint } from '../../shared/geo.js';
import { EvidenceType } from './evidence.entity.js';

/**
 * The file type its first bytes say (JPEG, PNG, WebP, PDF), or null for anything else: a file is
 * taken for what it is, never for what its name or the client say.
 */
export function detectType(bytes: Uint8Array): EvidenceType | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (bytes.length >= 3 && starts(0xff, 0xd8, 0xff)) return EvidenceType.JPEG;
  if (bytes.length >= 8 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return EvidenceType.PNG;
  if (bytes.length >= 12 && starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return EvidenceType.WEBP;
  if (bytes.length >= 5 && starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return EvidenceType.PDF;
  return null;
}

/** What an inspector should look at twice. */
export enum EvidenceFlag {
  NO_EXIF = 'NO_EXIF',
  TAKEN_OUTSIDE_PERIOD = 'TAKEN_OUTSIDE_PERIOD',
  TAKEN_FAR_FROM_SITE = 'TAKEN_FAR_FROM_SITE',
}
registerEnumType(EvidenceFlag, {
  name: 'EvidenceFlag',
  description: 'Why a photo may not be what it claims. 佐证疑点。',
  valuesConfig: {
    NO_EXIF: { description: '照片无拍摄信息(EXIF)' },
    TAKEN_OUTSIDE_PERIOD: { description: '拍摄时间不在所报期间' },
    TAKEN_FAR_FROM_SITE: { description: '拍摄地点距项目超过2公里' },
  },
});

/** How far from the site a photo may be taken before it is flagged. */
export const FAR_FROM_SITE_METERS = 2000;

/** What the flags of one file are judged on. */
export interface EvidenceFacts {
  isImage: boolean;
  hasExif: boolean;
  /** The China-time day the photo was taken. */
  takenOn: DateString | null;
  gps: GeoPoint | null;
  /** Each thing it is attached to: the days it should come from, and the project's site if known. */
  attachments: { periodStart: DateString; periodEnd: DateString; site: GeoPoint | null }[];
}

/** The flags of a file (images only; a PDF has none), in a fixed order. */
export function flagsOf(facts: EvidenceFacts): EvidenceFlag[] {
  if (!facts.isImage) return [];
  const flags: EvidenceFlag[] = [];
  if (!facts.hasExif) flags.push(EvidenceFlag.NO_EXIF);
  const { takenOn, gps } = facts;
  if (takenOn && facts.attachments.some((attachment) => takenOn < attachment.periodStart || takenOn > attachment.periodEnd)) flags.push(EvidenceFlag.TAKEN_OUTSIDE_PERIOD);
  if (gps && facts.attachments.some((attachment) => attachment.site && distanceMeters(gps, attachment.site) > FAR_FROM_SITE_METERS)) flags.push(EvidenceFlag.TAKEN_FAR_FROM_SITE);
  return flags;
}

/**
 * An EXIF date-time ("2026:03:15 10:20:30", the camera's wall clock) as an instant: with its
 * offset when the photo recorded one ("+08:00"), else in China time. Null when unreadable.
 */
export function exifInstant(text: unknown, offset: unknown): Date | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text.trim());
  if (!match) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '+08:00';
  const instant = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
