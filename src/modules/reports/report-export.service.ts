import type { Db } from '../../db/connection.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { buildExportDocument, exportFileName, type Language } from './export-content.js';
import { renderCsv } from './export-csv.js';
import { renderPdf } from './export-pdf.js';
import { renderXlsx } from './export-xlsx.js';
import { buildPeriodReport, type PeriodQuery } from './reports.service.js';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * The report of a period as a file, every aggregate suppressed (export-content.ts). The export is
 * audited with its period, filters and format — never with figures or names — and only a file
 * whose audit entry committed is handed out.
 */
export async function exportReport(
  db: Db,
  actor: Actor,
  query: PeriodQuery & { format: ExportFormat; lang?: Language },
): Promise<ExportedFile> {
  const lang = query.lang ?? 'el';
  const report = await buildPeriodReport(db, actor, query);
  const doc = buildExportDocument(report, lang);
  const body =
    query.format === 'csv'
      ? renderCsv(doc, lang)
      : query.format === 'xlsx'
        ? await renderXlsx(doc, lang)
        : await renderPdf(doc, lang);
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: 'report.export',
      entity: 'report',
      details: {
        format: query.format,
        lang,
        from: report.period.from,
        to: report.period.to,
        filters: report.filters,
        definitionsVersion: report.definitionsVersion,
      },
    }),
  );
  return {
    body,
    contentType: contentTypes[query.format],
    fileName: exportFileName(report, query.format),
  };
}
