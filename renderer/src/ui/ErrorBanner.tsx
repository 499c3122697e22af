interface ErrorBannerProps {
  /** The failure's Indonesian text; nothing is shown while there is none. */
  message: string | null;
  /** A whole screen that could not be shown gets the page's padding. */
  page?: boolean;
}

/** The one way the UI shows a failure. */
export function ErrorBanner({ message, page }: ErrorBannerProps) {
  if (message === null) return null;
  return (
    <p className={`${page ? 'page ' : ''}banner banner-error`} role="alert">
      {message}
    </p>
  );
}
