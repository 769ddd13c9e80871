'use client';
// Charts drawn in the browser with recharts (SVG, nothing from another origin). Each chart is a picture
// for sighted users and hidden from screen readers; its data table is always in the page for them, and a
// button shows it to everyone.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { TallyTable } from '../_components/tally-table';

export type Series = { key: string; label: string; color: string };
export type ChartRow = { label: string } & Record<string, number | string>;

type Props = {
  title: string;
  description?: string;
  rows: ChartRow[];
  series: Series[];
  /** Horizontal bars read better for long category lists (languages, states). */
  horizontal?: boolean;
  height?: number;
  /** Width of a horizontal chart's category labels, in pixels (long labels wrap into each other at 150). */
  labelWidth?: number;
};

export function ChartFigure({ title, description, rows, series, horizontal = false, height, labelWidth = 150 }: Props) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const chartHeight = height ?? (horizontal ? Math.max(160, rows.length * 32 + 60) : 300);
  return (
    <figure className="dc-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`} className="margin-bottom-05">
          {title}
        </h3>
        {description && <p className="usa-hint margin-top-0">{description}</p>}
      </figcaption>
      {rows.length === 0 ? (
        <p>Nothing to show yet.</p>
      ) : (
        <div aria-hidden="true" className="dc-chart__canvas">
          <BarChart
            responsive
            style={{ width: '100%', height: chartHeight }}
            data={rows}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={{ top: 8, right: 24, bottom: 8, left: horizontal ? 24 : 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={labelWidth} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" interval={0} />
                <YAxis allowDecimals={false} />
              </>
            )}
            <Tooltip />
            {series.length > 1 && <Legend itemSorter={null} />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </div>
      )}
      <button
        type="button"
        className="usa-button usa-button--unstyled margin-y-1"
        aria-expanded={showTable}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? 'Hide' : 'Show'} the data table
      </button>
      <TallyTable
        caption={title}
        className={showTable ? '' : 'usa-sr-only'}
        headers={['', ...series.map((s) => s.label)]}
        rows={rows.map((r) => ({ label: r.label, values: series.map((s) => Number(r[s.key] ?? 0)) }))}
      />
    </figure>
  );
}
