import type { StartContent } from './types';

/**
 * The tool "Styrk lederens dialog med nærmeste leder" in Danish, word for word from the seed
 * (tests/fixtures/seed.txt). Only the PDF's layout is undone: line-break hyphens are mended
 * ("af-/stemme" → "afstemme") and lines broken by the layout are joined with single spaces.
 * Real hyphens ("LUS-samtaler", "6-12", "IT-projektet") and en dashes are kept.
 * tests/unit/content/content.test.ts checks every text below against the seed.
 * This is what the start page shows; steps 1–3's text is in ./da.steps.ts (loaded when a step opens).
 */
export const daStart: StartContent = {
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
