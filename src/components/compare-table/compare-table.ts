import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { dataLocaleOf } from '../../base/locale.js';
import { breakable, heading, itemColor, swatchName, valueCell, type Langs } from '../../base/fragments.js';
import { ScrollStop } from '../../base/scroll-stop.js';
import { disclosure, sourceLink } from '../../base/links.js';
import type { Strings } from '../../base/strings.js';
import type { Attribute, Comparison } from '../../schema/comparison.js';
import { attributeRow, type AttributeRow, type Cell } from '../../values/rows.js';
import { styles } from './compare-table.styles.js';
import { stuckLabels, tableBase } from '../../styles/table.js';

/** One attribute, computed once per comparison. */
interface RowView {
  id: string;
  row: AttributeRow;
  /**
   * True when the row shows no difference between the items (hidden by "only
   * differences"); worked out the first time the filter is on.
   */
  same?: boolean;
  /** The row's label and cells as rendered, for the strings they were made with (made once, not per render). */
  view?: { s: Strings; ui: Langs['ui']; label: unknown; unit: unknown; cells: unknown[] };
}

/** One group of rows (the unnamed group, key "", has `label: null`: no group row). */
interface GroupView {
  key: string;
  /** Id of the `<tbody>`, the target of the "Show more" button's `aria-controls`. */
  domId: string;
  /** Id of the group's label cell, or null when the group has no header row. */
  headerId: string | null;
  label: string | null;
  /** Rows shown before "Show N more attributes"; Infinity when the group never collapses. */
  collapseAfter: number;
  rows: RowView[];
}

/** What one render shows of a group. */
interface GroupState {
  expanded: boolean;
  /** Per row: visible now. */
  shown: boolean[];
  /** Per row: waiting behind "Show N more" (on paper it shows: `data-more`, see the styles' `@media print`). */
  behind: boolean[];
  /** Rows that pass the "only differences" filter. */
  matching: number;
  /** Rows behind the "Show N more" button (0 when nothing is collapsed). */
  more: number;
}

/**
 * "Full Comparison": every attribute as a row of one table, items as columns,
 * in the order of `groups` (attributes with no group come first). A group
 * with `collapseAfter` shows that many rows and a "Show N more attributes"
 * button; a "Show only differences" checkbox hides the rows whose values are
 * all the same. The header row and the label column stay in view while the
 * table scrolls inside its own box.
 *
 * What counts as "the same": every item has a value and their shown texts
 * (with any per-value note) are equal once whitespace and case are
 * normalised. A value against a missing one is a difference; a row where every
 * value is missing has nothing to tell apart and counts as the same.
 * With "only differences" on, `collapseAfter` counts the remaining rows.
 *
 * Focus: "Show N more" moves focus to the label of the first revealed row
 * (the rows appear where the button was, so reading continues there);
 * "Show fewer" keeps focus on the button and keeps the button where it was
 * on the screen (the page does not jump).
 *
 * @summary Every attribute of a comparison as one grouped, collapsible table.
 * @attr only-differences - start with (or set) "Show only differences" on; reflects the checkbox.
 * @csspart scroll - the scrolling box around the table (a focusable, labelled region).
 * @csspart table - the `<table>`.
 * @csspart caption - the bar above the table: the heading (the table's name) and the controls (the table's own `<caption>`, the same words, is visually hidden and hidden from screen readers, which read the heading once).
 * @csspart heading - the "Full Comparison" heading.
 * @csspart controls - the box holding the "Show only differences" toggle.
 * @csspart diff-toggle - the `<label>` of the "Show only differences" checkbox.
 * @csspart group - a `<tbody>`, one per group.
 * @csspart group-header - a group's label cell (`<th scope="rowgroup">`).
 * @csspart label-header - the header of the label column ("Attribute").
 * @csspart item-header - a column header naming an item.
 * @csspart row - an attribute row.
 * @csspart label - a row header (attribute label, unit, note and source).
 * @csspart unit - the attribute's unit, under its label.
 * @csspart note - the attribute's note, under its label.
 * @csspart source - the small link to an attribute's source.
 * @csspart disclosure - the affiliate disclosure under the table, when a source is an affiliate link.
 * @csspart value - a value cell; `value winner` on the best one.
 * @csspart value-note - the note of a single value.
 * @csspart winner - the visible "best" marker.
 * @csspart missing - the "—" of a value that is not available.
 * @csspart no-differences - "No differences in this group." when the filter hides every row of a group.
 * @csspart more-button - the "Show N more attributes" / "Show fewer attributes" button.
 * @cssproperty [--compare-table-border-color=var(--compare-color-border)] - table and cell borders.
 * @cssproperty [--compare-table-header-bg=var(--compare-color-subtle)] - header row background.
 * @cssproperty [--compare-table-group-bg=var(--compare-color-subtle)] - group label row background.
 * @cssproperty [--compare-table-winner-bg=var(--compare-color-winner-bg)] - background of the best value.
 * @cssproperty [--compare-table-max-height=none] - a height limit: the table then scrolls inside it with the header row kept in view.
 * @cssproperty [--compare-table-placeholder-height=56rem] - height kept while loading.
 * @event compare-load - data validated and rendered; detail `{ comparison }`.
 * @event compare-error - loading or validation failed; detail `{ kind, message, status?, issues? }`.
 */
