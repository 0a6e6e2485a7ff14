import { useSummaryStyles } from './summaryStyles';

export interface CountTableProps {
  caption: string;
  /** Label → count, in the order shown. */
  rows: [label: string, count: number][];
  totalLabel: string;
  total: number;
}

/** A caption, one row per count and a total: every count table of the Tổng hợp tab. */
export function CountTable({ caption, rows, totalLabel, total }: CountTableProps) {
  const styles = useSummaryStyles();
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{count}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{totalLabel}</th>
          <td>{total}</td>
        </tr>
      </tbody>
    </table>
  );
}
