// A progress bar screen readers announce (role progressbar with its value and a text form of it), with the
// same figures written out beside it.
export function ProgressBar({
  id,
  label,
  fraction,
  done,
  total,
  unit = 'notices finished',
}: {
  id: string;
  label: string;
  fraction: number;
  done: number;
  total: number;
  /** What `done` counts, after "of <total>". */
  unit?: string;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
  return (
    <div className="margin-y-2">
      <p id={`${id}-label`} className="margin-bottom-1">
        {label}: <strong>{percent}%</strong> ({done.toLocaleString('en-US')} of {total.toLocaleString('en-US')} {unit})
      </p>
      <div
        className="dc-progress"
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${done} of ${total} ${unit}`}
      >
        <div className="dc-progress__bar" style={{ inlineSize: `${percent}%` }} />
      </div>
    </div>
  );
}