export class CompareTable extends CompareElement {
  static override styles = [...CompareElement.styles, tableBase, stuckLabels, styles];
  /** The scroll box is a Tab stop only while it scrolls. */
  readonly #scrollStop = new ScrollStop(this);
  static override properties: PropertyDeclarations = {
    ...CompareElement.properties,
    onlyDifferences: { type: Boolean, reflect: true, attribute: 'only-differences' },
  };
  static override readonly parts = [
    ...CompareElement.parts,
    'scroll', 'table', 'caption', 'heading', 'controls', 'diff-toggle', 'group', 'group-header', 'label-header', 'item-header',
    'row', 'label', 'unit', 'note', 'source', 'value', 'value-note', 'winner', 'missing', 'no-differences', 'more-button', 'disclosure',
  ];

  /** Hide the rows whose values are all the same. */
  declare onlyDifferences: boolean;

  /** Groups and rows of the current comparison (computed when it changes, not per render). */
  #groups: GroupView[] = [];
  #groupsOf: Comparison | undefined = undefined;
  /** The locale the groups were built in ("only differences" compares in it). */
  #locale = 'en';
  /** Keys of the groups the reader expanded. */
  #expanded = new Set<string>();
  /** After an update: focus this row's label (the first one "Show more" revealed). */
  #focusRow: string | null = null;
  /** After an update: keep this button where it was on the screen. */
  #anchor: { button: HTMLElement; top: number } | null = null;

  constructor() {
    super();
    this.onlyDifferences = false;
  }

