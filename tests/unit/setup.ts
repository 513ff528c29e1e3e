import '@testing-library/jest-dom';
// Component tests type with user-event; on a loaded 2-core run (two jest workers beside Chromium) a
// test that takes 2 s alone can pass jest's default 5 s, and its typing then spills into the next
// test. A hung test still fails, after 20 s.
jest.setTimeout(20_000);
