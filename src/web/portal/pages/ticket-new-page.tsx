import { Alert, Button, Group, Paper, Rating, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Icon } from '../../components/icons';
import { everyOf } from '../../lib/api-types';
import { notifySuccess } from '../../lib/notify';
import { useAsset, useMyCustomers, useTicketTypes } from '../api/records';
import { useRaiseTicket, type TicketPriority } from '../api/tickets';
import { AssetSelect } from '../components/asset-select';
import { AttachmentUploadsPanel } from '../components/attachment-uploads-panel';
import { AttachmentsPicker } from '../components/attachments-picker';
import { TypeCards } from '../components/ticket-type-cards';
import { PortalErrorAlert, PortalLoader } from '../components/detail-state';
import { PortalPageHeader } from '../components/page-header';
import { usePortalAccess } from '../lib/portal-me';
import { usePortalSites, useSiteFilter } from '../lib/site-filter';
import { useAttachmentUploads } from '../lib/use-attachment-uploads';
import type { Asset, Ticket, TicketType } from '../lib/types';

const PRIORITIES = everyOf<TicketPriority>()(['low', 'normal', 'high', 'urgent']);
/** Requests first, feedback last; types a company adds itself follow by name. */
const TYPE_ORDER = ['service_request', 'incident_report', 'visit_request', 'question', 'feedback'];
const typeRank = (type: TicketType) => {
  const rank = TYPE_ORDER.indexOf(type.key);
  return rank === -1 ? TYPE_ORDER.length - 1.5 : rank;
};
const NO_SITE = 'none';

interface FieldErrors {
  typeId?: string;
  title?: string;
  siteId?: string;
  customerId?: string;
  rating?: string;
  fileTypeId?: string;
}

