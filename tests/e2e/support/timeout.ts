// Each e2e test drives a real Chromium against a real server: allow two minutes, not jest's 5 s.
jest.setTimeout(120_000);
