/**
 * The app's words around the shared contract and "Delt med mig" (the tool's own headings come from
 * src/content in the viewer's language). Placeholders {name} are filled with fillTemplate.
 */
import type { Locale } from '../../content/types';

export interface SharedStrings {
  viewHeading: string;
  sharedBy: string;
  period: string;
  meeting: string;
  joinMeeting: string;
  openInWord: string;
  loading: string;
  connecting: string;
  tryAgain: string;
  badLink: string;
  backToOverview: string;
  writtenIn: string;
  points: string;
  questions: string;
  /** Stands in for the leader's name when the contract has none. */
  theLeader: string;
  noText: string;
  followUp: string;
  openFollowUp: string;
  addedBy: string;
  agreedAt: string;
  comments: string;
  commentBy: string;
  commentLabel: string;
  addComment: string;
  commentEdited: string;
  editComment: string;
  editCommentLabel: string;
  saveCommentEdit: string;
  cancelCommentEdit: string;
  deleteComment: string;
  confirmDeleteComment: string;
  confirmDeleteYes: string;
  commentDeleted: string;
  unsavedMovedToChat: string;
  yourPart: string;
  yourPartIntro: string;
  agreementText: string;
  agreementFollowUp: string;
  agreementFollowUpHint: string;
  addAgreement: string;
  agreementMissing: string;
  accept: string;
  acceptHint: string;
  acceptedBy: string;
  /** An acceptance given to an earlier version: kept, shown as changed since, and can be given again. */
  changedSinceAccepted: string;
  changedField: string;
  changedAgreementAdded: string;
  changedAgreementChanged: string;
  changedAgreementRemoved: string;
  acceptAgain: string;
  notAccepted: string;
  saving: string;
  saved: string;
  saveFailed: string;
  docxFailed: string;
  readOnly: string;
  replyInChat: string;
  openChat: string;
  replyLabel: string;
  previewReply: string;
  previewHeading: string;
  sendReply: string;
  editReply: string;
  replySent: string;
  replyFailed: string;
  conflictsHeading: string;
  conflictIntro: string;
  theirText: string;
  yourText: string;
  keepMine: string;
  keepTheirs: string;
  // "Delt med mig"
  overviewHeading: string;
  overviewIntro: string;
  overviewEmpty: string;
  overviewLoading: string;
  columnLeader: string;
  columnPeriod: string;
  columnNext: string;
  columnStatus: string;
  /** Remove a contract from "Delt med mig" (on this device). */
  remove: string;
  removeLabel: string;
  removed: string;
  open: string;
  noFollowUp: string;
  status: { new: string; accepted: string; followUpDue: string };
  sourceFailed: string;
  // The leader's panel
  panelHeading: string;
  panelNothing: string;
  panelLoading: string;
  panelAgreements: string;
  panelComments: string;
  panelAccepted: string;
  panelAdopt: string;
  panelAdopted: string;
  panelRefresh: string;
}

