import { useLinkboard } from '../../store/store';

/** Messages for the user. Errors are announced as alerts; warnings and information politely. */
export function Notices() {
  const notices = useLinkboard((s) => s.notices);
  const dismiss = useLinkboard((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : undefined}
        >
          <div className="notice-body">
            <strong>{notice.title}</strong>
            {notice.details.length > 0 && (
              <ul>
                {notice.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="notice-dismiss"
            aria-label={`Dismiss: ${notice.title}`}
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
