import "server-only";
import { eq, isNull } from "drizzle-orm";
import nodemailer from "nodemailer";
import { getDb, type Executor } from "@/db/client";
import { outbox } from "@/db/schema";

export type Mail = { to: string; subject: string; body: string };

/** Queues a mail in the caller's transaction; it is kept in the outbox whether or not SMTP is set. */
export async function queueMail(db: Executor, mail: Mail): Promise<void> {
  await db.insert(outbox).values({ recipient: mail.to, subject: mail.subject, body: mail.body });
}

let transport: nodemailer.Transporter | undefined;

/** Starts SMTP delivery after the queuing transaction commits, without holding up the response. */
export function deliverQueuedMail(): void {
  if (!process.env.SMTP_URL) return;
  deliverPending().catch((error) => console.error("[mail] delivery failed:", (error as Error).message));
}

async function deliverPending(): Promise<void> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return;
  transport ??= nodemailer.createTransport(smtpUrl);
  const db = await getDb();
  const pending = await db.select().from(outbox).where(isNull(outbox.deliveredAt)).limit(50);
  for (const mail of pending) {
    try {
      await transport.sendMail({ from: process.env.MAIL_FROM ?? "Методсеть <noreply@metodset.local>", to: mail.recipient, subject: mail.subject, text: mail.body });
      await db.update(outbox).set({ deliveredAt: new Date(), error: null }).where(eq(outbox.id, mail.id));
    } catch (error) {
      await db.update(outbox).set({ error: (error as Error).message.slice(0, 500) }).where(eq(outbox.id, mail.id));
    }
  }
}
