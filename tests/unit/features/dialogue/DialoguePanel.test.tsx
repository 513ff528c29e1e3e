import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { getContent } from '../../../../src/content';
import type { MergeConflict } from '../../../../src/domain/mergeContract';
import type { Contract } from '../../../../src/domain/model';
import { addLeaderAgreement, closeDialogue, signatureFor, updateLeaderAgreement } from '../../../../src/features/dialogue/dialogueModel';
import { DialoguePanel, type DialogueSession } from '../../../../src/features/dialogue/DialoguePanel';
import { dialogueStrings } from '../../../../src/features/dialogue/strings';
import MeetingTabConfig, { GENERIC_ENTITY_ID, type TabConfigApi } from '../../../../src/features/meetingTab/MeetingTabConfig';
import { decodeContractRef } from '../../../../src/host/deepLink';
import { filledDraft } from '../../domain/fixtures';
import { renderWithApp } from '../support/renderWithApp';

const START = new Date('2026-11-26T13:30:00');

function booked(): Contract {
  const c = filledDraft().contract;
  return {
    ...c,
    leader: { displayName: 'Mette Hansen', mail: 'mette@x.dk', id: 'mette-id' },
    nearestLeader: { displayName: 'Lars Nielsen', mail: 'lars@x.dk', id: 'lars-id' },
    bookings: {
      reminders: [],
      followUps: [
        {
          id: 'f',
          cadence: 'biweekly',
          transactionId: 't2',
          start: '2026-12-10T13:30:00',
          durationMinutes: 30,
          timeZone: 'Romance Standard Time',
          endDate: '2027-11-26',
          seriesMasterId: 'm1',
        },
      ],
      dialogue: { transactionId: 't', start: '2026-11-26T13:30:00', end: '2026-11-26T14:15:00', timeZone: 'Romance Standard Time' },
      storage: { folderPath: 'Lederdialog/2026 Mette Hansen', driveId: 'drive-1', folderId: 'folder-1', json: { itemId: 'json-1' }, docx: {} },
    },
  };
}

function Harness({
  minutesIn,
  conflicts = [],
  canEdit = true,
  onClose,
  viewerRole = 'nearestLeader',
}: {
  minutesIn: number;
  conflicts?: MergeConflict[];
  canEdit?: boolean;
  onClose?: () => void;
  viewerRole?: 'leader' | 'nearestLeader';
}) {
  const [contract, setContract] = useState(booked);
  const [resolved, setResolved] = useState<string[]>([]);
  const session: DialogueSession = {
    contract,
    status: 'saved',
    conflicts: conflicts.filter((c) => !resolved.includes(c.mine)),
    canEdit,
    change: (fn) => setContract(fn),
    resolve: (c) => setResolved((r) => [...r, c.mine]),
  };
  const by = signatureFor('nearestLeader', { id: 'lars-id', displayName: 'Lars Nielsen' }, START);
  return (
    <DialoguePanel
      session={session}
      viewerRole={viewerRole}
      content={getContent('da')}
      t={dialogueStrings.da}
      now={() => START.getTime() + minutesIn * 60_000}
      onAddAgreement={() => setContract((c) => addLeaderAgreement(c, `new-${c.leaderAgreements.length}`, by))}
      onUpdateAgreement={(id, d) => setContract((c) => updateLeaderAgreement(c, id, d))}
      onCloseDialogue={async () => {
        setContract((c) => closeDialogue(c, signatureFor('leader', { displayName: 'Mette Hansen' }, START)));
        onClose?.();
      }}
    />
  );
}

beforeAll(() => {
  // The meeting side panel's width.
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 320 });
  window.dispatchEvent(new Event('resize'));
});

