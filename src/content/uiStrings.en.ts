/** The app's own words in English (see ./uiStrings.ts). */
import type { StartUiStrings } from './uiStrings';

export const uiStringsEn: StartUiStrings = {
  app: {
    name: 'Lederdialog',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
    loadFailed: 'This part of Lederdialog could not be loaded. Check your connection and try again – your work is saved.',
    tryAgain: 'Try again',
    stepsNavLabel: 'Preparation steps',
    viewsNavLabel: 'Agreements and follow-up',
    views: { sharedWithMe: 'Shared with me', dialogue: 'The dialogue', followUp: 'Follow-up', myData: 'My data', connection: 'Connection to Microsoft 365' },
    moreMenu: 'More options',
    pagerLabel: 'Previous and next step',
    steps: { start: 'Start', guide: '1 Interview guide', contract: '2 Leader agreement', prepare: '3 Prepare the dialogue' },
    previousStep: 'Back: {step}',
    nextStep: 'Next: {step}',
    corruptDraft: 'Your saved draft could not be read, so you are starting afresh. A copy of the old draft is kept in the browser.',
    dismiss: 'Dismiss message',
    unownedOffer:
      'There is a draft on this computer from an earlier version of the app, or from before anyone signed in. It belongs to no account. Is it yours? If not, it stays here for the person it belongs to.',
    unownedMine: 'Yes, it is mine – open it',
    unownedNotMine: 'No, it is not mine',
  },
  save: {
    saving: 'Saving …',
    savedAt: 'Saved {time}',
    error: 'Could not save. Your latest changes are not saved.',
    idle: 'Saved automatically',
  },
  language: { label: 'Language', auto: 'Automatic', da: 'Dansk', en: 'English' },
  timer: {
    label: 'Preparation time (45 min)',
    start: 'Start timer (45 min)',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    remaining: '{minutes} min left',
    paused: 'paused',
    done: 'The 45 minutes are up',
  },
  intro: {
    startPreparation: 'Start preparing',
    aboutHeading: 'About the tool',
    openRoles: 'How you can use the tool',
    openSeries: 'See the four tools in the series',
    mainRole: 'Main role',
    opensInNewTab: '(opens in a new tab)',
    close: 'Close',
  },
};
