import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { belongsTo } from '../../core/belongs-to.js';
import { Person } from '../person/person.entity.js';
import type { Context } from '../../core/context.js';
import { today } from '../../shared/dates.js';
import { Evidence, EvidenceSubject, EvidenceType } from './evidence.entity.js';
import { evidencePath } from './evidence.http.js';
import { EvidenceFlag, flagsOf } from './evidence.rules.js';
import { ProgressReport } from '../progress/progress-report.entity.js';
import { Inspection } from '../supervision/supervision.entity.js';
import { Rectification } from '../problem/rectification.entity.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => [EvidenceFlag], {
    description:
      'What to look at twice: no EXIF, taken outside the period of what it is attached to, or over 2 km from the project’s site (images only). 疑点标记。',
  })
  async flags(@Root() evidence: Evidence, @Ctx() context: Context): Promise<EvidenceFlag[]> {
    const attachments = await context.loaders.attachmentsByEvidence.load(evidence.id);
    return flagsOf({
      isImage: evidence.contentType !== EvidenceType.PDF,
      hasExif: evidence.hasExif,
      takenOn: evidence.takenAt ? today(evidence.takenAt) : null,
      gps: evidence.gpsLongitude === null || evidence.gpsLatitude === null ? null : { longitude: Number(evidence.gpsLongitude), latitude: Number(evidence.gpsLatitude) },
      attachments: attachments.map((row) => ({
        periodStart: row.period_start,
        periodEnd: row.period_end,
        site: row.longitude === null || row.latitude === null ? null : { longitude: Number(row.longitude), latitude: Number(row.latitude) },
      })),
    });
  }

  @FieldResolver(() => String, { description: 'Where to GET the file (with the API authorization). 下载地址。' })
  url(@Root() evidence: Evidence): string {
    return evidencePath(evidence.nodeId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A JPEG at most 320 px wide, for lists (images only). 缩略图地址。' })
  thumbnailUrl(@Root() evidence: Evidence): string | null {
    return evidence.contentType === EvidenceType.PDF ? null : evidencePath(evidence.nodeId, true);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Photos of the works (形象进度照片) and other evidence of the report. 佐证材料。' })
  evidence(@Root() report: ProgressReport, @Ctx() context: Context): Promise<Evidence[]> {
    return context.loaders.evidenceBySubject.load({ id: report.id, subject: EvidenceSubject.PROGRESS_REPORT });
  }
}

@Resolver(() => Inspection)
export class InspectionEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Photos and documents of the inspection. 督查佐证材料。' })
  evidence(@Root() inspection: Inspection, @Ctx() context: Context): Promise<Evidence[]> {
    return context.loaders.evidenceBySubject.load({ id: inspection.id, subject: EvidenceSubject.INSPECTION });
  }
}

@Resolver(() => Rectification)
export class RectificationEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Evidence of the rectification (整改材料). 整改佐证材料。' })
  evidence(@Root() rectification: Rectification, @Ctx() context: Context): Promise<Evidence[]> {
    return context.loaders.evidenceBySubject.load({ id: rectification.id, subject: EvidenceSubject.RECTIFICATION });
  }
}

export const EvidenceUploaderLink = belongsTo<Evidence, Person>(() => Evidence, {
  field: 'uploadedByPerson',
  type: () => Person,
  id: (root) => root.uploadedByPerson?.id ?? null,
  loader: (loaders) => loaders.personById,
  nullable: true,
  description: 'The person who first uploaded it. 上传人。',
});
