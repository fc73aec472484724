import { Badge, Combobox, createTheme, Fieldset, InputWrapper, Table } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Table: Table.extend({ defaultProps: { verticalSpacing: 'xs', highlightOnHover: true } }),
    // Closed dropdowns are unmounted: a hidden listbox labelled like its input would make every
    // select's label designate two elements (getByLabel must find the input alone).
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // the asterisk of required fields comes from styles.css, outside the label's text
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // in a squeezed table cell a badge keeps its whole text rather than an ellipsis
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    Fieldset: Fieldset.extend({ styles: { legend: { fontWeight: 600 } } }),
  },
});
