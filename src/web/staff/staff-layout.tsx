import { useTranslation } from 'react-i18next';
import { ShellLayout } from '../layouts/shell-layout';
import { StaffNavbar } from './staff-navbar';

export function StaffLayout() {
  const { t } = useTranslation();
  return <ShellLayout areaLabel={t('app.backOffice')} navbar={<StaffNavbar />} />;
}
