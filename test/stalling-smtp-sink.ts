import { SMTPServer } from 'smtp-server';

export interface SinkOptions {
  /** Recipients whose first message is stalled: received in full, then no answer for `stallMs`. */
  stallsFirstMessageTo(recipient: string): boolean;
  stallMs: number;
}

/**
 * A real SMTP server that counts what it accepted, by Message-ID. A stalled message is treated as a proper
 * server treats it (RFC 5321 4.1.1.4): accepted when the answer is finally sent; if the client hangs up
 * before that, it never got a 250 and the message is discarded.
 */
export async function startStallingSmtpSink(options: SinkOptions) {
  /** Message-IDs in the order they were accepted; a duplicate shows up twice. */
  const accepted: string[] = [];
  const stalledRecipients = new Set<string>();
  const discarded: string[] = [];
  /** Stalled messages not answered yet, by SMTP session. */
  const stalls = new Map<string, { messageId: string; timer: NodeJS.Timeout }>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    closeTimeout: 1000,
    logger: false,
    onClose(session) {
      const stall = stalls.get(session.id);
      if (!stall) return;
      clearTimeout(stall.timer);
      stalls.delete(session.id);
      discarded.push(stall.messageId);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '(none)';
        const recipient = session.envelope.rcptTo[0]?.address ?? '';
        const stall = options.stallsFirstMessageTo(recipient) && !stalledRecipients.has(recipient);
        if (!stall) {
          accepted.push(messageId);
          return callback();
        }
        stalledRecipients.add(recipient);
        const timer = setTimeout(() => {
          stalls.delete(session.id);
          accepted.push(messageId);
          callback();
        }, options.stallMs);
        stalls.set(session.id, { messageId, timer });
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    discarded,
    /** Recipients whose first message was stalled (or is being stalled now). */
    stalledRecipients,
    /** Stalls that have not answered yet: a message that could still be accepted. */
    stallsInProgress: () => stalls.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const { timer } of stalls.values()) clearTimeout(timer);
        server.close(() => resolve());
      }),
  };
}

export type StallingSmtpSink = Awaited<ReturnType<typeof startStallingSmtpSink>>;
