import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

/** progress: the share of the project's tasks that are done, 0–100. */
export type Project = ResponseOf<'/projects/{id}'>;
export type ProjectInput = BodyOf<'/projects', 'post'>;
export type ProjectPatch = BodyOf<'/projects/{id}', 'patch'>;

export type ProjectKind = Project['kind'];
export type ProjectStatus = Project['status'];
export const PROJECT_KINDS = everyOf<ProjectKind>()(['design', 'installation']);
export const PROJECT_STATUSES = everyOf<ProjectStatus>()(['planned', 'active', 'on_hold', 'completed', 'cancelled']);

export type Part = ListItemOf<'/projects/{id}/parts'>;
export type PartInput = BodyOf<'/projects/{id}/parts', 'post'>;
export type PartPatch = BodyOf<'/projects/{id}/parts/{partId}', 'patch'>;
export type PartStatus = Part['status'];
export const PART_STATUSES = everyOf<PartStatus>()(['planned', 'ordered', 'delivered', 'installed']);

export type Report = ListItemOf<'/projects/{id}/reports'>;
export type ReportInput = BodyOf<'/projects/{id}/reports', 'post'>;

/** A device (asset) the project placed. */
export type Device = ListItemOf<'/projects/{id}/devices'>;
