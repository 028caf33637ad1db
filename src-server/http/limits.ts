/** A declaration's proof: one file (several are zipped), at most 10 MiB. */
export const ATTACHMENT_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
