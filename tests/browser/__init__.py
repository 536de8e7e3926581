"""End-to-end tests: the demo site in Debian's Chromium, driven by Playwright."""