describe('the dialogue panel in a 320 px side panel', () => {
  it("shows the leader's points, the prepared questions and the five fields, collapsible", () => {
    renderWithApp(<Harness minutesIn={5} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Dialogen med Mette Hansen' })).toBeTruthy();
    const points = screen.getByTestId('dialogue-points');
    expect(
      within(points)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Prioritering', 'Gensidig tillid']);
    // Read by the nearest leader: the questions are the leader's own preparation.
    expect(screen.getByRole('heading', { name: 'Spørgsmål, Mette forbereder sig på' })).toBeTruthy();
    const fields = screen.getByTestId('dialogue-fields');
    const headers = within(fields).getAllByRole('button');
    expect(headers).toHaveLength(5);
    expect(screen.queryByText('Implementering af IT-projektet')).toBeNull();
    fireEvent.click(headers[0]!);
    expect(screen.getByText('Implementering af IT-projektet')).toBeTruthy();
    expect(headers[0]!.getAttribute('aria-expanded')).toBe('true');
  });

  it('names the other person to the leader, never herself, and calls the questions her own', () => {
    renderWithApp(<Harness minutesIn={5} viewerRole="leader" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Dialogen med Lars Nielsen' })).toBeTruthy();
    expect(screen.queryByText(/Dialogen med Mette/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Spørgsmål, du forbereder dig på' })).toBeTruthy();
  });

  it('lets either of the two write agreements with "Hvornår og hvordan følger vi op?"', () => {
    renderWithApp(<Harness minutesIn={5} />);
    const section = screen.getByTestId('dialogue-agreements');
    fireEvent.click(within(section).getByRole('button', { name: 'Tilføj aftale' }));
    const texts = within(section).getAllByRole('textbox', { name: 'Aftalen' });
    const followUps = within(section).getAllByRole('textbox', { name: 'Hvornår og hvordan følger vi op?' });
    expect(texts).toHaveLength(2);
    fireEvent.change(texts[1]!, { target: { value: 'Vi mødes hver 14. dag' } });
    fireEvent.change(followUps[1]!, { target: { value: 'Status på mødet' } });
    expect((texts[1] as HTMLTextAreaElement).value).toBe('Vi mødes hver 14. dag');
    expect(within(section).getByText('Skrevet af Lars Nielsen')).toBeTruthy();
  });

  it('keeps the time quietly, and prompts to agree the next follow-up in the last ten minutes', () => {
    const { unmount } = renderWithApp(<Harness minutesIn={12} />);
    expect(screen.getByTestId('dialogue-clock').getAttribute('data-phase')).toBe('running');
    expect(screen.getByText(/12 af 45 minutter · 33 min\. tilbage/)).toBeTruthy();
    expect(screen.queryByTestId('next-follow-up-prompt')).toBeNull();
    unmount();
    renderWithApp(<Harness minutesIn={37} />);
    expect(screen.getByTestId('dialogue-clock').getAttribute('data-phase')).toBe('nearEnd');
    expect(screen.getByTestId('next-follow-up-prompt').textContent).toMatch(
      /Snart slut: aftal, hvornår I følger op næste gang\. Næste opfølgning i kalenderen: .*10\. december 2026/,
    );
  });

  it('shows both wordings where both wrote at once, until one is chosen', () => {
    const conflict: MergeConflict = {
      target: { kind: 'agreement', list: 'leaderAgreements', agreementId: 'x', part: 'text' },
      base: '',
      mine: 'Min tekst',
      theirs: 'Deres tekst',
    };
    renderWithApp(<Harness minutesIn={5} conflicts={[conflict]} />);
    const notice = screen.getByTestId('dialogue-conflict');
    expect(notice.textContent).toContain('Deres tekst');
    expect(notice.textContent).toContain('Min tekst');
    fireEvent.click(within(notice).getByRole('button', { name: 'Brug min tekst' }));
    expect(screen.queryByTestId('dialogue-conflict')).toBeNull();
  });

  it('"Afslut dialogen" marks the agreements as agreed with the date and locks the panel', async () => {
    const onClose = jest.fn();
    renderWithApp(<Harness minutesIn={44} onClose={onClose} />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('close-dialogue'));
    });
    expect(onClose).toHaveBeenCalled();
    expect(screen.getByTestId('dialogue-closed').textContent).toContain('Dialogen blev afsluttet 26. november 2026 af Mette Hansen.');
    expect(screen.getAllByTestId('agreed').map((e) => e.textContent)).toEqual(['Aftalt 26. november 2026']);
    expect(screen.queryByRole('button', { name: 'Tilføj aftale' })).toBeNull();
    expect((screen.getAllByRole('textbox', { name: 'Aftalen' })[0] as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.queryByTestId('dialogue-clock')).toBeNull();
  });

  it('is read-only for someone who may only read', () => {
    renderWithApp(<Harness minutesIn={5} canEdit={false} />);
    expect(screen.queryByRole('button', { name: 'Tilføj aftale' })).toBeNull();
    expect(screen.queryByTestId('close-dialogue')).toBeNull();
  });
});

describe('the meeting tab configuration page', () => {
  function fakeApi() {
    let handler: ((e: { notifySuccess(): void; notifyFailure(): void }) => void) | undefined;
    const api: TabConfigApi & { valid?: boolean; config?: unknown } = {
      setValidityState(valid) {
        api.valid = valid;
      },
      registerOnSaveHandler(h) {
        handler = h;
      },
      async setConfig(config) {
        api.config = config;
      },
    };
    return { api, save: () => new Promise<string>((resolve) => handler?.({ notifySuccess: () => resolve('ok'), notifyFailure: () => resolve('failed') })) };
  }

  it('saves a tab that opens the booked contract in the dialogue view', async () => {
    const draft = { ...filledDraft(), contract: booked() };
    const { api, save } = fakeApi();
    renderWithApp(
      <MeetingTabConfig api={api} appOrigin="https://lederdialog.contoso.dk" meeting={{ frameContext: 'settings', chatId: '19:meeting_x@thread.v2' }} />,
      { draft },
    );
    await act(async () => undefined);
    expect(api.valid).toBe(true);
    await act(async () => {
      expect(await save()).toBe('ok');
    });
    const config = api.config as { entityId: string; contentUrl: string; websiteUrl: string };
    expect(decodeContractRef(config.entityId)).toEqual({ contractId: draft.contract.id, driveId: 'drive-1', itemId: 'json-1', folderId: 'folder-1' });
    const content = new URL(config.contentUrl);
    expect([content.origin, content.searchParams.get('view'), content.searchParams.get('contract'), content.searchParams.get('host')]).toEqual([
      'https://lederdialog.contoso.dk',
      'dialogue',
      config.entityId,
      'teams',
    ]);
    expect(screen.getByText('Sidepanelet åbner lederaftalen for Mette Hansen.')).toBeTruthy();
  });

  it('without a booked contract, saves the dialogue view that finds it from the meeting chat', async () => {
    const { api, save } = fakeApi();
    renderWithApp(<MeetingTabConfig api={api} appOrigin="https://lederdialog.contoso.dk" />);
    await act(async () => undefined);
    await act(async () => {
      await save();
    });
    expect(api.config).toMatchObject({ entityId: GENERIC_ENTITY_ID, contentUrl: 'https://lederdialog.contoso.dk/?view=dialogue&host=teams' });
  });
});
