import type { StepContent } from './types';

/** The tool's text for steps 1–3 in English; see ./en.ts. Loaded when a step opens, not with the start page (src/ui/loadContent.ts). */
export const enSteps: StepContent = {
  guide: {
    heading: 'Interview guide',
    supportHeading: 'Support questions for the interview guide – take notes on the next page',
    figureCentre: 'Strengthen your psychosocial work environment as a leader',
    figureHint: 'Think all the way around your leadership role.',
    themes: [
      {
        id: 'goals',
        number: 1,
        title: 'Goals for your leadership role',
        figureQuestion: 'Which goals must you succeed with as a leader over the coming six months to a year?',
        questions: [
          {
            id: 'goals-1',
            text: 'What are the most important goals for your leadership role over the next six months to a year? What is expected of you to succeed in your role if you look all the way around? Use the figure to go all the way around.',
          },
          {
            id: 'goals-2',
            text: 'How do you make sure that your goals are the right ones and that they are realistic? Who can help you with that?',
          },
          { id: 'goals-3', text: 'Who can help you keep your focus on your goals and prioritise them?' },
          { id: 'goals-4', text: 'Where do you need to strengthen prioritisation in your leadership role?' },
          { id: 'goals-5', text: 'Where can you find support and help to succeed with your goals?' },
        ],
      },
      {
        id: 'workEnvironment',
        number: 2,
        title: 'Your psychosocial work environment as a leader and agreement with yourself',
        figureQuestion: 'What matters to you in order to strengthen your leadership role and take good care of yourself?',
        questions: [
          {
            id: 'workEnvironment-1',
            text: 'What matters to you in order to strengthen your leadership role while also taking good care of yourself?',
          },
          {
            id: 'workEnvironment-2',
            text: 'What limits do you need to set around your work? How can you strengthen the relationship between your work and the rest of your life?',
          },
          { id: 'workEnvironment-3', text: 'How do you best fulfil your responsibility as a role model?' },
          {
            id: 'workEnvironment-4',
            text: 'Which agreements will you make with yourself? For example, about answering emails outside normal working hours.',
          },
          {
            id: 'workEnvironment-5',
            text: 'Which two or three points do you want to discuss with your manager? What do you expect to get out of that conversation?',
          },
        ],
      },
      {
        id: 'nearestLeader',
        number: 3,
        title: 'Agreement and ongoing dialogue with your manager',
        figureQuestion: 'What matters to you to align with your manager?',
        questions: [
          {
            id: 'nearestLeader-1',
            text: 'What matters to you to align with your manager in order to support your psychosocial work environment?',
          },
          {
            id: 'nearestLeader-2',
            text: 'How can you best ensure ongoing clarity about your leadership latitude?',
          },
          {
            id: 'nearestLeader-3',
            text: 'How often do you have short dialogues with your manager? For example, every fortnight.',
          },
          {
            id: 'nearestLeader-4',
            text: 'Where can your manager be a support for you? How can you support your mutual trust and shared sense-making, for example through ongoing alignment of expectations?',
          },
          {
            id: 'nearestLeader-5',
            text: 'Where can you find support, help and sparring when you are under pressure, for example when you lack time for your leadership role? How can your manager support you in that?',
          },
          {
            id: 'nearestLeader-6',
            text: 'Who else can support you in succeeding as a leader and taking care of yourself?',
          },
          {
            id: 'nearestLeader-7',
            text: 'If you have a difficult working relationship with your manager, make sure you get advice and help to handle the relationship.',
          },
        ],
      },
    ],
    figureDirections: [
      { id: 'upToOwnLeader', label: 'Up towards your own manager' },
      { id: 'inwardSelf', label: 'Inwards towards yourself' },
      { id: 'partOfManagement', label: 'As part of the management team' },
      { id: 'outToCitizens', label: 'Out towards citizens/customers' },
      { id: 'intoTeam', label: 'Into the team' },
      { id: 'across', label: 'Across the organisation' },
    ],
    difficultCollaborationAdvice:
      'If you have a difficult working relationship with your manager, make sure you get advice and help to handle the relationship.',
  },

  contract: {
    heading: 'Agreement with yourself and with your manager',
    exampleHeading: 'Example of an agreement with yourself and with your manager',
    fields: [
      {
        id: 'goals',
        heading: '1. Goals for your leadership role',
        question: 'Which goals must you succeed with as a leader over the coming 6-12 months?',
        theme: 'goals',
      },
      {
        id: 'workEnvironment',
        heading: '2. Your psychosocial work environment',
        question: 'What matters to you in order to strengthen your psychosocial work environment and take good care of yourself?',
        theme: 'workEnvironment',
      },
      {
        id: 'selfAgreements',
        heading: '2. Agreement with yourself',
        question: 'Which agreements have you made with yourself to take good care of yourself as a leader? When and how will you follow up?',
        theme: 'workEnvironment',
      },
      {
        id: 'alignWithLeader',
        heading: '3. Agreement and ongoing dialogue with your manager',
        question: 'What matters to you to align with your manager in order to support your psychosocial work environment as a leader?',
        theme: 'nearestLeader',
      },
      {
        id: 'leaderAgreements',
        heading: '3. Agreement with your manager',
        question: 'Which agreements have you made with your manager? When and how will you follow up?',
        theme: 'nearestLeader',
      },
    ],
    example: {
      goals: [
        'I must focus especially on supporting the implementation of the IT project and the project for better quality in our core task.',
        'Focus on key operational figures.',
        'Follow-up on management reporting',
        'Start-up, recruitment and development of agile work processes for team 12.',
      ],
      workEnvironment: [
        'That I can use my fellow leaders as sparring partners, both within and outside the department',
        'That my manager and I have a space built on trust',
        'That I have undisturbed time',
        'That I keep my leadership latitude and freedom to act with responsibility',
        'That I can be off when I am off – that is where I recharge',
      ],
      selfAgreements: [
        'I am proactive on cases in the coming quarter and update my task overview every week',
        'I schedule breaks for myself',
        'I check my email four times a day',
        'Every day I tick off on a sheet of paper by my desk whether I have kept to it today',
      ],
      alignWithLeader: [
        'For now I have chosen to focus especially on prioritisation in my dialogue with my manager. We take it up at our weekly status meetings.',
        'I need us to talk openly about mutual trust as needed',
      ],
      leaderAgreements: [
        'We discuss and prioritise the most important cases at our weekly meeting',
        'We raise difficult cases to make sure we are aligned and to maintain mutual trust',
        'We follow up on how things are going in the last 5 minutes of every meeting – and do a bigger follow-up at the quarterly dialogue',
      ],
    },
  },

  invite: {
    heading: 'Invite your manager',
    items: [
      'Tell your manager about the tool',
      'Agree when you will set aside the 45 minutes for the first meeting, and book it as a shared appointment in the calendar. Also remember a meeting room or another quiet place for the dialogue.',
      'Ask your manager to prepare for a dialogue about your goals, your leadership latitude and your own wellbeing as a leader. You may want to show them the questions you will prepare yourself.',
      'Book it as a shared appointment in the calendar once you have agreed when you will follow up.',
    ],
  },
};
