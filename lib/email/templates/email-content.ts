/** What a template produces: everything sendEmail needs except the recipient. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}
