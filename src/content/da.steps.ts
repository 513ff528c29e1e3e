import type { StepContent } from './types';

/** The tool's text for steps 1–3 in Danish (the interview guide, the agreement, the invitation); see ./da.ts. Loaded when a step opens, not with the start page (src/ui/loadContent.ts). */
export const daSteps: StepContent = {
  guide: {
    heading: 'Interviewguide',
    supportHeading: 'Støttespørgsmål til interviewguiden – tag noter på næste side',
    figureCentre: 'Styrk dit psykiske arbejdsmiljø som leder',
    // In the figure this sentence closes theme 1's question; kept apart so the UI can show it
    // beside the six directions, which are what "hele vejen rundt" refers to.
    figureHint: 'Tænk hele vejen rundt om din ledelsesopgave.',
    themes: [
      {
        id: 'goals',
        number: 1,
        title: 'Mål for din ledelsesopgave',
        figureQuestion: 'Hvilke mål skal du lykkes med det kommende halve til hele år som leder?',
        questions: [
          {
            id: 'goals-1',
            text: 'Hvad er de vigtigste mål for din ledelsesopgave det næste halve til hele år? Hvilke forventninger er der til dig for at lykkes i din rolle, hvis du ser hele vejen rundt? Brug figuren til at komme hele vejen rundt.',
          },
          {
            id: 'goals-2',
            text: 'Hvordan sikrer du, at dine mål er de rette, og at de er realistiske? Hvem kan hjælpe dig med det?',
          },
          { id: 'goals-3', text: 'Hvem kan hjælpe dig til at holde fokus på og prioritere dine mål?' },
          { id: 'goals-4', text: 'Hvor har du behov for at styrke prioritering i forhold til din ledelsesopgave?' },
          { id: 'goals-5', text: 'Hvor kan du hente støtte og hjælp til at lykkes med dine mål?' },
        ],
      },
      {
        id: 'workEnvironment',
        number: 2,
        title: 'Dit psykiske arbejdsmiljø som leder og aftale med dig selv',
        figureQuestion: 'Hvad er vigtigt for dig for at styrke din ledelsesopgave og passe godt på dig selv?',
        questions: [
          {
            id: 'workEnvironment-1',
            text: 'Hvad er vigtigt for dig for at styrke din ledelsesopgave og samtidig passe godt på dig selv?',
          },
          {
            id: 'workEnvironment-2',
            text: 'Hvilke grænser har du brug for at sætte omkring dit arbejde? Hvordan kan du styrke relationen mellem dit arbejde og resten af dit liv?',
          },
          { id: 'workEnvironment-3', text: 'Hvordan varetager du bedst dit ansvar som rollemodel?' },
          {
            id: 'workEnvironment-4',
            text: 'Hvilke aftaler vil du lave med dig selv? Fx om besvarelse af mails uden for almindelig arbejdstid.',
          },
          {
            id: 'workEnvironment-5',
            text: 'Hvilke to til tre pointer vil du drøfte med din nærmeste leder? Hvad forventer du at få ud af den samtale?',
          },
        ],
      },
      {
        id: 'nearestLeader',
        number: 3,
        title: 'Aftale og løbende dialog med din nærmeste leder',
        figureQuestion: 'Hvad er vigtigt for dig at afstemme med din nærmeste leder?',
        questions: [
          {
            id: 'nearestLeader-1',
            text: 'Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø?',
          },
          {
            id: 'nearestLeader-2',
            text: 'Hvordan kan du bedst muligt sikre en løbende afklaring af dit ledelsesrum?',
          },
          {
            id: 'nearestLeader-3',
            text: 'Hvor hyppigt har du korte dialoger med nærmeste leder? Fx hver fjortende dag.',
          },
          {
            id: 'nearestLeader-4',
            text: 'Hvor kan din nærmeste leder være en støtte for dig? Hvordan kan I understøtte jeres gensidige tillid og meningsskabelse fx via løbende forventningsafstemning?',
          },
          {
            id: 'nearestLeader-5',
            text: 'Hvor kan du hente støtte, hjælp og sparring, når du oplever pres fx mangler tid til ledelsesopgaven? Hvordan kan din nærmeste leder understøtte dig i det?',
          },
          {
            id: 'nearestLeader-6',
            text: 'Hvem kan ellers støtte dig i at lykkes godt som leder og passe på dig selv?',
          },
          {
            id: 'nearestLeader-7',
            text: 'Hvis du har et vanskeligt samarbejde med din nærmeste leder, så sørg for at få råd og hjælp til at håndtere relationen.',
          },
        ],
      },
    ],
    figureDirections: [
      { id: 'upToOwnLeader', label: 'Op mod egen leder' },
      { id: 'inwardSelf', label: 'Ind mod én selv' },
      { id: 'partOfManagement', label: 'Som en del af ledelsen' },
      { id: 'outToCitizens', label: 'Ud mod borgerne/kunderne' },
      { id: 'intoTeam', label: 'Ind i teamet' },
      { id: 'across', label: 'På tværs' },
    ],
    difficultCollaborationAdvice: 'Hvis du har et vanskeligt samarbejde med din nærmeste leder, så sørg for at få råd og hjælp til at håndtere relationen.',
  },

  contract: {
    heading: 'Aftale med dig selv og med nærmeste leder',
    exampleHeading: 'Eksempel på aftale med dig selv og med nærmeste leder',
    fields: [
      {
        id: 'goals',
        heading: '1. Mål for din ledelsesopgave',
        question: 'Hvilke mål skal du lykkes med i de kommende 6-12 måneder som leder?',
        theme: 'goals',
      },
      {
        id: 'workEnvironment',
        heading: '2. Dit psykiske arbejdsmiljø',
        question: 'Hvad er vigtigt for dig for at styrke dit psykiske arbejdsmiljø og passe godt på dig selv?',
        theme: 'workEnvironment',
      },
      {
        id: 'selfAgreements',
        heading: '2. Aftale med dig selv',
        question: 'Hvilke aftaler har du lavet med dig selv for at passe godt på dig selv som leder? Hvornår og hvordan følger du op?',
        theme: 'workEnvironment',
      },
      {
        id: 'alignWithLeader',
        heading: '3. Aftale og løbende dialog med din nærmeste leder',
        question: 'Hvad er vigtigt for dig at afstemme med din nærmeste leder for at understøtte dit psykiske arbejdsmiljø som leder?',
        theme: 'nearestLeader',
      },
      {
        id: 'leaderAgreements',
        heading: '3. Aftale med nærmeste leder',
        question: 'Hvilke aftaler har du lavet med nærmeste leder? Hvornår og hvordan følger du op?',
        theme: 'nearestLeader',
      },
    ],
    example: {
      goals: [
        'Jeg skal have særligt fokus på at understøtte implementeringen af IT-projektet og projekt for bedre kvalitet i kerneopgaven.',
        'Fokus på nøgletal for drift.',
        'Opfølgning på ledelsesrapportering',
        'Opstart, rekruttering og udvikling af smidige arbejdsprocesser for team 12.',
      ],
      workEnvironment: [
        'At jeg kan sparre med mine lederkolleger, både i og uden for afdelingen',
        'At min nærmeste leder og jeg har et tillidsfuldt rum',
        'At jeg har uforstyrret tid',
        'At jeg fortsat har mit ledelsesrum og handlefrihed under ansvar',
        'At jeg kan holde fri, når jeg har fri, her lader jeg op',
      ],
      selfAgreements: [
        'Jeg er proaktiv på sager i kommende kvartal og opdaterer hver uge mit opgaveoverblik',
        'Jeg lægger pauser ind med mig selv',
        'Jeg tjekker mails fire gange om dagen',
        'Jeg krydser af hver dag på et papir ved mit skrivebord, om jeg har overholdt det i dag',
      ],
      alignWithLeader: [
        'Jeg har pt. valgt at sætte særligt fokus på prioritering i min dialog med nærmeste leder. Det tager vi op på statusmøderne hver uge.',
        'Jeg har brug for, at vi taler åbent om gensidig tillid efter behov',
      ],
      leaderAgreements: [
        'Vi drøfter og prioriterer de vigtigste sager på vores ugentlige møde',
        'Vi tager vanskelige sager op for at sikre at være afstemt og fastholde gensidig tillid',
        'Vi følger op på hvordan det går de sidste 5 minutter på hvert møde – og har større opfølgning på kvartalsdialogen',
      ],
    },
  },

  invite: {
    heading: 'Inviter din leder',
    items: [
      'Fortæl din leder om værktøjet',
      'Aftal, hvornår I sætter de 45 minutter af til første møde, og book det som en fælles aftale i kalenderen. Husk også et mødelokale eller andet sted med ro til dialogen.',
      'Bed din leder forberede sig på en dialog om dine mål, dit ledelsesrum og din egen trivsel som leder. Vis eventuelt de spørgsmål, du selv vil forberede dig på.',
      'Book det som en fælles aftale i kalenderen, når I har aftalt, hvornår I følger op.',
    ],
  },
};
