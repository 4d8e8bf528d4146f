import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
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
});

export interface TabSpec<T extends string> {
  readonly value: T;
  readonly text: string;
}

/** The id of a tab and of the panel it controls (WAI-ARIA tabs; only the selected tab's panel exists, so only it is named). */
export const tabId = (value: string): string => `jx-tab-${value}`;
export const panelId = (value: string): string => `jx-panel-${value}`;

function MenuEntry<T extends string>({ tab, onSelect }: { tab: TabSpec<T>; onSelect: (v: T) => void }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.value)}>{tab.text}</MenuItem>;
}

function MoreMenu<T extends string>({ tabs, onSelect }: { tabs: readonly TabSpec<T>[]; onSelect: (v: T) => void }) {
  const t = useT();
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" className={styles.more} ref={ref} aria-label={t("moreTabs", { count: String(overflowCount) })}>
          {t("more")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MenuEntry key={tab.value} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** Fluent's TabList (arrow keys move between tabs); tabs that do not fit the pane's width go into a menu. */
export function Tabs<T extends string>({ label, tabs, selected, onSelect }: { label: string; tabs: readonly TabSpec<T>[]; selected: T; onSelect: (v: T) => void }) {
  const styles = useStyles();
  return (
    // Remounted when the words change (a language switch): the overflow is measured again.
    // The 更多 button sits beside the tab list, not in it: a tablist holds tabs only (WAI-ARIA, axe's aria-required-children).
    <Overflow key={tabs.map((tab) => tab.text).join("|")} minimumVisible={2} padding={8}>
      <div className={styles.row}>
        <TabList className={styles.bar} aria-label={label} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as T)}>
          {tabs.map((tab) => (
            <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selected ? 2 : 1}>
              <Tab value={tab.value} id={tabId(tab.value)} aria-controls={tab.value === selected ? panelId(tab.value) : undefined}>
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
