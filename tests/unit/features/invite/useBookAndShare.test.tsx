/**
 * The meeting-chat pin is the leader's choice: left out, the engine gets no meetingTab, so no
 * Teams-app permission (which needs an administrator) is asked for at all.
 */
import { act, renderHook } from '@testing-library/react';
import type { BookAndShareRequest } from '../../../../src/features/invite/engine';
import { bookAndShare } from '../../../../src/features/invite/engine';
import { useBookAndShare } from '../../../../src/features/invite/useBookAndShare';
import type { GraphClient } from '../../../../src/graph/client';

jest.mock('../../../../src/features/invite/engine', () => ({
  ...jest.requireActual('../../../../src/features/invite/engine'),
  bookAndShare: jest.fn(async () => ({ status: 'invalid', issues: [] })),
}));

const run = jest.mocked(bookAndShare);
const graph = {} as GraphClient;

async function book(request: Partial<BookAndShareRequest>) {
  const { result } = renderHook(() => useBookAndShare(graph, () => undefined));
  await act(async () => {
    await result.current.run(request as BookAndShareRequest);
  });
  return run.mock.calls.at(-1)?.[2];
}

it('pins the app in the meeting chat by default', async () => {
  expect((await book({}))?.meetingTab).toEqual(expect.objectContaining({ appOrigin: expect.any(String) }));
});

it('asks nothing of Teams when the leader left the pin out', async () => {
  expect((await book({ skipMeetingTab: true }))?.meetingTab).toBeUndefined();
});
