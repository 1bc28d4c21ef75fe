import PDFDocument from 'pdfkit';

export interface ReportCardLine {
  period: string;
  course: string;
  grade: string;
  comment: string | null;
}

export interface ReportCard {
  district: string;
  school: string;
  student: string;
  schoolYear: string;
  lines: ReportCardLine[];
  /** The PDF's creation date: fixed by the caller so the same grades give the same bytes. */
  madeAt: Date;
}

/**
 * A one-page (or longer) report card: the posted grades by grading period.
 * pdfkit's built-in Helvetica covers the Latin names of the demo district.
 */
export function renderReportCard(card: ReportCard): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    info: {
      Title: `Report card — ${card.student}, ${card.schoolYear}`,
      Author: card.district,
      CreationDate: card.madeAt,
      ModDate: card.madeAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(card.district);
  doc.font('Helvetica').fontSize(12).text(card.school);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(16).text(`Report card ${card.schoolYear}`);
  doc.font('Helvetica').fontSize(12).text(card.student);
  doc.moveDown();

  const columns = { course: 54, grade: 330, comment: 400 };
  let period = '';
  for (const line of card.lines) {
    if (line.period !== period) {
      period = line.period;
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(period, columns.course);
      doc.moveDown(0.25);
    }
    const y = doc.y;
    doc.font('Helvetica').fontSize(10);
    doc.text(line.course, columns.course, y, { width: columns.grade - columns.course - 8 });
    const afterCourse = doc.y;
    doc.text(line.grade, columns.grade, y, { width: columns.comment - columns.grade - 8 });
    doc.text(line.comment ?? '', columns.comment, y, { width: 558 - columns.comment });
    doc.y = Math.max(afterCourse, doc.y) + 2;
    doc.x = columns.course;
  }
  if (card.lines.length === 0) doc.text('No grades have been posted yet.');
  doc.end();
  return done;
}
