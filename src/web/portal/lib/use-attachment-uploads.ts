import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FILE_LISTS_KEY, uploadFile } from '../api/files';

export type AttachmentStatus = 'waiting' | 'uploading' | 'done' | 'failed';

export interface AttachmentUpload {
  file: File;
  status: AttachmentStatus;
  /** The server's refusal (too large, empty, not allowed…) or the network failure. */
  error: unknown;
}

/**
 * Uploads the files picked on the new-request form to the ticket once it exists, one after another
 * through POST /files, each with its own outcome: a refused file leaves the ticket and the other files
 * alone, and can be sent again.
 */
export function useAttachmentUploads(fileTypeId: string | null) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<AttachmentUpload[]>([]);
  const [ticketId, setTicketId] = useState<string | null>(null);

  const patch = (index: number, change: Partial<AttachmentUpload>) =>
    setUploads((current) => current.map((upload, i) => (i === index ? { ...upload, ...change } : upload)));

  async function send(ticket: string, index: number, file: File, typeId: string): Promise<boolean> {
    patch(index, { status: 'uploading', error: null });
    try {
      await uploadFile('ticket', ticket, typeId, file);
      patch(index, { status: 'done' });
      return true;
    } catch (error) {
      patch(index, { status: 'failed', error });
      return false;
    }
  }

  return {
    uploads,
    busy: uploads.some((upload) => upload.status === 'uploading' || upload.status === 'waiting'),
    failed: uploads.filter((upload) => upload.status === 'failed').length,

    /** Uploads every file to the new ticket; true when all of them arrived. */
    async uploadAll(ticket: string, files: File[]): Promise<boolean> {
      if (!fileTypeId) return files.length === 0;
      setTicketId(ticket);
      setUploads(files.map((file) => ({ file, status: 'waiting', error: null })));
      let allArrived = true;
      for (const [index, file] of files.entries()) allArrived = (await send(ticket, index, file, fileTypeId)) && allArrived;
      await queryClient.invalidateQueries({ queryKey: FILE_LISTS_KEY });
      return allArrived;
    },

    /** Sends one refused file again. */
    async retry(index: number): Promise<void> {
      const upload = uploads[index];
      if (!ticketId || !fileTypeId || !upload) return;
      if (await send(ticketId, index, upload.file, fileTypeId)) await queryClient.invalidateQueries({ queryKey: FILE_LISTS_KEY });
    },
  };
}
