'use client';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { cx } from './cx.ts';

/** Extra class names by `data-slot`, e.g. `{ 'question-form-option': 'my-option' }`. */
export type SlotClassNames = Readonly<Partial<Record<string, string>>>;

const SlotClassContext = createContext<SlotClassNames>({});

/**
 * Gives every part below a component the host's class for its `data-slot`, so a component's
 * `classNames` prop reaches parts it renders deep inside (options, rows, buttons).
 */
export function SlotClassProvider({
  classNames,
  children,
}: {
  classNames?: SlotClassNames;
  children: ReactNode;
}) {
  const parent = useContext(SlotClassContext);
  const value = useMemo(() => (classNames ? { ...parent, ...classNames } : parent), [parent, classNames]);
  return <SlotClassContext.Provider value={value}>{children}</SlotClassContext.Provider>;
}

/** `sc('question-form-option', 'vk-option')` → the kit's class plus the host's for that slot. */
export function useSlotClass() {
  const classes = useContext(SlotClassContext);
  return useCallback(
    (slot: string, ...base: Array<string | undefined | false>) => cx(...base, classes[slot]),
    [classes],
  );
}

/** Wrap a component so its `classNames` prop is provided to all of its parts. */
export function withSlotClasses<P extends { classNames?: SlotClassNames }>(
  Component: (props: P) => ReactNode,
) {
  function WithSlotClasses(props: P) {
    return (
      <SlotClassProvider classNames={props.classNames}>
        <Component {...props} />
      </SlotClassProvider>
    );
  }
  WithSlotClasses.displayName = Component.name;
  return WithSlotClasses;
}
