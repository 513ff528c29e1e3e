import type { StartContent } from './types';

/**
 * English translation of the tool, same structure and ids as ./da.ts.
 * Terms follow the Words table in DESIGN.md: "nærmeste leder" is "your manager", "psykisk
 * arbejdsmiljø" is "psychosocial work environment", "lederkontrakt" is "leader agreement",
 * "ledelsesrum" is "leadership latitude". Links stay as printed (the tools are in Danish).
 * This is what the start page shows; steps 1–3's text is in ./en.steps.ts.
 */
export const enStart: StartContent = {
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