export const sharedStrings: Record<Locale, SharedStrings> = {
  da: {
    viewHeading: 'Lederaftale fra {name}',
    sharedBy: 'Delt af {name}',
    period: 'Periode: {start} – {end}',
    meeting: 'Dialogen: {time}',
    joinMeeting: 'Deltag i Teams-mødet',
    openInWord: 'Åbn i Word',
    loading: 'Henter lederaftalen …',
    connecting: 'Forbinder til Microsoft 365 …',
    tryAgain: 'Prøv igen',
    badLink: 'Linket peger ikke på en lederaftale. Åbn det igen fra beskeden i Teams.',
    backToOverview: 'Til Delt med mig',
    writtenIn: 'Skrevet på dansk',
    points: 'Lederens punkter til dialogen',
    questions: 'Spørgsmål, {name} forbereder sig på',
    theLeader: 'lederen',
    noText: 'Ikke udfyldt',
    followUp: 'Opfølgning:',
    openFollowUp: 'Følg op på aftalerne',
    addedBy: 'Tilføjet af {name}, {date}',
    agreedAt: 'Aftalt {date}',
    comments: 'Kommentarer',
    commentBy: '{name}, {date}',
    commentLabel: 'Din kommentar til „{field}“',
    addComment: 'Tilføj kommentar',
    commentEdited: '{name}, rettet {date}',
    editComment: 'Ret',
    editCommentLabel: 'Ret din kommentar',
    saveCommentEdit: 'Gem rettelsen',
    cancelCommentEdit: 'Fortryd',
    deleteComment: 'Slet',
    confirmDeleteComment: 'Slet kommentaren? Teksten fjernes helt fra aftalen.',
    confirmDeleteYes: 'Ja, slet',
    commentDeleted: 'Kommentaren er slettet.',
    unsavedMovedToChat: 'Det, du skrev, står i svaret til chatten herunder.',
    yourPart: 'Din del af aftalen',
    yourPartIntro: 'Aftalen med nærmeste leder er gensidig. Tilføj jeres aftaler, og markér, når I er enige.',
    agreementText: 'Aftale',
    agreementFollowUp: 'Hvornår og hvordan følger vi op?',
    agreementFollowUpHint: 'Fx „De sidste 5 minutter af vores ugentlige møde“',
    addAgreement: 'Tilføj aftale',
    agreementMissing: 'Skriv aftalen, før du tilføjer den.',
    accept: 'Vi er enige',
    acceptHint: 'Markerer aftalen som accepteret af dig, med dit navn og tidspunktet.',
    acceptedBy: 'Accepteret af {name}, {date}',
    changedSinceAccepted: 'Ændret efter accept',
    changedField: '„{field}“ er ændret',
    changedAgreementAdded: 'Ny aftale: „{text}“',
    changedAgreementChanged: 'Ændret aftale: „{text}“',
    changedAgreementRemoved: 'Fjernet aftale: „{text}“',
    acceptAgain: 'Vi er enige om den nye udgave',
    notAccepted: 'Ikke accepteret endnu',
    saving: 'Gemmer …',
    saved: 'Gemt i den delte aftale',
    saveFailed: 'Det blev ikke gemt.',
    docxFailed: 'Aftalen er gemt, men Word-udgaven kunne ikke opdateres. Den opdateres ved næste gem.',
    readOnly: 'Du kan kun læse denne aftale, så dine tilføjelser kan ikke gemmes i den. Svar i chatten i stedet.',
    replyInChat: 'Svar i chatten',
    openChat: 'Åbn chatten i Teams',
    replyLabel: 'Dit svar til {name}',
    previewReply: 'Vis beskeden',
    previewHeading: 'Sådan ser beskeden ud',
    sendReply: 'Send i chatten',
    editReply: 'Ret beskeden',
    replySent: 'Dit svar er sendt i chatten.',
    replyFailed: 'Svaret blev ikke sendt.',
    conflictsHeading: 'I skrev i det samme felt på samme tid',
    conflictIntro: 'Begge tekster er bevaret. Den anden persons tekst står nu i aftalen; vælg, hvilken der skal gælde.',
    theirText: 'Den anden persons tekst',
    yourText: 'Din tekst',
    keepMine: 'Brug min tekst',
    keepTheirs: 'Behold den anden persons tekst',
    overviewHeading: 'Delt med mig',
    overviewIntro:
      'Lederaftaler, som ledere, du er nærmeste leder for, har delt med dig – til at sætte struktur på dine løbende dialoger med underordnede ledere.',
    overviewEmpty: 'Ingen har delt en lederaftale med dig endnu.',
    overviewLoading: 'Finder lederaftaler, der er delt med dig …',
    columnLeader: 'Leder',
    columnPeriod: 'Periode',
    columnNext: 'Næste opfølgning',
    columnStatus: 'Status',
    remove: 'Fjern',
    removeLabel: 'Fjern {name}s aftale fra listen',
    removed:
      'Aftalen er fjernet fra listen og glemt på denne computer. OneDrive lader kun ejeren stoppe en deling – bed {name} om det, hvis du ikke længere skal have adgang.',
    open: 'Åbn aftalen fra {name}',
    noFollowUp: 'Ingen planlagt',
    status: { new: 'Ny', accepted: 'Accepteret', followUpDue: 'Opfølgning forfalden' },
    sourceFailed: 'Nogle kilder svarede ikke; listen kan være ufuldstændig.',
    panelHeading: 'Fra din nærmeste leder',
    panelNothing: 'Din nærmeste leder har ikke tilføjet noget endnu.',
    panelLoading: 'Henter den delte aftale …',
    panelAgreements: 'Aftaler tilføjet af din nærmeste leder',
    panelComments: 'Kommentarer',
    panelAccepted: '{name} har markeret „Vi er enige“ {date}.',
    panelAdopt: 'Tag tilføjelserne med i min aftale',
    panelAdopted: 'Tilføjelserne er med i din aftale.',
    panelRefresh: 'Hent igen',
  },
  en: {
    viewHeading: 'Leader agreement from {name}',
    sharedBy: 'Shared by {name}',
    period: 'Period: {start} – {end}',
    meeting: 'The dialogue: {time}',
    joinMeeting: 'Join the Teams meeting',
    openInWord: 'Open in Word',
    loading: 'Loading the leader agreement …',
    connecting: 'Connecting to Microsoft 365 …',
    tryAgain: 'Try again',
    badLink: 'The link does not point to a leader agreement. Open it again from the message in Teams.',
    backToOverview: 'To Shared with me',
    writtenIn: 'Written in English',
    points: 'The leader’s points for the dialogue',
    questions: 'Questions {name} is preparing for',
    theLeader: 'the leader',
    noText: 'Not filled in',
    followUp: 'Follow-up:',
    openFollowUp: 'Follow up on the agreements',
    addedBy: 'Added by {name}, {date}',
    agreedAt: 'Agreed {date}',
    comments: 'Comments',
    commentBy: '{name}, {date}',
    commentLabel: 'Your comment on “{field}”',
    addComment: 'Add comment',
    commentEdited: '{name}, edited {date}',
    editComment: 'Edit',
    editCommentLabel: 'Edit your comment',
    saveCommentEdit: 'Save the change',
    cancelCommentEdit: 'Cancel',
    deleteComment: 'Delete',
    confirmDeleteComment: 'Delete the comment? Its text is removed from the agreement entirely.',
    confirmDeleteYes: 'Yes, delete',
    commentDeleted: 'The comment was deleted.',
    unsavedMovedToChat: 'What you wrote is in the chat reply below.',
    yourPart: 'Your part of the agreement',
    yourPartIntro: 'The agreement with the manager is mutual. Add your agreements, and mark when you agree.',
    agreementText: 'Agreement',
    agreementFollowUp: 'When and how do we follow up?',
    agreementFollowUpHint: 'E.g. “The last 5 minutes of our weekly meeting”',
    addAgreement: 'Add agreement',
    agreementMissing: 'Write the agreement before adding it.',
    accept: 'We agree',
    acceptHint: 'Marks the agreement as accepted by you, with your name and the time.',
    acceptedBy: 'Accepted by {name}, {date}',
    changedSinceAccepted: 'Changed since accepted',
    changedField: '“{field}” was changed',
    changedAgreementAdded: 'New agreement: “{text}”',
    changedAgreementChanged: 'Changed agreement: “{text}”',
    changedAgreementRemoved: 'Removed agreement: “{text}”',
    acceptAgain: 'We agree on the new version',
    notAccepted: 'Not accepted yet',
    saving: 'Saving …',
    saved: 'Saved in the shared agreement',
    saveFailed: 'It was not saved.',
    docxFailed: 'The agreement is saved, but the Word copy could not be updated. It is updated on the next save.',
    readOnly: 'You can only read this agreement, so your additions cannot be saved in it. Reply in the chat instead.',
    replyInChat: 'Reply in the chat',
    openChat: 'Open the chat in Teams',
    replyLabel: 'Your reply to {name}',
    previewReply: 'Preview the message',
    previewHeading: 'This is how the message looks',
    sendReply: 'Send in the chat',
    editReply: 'Edit the message',
    replySent: 'Your reply was sent in the chat.',
    replyFailed: 'The reply was not sent.',
    conflictsHeading: 'You both wrote in the same field at the same time',
    conflictIntro: 'Both texts are kept. The other person’s text is now in the agreement; choose which one applies.',
    theirText: 'The other person’s text',
    yourText: 'Your text',
    keepMine: 'Use my text',
    keepTheirs: 'Keep the other person’s text',
    overviewHeading: 'Shared with me',
    overviewIntro: 'Leader agreements that the managers who report to you have shared with you – to give structure to your ongoing dialogues with them.',
    overviewEmpty: 'Nobody has shared a leader agreement with you yet.',
    overviewLoading: 'Finding leader agreements shared with you …',
    columnLeader: 'Leader',
    columnPeriod: 'Period',
    columnNext: 'Next follow-up',
    columnStatus: 'Status',
    remove: 'Remove',
    removeLabel: "Remove {name}'s agreement from the list",
    removed:
      'The agreement is removed from the list and forgotten on this computer. OneDrive lets only the owner stop sharing – ask {name} if you should no longer have access.',
    open: 'Open the agreement from {name}',
    noFollowUp: 'None planned',
    status: { new: 'New', accepted: 'Accepted', followUpDue: 'Follow-up overdue' },
    sourceFailed: 'Some sources did not answer; the list may be incomplete.',
    panelHeading: 'From your manager',
    panelNothing: 'Your manager has not added anything yet.',
    panelLoading: 'Loading the shared agreement …',
    panelAgreements: 'Agreements added by your manager',
    panelComments: 'Comments',
    panelAccepted: '{name} marked “We agree” on {date}.',
    panelAdopt: 'Take the additions into my agreement',
    panelAdopted: 'The additions are in your agreement.',
    panelRefresh: 'Load again',
  },
};
