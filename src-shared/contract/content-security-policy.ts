/**
 * The page's Content-Security-Policy, the same under Electron's app:// protocol and the browser
 * shell. antd injects styles at run time, so inline styles are allowed; scripts are not. The
 * certificate preview is a PDF the page makes into a blob: URL and shows in an iframe (Chromium's
 * own PDF viewer), so frames may load blob: URLs, which only the page itself can create.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