  protected override isEmpty(c: Comparison): boolean {
    return !c.attributes?.length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.comparison !== this.#groupsOf) {
      // The same comparison again (a store's refresh, a CMS preview): opened groups stay open, so focus stays where it was.
      if (this.comparison?.id !== this.#groupsOf?.id) this.#expanded = new Set();
      this.#groupsOf = this.comparison;
      this.#locale = dataLocaleOf(this, this.comparison);
      this.#groups = this.comparison && this.state === 'ready' ? buildGroups(this.comparison, this.#locale, this.t) : [];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusRow !== null) {
      const th = this.renderRoot.querySelector<HTMLElement>(`tr[data-row="${CSS.escape(this.#focusRow)}"] > th`);
      this.#focusRow = null;
      th?.focus();
    }
    if (this.#anchor) {
      const { button, top } = this.#anchor;
      this.#anchor = null;
      keepInPlace(button, top, this.renderRoot.querySelector<HTMLElement>('.scroll'));
    }
  }

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const cols = c.items.length + 1;
    const langs = this.langs;
    // The table is named by the heading above it, whose words are read once: its <caption> (the contract: a real
    // table), the same words, is for what reads a table without a screen reader (copied, in a reader view), hidden
    // from one (a caption that is not the name is read as the description: twice more).
    return html`
      <div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="title" @focusin=${this.#onFocusIn}>
        <div part="caption" class="caption-inner">
          <div id="title">${heading(s.fullComparison, this.level)}</div>
          <div part="controls" class="controls">
            <label part="diff-toggle" class="toggle">
              <input type="checkbox" .checked=${this.onlyDifferences} @change=${this.#onToggle} />${s.onlyDifferences}
            </label>
          </div>
        </div>
        <table part="table" aria-labelledby="title">
          <caption class="visually-hidden" aria-hidden="true">${s.fullComparison}</caption>
          <thead>
            <tr>
              <th scope="col" part="label-header">${s.attribute}</th>
              ${c.items.map((item, i) => html`<th scope="col" part="item-header" style=${itemColor(item, i)} lang=${langs.data}>${swatchName(item.name)}</th>`)}
            </tr>
          </thead>
          ${this.#groups.map((g) => this.#renderGroup(g, cols, s, langs))}
        </table>
      </div>
      ${c.attributes?.some((a) => a.source?.kind === 'affiliate') ? disclosure(s.affiliateDisclosure) : nothing}
    `;
  }

  /** Which rows of a group are visible now, and how many wait behind the button. */
  #stateOf(g: GroupView): GroupState {
    const expanded = this.#expanded.has(g.key);
    const only = this.onlyDifferences;
    const shown = new Array<boolean>(g.rows.length);
    const behind = new Array<boolean>(g.rows.length);
    let matching = 0;
    for (let i = 0; i < g.rows.length; i++) {
      const passes = !only || !this.#isSame(g.rows[i]!);
      shown[i] = passes && (expanded || matching < g.collapseAfter);
      behind[i] = passes && !shown[i];
      if (passes) matching++;
    }
    return { expanded, shown, behind, matching, more: Math.max(0, matching - g.collapseAfter) };
  }

  /** Whether a row shows no difference (worked out once, when first asked). */
  #isSame(r: RowView): boolean {
    return (r.same ??= allSame(r.row.cells, this.#locale));
  }

  #renderGroup(g: GroupView, cols: number, s: Strings, langs: Langs) {
    const st = this.#stateOf(g);
    return html`<tbody part="group" id=${g.domId} lang=${langs.data}>
      ${g.label === null
        ? nothing
        : html`<tr>
            <th scope="rowgroup" colspan=${cols} part="group-header" class="group-header" id=${g.headerId!} lang=${g.key ? nothing : langs.ui}><span class="stick">${g.label}</span></th>
          </tr>`}
      ${g.rows.map((r, i) => this.#renderRow(r, st.shown[i]!, st.behind[i]!, s, langs.ui))}
      ${st.matching === 0 && g.rows.length > 0
        ? html`<tr>
            <td colspan=${cols} part="no-differences" class="no-differences" lang=${langs.ui}><span class="stick"><bdi>${s.noDifferences}</bdi></span></td>
          </tr>`
        : nothing}
      ${st.more > 0
        ? html`<tr>
            <td colspan=${cols} class="more-cell" lang=${langs.ui}>
              <button
                type="button"
                part="more-button"
                class="more stick"
                aria-expanded=${st.expanded ? 'true' : 'false'}
                aria-controls=${g.domId}
                aria-describedby=${g.headerId ?? nothing}
                @click=${(e: Event) => this.#onMore(g, st, e.currentTarget as HTMLElement)}
              >
                <span class="more-icon" aria-hidden="true"></span>${st.expanded ? s.showFewer : s.showMore(st.more)}
              </button>
            </td>
          </tr>`
        : nothing}
    </tbody>`;
  }

  /**
   * One template per row, the label cell in it (a template per kind of label:
   * alone, with a unit, with more), and one per value cell. The label and the
   * cells are made once per row and strings, and given again as the same
   * values on later renders ("Show more", "only differences").
   */
  #renderRow(r: RowView, shown: boolean, behind: boolean, s: Strings, ui: Langs['ui']) {
    const a = r.row.attribute;
    let v = r.view;
    if (v?.s !== s || v.ui !== ui) {
      v = r.view = {
        s,
        ui,
        label: breakable(a.label),
        unit: a.unit ? breakable(a.unit) : nothing,
        cells: r.row.cells.map((cell) => valueCell(cell, s, ui)),
      };
    }
    if (a.note || a.source) {
      return html`<tr part="row" data-row=${r.id} ?hidden=${!shown} ?data-more=${behind}>
        <th scope="row" part="label" tabindex="-1">
          <span class="label">${v.label}</span>${a.unit ? html`<span part="unit" class="unit">${v.unit}</span>` : nothing}${a.note
            ? html`<span part="note" class="note">${a.note}</span>`
            : nothing}${a.source
            ? sourceLink(a.source)
            : nothing}
        </th>
        ${v.cells}
      </tr>`;
    }
    return a.unit
      ? html`<tr part="row" data-row=${r.id} ?hidden=${!shown} ?data-more=${behind}>
          <th scope="row" part="label" tabindex="-1"><span class="label">${v.label}</span><span part="unit" class="unit">${v.unit}</span></th>
          ${v.cells}
        </tr>`
      : html`<tr part="row" data-row=${r.id} ?hidden=${!shown} ?data-more=${behind}>
          <th scope="row" part="label" tabindex="-1"><span class="label">${v.label}</span></th>
          ${v.cells}
        </tr>`;
  }

  /**
   * A max height makes the box scroll under its header row, which stays in view: what takes the focus there
   * (Shift+Tab back to a "Show more" button, a source link) is brought out from under that row, with room for its
   * ring (WCAG 2.4.11), after the browser's own scrolling and before the frame is painted. (Not scroll-padding:
   * WebKit's focus scrolling does not heed it.)
   */
  #onFocusIn(e: FocusEvent) {
    const box = e.currentTarget as HTMLElement;
    const target = e.target as Element;
    requestAnimationFrame(() => {
      const head = target.closest('tbody') && this.renderRoot.querySelector('thead th');
      const over = head ? head.getBoundingClientRect().bottom + 6 - target.getBoundingClientRect().top : 0;
      if (over > 0) box.scrollTop -= over;
    });
  }

  #onToggle(e: Event) {
    this.onlyDifferences = (e.target as HTMLInputElement).checked;
  }

  #onMore(g: GroupView, st: GroupState, button: HTMLElement) {
    if (st.expanded) {
      this.#expanded.delete(g.key);
      this.#anchor = { button, top: button.getBoundingClientRect().top };
    } else {
      this.#expanded.add(g.key);
      // The first row the button reveals: the matching row right after the collapsed ones.
      const i = g.rows.findIndex((r, i) => !st.shown[i] && (!this.onlyDifferences || !r.same));
      this.#focusRow = i === -1 ? null : g.rows[i]!.id;
    }
    this.requestUpdate();
  }
}

