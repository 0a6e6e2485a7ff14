import type { ReactNode } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import { useSummaryStyles } from './summaryStyles';

export interface SummaryAccordionItem {
  key: string;
  title: string;
  /** The small line under the title: where the entry is and how many it counts. */
  detail: string;
  panel: ReactNode;
}

/** Entries collapsed to one line each, so a long list of groups or lead units stays readable at 320px. */
export function SummaryAccordion({ items }: { items: SummaryAccordionItem[] }) {
  const styles = useSummaryStyles();
  return (
    <Accordion multiple collapsible>
      {items.map((item) => (
        <AccordionItem key={item.key} value={item.key}>
          <AccordionHeader size="small">
            <span className={styles.itemTitle}>
              <span>{item.title}</span>
              <Text size={200}>{item.detail}</Text>
            </span>
          </AccordionHeader>
          <AccordionPanel>{item.panel}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
