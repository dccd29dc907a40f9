import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';

/** The file types evidence may be: photos and PDFs, recognised by their bytes. */
export enum EvidenceType {
  JPEG = 'image/jpeg',
  PNG = 'image/png',
  WEBP = 'image/webp',
  PDF = 'application/pdf',
}

/**
 * A file of evidence (形象进度照片, 整改材料): stored once per content (its SHA-256), with what its
 * EXIF says of when and where a photo was taken, and a small JPEG thumbnail for images.
 */
@Entity({ tableName: 'evidence' })
@Unique({ name: 'evidence_sha256_unique', properties: ['sha256'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A photo or document of evidence, stored once per content. 佐证材料。' })
export class Evidence {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'SHA-256 of the bytes, hex: the same file is stored once. 文件摘要。' })
  @Property({ type: 'varchar', length: 64 })
  sha256!: string;

  @Field(() => String, { description: 'image/jpeg, image/png, image/webp or application/pdf, from the bytes. 文件类型。' })
  @Property({ type: 'varchar', length: 40 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes. 文件大小(字节)。' })
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'blob', columnType: 'bytea', lazy: true })
  bytes!: Buffer;

  /** A JPEG at most 320 px wide for images (null for a PDF or an image that could not be decoded). */
  @Property({ type: 'blob', columnType: 'bytea', lazy: true, nullable: true })
  thumbnail: Buffer | null = null;

  @Field(() => Date, { nullable: true, description: 'When the photo was taken, from its EXIF; null without. 拍摄时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  takenAt: Date | null = null;

  /** Where the photo was taken, from its EXIF GPS (WGS-84). */
  @Property({ type: 'decimal', precision: 9, scale: 6, nullable: true })
  gpsLongitude: string | null = null;

  @Property({ type: 'decimal', precision: 9, scale: 6, nullable: true })
  gpsLatitude: string | null = null;

  /** Whether the image carried EXIF at all. */
  @Property({ type: 'boolean', default: false })
  hasExif: boolean & Opt = false;

  @Field(() => String, { description: 'Who uploaded it first (caller id). 上传人。' })
  @Property({ type: 'varchar', length: 64 })
  uploadedBy!: string;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  uploadedByPerson: Ref<Person> | null = null;

  @Field(() => Date, { description: '上传时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  uploadedAt!: Date;

  get nodeId(): string & Opt {
    return toGlobalId('Evidence', this.id);
  }
}

/** What evidence is attached to. */
export enum EvidenceSubject {
  PROGRESS_REPORT = 'PROGRESS_REPORT',
  INSPECTION = 'INSPECTION',
  RECTIFICATION = 'RECTIFICATION',
}
registerEnumType(EvidenceSubject, {
  name: 'EvidenceSubject',
  description: 'What a piece of evidence is attached to. 佐证对象。',
  valuesConfig: { PROGRESS_REPORT: { description: '月报(形象进度照片)' }, INSPECTION: { description: '督查记录' }, RECTIFICATION: { description: '整改材料' } },
});

/** Evidence attached to a report, an inspection or a rectification, with the project and the period it should come from. */
@Entity({ tableName: 'evidence_attachment' })
@Unique({ name: 'evidence_attachment_subject_unique', properties: ['evidence', 'subject', 'subjectId'] })
@Index({ name: 'evidence_attachment_subject_index', properties: ['subject', 'subjectId'] })
export class EvidenceAttachment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Evidence, ref: true, deleteRule: 'restrict', index: true })
  evidence!: Ref<Evidence>;

  @Enum({ items: () => EvidenceSubject, type: 'string' })
  subject!: EvidenceSubject;

  @Property({ type: 'integer' })
  subjectId!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  /** The days the evidence should have been taken within (a report's month, an inspection's day, a rectification's period). */
  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  attachedAt!: Date;
}
