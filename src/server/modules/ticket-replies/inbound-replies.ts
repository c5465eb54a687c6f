import type { FastifyBaseLogger } from 'fastify';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { AppContext } from '../../context.js';
import { hashToken } from '../auth/session-tokens.js';
import { createReplyPoster, ReplyRefused } from './post-reply.js';
import { findLiveReplyToken, tokenOfAddress, type ReplyTokenRow } from './reply-tokens.js';

export type InboundReplies = ReturnType<typeof createInboundReplies>;

/** How long shutdown waits for an SMTP conversation in progress before cutting it. */
const CLOSE_TIMEOUT_MS = 3000;

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** A token is a credential: logs name it by a prefix of its hash, never by the address itself. */
const tokenRef = (token: string) => hashToken(token).slice(0, 12);

/**
 * The inbound SMTP listener of reply by e-mail. It accepts mail only for live reply addresses (anything
 * else is refused at RCPT TO, before a byte of content is read) and turns each message into a comment
 * (post-reply.ts). No AUTH and no TLS: it is meant to sit behind the organisation's mail server, which
 * relays reply+*@REPLY_DOMAIN to it. Every refusal is a 5xx to the sender and a warning in the log.
 */
export function createInboundReplies(ctx: Pick<AppContext, 'db' | 'clock' | 'config'>, log: FastifyBaseLogger) {
  const { db, clock, config } = ctx;
  const postReply = createReplyPoster(ctx);
  /** The reply address accepted in each open SMTP transaction (one per message). */
  const grants = new Map<string, { grant: ReplyTokenRow; ref: string }>();
  let server: SMTPServer | null = null;

  async function acceptRecipient(address: string, session: SMTPServerSession): Promise<void> {
    if (grants.has(session.id)) throw smtpError(452, 'One reply address per message; send the next one separately.');
    const token = tokenOfAddress(address, config.replyDomain);
    const base = { remoteAddress: session.remoteAddress, mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null };
    if (!token) {
      log.warn({ ...base, reason: 'not_a_reply_address' }, 'reply by e-mail refused');
      throw smtpError(550, 'No such reply address.');
    }
    const grant = await findLiveReplyToken(db, token, clock());
    if (!grant) {
      log.warn({ ...base, reason: 'unknown_or_expired_token', token: tokenRef(token) }, 'reply by e-mail refused');
      throw smtpError(550, 'No such reply address, or it has expired.');
    }
    grants.set(session.id, { grant, ref: tokenRef(token) });
  }

  async function receive(raw: Buffer, session: SMTPServerSession): Promise<void> {
    const accepted = grants.get(session.id);
    if (!accepted) throw smtpError(503, 'No recipient.');
    const { grant, ref } = accepted;
    const context = { remoteAddress: session.remoteAddress, ticketId: grant.ticket_id, userId: grant.user_id, token: ref };
    let mail: ParsedMail;
    try {
      mail = await simpleParser(raw);
    } catch {
      log.warn({ ...context, reason: 'unreadable' }, 'reply by e-mail refused');
      throw smtpError(550, 'The message could not be read.');
    }
    try {
      // The address may have expired while the message was on its way in.
      if (Date.parse(grant.expires_at) <= clock().getTime()) throw new ReplyRefused('expired_token', 'This reply address has expired.');
      const posted = await postReply(grant, mail, { ip: session.remoteAddress, requestId: `smtp:${session.id}` });
      log.info({ ...context, commentId: posted.commentId, files: posted.fileIds.length }, 'reply by e-mail posted');
    } catch (error) {
      if (!(error instanceof ReplyRefused)) throw error;
      log.warn({ ...context, from: mail.from?.text ?? null, reason: error.reason }, 'reply by e-mail refused');
      throw smtpError(550, error.message);
    }
  }

  function createServer(): SMTPServer {
    return new SMTPServer({
      name: config.replyDomain,
      banner: 'Portico ticket replies',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: config.maxUploadBytes,
      logger: false,
      closeTimeout: CLOSE_TIMEOUT_MS,
      onMailFrom(_address, session, callback) {
        grants.delete(session.id);
        callback();
      },
      onRcptTo(address, session, callback) {
        acceptRecipient(address.address, session).then(
          () => callback(),
          (error: unknown) => callback(asSmtpError(error)),
        );
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        let bytes = 0;
        stream.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          // Past the limit the rest is read and dropped; smtp-server flags the stream and we refuse below.
          if (bytes <= config.maxUploadBytes) chunks.push(chunk);
        });
        stream.on('end', () => {
          if (stream.sizeExceeded) {
            log.warn({ remoteAddress: session.remoteAddress, bytes, reason: 'too_large' }, 'reply by e-mail refused');
            callback(smtpError(552, `The message is larger than the limit of ${Math.floor(config.maxUploadBytes / (1024 * 1024))} MB.`));
            return;
          }
          receive(Buffer.concat(chunks), session).then(
            () => callback(),
            (error: unknown) => callback(asSmtpError(error)),
          );
        });
      },
      onClose(session) {
        grants.delete(session.id);
      },
    });
  }

  /** Our refusals pass through; anything else (database down, disk full) is temporary, so the sender retries. */
  function asSmtpError(error: unknown): Error {
    if (error instanceof Error && typeof (error as { responseCode?: unknown }).responseCode === 'number') return error;
    log.error({ err: error }, 'reply by e-mail failed');
    return smtpError(451, 'Temporary failure; please try again later.');
  }

  return {
    /** Starts listening; answers the bound port (useful with port 0). */
    async listen(port: number, host: string): Promise<number> {
      if (server) throw new Error('The inbound reply listener is already running.');
      const created = createServer();
      // Without a listener an 'error' (a client dropping mid-conversation, a port in use) would crash the process.
      created.on('error', (error) => log.warn({ err: error }, 'inbound reply listener error'));
      await new Promise<void>((resolve, reject) => {
        created.server.once('error', reject);
        created.listen(port, host, () => {
          created.server.off('error', reject);
          resolve();
        });
      });
      server = created;
      return (created.server.address() as { port: number }).port;
    },

    /** Stops accepting connections and waits (briefly) for conversations in progress. */
    async close(): Promise<void> {
      const active = server;
      server = null;
      if (active) await new Promise<void>((resolve) => active.close(() => resolve()));
      grants.clear();
    },
  };
}
