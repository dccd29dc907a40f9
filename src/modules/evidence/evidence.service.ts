import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import exifr from 'exifr';
import sharp from 'sharp';
import type { Context } from '../../core/context.js';
import { inTransaction, type EventSink } from '../../core/unit-of-work.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { Role, type Caller } from '../auth/auth.types.js';
import { Action, authorize } from '../auth/authorization.js';
import { EventType } from '../event/event.entity.js';
import { Person } from '../person/person.entity.js';
import { Evidence, EvidenceType, type EvidenceSubject } from './evidence.entity.js';
import { attachedEvidenceIds, evidenceByIds, evidenceBySha, evidenceBytes, insertAttachments } from './evidence.queries.js';
import { detectType, exifInstant } from './evidence.rules.js';

/** Thumbnails fit in this square. */
const THUMBNAIL_PX = 320;

/** What an image's own metadata says. */
interface ImageFacts {
  thumbnail: Buffer;
  hasExif: boolean;
  takenAt: Date | null;
  gps: { longitude: string; latitude: string } | null;
}

async function readImage(bytes: Buffer): Promise<ImageFacts> {
  let thumbnail: Buffer;
  try {
    thumbnail = await sharp(bytes, { failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: THUMBNAIL_PX, height: THUMBNAIL_PX, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 72 })
      .toBuffer();
  } catch {
    throw new BadUserInputError('the image cannot be decoded: it is damaged or not what its first bytes say', 'file');
  }
  let exif: Record<string, unknown> | undefined;
  try {
    exif = (await exifr.parse(bytes, { tiff: true, exif: true, gps: true, ihdr: false, xmp: false, icc: false, iptc: false, reviveValues: false })) as Record<string, unknown> | undefined;
  } catch {
    exif = undefined;
  }
  const latitude = Number(exif?.latitude);
  const longitude = Number(exif?.longitude);
  const gps =
    Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
      ? { longitude: longitude.toFixed(6), latitude: latitude.toFixed(6) }
      : null;
  return {
    thumbnail,
    hasExif: exif !== undefined && Object.keys(exif).length > 0,
    takenAt: exifInstant(exif?.DateTimeOriginal ?? exif?.CreateDate, exif?.OffsetTimeOriginal ?? exif?.OffsetTime),
    gps,
  };
}

/** The result of an upload: the stored file and whether these bytes were new. */
export interface StoredEvidence {
  evidence: Evidence;
  created: boolean;
}

/**
 * Stores an uploaded file of evidence: only JPEG, PNG, WebP or PDF, recognised by their bytes;
 * the same bytes are stored once (the first upload's row is returned again). For images, the
 * EXIF time and GPS position are read and a thumbnail is made.
 */
export async function storeEvidence(context: Context, bytes: Buffer): Promise<StoredEvidence> {
  authorize(context.caller, Action.SUBMIT_EVIDENCE);
  if (bytes.length === 0) throw new BadUserInputError('the request body is empty: send the file itself as the body', 'file');
  const type = detectType(bytes);
  if (!type) throw new BadUserInputError('only JPEG, PNG, WebP and PDF files are accepted (checked by their content, not their name)', 'file');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = await evidenceBySha(context.em, sha256);
  if (known) return { evidence: known, created: false };
  const image = type === EvidenceType.PDF ? null : await readImage(bytes);
  try {
    const evidence = await inTransaction(context, 'uploadEvidence', async (em) => {
      const person = context.caller.personId === null ? null : await em.findOne(Person, { id: context.caller.personId });
      const row = em.create(Evidence, {
        sha256,
        contentType: type,
        size: bytes.length,
        bytes,
        thumbnail: image?.thumbnail ?? null,
        takenAt: image?.takenAt ?? null,
        gpsLongitude: image?.gps?.longitude ?? null,
        gpsLatitude: image?.gps?.latitude ?? null,
        hasExif: image?.hasExif ?? false,
        uploadedBy: context.caller.id,
        uploadedByPerson: person,
        uploadedAt: new Date(),
      });
      await em.flush();
      return row;
    });
    return { evidence, created: true };
  } catch (error) {
    // The same bytes uploaded at the same moment by someone else: theirs is the stored one.
    const raced = await evidenceBySha(context.orm.em.fork(), sha256);
    if (raced) return { evidence: raced, created: false };
    throw error;
  }
}

/** Where evidence is being attached, and the days it should come from. */
export interface AttachTarget {
  subject: EvidenceSubject;
  subjectId: number;
  projectId: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * Attaches uploaded files (global ids, from `field`) to a report, inspection or rectification, in
 * the caller's transaction: each must exist, and be the caller's own upload unless it is already
 * attached somewhere (visible to all) or the caller is an admin. One EVIDENCE_ATTACHED event when
 * anything new is attached.
 */
export async function attachEvidence(em: EntityManager, caller: Caller, events: EventSink, ids: readonly string[] | null | undefined, field: string, target: AttachTarget): Promise<void> {
  if (!ids || ids.length === 0) return;
  if (ids.length > 50) throw new BadUserInputError(`${field} takes at most 50 files`, field);
  const rowIds = [...new Set(ids.map((id, index) => fromGlobalId(id, 'Evidence', `${field}.${index}`)))];
  const found = await evidenceByIds(em, rowIds);
  const missing = rowIds.filter((id) => !found.some((evidence) => evidence.id === id));
  if (missing.length) throw new NotFoundError('Evidence', ids[rowIds.indexOf(missing[0])] ?? String(missing[0]));
  const mine = (evidence: Evidence) => caller.role === Role.ADMIN || evidence.uploadedBy === caller.id;
  const others = found.filter((evidence) => !mine(evidence));
  const attachedElsewhere = others.length ? await attachedEvidenceIds(em, others.map((evidence) => evidence.id)) : new Set<number>();
  const foreign = found.find((evidence) => !mine(evidence) && !attachedElsewhere.has(evidence.id));
  if (foreign) throw new ForbiddenError('evidence not yet attached anywhere can be attached only by whoever uploaded it');
  const added = await insertAttachments(em, rowIds, target);
  if (added) events.add({ type: EventType.EVIDENCE_ATTACHED, projectId: target.projectId, payload: { subject: target.subject, subjectId: target.subjectId, count: added } });
}

/** A stored file for download, if the caller may see it: attached files are seen by every signed-in caller; unattached ones by their uploader and admins. */
export async function evidenceFile(context: Context, globalId: string, thumbnail: boolean): Promise<{ bytes: Buffer; contentType: string; sha256: string }> {
  const id = fromGlobalId(globalId, 'Evidence', 'id');
  const row = await evidenceBytes(context.em, id, thumbnail);
  if (!row) throw new NotFoundError('Evidence', globalId);
  if (!row.attached && context.caller.role !== Role.ADMIN && row.uploaded_by !== context.caller.id) throw new NotFoundError('Evidence', globalId);
  if (thumbnail && !row.bytes) throw new NotFoundError('Evidence thumbnail', globalId);
  return { bytes: row.bytes!, contentType: thumbnail ? EvidenceType.JPEG : row.content_type, sha256: row.sha256 };
}
