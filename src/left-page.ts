/**
 * Runs `action` a task after an element was disconnected, if it is still out
 * of the document. An element only moved elsewhere in the page is
 * disconnected and connected again at once: it has not left, and its work (a
 * document on its way, a request being sent) goes on.
 */
export function ifStillDisconnected(host: {readonly isConnected: boolean}, action: () => void): void {
  setTimeout(() => {
    if (!host.isConnected) action();
  });
}
