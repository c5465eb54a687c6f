import { Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCreateDocument } from '../api/create-document';
import { useUpdateDocument } from '../api/update-document';
import { DOCUMENT_KINDS } from '../types';
import type { Document, DocumentKind } from '../types';

interface Values extends Record<string, unknown> {
  title: string;
  kind: DocumentKind;
  body: string;
}

function DocumentForm({ document, onSaved, onCancel }: { document?: Document; onSaved: (d: Document) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({ title: document?.title ?? '', kind: document?.kind ?? 'procedure', body: document?.body ?? '' });
  const create = useCreateDocument();
  const update = useUpdateDocument();

  async function submit(values: Values) {
    const fields = { title: values.title.trim(), kind: values.kind, body: values.body };
    const saved = document ? await update.mutateAsync({ id: document.id, patch: fields }) : await create.mutateAsync(fields);
    notifySuccess(document ? t('documents.saved') : t('documents.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={document ? t('documents.edit') : t('documents.new')}>
      <TextInput label={t('documents.fields.title')} required {...form.text('title')} data-autofocus />
      <Select
        label={t('documents.fields.kind')}
        data={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`enums.documentKind.${kind}`) }))}
        value={form.values.kind}
        onChange={(value) => value && form.setValue('kind', value as DocumentKind)}
        allowDeselect={false}
        error={form.errors.kind}
      />
      <Textarea label={t('documents.fields.body')} autosize minRows={10} maxRows={30} {...form.text('body')} />
    </ApiFormLayout>
  );
}

export function DocumentFormDrawer({ opened, onClose, document, onSaved }: { opened: boolean; onClose: () => void; document?: Document; onSaved?: (d: Document) => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={document ? t('documents.edit') : t('documents.new')}>
      <DocumentForm
        document={document}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
