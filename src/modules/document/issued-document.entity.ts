import { Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar } from '../../shared/scalars.js';

/** The "五个一" documents the office issues. */
export enum DocumentKind {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEAR = 'HALF_YEAR',
  ANNUAL = 'ANNUAL',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Kind of issued document. 文件类型。',
  valuesConfig: {
    MONTHLY: { description: '月报表(period = 月份)' },
    QUARTERLY: { description: '季度通报(period = 季度)' },
    HALF_YEAR: { description: '半年小结(period = 1 或 2)' },
    ANNUAL: { description: '年终总结(period = 1)' },
  },
});

/**
 * An issued document (印发): the report rendered once, its exact bytes (.xlsx and .csv) kept with
 * their SHA-256, its number (文号), issue date and issuer. The table refuses every update and delete
 * (a trigger): what was issued is never changed.
 */
@Entity({ tableName: 'issued_document' })
@Unique({ name: 'issued_document_number_unique', properties: ['number'] })
@Index({ name: 'issued_document_kind_year_index', properties: ['kind', 'year'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'An issued document, kept byte for byte. 印发文件。' })
export class IssuedDocument {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => DocumentKind, { description: '文件类型' })
  @Enum({ items: () => DocumentKind, type: 'string' })
  kind!: DocumentKind;

  @Field(() => Int, { description: '年度' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: 'Month, quarter or half; 1 for ANNUAL. 期次。' })
  @Property({ type: 'smallint' })
  period!: number;

  @Field(() => String, { description: 'Document number (文号), unique. 文号。' })
  @Property({ type: 'varchar', length: 64 })
  number!: string;

  @Field(() => DateScalar, { description: '印发日期' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => Date, { description: 'When it was issued. 印发时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt!: Date;

  @Field(() => String, { description: 'Who issued it (caller id). 印发人。' })
  @Property({ type: 'varchar', length: 64 })
  issuedBy!: string;

  @Field(() => String, { description: 'File name without extension. 文件名。' })
  @Property({ type: 'text' })
  fileName!: string;

  /** The .xlsx bytes as issued (read only by the download route). */
  @Property({ type: 'blob', columnType: 'bytea', lazy: true })
  xlsx!: Buffer;

  @Field(() => String, { description: 'SHA-256 of the .xlsx bytes, hex. 文件摘要。' })
  @Property({ type: 'varchar', length: 64 })
  sha256!: string;

  /** The .csv bytes as issued. */
  @Property({ type: 'blob', columnType: 'bytea', lazy: true })
  csv!: Buffer;

  @Field(() => String, { description: 'SHA-256 of the .csv bytes, hex. CSV 摘要。' })
  @Property({ type: 'varchar', length: 64 })
  csvSha256!: string;

  /** The corrections this document states (更正说明), approved since the last document of its kind. */
  @Property({ type: 'json', default: '[]' })
  correctionIds: number[] & Opt = [];

  get nodeId(): string & Opt {
    return toGlobalId('IssuedDocument', this.id);
  }
}
