import { Readable } from 'node:stream';
import type { ParsedMail } from 'mailparser';
import type { AppContext } from '../../context.js';
import { AppError } from '../../plugins/errors.js';
import { loadAccessScope } from '../access/access-scope.js';
import { assertMayComment } from '../access/portal-capabilities.js';
import type { ChangeFacts } from '../audit/record-change.js';
import { principalFor } from '../auth/auth.service.js';
import { cleanContentType, cleanFilename } from '../files/file-download.js';
import type { PendingBlob } from '../files/file-store.js';
import { createFilesService, type UploadTarget } from '../files/files.service.js';
import { createTicketCommentsService } from '../tickets/ticket-comments.service.js';
import { findVisibleTicket } from '../tickets/tickets.repository.js';
import { findUserById } from '../users/users.repository.js';
import { MAIL_ATTACHMENT_FILE_TYPE_IDS } from './mail-attachment-types.js';
import { stripQuotedHistory } from './quoted-history.js';
import type { ReplyTokenRow } from './reply-tokens.js';

/** The same limit a comment posted through the API has. */
const MAX_BODY_CHARS = 20_000;
/** Each attachment becomes a file on the ticket; a mail with more is more likely a mistake than a reply. */
const MAX_ATTACHMENTS = 20;

/** A reply that must not become a comment; `reason` goes to the log, `message` back to the sending server. */
export class ReplyRefused extends Error {
  constructor(
    public readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReplyRefused';
  }
}

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

/**
 * Out-of-office notices and other machine answers (RFC 3834 Auto-Submitted, the older Precedence and
 * X-Autoreply headers): posted, they would fill tickets with "I am away" and could loop with our own mails.
 */
function isAutomatic(mail: ParsedMail): boolean {
  const header = (name: string) => {
    const value = mail.headers.get(name);
    return value === undefined ? undefined : String(value).trim().toLowerCase();
  };
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted !== 'no') return true;
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(header('precedence') ?? '')) return true;
  return header('x-autoreply') !== undefined || header('x-autorespond') !== undefined;
}

/**
 * Turns a mailed reply into a comment by the token's user, through the same services a POST uses: the
 * access policy, the audit trail and the notifications apply unchanged. Every check runs before anything
 * is written, so a refused reply leaves no trace but the log line.
 */
export function createReplyPoster(ctx: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  const { db } = ctx;
  const comments = createTicketCommentsService(ctx);
  const files = createFilesService(ctx);

  return async function postReply(grant: ReplyTokenRow, mail: ParsedMail, facts: Facts): Promise<{ commentId: string; fileIds: string[] }> {
    const senders = mail.from?.value ?? [];
    const sender = senders.length === 1 ? senders[0]!.address?.toLowerCase() : undefined;
    const user = await findUserById(db, grant.user_id);
    // One answer for every sender problem: the sending server learns nothing about who the address is for.
    if (!user || user.status !== 'active' || !sender || user.email?.toLowerCase() !== sender) {
      throw new ReplyRefused(!user || user.status !== 'active' ? 'user_inactive' : 'wrong_sender', 'This reply address does not accept mail from this sender.');
    }
    if (isAutomatic(mail)) throw new ReplyRefused('auto_reply', 'Automatic replies are not added to tickets.');
    const scope = await loadAccessScope(db, principalFor(user, null));
    const ticket = await findVisibleTicket(db, scope, grant.ticket_id);
    if (!ticket) throw new ReplyRefused('no_access', 'This reply address does not accept mail from this sender.');
    try {
      assertMayComment(scope, { siteId: ticket.site_id });
    } catch {
      throw new ReplyRefused('may_not_comment', 'You may not comment on this ticket.');
    }

    const text = stripQuotedHistory(mail.text ?? '');
    // Images a client embeds in its own HTML (signatures, logos) are part of the layout, not the answer.
    const attachments = mail.attachments.filter((a) => !a.related && a.content.length > 0);
    if (!text && attachments.length === 0) throw new ReplyRefused('empty', 'The reply is empty once the quoted mail is removed.');
    if (text.length > MAX_BODY_CHARS) throw new ReplyRefused('too_long', `The reply is longer than ${MAX_BODY_CHARS} characters.`);
    if (attachments.length > MAX_ATTACHMENTS) throw new ReplyRefused('too_many_attachments', `A reply may carry at most ${MAX_ATTACHMENTS} attachments.`);

    let target: UploadTarget | null = null;
    if (attachments.length > 0) {
      try {
        target = await files.prepareUpload(scope, { resourceType: 'ticket', resourceId: ticket.id, fileTypeId: MAIL_ATTACHMENT_FILE_TYPE_IDS[grant.comment_visibility] });
      } catch (error) {
        if (error instanceof AppError) throw new ReplyRefused('may_not_attach', `The attachments cannot be added: ${error.message}`);
        throw error;
      }
    }
    const named = attachments.map((a) => ({ filename: cleanFilename(a.filename ?? undefined), contentType: cleanContentType(a.contentType), content: a.content }));
    // The attachments are named in the comment, so readers know what came with it (they land on the ticket).
    const body = [text, ...(named.length ? [`📎 ${named.map((a) => a.filename).join(', ')}`] : [])].filter(Boolean).join('\n\n');

    const pending: PendingBlob[] = [];
    try {
      for (const attachment of named) pending.push(await files.store.receive(Readable.from(attachment.content)));
      const comment = await comments.create(scope, ticket.id, { body, visibility: grant.comment_visibility }, facts).catch((error: unknown) => {
        if (error instanceof AppError) throw new ReplyRefused('comment_refused', error.message);
        throw error;
      });
      const fileIds: string[] = [];
      for (const [i, attachment] of named.entries()) {
        const file = await files.completeUpload(scope, target!, pending[i]!, attachment, facts);
        fileIds.push(file.id);
      }
      return { commentId: comment.id, fileIds };
    } catch (error) {
      // Committed blobs are gone from the temp area already; this removes only what was never stored.
      for (const blob of pending) await files.store.discard(blob);
      throw error;
    }
  };
}
