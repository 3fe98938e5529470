import { type Instrument, type InstrumentItem } from './types';
import { deepFreeze } from './freeze';

/*
 * Instrument version 1. PUBLISHED: never edit a text, an id or the order here. Rounds that
 * started with version 1 keep being scored and shown with exactly these statements. A change
 * means a new file (v2.ts) with a new version number; see docs/instrument.md.
 *
 * Writing rules: plain Dutch at B1 level, short sentences, everyday words, "ik"/"we",
 * one idea per statement, positive wording (agreeing = favourable), no negations, no jargon.
 */
const items: InstrumentItem[] = [
  // Inhoud van het werk: variety, autonomy, learning in the job, challenge, problem solving.
  {
    id: 'wc1',
    aspect: 'work_content',
    text: { nl: 'Mijn werk is afwisselend.', en: 'My work has variety.' },
    ownerText: { nl: 'Het werk van mijn medewerkers is afwisselend.', en: "My employees' work has variety." },
  },
  {
    id: 'wc2',
    aspect: 'work_content',
    text: { nl: 'Ik mag zelf bepalen hoe ik mijn werk doe.', en: 'I can decide for myself how I do my work.' },
    ownerText: {
      nl: 'Mijn medewerkers mogen zelf bepalen hoe ze hun werk doen.',
      en: 'My employees can decide for themselves how they do their work.',
    },
  },
  {
    id: 'wc3',
    aspect: 'work_content',
    text: { nl: 'In mijn werk leer ik steeds nieuwe dingen.', en: 'I keep learning new things in my work.' },
    ownerText: {
      nl: 'Mijn medewerkers leren in hun werk steeds nieuwe dingen.',
      en: 'My employees keep learning new things in their work.',
    },
  },
  {
    id: 'wc4',
    aspect: 'work_content',
    text: { nl: 'Mijn werk is een uitdaging voor mij.', en: 'My work challenges me.' },
    ownerText: { nl: 'Het werk is een uitdaging voor mijn medewerkers.', en: 'The work challenges my employees.' },
  },
  {
    id: 'wc5',
    aspect: 'work_content',
    text: {
      nl: 'Bij een probleem in mijn werk mag ik zelf een oplossing bedenken.',
      en: 'When there is a problem in my work, I may come up with a solution myself.',
    },
    ownerText: {
      nl: 'Bij een probleem in hun werk mogen mijn medewerkers zelf een oplossing bedenken.',
      en: 'When there is a problem in their work, my employees may come up with a solution themselves.',
    },
  },

  // Ruimte en veiligheid: time, budget, safe to try, safe to admit a mistake, learning from mistakes.
  {
    id: 'rs1',
    aspect: 'room_and_safety',
    text: { nl: 'Ik krijg tijd om iets nieuws te leren.', en: 'I get time to learn something new.' },
    ownerText: {
      nl: 'Mijn medewerkers krijgen tijd om iets nieuws te leren.',
      en: 'My employees get time to learn something new.',
    },
  },
  {
    id: 'rs2',
    aspect: 'room_and_safety',
    text: {
      nl: 'Er is geld voor een cursus of training als ik die nodig heb.',
      en: 'There is money for a course or training when I need one.',
    },
    ownerText: {
      nl: 'Er is geld voor een cursus of training als een medewerker die nodig heeft.',
      en: 'There is money for a course or training when an employee needs one.',
    },
  },
  {
    id: 'rs3',
    aspect: 'room_and_safety',
    text: { nl: 'Ik durf hier nieuwe dingen uit te proberen.', en: 'I feel free to try out new things here.' },
    ownerText: {
      nl: 'Mijn medewerkers durven hier nieuwe dingen uit te proberen.',
      en: 'My employees feel free to try out new things here.',
    },
  },
  {
    id: 'rs4',
    aspect: 'room_and_safety',
    text: { nl: 'Als ik een fout maak, kan ik dat gewoon zeggen.', en: 'If I make a mistake, I can simply say so.' },
    ownerText: {
      nl: 'Als mijn medewerkers een fout maken, kunnen ze dat gewoon zeggen.',
      en: 'If my employees make a mistake, they can simply say so.',
    },
  },
  {
    id: 'rs5',
    aspect: 'room_and_safety',
    text: {
      nl: 'Na een fout kijken we samen wat we ervan kunnen leren.',
      en: 'After a mistake, we look together at what we can learn from it.',
    },
  },

  // Samenwerken en teamontwikkeling: learning from colleagues, honest feedback, sharing
  // knowledge, improving the work together, bringing new colleagues up to speed.
  {
    id: 'co1',
    aspect: 'collaboration',
    text: { nl: "Ik leer veel van mijn collega's.", en: 'I learn a lot from my colleagues.' },
    ownerText: { nl: 'Mijn medewerkers leren veel van elkaar.', en: 'My employees learn a lot from each other.' },
  },
  {
    id: 'co2',
    aspect: 'collaboration',
    text: {
      nl: "Collega's zeggen het eerlijk als iets beter kan.",
      en: 'Colleagues tell each other honestly when something could be better.',
    },
    ownerText: {
      nl: 'Mijn medewerkers zeggen het elkaar eerlijk als iets beter kan.',
      en: 'My employees tell each other honestly when something could be better.',
    },
  },
  {
    id: 'co3',
    aspect: 'collaboration',
    text: { nl: 'In ons team delen we kennis en handige tips.', en: 'In our team we share knowledge and useful tips.' },
    ownerText: {
      nl: 'Mijn medewerkers delen kennis en handige tips met elkaar.',
      en: 'My employees share knowledge and useful tips with each other.',
    },
  },
  {
    id: 'co4',
    aspect: 'collaboration',
    text: {
      nl: 'We bespreken samen hoe we ons werk beter kunnen doen.',
      en: 'We talk together about how we can do our work better.',
    },
  },
  {
    id: 'co5',
    aspect: 'collaboration',
    text: { nl: "Nieuwe collega's worden bij ons goed ingewerkt.", en: 'New colleagues are shown the ropes well here.' },
  },

  // Leiderschap gericht op ontwikkelen: interest, help, feedback, example, encouragement.
  {
    id: 'le1',
    aspect: 'leadership',
    text: { nl: 'Mijn leidinggevende vraagt wat ik wil leren.', en: 'My manager asks me what I want to learn.' },
    ownerText: { nl: 'Ik vraag mijn medewerkers wat ze willen leren.', en: 'I ask my employees what they want to learn.' },
  },
  {
    id: 'le2',
    aspect: 'leadership',
    text: {
      nl: 'Mijn leidinggevende helpt mij om beter te worden in mijn werk.',
      en: 'My manager helps me get better at my work.',
    },
    ownerText: {
      nl: 'Ik help mijn medewerkers om beter te worden in hun werk.',
      en: 'I help my employees get better at their work.',
    },
  },
  {
    id: 'le3',
    aspect: 'leadership',
    text: {
      nl: 'Mijn leidinggevende vertelt mij hoe ik mijn werk doe.',
      en: 'My manager tells me how I am doing in my work.',
    },
    ownerText: {
      nl: 'Ik vertel mijn medewerkers hoe ze hun werk doen.',
      en: 'I tell my employees how they are doing in their work.',
    },
  },
  {
    id: 'le4',
    aspect: 'leadership',
    text: {
      nl: 'Mijn leidinggevende geeft het goede voorbeeld door zelf ook te leren.',
      en: 'My manager sets a good example by learning too.',
    },
    ownerText: {
      nl: 'Ik geef het goede voorbeeld door zelf ook te leren.',
      en: 'I set a good example by learning too.',
    },
  },
  {
    id: 'le5',
    aspect: 'leadership',
    text: {
      nl: 'Mijn leidinggevende moedigt mij aan om een cursus of opleiding te doen.',
      en: 'My manager encourages me to take a course or training.',
    },
    ownerText: {
      nl: 'Ik moedig mijn medewerkers aan om een cursus of opleiding te doen.',
      en: 'I encourage my employees to take a course or training.',
    },
  },

  // Organisatie ingericht op leren: known offer (policy), agreements (plans), yearly talk and
  // set moments (structures), knowing what knowledge the company needs (strategy).
  {
    id: 'lo1',
    aspect: 'learning_organisation',
    text: {
      nl: 'Ik weet welke cursussen of opleidingen ik hier kan volgen.',
      en: 'I know which courses or training I can take here.',
    },
    ownerText: {
      nl: 'Mijn medewerkers weten welke cursussen of opleidingen ze hier kunnen volgen.',
      en: 'My employees know which courses or training they can take here.',
    },
  },
  {
    id: 'lo2',
    aspect: 'learning_organisation',
    text: {
      nl: 'Ik heb met mijn leidinggevende afspraken over wat ik ga leren.',
      en: 'My manager and I have agreed on what I am going to learn.',
    },
    ownerText: {
      nl: 'Ik maak met mijn medewerkers afspraken over wat ze gaan leren.',
      en: 'I make agreements with my employees about what they are going to learn.',
    },
  },
  {
    id: 'lo3',
    aspect: 'learning_organisation',
    text: {
      nl: 'Ik heb elk jaar een gesprek over hoe ik verder wil groeien.',
      en: 'Every year I have a talk about how I want to grow.',
    },
    ownerText: {
      nl: 'Mijn medewerkers hebben elk jaar een gesprek over hoe ze verder willen groeien.',
      en: 'Every year my employees have a talk about how they want to grow.',
    },
  },
  {
    id: 'lo4',
    aspect: 'learning_organisation',
    text: {
      nl: 'We weten welke kennis ons bedrijf de komende jaren nodig heeft.',
      en: 'We know what knowledge our company will need in the coming years.',
    },
  },
  {
    id: 'lo5',
    aspect: 'learning_organisation',
    text: {
      nl: 'We hebben vaste momenten om te leren, bijvoorbeeld in het werkoverleg.',
      en: 'We have set moments for learning, for example in team meetings.',
    },
  },

  // Verbinden met buitenwereld: customers, schools, other companies, events, keeping up with the trade.
  {
    id: 'oc1',
    aspect: 'outside_connection',
    text: {
      nl: 'We leren van de vragen en opmerkingen van klanten.',
      en: "We learn from customers' questions and comments.",
    },
  },
  {
    id: 'oc2',
    aspect: 'outside_connection',
    text: {
      nl: 'Ons bedrijf werkt samen met scholen, bijvoorbeeld via stagiairs.',
      en: 'Our company works with schools, for example through interns.',
    },
  },
  {
    id: 'oc3',
    aspect: 'outside_connection',
    text: {
      nl: 'Ik leer ook van mensen buiten ons bedrijf, zoals leveranciers.',
      en: 'I also learn from people outside our company, such as suppliers.',
    },
    ownerText: {
      nl: 'Mijn medewerkers leren ook van mensen buiten ons bedrijf, zoals leveranciers.',
      en: 'My employees also learn from people outside our company, such as suppliers.',
    },
  },
  {
    id: 'oc4',
    aspect: 'outside_connection',
    text: {
      nl: 'Ik kan naar een beurs, vakdag of bijeenkomst buiten het bedrijf.',
      en: 'I can go to a trade fair, industry day or meeting outside the company.',
    },
    ownerText: {
      nl: 'Mijn medewerkers kunnen naar een beurs, vakdag of bijeenkomst buiten het bedrijf.',
      en: 'My employees can go to a trade fair, industry day or meeting outside the company.',
    },
  },
  {
    id: 'oc5',
    aspect: 'outside_connection',
    text: { nl: 'We houden goed bij wat er nieuw is in ons vak.', en: 'We keep up well with what is new in our trade.' },
  },
];

export const INSTRUMENT_V1: Instrument = deepFreeze({
  version: 1,
  items,
  scale: {
    min: 1,
    max: 5,
    labels: {
      nl: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
      en: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
    },
    dontKnow: { nl: 'Weet ik niet / niet van toepassing', en: "Don't know / not applicable" },
  },
});
