// Log lines the offline workbench prints that say nothing about the tests: failed look-ups of online services
// (marketplace, GitHub auth, telemetry), the missing `vsda` signing module, and similar. Kept in one list so a
// new kind of noise is one line here.
const NOISE = [
  /open-vsx\.org/i,
  /marketplace\.visualstudio\.com/i,
  /github\.com|api\.github|githubusercontent/i,
  /vsda/i,
  /ERR_NAME_NOT_RESOLVED|ENOTFOUND|getaddrinfo|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/,
  /Failed to load resource/i,
  /update\.code\.visualstudio\.com|vscode-unpkg|vscode-cdn|vscodeweb|default\.exp-tas\.com|dc\.services\.visualstudio\.com/i,
  /\[vscode\.github(-authentication)?\]/i,
  /Extension .* (is|was) not (found|loaded)/i,
  /Ignoring the error while validating workspace folder/i,
  /An iframe which has both allow-scripts and allow-same-origin/i,
  /webview.*service worker/i,
  /Long running operations during shutdown/i,
  /\bnls\b.*not found/i,
  // The mocha entry's own rejection when tests failed: the runner prints the failures and the summary itself.
  /\d+ integration test\(s\) failed|no integration test passed/,
  // Workbench housekeeping printed on every start.
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^\[AgentHost/,
  /^\[ChatModelSelection\]/,
  /^\[AccountPolicyGate\]/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
];

/** Whether a log line is known offline noise. */
export function isNoise(text) {
  return NOISE.some((re) => re.test(text));
}