/** Groups in display order: the unnamed group first, then `groups` in order; empty groups left out. */
function buildGroups(c: Comparison, locale: string, s: Strings): GroupView[] {
  const byGroup = new Map<string | null, Attribute[]>();
  const known = new Set((c.groups ?? []).map((g) => g.id));
  for (const a of c.attributes ?? []) {
    const key = a.group !== undefined && known.has(a.group) ? a.group : null;
    let list = byGroup.get(key);
    if (!list) byGroup.set(key, (list = []));
    list.push(a);
  }
  const views: GroupView[] = [];
  const named = (c.groups ?? []).filter((g) => byGroup.has(g.id));
  const ungrouped = byGroup.get(null);
  if (ungrouped) {
    // "One unnamed group, shown first" (the format): no group row, also before named groups.
    views.push({
      key: '',
      domId: 'group--none',
      headerId: null,
      label: null,
      collapseAfter: Infinity,
      rows: ungrouped.map((a) => rowView(a, c, locale)),
    });
  }
  for (const g of named) {
    views.push({
      key: g.id,
      domId: `group-${g.id}`,
      // "_" is in no id of the data: no group's id can make another's label id ("a" and "a-label").
      headerId: `label_group-${g.id}`,
      label: g.label,
      collapseAfter: g.collapseAfter ?? Infinity,
      rows: byGroup.get(g.id)!.map((a) => rowView(a, c, locale)),
    });
  }
  return views;
}

function rowView(a: Attribute, c: Comparison, locale: string): RowView {
  return { id: a.id, row: attributeRow(a, c.items, locale) };
}

/** Every value present and shown alike (whitespace and case aside), or every value missing. */
function allSame(cells: readonly Cell[], locale: string): boolean {
  const present = cells.filter((c) => c.text !== null).length;
  if (present === 0) return true;
  if (present < cells.length) return false;
  const norm = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase(locale);
  const keys = cells.map((c) => `${norm(c.text!)}\u0000${norm(c.note ?? '')}`);
  return keys.every((k) => k === keys[0]);
}

/** Scrolls so that `el` is back at `top` (viewport px): first the table's own box, then the page. */
function keepInPlace(el: HTMLElement, top: number, box: HTMLElement | null): void {
  let delta = el.getBoundingClientRect().top - top;
  if (Math.abs(delta) < 1) return;
  if (box && box.scrollHeight > box.clientHeight && box.contains(el)) {
    const before = box.scrollTop;
    box.scrollTop = before + delta;
    delta -= box.scrollTop - before;
  }
  if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-table': CompareTable;
  }
}
