/** Without SMTP every mail stays in the development outbox that administrators open. */
export function mailIsLocal(): boolean {
  return !process.env.SMTP_URL;
}
