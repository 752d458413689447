// Builds the task pane: src/taskpane/index.tsx -> dist/taskpane.html + one script, plus the
// icons, the help page and manifest.xml (its URLs rewritten to ADDIN_BASE_URL in production).
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls } = require('./scripts/manifest-urls.cjs');

const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';
/**
 * Script origins office.js itself loads from, allowed in script-src (test/build/officeJsOrigins
 * lists every origin named in the office.js files and fails on one neither here nor explained).
 */
const OFFICE_SCRIPT_ORIGINS = {
  // office.js loads MicrosoftAjax.js from //ajax.aspnetcdn.com/ajax/3.5/ under some hosts; people
  // who left it out of a strict CSP report office.js failing inside Office (office-js issue 1005).
  'https://ajax.aspnetcdn.com': 'MicrosoftAjax.js, loaded by office.js under some hosts',
};
const OFFICE_JS_CDN = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;
const DEV_PORT = 3000;
const LOCALHOST_MANIFEST_WARNING = [
  `WARNING: ADDIN_BASE_URL is not set, so dist/manifest.xml points at ${DEV_BASE_URL}: Excel will load the`,
  'add-in only where the dev server runs. For a deployment build: ADDIN_BASE_URL=https://your.host/path npm run build',
].join('\n');

/** OFFICE_JS=local serves office.js from the @microsoft/office-js package, for tenants without
 * internet access. Only what Excel loads is copied: office.js, the Excel host scripts and the
 * string tables; never the debug builds, other hosts or the telemetry folder. Marked as already
 * minimised so terser does not spend minutes on them. */
const LOCAL_OFFICE_JS_DIR = 'office-js';
const LOCAL_OFFICE_JS_FILES = ['office.js', 'excel*.js', 'o15apptofilemappingtable.js', 'es6-promise.js', '*/office_strings.js'];
function localOfficeJsPatterns() {
  const dist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  return LOCAL_OFFICE_JS_FILES.map((from) => ({
    from,
    context: dist,
    to: `${LOCAL_OFFICE_JS_DIR}/`,
    globOptions: { ignore: ['**/*.debug.js'] },
    info: { minimized: true },
  }));
}

/** Scripts only from ourselves and Microsoft's office.js CDN: no inline script, no eval.
 * Fluent UI (Griffel) inserts its CSS at run time, hence 'unsafe-inline' for styles only. */
function contentSecurityPolicy(serving, localOfficeJs) {
  const officeHost = localOfficeJs ? [] : [OFFICE_JS_HOST];
  const officeScripts = [...officeHost, ...Object.keys(OFFICE_SCRIPT_ORIGINS)];
  const connect = ["'self'", ...officeHost];
  // The dev server's live-reload socket; older WebKit does not match wss: with 'self'.
  if (serving) connect.push(`wss://localhost:${DEV_PORT}`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...officeScripts].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function devServer() {
  // Loaded only for `webpack serve`, so a production build never creates certificates.
  const { ensureDevCerts, sideloadInstructions, trustInstructions } = require('./scripts/ensure-certs.cjs');
  const { stopOnSignals } = require('./scripts/dev-server-exit.cjs');
  return {
    host: 'localhost',
    port: DEV_PORT,
    server: { type: 'https', options: ensureDevCerts() },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    hot: true,
    // scripts/dev-server-exit.cjs handles Ctrl+C and SIGTERM instead (the built-in waits on open connections).
    setupExitSignals: false,
    client: { overlay: { errors: true, warnings: false } },
    onListening(server) {
      stopOnSignals(server);
      console.log(
        [
          '',
          `Vendor Compare is served at ${DEV_BASE_URL}/taskpane.html`,
          '',
          trustInstructions(),
          '',
          sideloadInstructions(path.join(__dirname, 'manifest.xml')),
          '',
        ].join('\n'),
      );
    },
  };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  // Checked before building, so a bad value fails at once rather than as a copy error.
  const baseUrl = production && process.env.ADDIN_BASE_URL ? normaliseBaseUrl(process.env.ADDIN_BASE_URL) : undefined;
  // A production build for deployment whose manifest still names the dev server: loads nowhere but here.
  if (production && !serving && !baseUrl) console.warn(LOCALHOST_MANIFEST_WARNING);

  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2021'],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs transpiling.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: 'esnext', sourceMap: !production },
            },
          },
        },
      ],
    },
    // Never an eval-based devtool: the pane's CSP forbids eval, in development too.
    devtool: production ? false : 'source-map',
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        templateParameters: {
          csp: contentSecurityPolicy(serving, localOfficeJs),
          officeJs: localOfficeJs ? `${LOCAL_OFFICE_JS_DIR}/office.js` : OFFICE_JS_CDN,
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]', info: { minimized: true } },
          { from: 'src/taskpane/support.html', to: 'support.html', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            info: { minimized: true },
            transform: (content) => (baseUrl ? rewriteManifestUrls(content.toString('utf8'), baseUrl) : content),
          },
          ...(localOfficeJs ? localOfficeJsPatterns() : []),
        ],
      }),
    ],
    devServer: serving ? devServer() : undefined,
  };
};

// For the tests: the policy and what office.js may load.
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_JS_HOST = OFFICE_JS_HOST;
module.exports.OFFICE_SCRIPT_ORIGINS = OFFICE_SCRIPT_ORIGINS;
module.exports.LOCAL_OFFICE_JS_FILES = LOCAL_OFFICE_JS_FILES;
