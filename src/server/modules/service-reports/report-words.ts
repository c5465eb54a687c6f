import type { IssuedDocumentKind } from '../../db/issued-document-tables.js';

export type ReportLanguage = 'en' | 'de';

/** The fixed words of a service report or certificate, in the languages the UIs speak. */
export const REPORT_WORDS = {
  en: {
    title: { service_report: 'Service report', calibration_certificate: 'Calibration certificate' } satisfies Record<IssuedDocumentKind, string>,
    workOrder: 'Work order',
    customer: 'Customer',
    site: 'Site',
    asset: 'Asset',
    serial: 'Serial number',
    kind: 'Kind of work',
    started: 'Planned start',
    completed: 'Completed',
    technicians: 'Technicians',
    workDone: 'Work done',
    parts: 'Parts and materials',
    quantity: 'Qty',
    part: 'Part',
    signature: 'Customer signature',
    signedBy: 'Signed by',
    noSignature: 'Not signed by the customer.',
    issued: 'Issued',
    verify: 'Verify this document',
    code: 'Verification code',
    page: 'Page',
  },
  de: {
    title: { service_report: 'Servicebericht', calibration_certificate: 'Kalibrierzertifikat' } satisfies Record<IssuedDocumentKind, string>,
    workOrder: 'Arbeitsauftrag',
    customer: 'Kunde',
    site: 'Standort',
    asset: 'Anlage',
    serial: 'Seriennummer',
    kind: 'Art der Arbeit',
    started: 'Geplanter Beginn',
    completed: 'Abgeschlossen',
    technicians: 'Techniker',
    workDone: 'Ausgeführte Arbeiten',
    parts: 'Teile und Material',
    quantity: 'Menge',
    part: 'Teil',
    signature: 'Unterschrift des Kunden',
    signedBy: 'Unterschrieben von',
    noSignature: 'Nicht vom Kunden unterschrieben.',
    issued: 'Ausgestellt',
    verify: 'Dieses Dokument prüfen',
    code: 'Prüfcode',
    page: 'Seite',
  },
} as const;

const KIND_WORDS: Record<ReportLanguage, Record<string, string>> = {
  en: { maintenance: 'Maintenance', calibration: 'Calibration', repair: 'Repair', inspection: 'Inspection', installation: 'Installation', other: 'Other' },
  de: { maintenance: 'Wartung', calibration: 'Kalibrierung', repair: 'Reparatur', inspection: 'Inspektion', installation: 'Installation', other: 'Sonstiges' },
};

export function workKindWord(language: ReportLanguage, kind: string): string {
  return KIND_WORDS[language][kind] ?? kind;
}

/** Dates on a report are calendar dates in UTC, written the way each language reads them. */
export function reportDate(language: ReportLanguage, iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
