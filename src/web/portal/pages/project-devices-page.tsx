import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProject } from '../api/records';
import { DetailState } from '../components/detail-state';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { SiteName } from '../components/record-names';
import { StatusBadge } from '../components/status-badge';
import type { Device, Project } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

/** A device the project placed; it is an asset, so it opens the asset page (sub-devices, history, files). */
export function DeviceRow({ device }: { device: Device }) {
  const { t } = useTranslation('portal');
  return (
    <ListRow
      to={`/portal/assets/${device.id}`}
      icon="box"
      title={device.name}
      meta={<MetaLine parts={[device.category, device.serialNumber ? t('assets.serialShort', { serial: device.serialNumber }) : null, <SiteName key="site" siteId={device.siteId} />]} />}
      aside={<StatusBadge group="assetStatus" value={device.status} />}
    />
  );
}

function Devices({ project }: { project: Project }) {
  const { t } = useTranslation('portal');
  const devices = usePortalList('/projects/{id}/devices', { sort: 'name' }, { path: { id: project.id } });
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('projects.devicesOf', { name: project.name })} back={{ to: `/portal/projects/${project.id}`, label: project.name }} subtitle={t('projects.devicesSubtitle')} />
      <PortalList
        label={t('projects.devices')}
        query={devices}
        empty={{ icon: 'box', title: t('projects.noDevicesTitle'), message: t('projects.noDevicesMessage') }}
        renderRow={(device) => <DeviceRow device={device} />}
      />
    </Stack>
  );
}

/** /portal/projects/:id/devices: the devices (assets) the project placed that the user may see. */
export function ProjectDevicesPage() {
  const { id } = useParams();
  const project = useProject(id);
  return <DetailState query={project}>{(data) => <Devices project={data} />}</DetailState>;
}
