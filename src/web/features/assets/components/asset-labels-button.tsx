import { Button, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icons';
import { assetLabelsUrl } from '../api/asset-labels';

/** A plain link to the QR label sheet (PDF) of a site's assets or of one asset: no state, works without script quirks. */
export function AssetLabelsButton(props: { siteId: string } | { assetId: string }) {
  const { t } = useTranslation();
  const forSite = 'siteId' in props;
  const hint = forSite ? t('labels.printSiteHint') : t('labels.printAssetHint');
  return (
    <Tooltip label={hint} multiline maw={260}>
      <Button
        component="a"
        href={assetLabelsUrl(forSite ? { siteId: props.siteId } : { assetIds: [props.assetId] })}
        target="_blank"
        rel="noopener"
        variant="default"
        leftSection={<Icon name="printer" size={16} />}
        aria-description={hint}
      >
        {forSite ? t('labels.printSite') : t('labels.printAsset')}
      </Button>
    </Tooltip>
  );
}
