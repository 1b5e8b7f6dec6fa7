'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ThreadEvent } from '@vernkit/core';
import { useLayoutEffect } from 'radix-ui/internal';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { useLabelDictionary } from '../labels/useLabelDictionary.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { LiveRegion } from '../primitives/LiveRegion.tsx';
import { Spinner } from '../primitives/Spinner.tsx';
import { useKitContext } from '../provider/KitContext.ts';
import { FeedItemView } from './FeedItemView.tsx';
import { type FeedItem, humanizeTool, toFeedItems } from './feedItems.ts';
import { agentActivityLabels } from './labels.ts';
import { reuseUnchanged } from './reuseUnchanged.ts';
import { useFrameValue } from './useFrameValue.ts';

export interface AgentActivityProps {
  /** The migration's thread (`useThread().events`), oldest first. */
  events: readonly ThreadEvent[];
  /** The run is still working: the latest open step shows as running and a "Working…" line follows the feed. */
  active?: boolean;
  /**
   * Plain-language names for the agent's tools, on top of the built-in ones:
   * `{ read_file: 'Reading your files' }`. Tools without a name are humanized (`map_columns` → "Map columns").
   */
  toolLabels?: Readonly<Record<string, string>>;
  /** Show tool steps (`include=tools`); `false` keeps only statuses, messages and errors. */
  showSteps?: boolean;
  /** Height limit of the scrolling feed; by default the CSS decides. */
  maxHeight?: number | string;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'agent-activity-item': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/** Pixels from the bottom that still count as "at the latest". */
const END_THRESHOLD = 32;

/**
 * The agent's thread as a readable feed, virtualized with `@tanstack/react-virtual` (measured
 * rows, anchored to the end): it follows new items while the reader is at the bottom and stops
 * when they scroll up, with a button back. Only the latest item is announced.
 */
export const AgentActivity = withSlotClasses(function AgentActivity({
  events,
  active = false,
  toolLabels,
  showSteps = true,
  maxHeight,
  className,
}: AgentActivityProps) {
  const sc = useSlotClass();
  const t = useLabels('agentActivity', agentActivityLabels);
  const dictionary = useLabelDictionary('agentActivity', agentActivityLabels) as Record<string, string>;
  const { unstyled } = useKitContext();
  const scrollRef = useRef<HTMLElement>(null);

  const shownEvents = useFrameValue(events);
  const previousItems = useRef<readonly FeedItem[]>([]);
  const items = useMemo(() => {
    const all = toFeedItems(shownEvents, active);
    const next = reuseUnchanged(
      previousItems.current,
      showSteps ? all : all.filter((item) => item.kind !== 'step'),
    );
    previousItems.current = next;
    return next;
  }, [shownEvents, active, showSteps]);

  const toolLabel = useCallback(
    (tool: string) => toolLabels?.[tool] ?? dictionary[`tool_${tool}`] ?? humanizeTool(tool),
    [toolLabels, dictionary],
  );

  const [atEnd, setAtEnd] = useState(true);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === 'message' ? 72 : 32),
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 6,
    // Chat-style anchoring: appended items keep the reader's place, and follow when at the end.
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: END_THRESHOLD,
  });
  // The reader leaves the end only by scrolling up. Following an append scrolls down in steps
  // (estimated sizes first, measured ones next), passing through "not at the end" positions
  // that must not flash the jump button.
  const lastScrollTop = useRef(0);
  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const top = el.scrollTop;
    if (el.scrollHeight - top - el.clientHeight <= END_THRESHOLD) setAtEnd(true);
    else if (top < lastScrollTop.current - 1) setAtEnd(false);
    lastScrollTop.current = top;
  };

  // Open at the latest item, like any activity log.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current || items.length === 0) return;
    opened.current = true;
    virtualizer.scrollToEnd();
  }, [items.length, virtualizer]);

  const announcement = useLatestAnnouncement(items, toolLabel, t);

  const jumpToLatest = () => {
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    virtualizer.scrollToEnd({ behavior: reduce ? 'auto' : 'smooth' });
  };

  const virtualItems = virtualizer.getVirtualItems();
  return (
    <div
      data-slot="agent-activity"
      data-state={active ? 'active' : 'idle'}
      className={sc('agent-activity', 'vk-agent-activity', className)}
    >
      {items.length === 0 ? (
        <p data-slot="agent-activity-empty" className={sc('agent-activity-empty')}>
          {active ? t('working') : t('empty')}
        </p>
      ) : (
        <section
          ref={scrollRef}
          // A scrolling region must be reachable by keyboard to be scrolled by keyboard.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region.
          tabIndex={0}
          aria-label={t('feed')}
          data-slot="agent-activity-scroll"
          className={sc('agent-activity-scroll')}
          onScroll={onScroll}
          style={{
            overflowY: 'auto',
            position: 'relative',
            maxHeight: maxHeight ?? (unstyled ? 320 : undefined),
          }}
        >
          <ol
            data-slot="agent-activity-list"
            className={sc('agent-activity-list')}
            style={{ position: 'relative', height: virtualizer.getTotalSize(), margin: 0 }}
          >
            {virtualItems.map((virtualItem) => {
              const item = items[virtualItem.index] as FeedItem;
              return (
                <li
                  key={virtualItem.key}
                  ref={virtualizer.measureElement}
                  data-index={virtualItem.index}
                  data-slot="agent-activity-item"
                  className={sc('agent-activity-item')}
                  data-kind={item.kind}
                  aria-setsize={items.length}
                  aria-posinset={virtualItem.index + 1}
                  style={{
                    position: 'absolute',
                    top: 0,
                    insetInlineStart: 0,
                    width: '100%',
                    transform: `translateY(${virtualItem.start}px)`,
                  }}
                >
                  <FeedItemView item={item} toolLabel={toolLabel} />
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {active && items.length > 0 ? (
        <p data-slot="agent-activity-working" className={sc('agent-activity-working')}>
          <Spinner />
          {t('working')}
        </p>
      ) : null}
      {!atEnd && items.length > 0 ? (
        <Button
          size="sm"
          variant="secondary"
          data-slot="agent-activity-jump"
          className={sc('agent-activity-jump')}
          onClick={jumpToLatest}
        >
          <Icon name="chevronRight" style={{ transform: 'rotate(90deg)' }} />
          {t('jumpToLatest')}
        </Button>
      ) : null}
      <LiveRegion message={announcement} />
    </div>
  );
});

/** The text of the newest item once it arrives (never the backlog the feed opened with). */
function useLatestAnnouncement(
  items: readonly FeedItem[],
  toolLabel: (tool: string) => string,
  t: ReturnType<typeof useLabels<'agentActivity'>>,
): string {
  const [message, setMessage] = useState('');
  const seen = useRef<string | null | undefined>(undefined);
  const last = items.at(-1);
  const lastKey = last ? `${last.key}:${last.kind === 'step' ? last.state : ''}` : null;
  useEffect(() => {
    if (seen.current === undefined) {
      seen.current = lastKey;
      return;
    }
    if (lastKey === seen.current || !last) return;
    seen.current = lastKey;
    setMessage(describe(last, toolLabel, t));
  }, [lastKey, last, toolLabel, t]);
  return message;
}

function describe(
  item: FeedItem,
  toolLabel: (tool: string) => string,
  t: ReturnType<typeof useLabels<'agentActivity'>>,
): string {
  const clipped = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
  switch (item.kind) {
    case 'status':
    case 'message':
      return clipped(item.text);
    case 'step': {
      const state = { running: '', done: t('stepDone'), failed: t('stepFailed'), ended: t('stepEnded') }[
        item.state
      ];
      return state ? `${toolLabel(item.tool)}: ${state}` : toolLabel(item.tool);
    }
    case 'error':
      return clipped(item.text ?? t('errorFallback'));
    case 'milestone':
      return t(`milestone_${item.milestone}`);
  }
}
