import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../shared/origins.js';

/** Percent-encodes every character that is not plainly safe in a URL path segment or a CSP source. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The URL the user's stylesheet is served at, from the workspace origin. */
export function userStylesheetUrl(relativePath: string): string {
  return `${WORKSPACE_ORIGIN}/${relativePath.split('/').map(encodePathSegment).join('/')}`;
}

/**
 * The Content-Security-Policy every document carries: a second wall behind request interception (which
 * does not see every request, e.g. from workers). Scripts only from our runtime origin; images and fonts
 * from the workspace or the runtime; no frames, objects, forms or connections elsewhere. The user's
 * stylesheet, when there is one, is allowed by its exact URL and nothing around it.
 */
export function contentSecurityPolicy(allowRemoteImages: boolean, userStylesheet?: string): string {
  const images = `${WORKSPACE_ORIGIN} ${RUNTIME_ORIGIN} data:${allowRemoteImages ? ' https: http:' : ''}`;
  const userCss = userStylesheet ? ` ${userStylesheetUrl(userStylesheet)}` : '';
  return [
    `default-src 'none'`,
    `script-src ${RUNTIME_ORIGIN}`,
    // Paged.js rewrites every stylesheet into inline <style> elements, so inline styles must be allowed.
    `style-src ${RUNTIME_ORIGIN} 'unsafe-inline'${userCss}`,
    `font-src ${RUNTIME_ORIGIN} data:`,
    `img-src ${images}`,
    // Paged.js fetches the stylesheets it polyfills.
    `connect-src ${RUNTIME_ORIGIN}${userCss}`,
    `frame-src 'none'`,
    `object-src 'none'`,
    `form-action 'none'`,
    `base-uri 'none'`,
  ].join('; ');
}
