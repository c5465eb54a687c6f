import { RecordLink } from '../../../components/record-link';
import { useProject } from '../api/get-project';
import type { Project } from '../types';

export const projectLabel = (p: Project) => `${p.number} · ${p.name}`;

/** A project by id: its name, linked to its page. */
export function ProjectLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useProject(id)}
      label={projectLabel}
      to={(id) => `/staff/projects/${id}`}
    />
  );
}
