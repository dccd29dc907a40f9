import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { DateScalar } from '../../shared/scalars.js';
import { DocumentKind, IssuedDocument } from './issued-document.entity.js';
import * as documents from './document.service.js';

/** Where an issued document's bytes are served (with the API's authorization). */
export function documentPath(id: number, format: 'xlsx' | 'csv'): string {
  return `/documents/${id}.${format}`;
}

@Resolver(() => IssuedDocument)
export class IssuedDocumentResolver {
  @Query(() => [IssuedDocument], { description: 'The documents issued for a year, optionally of one kind, in issue order. 已印发文件。' })
  issuedDocuments(
    @Arg('year', () => Int) year: number,
    @Arg('kind', () => DocumentKind, { nullable: true }) kind: DocumentKind | null,
    @Ctx() context: Context,
  ): Promise<IssuedDocument[]> {
    return documents.issuedDocuments(context, year, kind);
  }

  @Mutation(() => IssuedDocument, {
    description:
      'Issue the report of a closed period as a document (ADMIN): rendered once, its bytes and SHA-256 kept forever; corrections approved since the last document of its kind are stated in it (更正说明). 印发。',
  })
  issueDocument(
    @Arg('kind', () => DocumentKind) kind: DocumentKind,
    @Arg('year', () => Int) year: number,
    @Arg('period', () => Int, { nullable: true, description: 'Month, quarter or half; 1 (or omitted) for ANNUAL. 期次。' }) period: number | null,
    @Arg('number', () => String, { description: 'Document number (文号), unique. 文号。' }) number: string,
    @Arg('issuedOn', () => DateScalar, { nullable: true, description: 'Issue date printed on it, default today. 印发日期。' }) issuedOn: string | null,
    @Ctx() context: Context,
  ): Promise<IssuedDocument> {
    return documents.issueDocument(context, { kind, year, period, number, issuedOn });
  }

  @FieldResolver(() => String, {
    description:
      'Link to the .xlsx exactly as issued, signed and valid for 5 minutes (no Authorization header needed); the bare path /documents/{id}.xlsx works forever with the API authorization (header x-content-sha256). 下载地址(5分钟内有效)。',
  })
  downloadUrl(@Root() document: IssuedDocument, @Ctx() context: Context): string {
    return context.signedLink(documentPath(document.id, 'xlsx'));
  }

  @FieldResolver(() => String, { description: 'Path of the .csv exactly as issued. CSV 下载地址。' })
  csvUrl(@Root() document: IssuedDocument): string {
    return documentPath(document.id, 'csv');
  }
}
