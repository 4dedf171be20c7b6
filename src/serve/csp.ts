/**
 * The viewer's Content-Security-Policy, in one place: the server sends it as a header, and the
 * viewer's build writes it into index.html as a <meta> for when the files are opened otherwise.
 * Scripts and styles come only from the viewer's own files (no inline code, no style
 * attributes: the viewer styles elements through the CSSOM); workers from blobs (ForceAtlas2).
 */
const POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  // Honoured only in a header: a <meta> policy cannot stop the page being framed.
  'frame-ancestors': "'none'",
};

const HEADER_ONLY = new Set(['frame-ancestors']);

const serialize = (keep: (directive: string) => boolean): string =>
  Object.entries(POLICY)
    .filter(([d]) => keep(d))
    .map(([d, v]) => `${d} ${v}`)
    .join('; ');

export const CSP_HEADER = serialize(() => true);
export const CSP_META = serialize((d) => !HEADER_ONLY.has(d));
