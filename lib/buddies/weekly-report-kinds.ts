// Names of the weekly-report and pairing-health emails, apart from the sending code so the
// email registry can import them.
export const WEEKLY_REPORT_READY_KIND = "weekly-report-ready";
export const WEEKLY_REPORT_SENT_KIND = "weekly-report-sent";
export const PAIRING_HEALTH_KIND = "pairing-health";

/** Where reports are read and answered: the pairing page's reports section. */
export const reportsPath = (pairingId: string) => `/buddies/${pairingId}#reports-heading`;
export const healthPath = (pairingId: string) => `/buddies/${pairingId}#health-heading`;

/** The most a person may write in each part of a report and in an answer. */
export const REPORT_PART_MAX = 2000;
export const REPORT_REPLY_MAX = 2000;
export const REPORT_ADVICE_MAX = 500;
