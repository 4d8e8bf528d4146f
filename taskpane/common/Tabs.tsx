import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import {
  Button,
  Overflow,
  OverflowItem,
  Portal,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useT } from "../i18n";

const useStyles = makeStyles({
  // The tabs never wrap and never widen the pane: what does not fit goes into the “更多” menu.
  row: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  bar: { minWidth: 0, overflow: "hidden", flexWrap: "nowrap", flexShrink: 1 },
  // As narrow as its word, so the overflow count leaves it room.
  more: { minWidth: "auto", flexShrink: 0 },
  // The menu of tabs that do not fit: in a portal, so the clipped tab row cannot cut it off.
  menu: {
    position: "fixed",
    zIndex: 1000,
    display: "flex",
    flexDirection: "column",
    minWidth: "8em",
    maxWidth: "calc(100vw - 16px)",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  item: {
    border: "none",
    background: "none",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface TabSpec<T extends string> {
  readonly value: T;
  readonly text: string;
}

/** The id of a tab and of the panel it controls (WAI-ARIA tabs; only the selected tab's panel exists, so only it is named). */
export const tabId = (value: string): string => `jx-tab-${value}`;
export const panelId = (value: string): string => `jx-panel-${value}`;

function MenuEntry<T extends string>({ tab, onSelect }: { tab: TabSpec<T>; onSelect: (v: T) => void }) {
  const styles = useStyles();
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return (
    <button type="button" role="menuitem" tabIndex={-1} className={styles.item} onClick={() => onSelect(tab.value)}>
      {tab.text}
    </button>
  );
}

/** Moves the focus among a menu's items with the arrow keys, Home and End (WAI-ARIA menu pattern). */
function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    key === "ArrowDown"
      ? (at + 1) % items.length
      : key === "ArrowUp"
        ? (at - 1 + items.length) % items.length
        : key === "Home"
          ? 0
          : key === "End"
            ? items.length - 1
            : -1;
  if (next < 0 || items.length === 0) return false;
  items[next].focus();
  return true;
}

/** The 更多 button and its menu of the tabs that do not fit (a small menu of our own: Fluent's brought 170 KB). */
function MoreMenu<T extends string>({ tabs, onSelect }: { tabs: readonly TabSpec<T>[]; onSelect: (v: T) => void }) {
  const t = useT();
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const [at, setAt] = useState<{ top: number; right: number } | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const close = (focusButton: boolean) => {
    setAt(null);
    if (focusButton) ref.current?.focus();
  };
  useEffect(() => {
    if (!at) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !ref.current?.contains(e.target as Node)) setAt(null);
    };
    document.addEventListener("mousedown", outside);
    return () => document.removeEventListener("mousedown", outside);
  }, [at, ref]);
  if (!isOverflowing) return null;
  const open = () => {
    const r = ref.current?.getBoundingClientRect();
    if (r) setAt({ top: r.bottom + 4, right: Math.max(8, window.innerWidth - r.right) });
  };
  const keys = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") close(true);
    else if (e.key === "Tab") close(false);
    else if (moveFocus(e.currentTarget, e.key)) e.preventDefault();
  };
  return (
    <>
      <Button
        appearance="transparent"
        className={styles.more}
        ref={ref}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-label={t("moreTabs", { count: String(overflowCount) })}
        onClick={() => (at ? close(false) : open())}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !at) {
            e.preventDefault();
            open();
          }
        }}
      >
        {t("more")}
      </Button>
      {at && (
        <Portal>
          <div
            role="menu"
            aria-label={t("more")}
            ref={menu}
            className={styles.menu}
            style={{ top: at.top, right: at.right }}
            onKeyDown={keys}
          >
            {tabs.map((tab) => (
              <MenuEntry
                key={tab.value}
                tab={tab}
                onSelect={(v) => {
                  close(false);
                  onSelect(v);
                }}
              />
            ))}
          </div>
        </Portal>
      )}
    </>
  );
}

/** Fluent's TabList (arrow keys move between tabs); tabs that do not fit the pane's width go into a menu. */
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (v: T) => void;
}) {
  const styles = useStyles();
  return (
    // Remounted when the words change (a language switch): the overflow is measured again.
    // The 更多 button sits beside the tab list, not in it: a tablist holds tabs only (WAI-ARIA, axe's aria-required-children).
    <Overflow key={tabs.map((tab) => tab.text).join("|")} minimumVisible={2} padding={8}>
      <div className={styles.row}>
        <TabList
          className={styles.bar}
          aria-label={label}
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(d.value as T)}
        >
          {tabs.map((tab) => (
            <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selected ? 2 : 1}>
              <Tab
                value={tab.value}
                id={tabId(tab.value)}
                aria-controls={tab.value === selected ? panelId(tab.value) : undefined}
              >
                {tab.text}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreMenu tabs={tabs} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}
