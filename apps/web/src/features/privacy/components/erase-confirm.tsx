import { useState } from 'react';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';

/** A button that asks once more, in a dialog, before an erasure is requested. */
export function EraseConfirm({ id, label, title, text, confirm, busy, onConfirm }: {
  id: string; label: string; title: string; text: string; confirm: string; busy: boolean; onConfirm: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog id={id} open={open} onClose={() => setOpen(false)} title={title}>
        <p>{text}</p>
        <p>
          <Button busy={busy} busyLabel={t('common.saving')} onClick={() => { onConfirm(); setOpen(false); }}>
            {confirm}
          </Button>{' '}
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('privacy.cancel')}
          </Button>
        </p>
      </Dialog>
    </>
  );
}