function RaiseTicketForm({ types, initialAsset }: { types: TicketType[]; initialAsset: Asset | null }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const access = usePortalAccess();
  const { facts } = access;
  const sites = usePortalSites();
  const siteFilter = useSiteFilter();
  const customers = useMyCustomers(facts.customerIds.length > 1);
  const raise = useRaiseTicket();

  const writableSites = (sites.data?.items ?? []).filter((site) => access.siteWritable(site.id));
  const firstSite = initialAsset?.siteId ?? siteFilter.siteId;
  const [typeId, setTypeId] = useState<string | null>(types.length === 1 ? types[0]!.id : null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('normal');
  const [siteId, setSiteId] = useState<string | null>(firstSite && access.siteWritable(firstSite) ? firstSite : null);
  const [asset, setAsset] = useState<Asset | null>(initialAsset && access.siteWritable(initialAsset.siteId) ? initialAsset : null);
  const [customerId, setCustomerId] = useState<string | null>(initialAsset?.customerId ?? null);
  const [recipient, setRecipient] = useState<string | null>(null);
  const [rating, setRating] = useState(0);
  const [files, setFiles] = useState<File[]>([]);
  const [fileTypeId, setFileTypeId] = useState<string | null>(null);
  const [created, setCreated] = useState<Ticket | null>(null);
  const attachments = useAttachmentUploads(fileTypeId);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** A field's message goes as soon as the user changes that field. */
  const clearError = (field: keyof FieldErrors) => setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));

  const type = types.find((candidate) => candidate.id === typeId) ?? null;
  const isFeedback = type?.key === 'feedback';
  const multiCustomer = facts.customerIds.length > 1;
  const siteCustomer = (sites.data?.items ?? []).find((site) => site.id === siteId)?.customerId ?? null;
  const effectiveCustomer = asset?.customerId ?? siteCustomer ?? customerId;
  // The same rule the server applies to POST /files: the upload capability, files on, a writable site.
  const mayAttach = access.has('files') && facts.capabilities.uploadFiles && !access.previewing && access.siteWritable(siteId);
  const attaching = mayAttach ? files : [];
  const siteOptions = writableSites
    .filter((site) => !multiCustomer || !customerId || site.customerId === customerId)
    .map((site) => ({ value: site.id, label: site.name }));
  const recipients = [
    ...facts.capabilities.recipientGroupIds.map((id, index) => ({ value: `group:${id}`, label: t('ticketForm.recipientGroup', { number: index + 1 }) })),
    ...facts.capabilities.recipientUserIds.map((id, index) => ({ value: `user:${id}`, label: t('ticketForm.recipientUser', { number: index + 1 }) })),
  ];

  if (created) {
    return <AttachmentUploadsPanel ticket={created} uploads={attachments.uploads} busy={attachments.busy} failed={attachments.failed} onRetry={(index) => void attachments.retry(index)} />;
  }

  if (facts.sitesRestricted && sites.isSuccess && writableSites.length === 0) {
    return (
      <Alert color="yellow" variant="light" icon={<Icon name="lock" />} title={t('ticketForm.notAllowedTitle')}>
        {t('ticketForm.noWritableSites')}
      </Alert>
    );
  }

  function validate(): FieldErrors {
    const next: FieldErrors = {};
    if (!typeId) next.typeId = t('ticketForm.typeRequired');
    if (title.trim() === '') next.title = t('ticketForm.titleRequired');
    if (facts.sitesRestricted && !siteId) next.siteId = t('ticketForm.siteRequired');
    if (multiCustomer && !effectiveCustomer) next.customerId = t('ticketForm.customerRequired');
    if (isFeedback && rating < 1) next.rating = t('ticketForm.ratingRequired');
    if (attaching.length > 0 && !fileTypeId) next.fileTypeId = t('attachments.typeRequired');
    return next;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = validate();
    setErrors(next);
    if (Object.keys(next).length > 0 || !typeId) return;
    raise.mutate(
      {
        typeId,
        title: title.trim(),
        description: description.trim() || null,
        priority: isFeedback ? 'normal' : priority,
        siteId,
        assetId: asset?.id ?? null,
        ...(multiCustomer && effectiveCustomer ? { customerId: effectiveCustomer } : {}),
        ...(recipient?.startsWith('user:') ? { responsibleUserId: recipient.slice(5) } : {}),
        ...(recipient?.startsWith('group:') ? { responsibleGroupId: recipient.slice(6) } : {}),
        ...(isFeedback ? { rating } : {}),
      },
      {
        onSuccess: async (ticket) => {
          if (attaching.length > 0) {
            // The request is kept whatever happens to its attachments; a refused one stays on screen to retry.
            setCreated(ticket);
            if (!(await attachments.uploadAll(ticket.id, attaching))) return;
          }
          notifySuccess(t('ticketForm.raised', { number: ticket.number }));
          void navigate(`/portal/tickets/${ticket.id}`);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('ticketForm.title')}>
      <Stack gap="lg">
        <PortalErrorAlert title={t('ticketForm.failed')} error={raise.error} />
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="lg">
            <TypeCards
              types={types}
              value={typeId}
              onChange={(id) => {
                setTypeId(id);
                clearError('typeId');
                clearError('rating');
              }}
              error={errors.typeId}
            />
            <TextInput label={t('ticketForm.subject')} placeholder={t('ticketForm.subjectPlaceholder')} value={title} onChange={(event) => {
                setTitle(event.currentTarget.value);
                clearError('title');
              }} error={errors.title} maxLength={200} required withAsterisk={false} />
            <Textarea label={t('ticketForm.description')} placeholder={t('ticketForm.descriptionPlaceholder')} value={description} onChange={(event) => setDescription(event.currentTarget.value)} autosize minRows={4} maxRows={12} maxLength={20000} />
            {mayAttach && (
              <AttachmentsPicker
                files={files}
                onFilesChange={setFiles}
                fileTypeId={fileTypeId}
                onFileTypeChange={(id) => {
                  setFileTypeId(id);
                  clearError('fileTypeId');
                }}
                typeError={errors.fileTypeId}
              />
            )}
            {isFeedback ? (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="rating-label">
                  {t('ticketForm.rating')}
                </Text>
                <Rating
                  value={rating}
                  onChange={(value) => {
                    setRating(value);
                    clearError('rating');
                  }}
                  size="lg"
                  aria-labelledby="rating-label"
                />
                {errors.rating && (
                  <Text size="xs" c="red">
                    {errors.rating}
                  </Text>
                )}
              </Stack>
            ) : (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="priority-label">
                  {t('ticketForm.priority')}
                </Text>
                <SegmentedControl
                  aria-labelledby="priority-label"
                  value={priority}
                  onChange={(value) => setPriority(PRIORITIES.find((known) => known === value) ?? 'normal')}
                  data={PRIORITIES.map((value) => ({ value, label: t(`enums.priority.${value}`) }))}
                  style={{ alignSelf: 'flex-start' }}
                />
              </Stack>
            )}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <Text fw={600}>{t('ticketForm.where')}</Text>
            {multiCustomer && (
              <Select
                label={t('ticketForm.customer')}
                data={(customers.data?.items ?? []).filter((customer) => facts.customerIds.includes(customer.id)).map((customer) => ({ value: customer.id, label: customer.name }))}
                value={effectiveCustomer}
                onChange={(value) => {
                  setCustomerId(value);
                  clearError('customerId');
                  setSiteId(null);
                  setAsset(null);
                }}
                error={errors.customerId}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('ticketForm.site')}
                description={facts.sitesRestricted ? t('ticketForm.siteWritableOnly') : undefined}
                placeholder={t('ticketForm.sitePlaceholder')}
                data={facts.sitesRestricted ? siteOptions : [{ value: NO_SITE, label: t('ticketForm.noSite') }, ...siteOptions]}
                value={siteId ?? (facts.sitesRestricted ? null : NO_SITE)}
                onChange={(value) => {
                  const next = !value || value === NO_SITE ? null : value;
                  setSiteId(next);
                  clearError('siteId');
                  if (asset && next && asset.siteId !== next) setAsset(null);
                }}
                error={errors.siteId}
                searchable={siteOptions.length > 8}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              {access.has('assets') && (
                <AssetSelect
                  label={t('ticketForm.asset')}
                  value={asset?.id ?? null}
                  siteId={siteId}
                  onChange={(next) => {
                    setAsset(next);
                    if (next?.siteId && access.siteWritable(next.siteId)) {
                      setSiteId(next.siteId);
                      clearError('siteId');
                    }
                  }}
                />
              )}
            </SimpleGrid>
            {recipients.length > 0 && (
              <Select label={t('ticketForm.recipient')} placeholder={t('ticketForm.recipientPlaceholder')} data={recipients} value={recipient} onChange={setRecipient} clearable comboboxProps={{ withinPortal: true }} />
            )}
          </Stack>
        </Paper>
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to="/portal/tickets" variant="default">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={raise.isPending} leftSection={<Icon name="check" size={16} />}>
            {t('ticketForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /portal/tickets/new: raise a request of an allowed type, on a writable site, about a visible asset. */
export function TicketNewPage() {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const [searchParams] = useSearchParams();
  const assetId = searchParams.get('assetId');
  const types = useTicketTypes();
  const asset = useAsset(assetId);
  const sites = usePortalSites();
  const allowed = (types.data?.items ?? []).filter((type) => access.facts.capabilities.ticketTypeIds.includes(type.id)).sort((a, b) => typeRank(a) - typeRank(b) || a.name.localeCompare(b.name));

  let content;
  if (!access.canRaiseTickets) {
    content = (
      <Alert color="yellow" variant="light" icon={<Icon name="lock" />} title={t('ticketForm.notAllowedTitle')}>
        {access.previewing ? t('ticketForm.previewReadOnly') : t('ticketForm.notAllowed')}
      </Alert>
    );
  } else if (types.isPending || sites.isPending || (assetId && asset.isPending)) {
    content = <PortalLoader />;
  } else if (types.isError) {
    content = <PortalErrorAlert title={t('common.loadFailed')} error={types.error} />;
  } else if (allowed.length === 0) {
    content = (
      <Alert color="yellow" variant="light" icon={<Icon name="lock" />} title={t('ticketForm.notAllowedTitle')}>
        {t('ticketForm.noTypes')}
      </Alert>
    );
  } else {
    content = <RaiseTicketForm types={allowed} initialAsset={asset.data ?? null} />;
  }

  return (
    <Stack gap="lg" maw={860}>
      <PortalPageHeader title={t('ticketForm.title')} back={{ to: '/portal/tickets', label: t('tickets.back') }} subtitle={t('ticketForm.intro')} />
      {content}
    </Stack>
  );
}
