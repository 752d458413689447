// How `npm start` (webpack serve) stops. webpack-dev-server's own signal handling closes the
// server gracefully, which waits for every open connection: the pane's live-reload socket and
// Excel's keep-alive requests hold it open, so Ctrl+C printed "Gracefully shutting down" and
// hung until pressed again, and a SIGTERM from a task runner left the server running. Here a
// signal drops the connections, stops the server and exits with the signal's usual code.
'use strict';

const SIGNALS = { SIGINT: 130, SIGHUP: 129, SIGTERM: 143 };
/** Past this, exit anyway: a stop that hangs must not keep the port. */
const FORCE_AFTER_MS = 3000;

function stopOnSignals(devServer, proc = process, forceAfterMs = FORCE_AFTER_MS) {
  let stopping = false;
  for (const [signal, code] of Object.entries(SIGNALS)) {
    proc.on(signal, () => {
      // A second signal while stopping: exit at once.
      if (stopping) return proc.exit(code);
      stopping = true;
      const force = setTimeout(() => proc.exit(code), forceAfterMs);
      force.unref?.();
      // Node's http server: end idle and active connections so the close cannot wait on them.
      devServer.server?.closeAllConnections?.();
      Promise.resolve()
        .then(() => devServer.stop())
        .then(
          () => proc.exit(code),
          (error) => {
            console.error(error);
            proc.exit(1);
          },
        );
    });
  }
}

module.exports = { SIGNALS, stopOnSignals };
