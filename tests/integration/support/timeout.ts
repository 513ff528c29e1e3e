// Each integration test talks HTTP to a real emulator, and the first request of a file waits for it to
// read Microsoft's Graph metadata (a 3 MB CSDL); under a loaded 2-core CI run that alone can pass
// jest's default 5 s. A hung request still fails, after 30 s.
jest.setTimeout(30_000);
