import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalProps {
  /** The heading's id, which names the dialog. */
  id: string;
  title: string;
  wide?: boolean;
  className?: string;
  /** Escape, or the caller's own close button. */
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog opened as it mounts, named by its heading. */
export function Modal({ id, title, wide = false, className, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={id} onCancel={onClose}>
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}
