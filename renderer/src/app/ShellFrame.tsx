import type { ReactNode } from 'react';
import { OperatorBadge } from './OperatorBadge';

interface ShellFrameProps {
  brand: ReactNode;
  nav: ReactNode;
  operator: string;
  onSwitchOperator: () => void;
  children: ReactNode;
}

/** The top bar (the office, its pages, who is working) over the page: the same for a kelurahan and a Dinsos. */
export function ShellFrame({ brand, nav, operator, onSwitchOperator, children }: ShellFrameProps) {
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>Muskel</strong>
          {brand}
        </div>
        <nav>{nav}</nav>
        <span className="spacer" />
        <OperatorBadge operator={operator} onSwitch={onSwitchOperator} />
      </header>
      <main>{children}</main>
    </div>
  );
}
