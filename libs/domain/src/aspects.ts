/** The six aspects of the learning-culture model. The keys are stable: they join scan
 * results, catalogue items, matching and insights. */
export const ASPECT_KEYS = [
  'work_content',
  'room_and_safety',
  'collaboration',
  'leadership',
  'learning_organisation',
  'outside_connection',
] as const;

export type AspectKey = (typeof ASPECT_KEYS)[number];

export interface Aspect {
  key: AspectKey;
  nl: string;
  en: string;
}

export const ASPECTS: readonly Aspect[] = [
  { key: 'work_content', nl: 'Inhoud van het werk', en: 'Content of the work' },
  { key: 'room_and_safety', nl: 'Ruimte en veiligheid om te ontwikkelen', en: 'Room and safety to develop' },
  { key: 'collaboration', nl: 'Samenwerken en teamontwikkeling', en: 'Collaboration and team development' },
  { key: 'leadership', nl: 'Leiderschap gericht op ontwikkelen', en: 'Leadership aimed at development' },
  { key: 'learning_organisation', nl: 'Organisatie ingericht op leren', en: 'Organisation set up for learning' },
  { key: 'outside_connection', nl: 'Verbinden met buitenwereld', en: 'Connecting with the outside world' },
];

export function isAspectKey(value: unknown): value is AspectKey {
  return typeof value === 'string' && (ASPECT_KEYS as readonly string[]).includes(value);
}
