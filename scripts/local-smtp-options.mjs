// The options of an SMTP server on the loopback that accepts anything (smtp-server's
// SMTPServer), as the browser tests' mail capture and the reminder benchmark's sink run it:
// no authentication, no STARTTLS, no logging. `closeTimeout`: how long close() waits for the
// app's pooled connections (smtp-server's default is 30 s).
/** @param {number} closeTimeout ms */
export function localSmtpOptions(closeTimeout) {
  return { authOptional: true, disabledCommands: ["STARTTLS"], logger: false, closeTimeout };
}
