import { type AspectKey } from '../aspects';
import { type AspectGuidance } from './types';
import { deepFreeze } from './freeze';

/** Plain words for the report (strength / weak spot) and questions for the agenda of the
 * follow-up session (vervolgsessie). Not versioned with the statements: these texts explain
 * an aspect, not a statement, and may be improved at any time. */
export const ASPECT_GUIDANCE: Record<AspectKey, AspectGuidance> = deepFreeze({
  work_content: {
    strength: {
      nl: 'Het werk zelf is afwisselend en uitdagend. Mensen mogen zelf meedenken en problemen oplossen.',
      en: 'The work itself has variety and challenge. People get to think for themselves and solve problems.',
    },
    weakSpot: {
      nl: 'Het werk is vaak hetzelfde of ligt helemaal vast. Daardoor leren mensen er weinig nieuws van.',
      en: 'The work is often the same or fully fixed. So people learn little that is new from it.',
    },
    questions: {
      nl: [
        'Welke taken zijn voor jou te makkelijk of te eentonig?',
        'Waarover zou je zelf meer willen beslissen in je werk?',
        'Welk probleem in ons werk willen we samen oplossen?',
      ],
      en: [
        'Which tasks are too easy or too repetitive for you?',
        'What would you like to decide more about yourself in your work?',
        'Which problem in our work do we want to solve together?',
      ],
    },
  },
  room_and_safety: {
    strength: {
      nl: 'Er is tijd en geld om te leren. Mensen durven iets nieuws te proberen en fouten te melden.',
      en: 'There is time and money to learn. People dare to try something new and to report mistakes.',
    },
    weakSpot: {
      nl: 'Er is weinig tijd of geld om te leren, of mensen vinden het spannend om een fout te maken.',
      en: 'There is little time or money to learn, or people are wary of making a mistake.',
    },
    questions: {
      nl: [
        'Wanneer kun je in een gewone werkweek tijd maken om iets te leren?',
        'Wat gebeurt er bij ons als iemand een fout maakt? Wat willen we daaraan veranderen?',
        'Welke cursus of training zou jou nu echt helpen?',
      ],
      en: [
        'When could you make time to learn something in a normal working week?',
        'What happens here when someone makes a mistake? What do we want to change about that?',
        'Which course or training would really help you right now?',
      ],
    },
  },
  collaboration: {
    strength: {
      nl: "Collega's leren van elkaar, delen wat ze weten en zeggen eerlijk wat beter kan.",
      en: 'Colleagues learn from each other, share what they know and say honestly what could be better.',
    },
    weakSpot: {
      nl: "Collega's leren nog weinig van elkaar. Kennis blijft vaak bij één persoon.",
      en: 'Colleagues learn little from each other so far. Knowledge often stays with one person.',
    },
    questions: {
      nl: [
        'Wie weet iets wat anderen ook zouden moeten weten?',
        "Hoe kunnen we nieuwe collega's beter inwerken?",
        'Wanneer praten we samen over hoe het werk beter kan?',
      ],
      en: [
        'Who knows something that others should know too?',
        'How can we bring new colleagues up to speed better?',
        'When do we talk together about how the work could be done better?',
      ],
    },
  },
  leadership: {
    strength: {
      nl: 'Leidinggevenden vragen wat mensen willen leren, helpen hen verder en leren zelf ook.',
      en: 'Managers ask what people want to learn, help them along and keep learning themselves.',
    },
    weakSpot: {
      nl: 'Leidinggevenden praten nog weinig met mensen over leren en groeien.',
      en: 'Managers rarely talk with people about learning and growing yet.',
    },
    questions: {
      nl: [
        'Wat heb je van je leidinggevende nodig om te groeien in je werk?',
        'Hoe vaak willen we praten over hoe het gaat in je werk, en hoe?',
        'Wat gaat de leidinggevende zelf leren, en hoe laat hij of zij dat zien?',
      ],
      en: [
        'What do you need from your manager to grow in your work?',
        'How often, and how, do we want to talk about how your work is going?',
        'What will the manager learn, and how will they show it?',
      ],
    },
  },
  learning_organisation: {
    strength: {
      nl: 'Leren is goed geregeld: mensen weten wat er kan, en er zijn afspraken en vaste gesprekken.',
      en: 'Learning is well organised: people know what is possible, and there are agreements and regular talks.',
    },
    weakSpot: {
      nl: 'Leren hangt af van toeval. Er zijn weinig afspraken, plannen of vaste momenten.',
      en: 'Learning depends on chance. There are few agreements, plans or set moments.',
    },
    questions: {
      nl: [
        'Welke kennis hebben we over drie jaar nodig die we nu nog missen?',
        'Welke afspraken over leren schrijven we op, en wie zorgt ervoor?',
        'Hoe weet iedereen welke cursussen en regelingen er zijn?',
      ],
      en: [
        'What knowledge will we need in three years that we lack today?',
        'Which agreements about learning do we write down, and who takes care of them?',
        'How does everyone get to know which courses and schemes exist?',
      ],
    },
  },
  outside_connection: {
    strength: {
      nl: 'Het bedrijf leert van klanten, scholen en andere bedrijven, en blijft bij in het vak.',
      en: 'The company learns from customers, schools and other companies, and keeps up with its trade.',
    },
    weakSpot: {
      nl: 'Het bedrijf kijkt weinig naar buiten. Nieuwe kennis uit het vak of van klanten komt moeilijk binnen.',
      en: 'The company looks outward little. New knowledge from the trade or from customers rarely gets in.',
    },
    questions: {
      nl: [
        'Van welke klant of welk ander bedrijf kunnen we iets leren?',
        'Kunnen we samenwerken met een school, bijvoorbeeld met een stagiair?',
        'Welke beurs, vakdag of groep van ondernemers is de moeite waard voor ons?',
      ],
      en: [
        'Which customer or other company could we learn something from?',
        'Could we work with a school, for example by taking on an intern?',
        'Which trade fair, industry day or group of business owners is worth our while?',
      ],
    },
  },
});
