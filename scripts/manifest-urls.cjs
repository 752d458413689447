// Rewrites the development base URL in manifest.xml for a deployed build. CommonJS because
// webpack.config.js loads it; test/manifest tests it.
'use strict';

const DEV_BASE_URL = 'https://localhost:3000';

/** Checks ADDIN_BASE_URL and returns it without a trailing slash. Office needs https. */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https (Office requires it): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${raw}`);
  return url.href.replace(/\/+$/, '');
}

/** Every occurrence of the development origin, followed by "/" or a quote, becomes baseUrl. */
function rewriteManifestUrls(xml, rawBaseUrl) {
  const baseUrl = normaliseBaseUrl(rawBaseUrl);
  const pattern = /https:\/\/localhost:3000(?=[/"'<])/g;
  return xml.replace(pattern, baseUrl);
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls };
