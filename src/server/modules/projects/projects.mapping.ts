import { Type, type Static } from 'typebox';
import type { ProjectsTable } from '../../db/back-office-tables.js';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { Principal } from '../access/principal.js';
import { FlagRef } from '../flags/flags.mapping.js';
import type { ProjectRow } from './projects.repository.js';

export const DateString = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const PROJECT_KINDS = ['design', 'installation'] as const satisfies readonly ProjectsTable['kind'][];
export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'completed', 'cancelled'] as const satisfies readonly ProjectsTable['status'][];
const Kind = Type.Enum(PROJECT_KINDS);
const Status = Type.Enum(PROJECT_STATUSES);

export const Project = Type.Object({
  id: Id,
  number: Type.String(),
  customerId: Id,
  siteId: Nullable(Id),
  name: Type.String(),
  description: Nullable(Type.String()),
  kind: Kind,
  status: Status,
  startDate: Nullable(Type.String()),
  dueDate: Nullable(Type.String()),
  /** Staff only: never serialized for external users. */
  internalNotes: Type.Optional(Nullable(Type.String())),
  /** Share of the project's tasks that are done, 0–100 (0 without tasks). */
  progress: Type.Integer({ minimum: 0, maximum: 100 }),
  flags: Type.Array(FlagRef),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Project = Static<typeof Project>;

const fields = {
  siteId: Type.Optional(Nullable(Id)),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  kind: Type.Optional(Kind),
  status: Type.Optional(Status),
  startDate: Type.Optional(Nullable(DateString)),
  dueDate: Type.Optional(Nullable(DateString)),
  internalNotes: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
};
export const ProjectInput = Body({ customerId: Id, ...fields });
export type ProjectInput = Static<typeof ProjectInput>;
/** customerId is not here: a project never moves to another customer. */
export const ProjectPatch = Body({ ...fields, name: Type.Optional(fields.name) });
export type ProjectPatch = Static<typeof ProjectPatch>;

/** The stored fields as the viewer may see them; also what the audit log records. */
export function projectFields(row: ProjectRow, viewer: Principal): Omit<Project, 'progress' | 'flags'> {
  const project: Omit<Project, 'progress' | 'flags'> = {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    siteId: row.site_id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    status: row.status,
    startDate: row.start_date,
    dueDate: row.due_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
  if (viewer.kind === 'staff') project.internalNotes = row.internal_notes;
  return project;
}

export function toProject(row: ProjectRow, viewer: Principal, computed: { progress: number; flags: FlagRef[] }): Project {
  return { ...projectFields(row, viewer), progress: computed.progress, flags: computed.flags };
}

export { Nullable };
