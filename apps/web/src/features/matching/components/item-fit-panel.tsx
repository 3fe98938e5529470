import type { Item } from '@groeiwijzer/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { Alert, Button, Loading } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { AskCoachDialog } from '../../referrals/components/ask-coach-dialog';
import { useItemEligibility } from '../hooks/use-item-eligibility';
import { useRecommendations } from '../hooks/use-recommendations';
import { EligibilityList } from './eligibility-list';
import styles from './item-fit-panel.module.css';
import { cx } from '../../../ui/cx';
import pageStyles from '../../../ui/page.module.css';

/** On an item page, for a signed-in owner: per organisation, whether the offer fits it, rule by
 * rule; on a coach, "Vraag hulp" (also before any scan, sharing nothing then). */
export function ItemFitPanel({ item }: { item: Item }) {
  const me = useMe();
  const organisations = me.data?.organisations ?? [];
  if (organisations.length === 0) return null;
  return (
    <>
      {organisations.map((organisation) => (
        <OrganisationFit key={organisation.id} item={item} organisation={organisation} />
      ))}
    </>
  );
}

function OrganisationFit({ item, organisation }: { item: Item; organisation: { id: string; name: string } }) {
  const t = useT();
  const eligibility = useItemEligibility(item.id, organisation.id);
  const isCoach = item.kind === 'coach';
  // The round whose results a request can share: the one the organisation's recommendations use.
  const basis = useRecommendations(organisation.id, {}, isCoach);
  const [asking, setAsking] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const headingId = `item-fit-${organisation.id}`;
  const checksId = `${headingId}-checks`;
  const full = eligibility.data?.checks.some((check) => check.criterion === 'capacity' && check.result === 'fail') ?? false;

  return (
    <section className={cx(pageStyles.panel, styles.fit)} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.eligibility.title', { organisation: organisation.name })}</h2>
      {eligibility.isPending ? (
        <Loading />
      ) : eligibility.isError ? (
        <p>{t('matching.eligibility.loadFailed', { organisation: organisation.name })}</p>
      ) : (
        <>
          <p id={checksId} className={eligibility.data.eligible ? styles.yes : styles.no}>
            {eligibility.data.eligible
              ? t('matching.eligibility.yes', { organisation: organisation.name })
              : t('matching.eligibility.no', { organisation: organisation.name })}
          </p>
          <EligibilityList checks={eligibility.data.checks} variant="full" labelledBy={checksId} />
        </>
      )}
      {isCoach && (
        <div className={styles.ask}>
          {sentTo && (
            <Alert tone="success" focusOnMount>
              <p>
                {t('matching.notices.referralSent', { coach: sentTo })}{' '}
                <Link to={`/organisaties/${encodeURIComponent(organisation.id)}/aanvragen`}>{t('matching.notices.referralsLink')}</Link>
              </p>
            </Alert>
          )}
          {full ? (
            <p>{t('matching.eligibility.full')}</p>
          ) : (
            <Button
              onClick={() => setAsking(true)}
              disabled={basis.isPending}
              aria-label={`${t('matching.card.askHelp')} (${organisation.name})`}
            >
              {t('matching.card.askHelp')}
            </Button>
          )}
          <AskCoachDialog
            id={`ask-coach-${organisation.id}`}
            organisationId={organisation.id}
            coach={asking ? { id: item.id, title: item.title } : null}
            roundId={basis.data?.basedOn.roundId ?? null}
            onClose={() => setAsking(false)}
            onSent={(_referral, coach) => {
              setAsking(false);
              setSentTo(coach.title);
            }}
          />
        </div>
      )}
    </section>
  );
}
