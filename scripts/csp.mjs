// The Content-Security-Policy, in one place. The page carries it in a
// <meta> (scripts/post-build.mjs); a web server sends it as a header
// (scripts/prod.mjs writes it into deploy/nginx.conf's include), adding what a
// <meta> cannot carry: frame-ancestors.

/**
 * Who may show the simulator in a frame. A host that embeds it adds its own
 * origin here (for example "'self' https://www.example.org") and rebuilds.
 */
export const FRAME_ANCESTORS = "'self'";

/** The page's policy, given the hashes of the inline scripts Trunk writes. */
export function pagePolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy a server sends as a header: the page's, plus frame-ancestors. */
export function headerPolicy(pageMetaPolicy) {
  return `${pageMetaPolicy}; frame-ancestors ${FRAME_ANCESTORS}`;
}
