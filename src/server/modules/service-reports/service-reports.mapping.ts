import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import { FileRecord } from '../files/files.mapping.js';
import { SignatureImage } from '../signatures/signature-image.js';


export const DocumentKind = Type.Union([Type.Literal('service_report'), Type.Literal('calibration_certificate')]);

export const ServiceReportInput = Body({
  workDone: Type.String({ minLength: 1, maxLength: 10_000, description: 'What was done, as the customer reads it' }),
  parts: Type.Optional(
    Type.Array(
      Body({
        description: Type.String({ minLength: 1, maxLength: 300 }),
        quantity: Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 }),
      }),
      { maxItems: 200 },
    ),
  ),
  signature: Type.Optional(
    Body({
      name: Type.String({ minLength: 1, maxLength: 200, description: 'Who signed for the customer' }),
      image: SignatureImage,
    }),
  ),
  kind: Type.Optional(Type.Union([DocumentKind], { description: 'Defaults to a calibration certificate for calibration work, else a service report' })),
  language: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('de')], { description: "The document's language; defaults to the reader's" })),
  fileTypeId: Type.Optional(Type.Union([Id], { description: 'A customer-visible file type; defaults to the type kept for this kind of document' })),
});
export type ServiceReportInput = Static<typeof ServiceReportInput>;

export const IssuedDocument = Type.Object({
  id: Id,
  kind: DocumentKind,
  verificationCode: Type.String({ description: 'Printed on the document; GET /verify/{code} confirms it' }),
  sha256: Type.String({ description: 'SHA-256 of the PDF as issued, hex' }),
  workOrderId: Id,
  issuedAt: Timestamp,
  file: FileRecord,
});
export type IssuedDocument = Static<typeof IssuedDocument>;

/** What the public verification says: that a document was issued, its hash and when. Nothing more. */
export const Verification = Type.Object({
  issued: Type.Literal(true),
  verificationCode: Type.String(),
  sha256: Type.String(),
  issuedAt: Timestamp,
});
export type Verification = Static<typeof Verification>;
