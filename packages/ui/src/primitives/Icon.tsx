import type { SVGProps } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';

/**
 * The few line icons the kit needs, drawn on a 16px grid with `currentColor`. Decorative:
 * every control that shows one also has a text name.
 */
const paths = {
  check: 'M3.5 8.5l3 3 6-7',
  x: 'M4 4l8 8M12 4l-8 8',
  alert: 'M8 5.5v3.5M8 11.25v.25M7.1 2.6L1.8 12a1 1 0 00.9 1.5h10.6a1 1 0 00.9-1.5L8.9 2.6a1 1 0 00-1.8 0z',
  info: 'M8 7.25V11M8 5v.25M14.5 8a6.5 6.5 0 11-13 0 6.5 6.5 0 0113 0z',
  upload: 'M8 10.5V2.5M5 5.5l3-3 3 3M2.5 10v2.5a1 1 0 001 1h9a1 1 0 001-1V10',
  file: 'M9 1.75H4.5a1 1 0 00-1 1v10.5a1 1 0 001 1h7a1 1 0 001-1V5.25L9 1.75zM9 1.75v3.5h3.5',
  eye: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8zM8 10a2 2 0 100-4 2 2 0 000 4z',
  eyeOff:
    'M2 2l12 12M6.6 3.7A6.9 6.9 0 018 3.5c4.1 0 6.5 4.5 6.5 4.5a11 11 0 01-1.9 2.4M4.3 4.9A11 11 0 001.5 8s2.4 4.5 6.5 4.5a6.7 6.7 0 003.1-.8M6.6 6.6a2 2 0 002.8 2.8',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4',
  refresh: 'M13.5 3v3.5H10M2.5 13V9.5H6M12.9 6.5A5.5 5.5 0 003.3 5M3.1 9.5a5.5 5.5 0 009.6 1.5',
  external: 'M9.5 2.5h4v4M13.5 2.5L7.5 8.5M11.5 9.5v3a1 1 0 01-1 1h-7a1 1 0 01-1-1v-7a1 1 0 011-1h3',
  sparkle: 'M8 1.5l1.6 4.9 4.9 1.6-4.9 1.6L8 14.5l-1.6-4.9L1.5 8l4.9-1.6L8 1.5z',
  chevronRight: 'M6 3.5L10.5 8 6 12.5',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  const sc = useSlotClass();
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-slot="icon"
      data-icon={name}
      {...props}
      className={sc('icon', 'vk-icon', className)}
    >
      <path d={paths[name]} />
    </svg>
  );
}
