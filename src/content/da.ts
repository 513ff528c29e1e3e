import type { ToolContent } from './types';

/**
 * The tool "Styrk lederens dialog med nærmeste leder" in Danish, word for word from the seed
 * (tests/fixtures/seed.txt). Only the PDF's layout is undone: line-break hyphens are mended
 * ("af-/stemme" → "afstemme") and lines broken by the layout are joined with single spaces.
 * Real hyphens ("LUS-samtaler", "6-12", "IT-projektet") and en dashes are kept.
 * tests/unit/content/content.test.ts checks every text below against the seed.
 */
export const da: ToolContent = {
  locale: 'da',
  toolTitle: 'Styrk lederens dialog med nærmeste leder',
  toolNumberLabel: 'Værktøj 1',

  aim: {
    heading: 'Mål med værktøjet',
    paragraphs: [
      'Der er brug for, at lederen passer på sig selv og får hjælp til det. Det styrker både lederens resultater og trivsel.',
      'Brug nærmeste leder og andre nøglerelationer til at afstemme rammerne om ledelsesopgaven.',
      'Dette værktøj hjælper til lederens dialog med nærmeste leder.',
    ],
  },
  purpose: {
    heading: 'Formål:',
    text: 'At styrke lederens trivsel og resultater som leder',
  },
  targetGroup: {
    heading: 'Målgruppe:',
    items: ['Den enkelte leder og nærmeste leder.', 'Nærmeste leder af ledere eller teamkoordinatorer kan anvende værktøjet sammen med dem.'],
  },
  timeUse: {
    heading: 'Tidsforbrug:',
    text: '45 min. forberedelse og 45 min. dialog med nærmeste leder',
    preparationMinutes: 45,
    dialogueMinutes: 45,
  },

  why: {
    heading: 'Hvorfor dette værktøj?',
    intro:
      'Værktøjet „Styrk lederens dialog med nærmeste leder“ er udviklet på baggrund af en undersøgelse med ledere på arbejdspladser i den offentlige og finansielle sektor. Undersøgelsen viser:',
    findings: [
      'Krydspres: Ledere skal skabe resultater i en kontekst præget af til tider kraftige krydspres mellem fx mange krav, begrænset tid og høje forventninger fra lederen selv og fra omgivelserne.',
      'Ledernes relationer er afgørende for deres trivsel og resultater. Værktøjerne sætter spot på det vigtigste: Relationen til dig selv som leder og din nærmeste leder, til ledelsesgruppen og til den samlede virksomhed.',
      'Fire vigtige temaer for ledere er indflydelse og autonomi, psykologisk tryghed og tillid, behov for restitution og refleksion samt støtte til lederen.',
      'Der er en sammenhæng mellem ledernes og resten af arbejdspladsens psykiske arbejdsmiljø. Undersøgelsen viser, at ledere ofte oplever at stå alene i presset til potentiel skade for dem selv og resten af organisationen.',
    ],
    // Not a bullet in the seed but a highlighted line right after the bullet on relations.
    highlight: { text: 'Dette værktøj sætter spot på relationen mellem lederen og lederens nærmeste leder.', afterFinding: 1 },
    surveyLinkLabel: 'Find undersøgelsen på godtarbejdsmiljo.dk/lederundersogelse',
    surveyUrl: 'https://godtarbejdsmiljo.dk/lederundersogelse',
  },

  quotes: {
    heading: 'Sagt om værktøjet',
    items: [
      {
        title: 'Vigtigt med fælles ramme',
        text: 'Det bedste var, at vi fik en fælles ramme for forståelse for, hvad vi skulle snakke om. Og med spørgsmål, der holder en på sporet, så der ikke går drift i det.',
        source: 'Leder, kommune',
      },
      {
        title: 'Endelig mig som leder i centrum!',
        text: 'Endelig et værktøj, der gør, at det er MIG, der er i centrum. Jeg får lejlighed til at fortælle, hvad jeg har brug for – hvor fokus ikke er på alt andet eller på at gå på kompromis.',
        source: 'Leder, kommune',
      },
      {
        title: 'Et refleksionsrum for egen praksis',
        text: 'Værktøjet tvang mig til – på en rigtig god måde – at reflektere over min egen hverdag og egen praksis. Det er med til, at det bliver legalt som leder at være åben over for det pres, der hviler på en.',
        source: 'Leder, regional arbejdsplads',
      },
      {
        title: 'Vigtigt at kunne dele med leder',
        text: 'Vi har tit gode intentioner om, hvad vi vil gøre bedre hver især. Det er vigtigt at have en leder til at dele med og fastholde de gode intentioner, så man ikke står alene med dem.',
        source: 'Leder, kommune',
      },
      {
        title: 'Stærkt sparringsværktøj',
        text: 'Værktøjet gav en voldsom god sparring med nærmeste leder. Jeg blev opmærksom på, at jeg i dialogerne med skal mere op i helikopteren og have mere fokus på mig selv og min ledelse.',
        source: 'Filialdirektør, finanssektoren',
      },
    ],
  },

  process: {
    heading: 'Der er tre procestrin i værktøjet',
    steps: [
      {
        number: 1,
        title: 'Lederen gennemgår interviewguiden med sig selv',
        text: '– eller beder en om at hjælpe sig. Formålet er at synliggøre, hvad der er særligt vigtigt for at styrke lederens psykiske arbejdsmiljø.',
      },
      {
        number: 2,
        title: 'Lederen bruger interviewguiden til at lave sin lederkontrakt',
        text: 'Formålet er, at lederen laver tydelige aftaler med sig selv om det, der betyder noget for dit psykiske arbejdsmiljø. Lederen kan følge op på aftalerne, fx ved at sætte det i kalenderen.',
      },
      {
        number: 3,
        title: 'Lederen forbereder sin dialog med nærmeste leder',
        text: 'Lederen forbereder dialog med nærmeste leder om sin ledelsesopgave og sit psykiske arbejdsmiljø. Formålet er at få støtte fra nærmeste leder til mål og trivsel.',
      },
    ],
  },
  importantAgreements: {
    heading: 'Vigtige aftaler kan fx være:',
    examples: [
      'Hvornår og hvordan giver du plads til sparring, refleksion og restitution?',
      'Hvordan får du sparring på vanskelige dilemmaer i din ledelsesopgave?',
      'Hvilke grænser sætter du for din ledelsesopgave, så du også kan holde fri?',
    ],
  },

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

  roles: {
    heading: 'Sådan kan I bruge værktøjet',
    intro: [
      'De fem bokse giver forslag til, hvordan forskellige kan bruge værktøjet på arbejdspladsen.',
      'De tre indrammede bokse kan have hovedroller, når værktøjet bruges.',
    ],
    // The seed's text does not say which boxes are framed. Main roles go to the three who carry
    // the dialogue itself: the leader, the leader's leader, and HR who advises them; top management
    // and MED/SU & AMO back it up from around it.
    boxes: [
      {
        id: 'topManagement',
        title: 'Topledelsen',
        text: 'Anvend værktøjet ift. egne ledere i reference og bed øvrige ledere fortælle, hvordan de vil anvende værktøjet.',
        mainRole: false,
      },
      {
        id: 'hr',
        title: 'HR og interne konsulenter',
        text: 'Rådgiv ledere i at anvende værktøjet. Vær tydelig med ligheder og forskelle til fx LUS-samtaler. Værktøjet her har fokus på lederes egen trivsel. Sørg for at fastholde organisatorisk læring og forankring i HR, når værktøjet bruges.',
        mainRole: true,
      },
      {
        id: 'med',
        title: 'MED eller SU & AMO',
        text: 'Foreslå og bak op om gode, løbende dialoger mellem ledere og nærmeste ledere i organisationen. Sæt fokus på ledernes støtte til deres medarbejdere og koordinatorer, de uformelle ledere.',
        mainRole: false,
      },
      {
        id: 'leadersOfLeaders',
        title: 'Ledere af ledere',
        text: 'Brug værktøjet til at sætte struktur på dine løbende dialoger med underordnede ledere og med din egen nærmeste leder.',
        mainRole: true,
      },
      {
        id: 'leadersOfEmployees',
        title: 'Ledere af medarbejdere',
        text: 'Sæt struktur på din egen dialog med nærmeste leder. Lav en klar aftale med dig selv og følg op på den.',
        mainRole: true,
      },
    ],
  },

  series: {
    heading: 'Oversigt over værktøjer til lederes trivsel',
    downloadLabel: 'Hent værktøjet på:',
    // The seed prints the four tools scattered over the slide; here they follow the series' order.
    tools: [
      {
        id: 'intro',
        label: 'Introduktionsværktøj',
        seriesName: 'til Styrk lederes trivsel og resultater',
        title: 'Sæt spot på lederes trivsel',
        url: 'https://godtarbejdsmiljo.dk/ledertrivsel-intro',
        urlLabel: 'godtarbejdsmiljo.dk/ledertrivsel-intro',
      },
      {
        id: 'tool1',
        label: 'Værktøj 1',
        seriesName: 'i Styrk lederes trivsel og resultater',
        title: 'Styrk lederens dialog med nærmeste leder',
        url: 'https://godtarbejdsmiljo.dk/lederdialog',
        urlLabel: 'godtarbejdsmiljo.dk/lederdialog',
      },
      {
        id: 'tool2',
        label: 'Værktøj 2',
        seriesName: 'i Styrk lederes trivsel og resultater',
        title: 'Skærp ledergruppens samarbejde',
        url: 'https://godtarbejdsmiljo.dk/ledergruppen',
        urlLabel: 'godtarbejdsmiljo.dk/ledergruppen',
      },
      {
        id: 'tool3',
        label: 'Værktøj 3',
        seriesName: 'i Styrk lederes trivsel og resultater',
        title: 'Skab en samlet plan for ledertrivsel',
        url: 'https://godtarbejdsmiljo.dk/ledertrivselsplan',
        urlLabel: 'godtarbejdsmiljo.dk/ledertrivselsplan',
      },
    ],
  },
};
