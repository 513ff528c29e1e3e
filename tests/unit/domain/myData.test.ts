import { filledDraft, NOW } from './fixtures';
import type { Contract } from '../../../src/domain/model';
import { itemsFromContract, mergeInventory, type DataItem } from '../../../src/domain/myData';
import { actingSteps, confirmationWord, isConfirmed, planDeletion } from '../../../src/domain/myDataDeletion';
import { contractDirName, csvCell, exportReadme, followUpCsv } from '../../../src/domain/myDataExport';
import { listHiddenSharedContracts, listOpenedContracts, rememberOpenedContract, removeSharedContract } from '../../../src/store/openedContracts';

function booked(): Contract {
  const c = filledDraft(NOW).contract;
  return {
    ...c,
    bookings: {
      dialogue: {
        transactionId: 't1',
        eventId: 'ev-dialogue',
        start: '2026-12-07T10:00:00',
        end: '2026-12-07T10:45:00',
        timeZone: 'Romance Standard Time',
        webLink: 'https://outlook/ev',
      },
      followUps: [
        {
          id: 'f',
          cadence: 'biweekly',
          transactionId: 't2',
          seriesMasterId: 'ev-series',
          start: '2026-12-21T10:00:00',
          durationMinutes: 30,
          timeZone: 'Romance Standard Time',
          endDate: '2027-11-26',
        },
      ],
      reminders: [{ agreementId: 'a', kind: 'todo', cadence: 'weekly', taskListId: 'list', taskId: 'task-1', text: 'Pauser', transactionId: 'a:1' }],
      storage: {
        folderId: 'folder-1',
        folderPath: 'Lederdialog/2026 Mette Hansen',
        folderWebUrl: 'https://od/folder',
        json: { itemId: 'json-1' },
        docx: { itemId: 'docx-1' },
      },
      privateNotes: { itemId: 'notes-1', location: 'approot' },
      share: { role: 'read', recipient: 'lars@x', permissionId: 'perm-1', invitedAt: NOW.toISOString() },
      chat: { guardKey: 'g', chatId: 'chat-1', messageId: 'msg-1' },
    },
    collaboration: {
      comments: [],
      followUps: [
        {
          id: 'r1',
          agreementId: c.leaderAgreements[0]?.id ?? '',
          date: '2026-12-21',
          status: 'partly',
          note: '=SUM(A1); "quoted"',
          by: { role: 'leader', displayName: 'Mette', at: NOW.toISOString() },
        },
      ],
      dailyChecks: [],
    },
  };
}

describe('Mine data planning', () => {
  it('lists what the record names, and merges a looked-up copy into one item', () => {
    const items = itemsFromContract(booked());
    expect(items.map((i) => i.key).sort()).toEqual(
      [
        'chatMessage:msg-1',
        'contractFile:docx-1',
        'contractFile:json-1',
        'contractFolder:folder-1',
        'dialogueEvent:ev-dialogue',
        'followUpSeries:ev-series',
        'permission:folder-1/perm-1',
        'privateNotes:notes-1',
        'todoTask:task-1',
      ].sort(),
    );
    const looked: DataItem = {
      key: 'dialogueEvent:ev-dialogue',
      kind: 'dialogueEvent',
      place: 'calendar',
      title: 'Dialog',
      date: '2026-12-01T08:00:00Z',
      link: 'https://outlook/real',
      foundBy: ['looking'],
      ref: { eventId: 'ev-dialogue' },
    };
    const merged = mergeInventory(items, [looked]).filter((i) => i.key === looked.key);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ title: 'Dialog', link: 'https://outlook/real', foundBy: ['looking', 'record'] });
  });

  it('cancels meetings first, clears the browser last, and lets files go with their folder', () => {
    const contract = booked();
    const local: DataItem = {
      key: 'localRecord:x',
      kind: 'localRecord',
      place: 'browser',
      title: 'draft',
      contractId: contract.id,
      foundBy: ['looking'],
      ref: { storageKey: 'x' },
    };
    const steps = planDeletion([...itemsFromContract(contract), local], { kind: 'contract', contractId: contract.id });
    expect(steps.map((s) => s.action)).toEqual([
      'cancelMeeting',
      'cancelMeeting',
      'deleteTask',
      'deleteChatMessage',
      'revokeSharing',
      'deleteDriveItem',
      'withFolder',
      'withFolder',
      'clearLocal',
    ]);
    // The private notes are the leader's, not one contract's: only "everything" takes them.
    expect(steps.some((s) => s.item.kind === 'privateNotes')).toBe(false);
    expect(planDeletion(itemsFromContract(contract), { kind: 'all' }).some((s) => s.item.kind === 'privateNotes')).toBe(true);
    expect(actingSteps(steps).some((s) => s.action === 'withFolder')).toBe(false);
  });

  it('asks for a typed word, different for one contract and for everything', () => {
    expect(confirmationWord({ kind: 'all' }, 'da')).toBe('SLET ALT');
    expect(isConfirmed('slet alt ', { kind: 'all' }, 'da')).toBe(true);
    expect(isConfirmed('SLET', { kind: 'all' }, 'da')).toBe(false);
    expect(isConfirmed('delete', { kind: 'contract', contractId: 'c' }, 'en')).toBe(true);
  });

  it('writes the history as CSV a spreadsheet opens safely (semicolons in Danish, formulas defused)', () => {
    const csv = followUpCsv([booked()], 'da');
    expect(csv.startsWith('\uFEFFAftale-id;Periode;Aftale;Dato;Status;Note')).toBe(true);
    expect(csv).toContain(`"'=SUM(A1); ""quoted"""`);
    expect(csv).toContain(';Delvist;');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('-1', ';')).toBe("'-1");
  });

  it("writes a status or role it does not know (a newer version's) as stored, not blank", () => {
    const c = booked();
    const collaboration = c.collaboration;
    const record = collaboration?.followUps[0];
    if (!collaboration || !record) throw new Error('the fixture has a follow-up');
    const unknown = { ...record, status: 'postponed', by: { ...record.by, role: 'constructor' } } as unknown as typeof record;
    const csv = followUpCsv([{ ...c, collaboration: { ...collaboration, followUps: [unknown] } }], 'en');
    expect(csv).toContain(',postponed,');
    expect(csv).toContain(',Mette,constructor,');
  });

  it('names folders after OneDrive and writes a README in the user language', () => {
    const c = booked();
    expect(contractDirName(c, new Set())).toBe('2026 Mette Hansen');
    expect(contractDirName(c, new Set(['2026 Mette Hansen']))).toBe('2026 Mette Hansen (2)');
    const readme = exportReadme({
      locale: 'en',
      exportedAt: 'now',
      userName: 'Mette',
      contractDirs: ['2026 Mette Hansen'],
      hasNotes: true,
      browserFiles: [],
      items: itemsFromContract(c),
    });
    expect(readme).toContain('agreements/2026 Mette Hansen/Lederaftale.docx');
    expect(readme).toContain('private-notes.json');
  });
});

describe('Removing a contract from "Delt med mig"', () => {
  it('forgets it in the index and hides it from the other sources', () => {
    const storage = new Map<string, string>();
    const kv = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    rememberOpenedContract('lars', { ref: { contractId: 'c1', folderId: 'f' }, openedAt: NOW.toISOString() }, kv);
    removeSharedContract('lars', 'c1', kv);
    expect(listOpenedContracts('lars', kv)).toEqual([]);
    expect(listHiddenSharedContracts('lars', kv)).toEqual(['c1']);
  });
});
