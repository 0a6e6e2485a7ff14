import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { CAPABILITY_API_SET, type Capabilities } from '../excel';
import { fill, type Strings } from './strings';

export type LimitedFeature = 'highlight' | 'merges' | 'dropdowns' | 'freeze' | 'print';

const CAPABILITY_OF: Record<LimitedFeature, keyof Capabilities> = {
  highlight: 'conditionalFormats',
  merges: 'mergedAreas',
  dropdowns: 'dataValidation',
  freeze: 'freezePanes',
  print: 'pageLayout',
};

/**
 * Says plainly which feature this Excel lacks, in the Excel versions people know, and what still
 * works. The ExcelApi set is for whoever supports the user: in the tooltip, not in the sentence.
 */
export function CapabilityNote({ t, feature }: { t: Strings; feature: LimitedFeature }) {
  return (
    <MessageBar intent="warning" layout="multiline" title={fill(t.capabilities.tooltip, { apiSet: CAPABILITY_API_SET[CAPABILITY_OF[feature]] })}>
      <MessageBarBody>
        <MessageBarTitle>{t.capabilities.title}</MessageBarTitle>
        {t.capabilities[feature]}
      </MessageBarBody>
    </MessageBar>
  );
}
