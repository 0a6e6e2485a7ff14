import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from './strings';

export type LimitedFeature = 'highlight' | 'merges' | 'dropdowns' | 'freeze' | 'print';

/** Says plainly which feature needs a newer Excel, with the API set, and what still works. */
export function CapabilityNote({ t, feature }: { t: Strings; feature: LimitedFeature }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.capabilities.title}</MessageBarTitle>
        {t.capabilities[feature]}
      </MessageBarBody>
    </MessageBar>
  );
}
