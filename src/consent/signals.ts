/** Browser signals asking sites not to track. */
import type {PrivacySignals} from './record.js';

interface NavigatorWithSignals {
  globalPrivacyControl?: unknown;
  doNotTrack?: unknown;
}

/** Global Privacy Control and Do Not Track, as the browser sends them. */
export function readPrivacySignals(nav: NavigatorWithSignals | undefined): PrivacySignals {
  return {
    gpc: nav?.globalPrivacyControl === true,
    dnt: nav?.doNotTrack === '1',
  };
}
