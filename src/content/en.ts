import type { ToolContent } from './types';

/**
 * English translation of the tool, same structure and ids as ./da.ts.
 * Terms follow the Words table in DESIGN.md: "nærmeste leder" is "your manager", "psykisk
 * arbejdsmiljø" is "psychosocial work environment", "lederkontrakt" is "leader agreement",
 * "ledelsesrum" is "leadership latitude". Links stay as printed (the tools are in Danish).
 */
export const en: ToolContent = {
  locale: 'en',
  toolTitle: 'Strengthen the leader’s dialogue with their manager',
  toolNumberLabel: 'Tool 1',

  aim: {
    heading: 'Aim of the tool',
    paragraphs: [
      'Leaders need to look after themselves and to get help doing so. This strengthens both the leader’s results and their wellbeing.',
      'Use your manager and other key relationships to align the framework for your leadership role.',
      'This tool supports the leader’s dialogue with their manager.',
    ],
  },
  purpose: {
    heading: 'Purpose:',
    text: 'To strengthen the leader’s wellbeing and results as a leader',
  },
  targetGroup: {
    heading: 'Target group:',
    items: ['The individual leader and their manager.', 'Managers of managers or of team coordinators can use the tool together with them.'],
  },
  timeUse: {
    heading: 'Time required:',
    text: '45 min. of preparation and a 45-min. dialogue with your manager',
    preparationMinutes: 45,
    dialogueMinutes: 45,
  },

  why: {
    heading: 'Why this tool?',
    intro:
      'The tool ‘Strengthen the leader’s dialogue with their manager’ was developed on the basis of a survey of leaders at workplaces in the public and financial sectors. The survey shows:',
    findings: [
      'Cross-pressure: Leaders must deliver results in a context marked by at times strong cross-pressure between, for example, many demands, limited time and high expectations from leaders themselves and from those around them.',
      'Leaders’ relationships are crucial to their wellbeing and results. The tools put the spotlight on what matters most: your relationship with yourself as a leader and with your manager, with the management team and with the organisation as a whole.',
      'Four important themes for leaders are influence and autonomy, psychological safety and trust, the need for recovery and reflection, and support for the leader.',
      'There is a link between the psychosocial work environment of leaders and that of the rest of the workplace. The survey shows that leaders often feel they stand alone with the pressure, potentially harming themselves and the rest of the organisation.',
    ],
    highlight: { text: 'This tool puts the spotlight on the relationship between the leader and the leader’s manager.', afterFinding: 1 },
    surveyLinkLabel: 'Find the survey (in Danish) at godtarbejdsmiljo.dk/lederundersogelse',
    surveyUrl: 'https://godtarbejdsmiljo.dk/lederundersogelse',
  },

  quotes: {
    heading: 'What leaders say about the tool',
    items: [
      {
        title: 'A shared framework matters',
        text: 'The best thing was that we got a shared framework for understanding what we were going to talk about. And questions that keep you on track, so the conversation doesn’t drift.',
        source: 'Leader, municipality',
      },
      {
        title: 'Finally, me as a leader at the centre!',
        text: 'Finally a tool that puts ME at the centre. I get the chance to say what I need – where the focus isn’t on everything else or on making compromises.',
        source: 'Leader, municipality',
      },
      {
        title: 'A space to reflect on my own practice',
        text: 'The tool made me – in a really good way – reflect on my own everyday work and my own practice. It helps make it legitimate, as a leader, to be open about the pressure you are under.',
        source: 'Leader, regional workplace',
      },
      {
        title: 'Being able to share with my manager matters',
        text: 'We often have good intentions about what each of us will do better. It is important to have a manager to share them with and to help hold on to the good intentions, so you are not left alone with them.',
        source: 'Leader, municipality',
      },
      {
        title: 'A strong sparring tool',
        text: 'The tool gave me tremendously good sparring with my manager. I realised that in our dialogues I need to rise above the day-to-day more and focus more on myself and my leadership.',
        source: 'Branch director, financial sector',
      },
    ],
  },

  process: {
    heading: 'The tool has three process steps',
    steps: [
      {
        number: 1,
        title: 'The leader works through the interview guide on their own',
        text: '– or asks someone to help. The aim is to make visible what matters most for strengthening the leader’s psychosocial work environment.',
      },
      {
        number: 2,
        title: 'The leader uses the interview guide to write their leader agreement',
        text: 'The aim is for the leader to make clear agreements with themselves about what matters for their psychosocial work environment. The leader can follow up on the agreements, for example by putting them in the calendar.',
      },
      {
        number: 3,
        title: 'The leader prepares their dialogue with their manager',
        text: 'The leader prepares a dialogue with their manager about their leadership role and their psychosocial work environment. The aim is to get support from their manager for goals and wellbeing.',
      },
    ],
  },
  importantAgreements: {
    heading: 'Important agreements could be:',
    examples: [
      'When and how do you make room for sparring, reflection and recovery?',
      'How do you get sparring on difficult dilemmas in your leadership role?',
      'What limits do you set for your leadership role, so that you can also switch off?',
    ],
  },

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

  roles: {
    heading: 'How you can use the tool',
    intro: [
      'The five boxes suggest how different people can use the tool in the workplace.',
      'The three framed boxes can play the main roles when the tool is used.',
    ],
    boxes: [
      {
        id: 'topManagement',
        title: 'Top management',
        text: 'Use the tool with the managers who report to you, and ask other managers to tell you how they will use the tool.',
        mainRole: false,
      },
      {
        id: 'hr',
        title: 'HR and internal consultants',
        text: 'Advise managers on using the tool. Be clear about the similarities and differences compared with, for example, performance and development reviews for leaders (LUS). This tool focuses on leaders’ own wellbeing. Make sure organisational learning is retained and anchored in HR when the tool is used.',
        mainRole: true,
      },
      {
        id: 'med',
        title: 'Works council (MED or SU) & health and safety organisation (AMO)',
        text: 'Propose and support good, ongoing dialogues between leaders and their managers in the organisation. Put the focus on leaders’ support for their employees and coordinators, the informal leaders.',
        mainRole: false,
      },
      {
        id: 'leadersOfLeaders',
        title: 'Managers of managers',
        text: 'Use the tool to give structure to your ongoing dialogues with the managers who report to you and with your own manager.',
        mainRole: true,
      },
      {
        id: 'leadersOfEmployees',
        title: 'Managers of employees',
        text: 'Give structure to your own dialogue with your manager. Make a clear agreement with yourself and follow up on it.',
        mainRole: true,
      },
    ],
  },

  series: {
    heading: 'Overview of tools for leaders’ wellbeing',
    downloadLabel: 'Get the tool (in Danish) at:',
    tools: [
      {
        id: 'intro',
        label: 'Introductory tool',
        seriesName: 'to ‘Strengthen leaders’ wellbeing and results’',
        title: 'Put the spotlight on leaders’ wellbeing',
        url: 'https://godtarbejdsmiljo.dk/ledertrivsel-intro',
        urlLabel: 'godtarbejdsmiljo.dk/ledertrivsel-intro',
      },
      {
        id: 'tool1',
        label: 'Tool 1',
        seriesName: 'in ‘Strengthen leaders’ wellbeing and results’',
        title: 'Strengthen the leader’s dialogue with their manager',
        url: 'https://godtarbejdsmiljo.dk/lederdialog',
        urlLabel: 'godtarbejdsmiljo.dk/lederdialog',
      },
      {
        id: 'tool2',
        label: 'Tool 2',
        seriesName: 'in ‘Strengthen leaders’ wellbeing and results’',
        title: 'Sharpen the management team’s collaboration',
        url: 'https://godtarbejdsmiljo.dk/ledergruppen',
        urlLabel: 'godtarbejdsmiljo.dk/ledergruppen',
      },
      {
        id: 'tool3',
        label: 'Tool 3',
        seriesName: 'in ‘Strengthen leaders’ wellbeing and results’',
        title: 'Create an overall plan for leaders’ wellbeing',
        url: 'https://godtarbejdsmiljo.dk/ledertrivselsplan',
        urlLabel: 'godtarbejdsmiljo.dk/ledertrivselsplan',
      },
    ],
  },
};
