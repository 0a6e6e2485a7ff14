import { makeStyles, tokens } from '@fluentui/react-components';

/** The Tổng hợp tab's sections and count tables, shared by its parts so they read as one page. */
export const useSummaryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  tables: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& caption': { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'left',
      fontWeight: tokens.fontWeightRegular,
      overflowWrap: 'anywhere',
    },
    '& td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '4em' },
    '& tr:last-child th, & tr:last-child td': { fontWeight: tokens.fontWeightSemibold },
  },
  itemTitle: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere', textAlign: 'left' },
});
