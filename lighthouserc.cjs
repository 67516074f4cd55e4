// Lighthouse CI (scripts/lighthouse.sh): the release dist/ served by lhci itself, the three tabs,
// the system Chromium, nothing uploaded (reports stay in .lighthouseci/).
const chromeFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
].join(' ');

module.exports = {
  ci: {
    collect: {
      staticDistDir: './dist',
      url: ['/#/article', '/#/timeline', '/#/quiz'].map((path) => `http://localhost${path}`),
      numberOfRuns: Number(process.env.LHCI_RUNS ?? 3),
      chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      settings: { chromeFlags, onlyCategories: ['performance', 'accessibility', 'best-practices'] },
    },
    upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
  },
};
