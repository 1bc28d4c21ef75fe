import { css } from 'lit';

export const calendarStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    margin-top: 1rem;
  }
  .month-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .month-head h2 {
    margin: 0;
    text-align: center;
  }
  .icon {
    min-width: 44px;
    min-height: 44px;
    border-radius: 8px;
    border: 1px solid #6b7280;
    background: #fff;
    color: #111827;
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  /* Still focusable when it cannot move on, so focus is not lost at the year's end. */
  .icon[aria-disabled='true'] {
    border-color: #d1d5db;
    color: #6b7280;
    cursor: default;
  }
  table.month {
    table-layout: fixed;
  }
  .month th {
    text-align: center;
    padding: 0.25rem 0;
    border: 0;
    font-size: 0.75rem;
    color: var(--portal-muted, #4b5563);
    font-weight: 600;
  }
  .month td {
    padding: 2px;
    border: 0;
    text-align: center;
  }
  .month button.day {
    width: 100%;
    min-height: 44px;
    aspect-ratio: 1 / 1;
    max-height: 4.5rem;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.125rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 8px;
    background: transparent;
    color: #111827;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .month button.day:hover {
    background: #eef2ff;
  }
  .month button.off {
    background: #e5e7eb;
    color: #374151;
  }
  .month button.today {
    border-color: var(--portal-primary, #1d4ed8);
    font-weight: 700;
  }
  .month td[aria-selected='true'] button.day {
    background: var(--portal-primary, #1d4ed8);
    border-color: var(--portal-primary, #1d4ed8);
    color: #fff;
  }
  .dots {
    display: flex;
    gap: 3px;
    min-height: 7px;
  }
  .dot {
    display: inline-block;
    width: 7px;
    height: 7px;
    border-radius: 50%;
  }
  .dot.due {
    background: #1d4ed8;
  }
  .dot.attendance {
    background: #b91c1c;
  }
  td[aria-selected='true'] .dot {
    background: #fff;
  }
  .under {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-top: 0.75rem;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 4px;
    background: #e5e7eb;
    border: 1px solid #9ca3af;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid var(--portal-border, #d6dae1);
    margin: 0.75rem 0;
    overflow-x: auto;
  }
  [role='tab'] {
    flex: 1 1 0;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.125rem 0.375rem;
    min-height: 44px;
    padding: 0.5rem 0.25rem;
    border: 0;
    border-bottom: 3px solid transparent;
    background: transparent;
    color: #374151;
    cursor: pointer;
    font-weight: 600;
    font-size: 0.875rem;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--portal-primary, #1d4ed8);
    border-bottom-color: var(--portal-primary, #1d4ed8);
  }
  .count {
    display: inline-block;
    min-width: 1.5rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: #f3f4f6;
    color: #1f2937;
    font-size: 0.75rem;
  }
  ul.rows > li.timed {
    display: grid;
    grid-template-columns: 8.5rem 1fr;
    gap: 0.75rem;
  }
  .when {
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
    font-variant-numeric: tabular-nums;
  }
  .what {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .day-card h2 {
    margin-bottom: 0.25rem;
  }
  @media (min-width: 500px) {
    [role='tab'] {
      font-size: 1rem;
    }
  }
  @media (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
`;
