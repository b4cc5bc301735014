// Stands in for an analytics tag (Google Analytics and the like) in the demo.
// index.html marks it type="text/plain" data-privacy-category="analytics", so
// the browser does not run it: <privacy-notice> runs it once, and only once
// the visitor allows analytics in the cookie panel.
window.demoAnalyticsRuns = (window.demoAnalyticsRuns || 0) + 1;
document.cookie = '_ga=GA1.1.123456789.1700000000; path=/; max-age=63072000; SameSite=Lax';
const status = document.querySelector('#analytics-status');
if (status) {
  status.textContent =
    'Demo analytics script: ran at ' +
    new Date().toLocaleTimeString() +
    ' (analytics allowed) and set a _ga cookie. Turn analytics off and reload: it will not run.';
}
