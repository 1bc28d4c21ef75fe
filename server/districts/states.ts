/** US states (and DC) by their postal code, for searching by either. */
const states: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California',
  CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** The names a state is known by, lowercased: its full name and its code. */
export function stateNames(state: string): string[] {
  const trimmed = state.trim();
  const byCode = states[trimmed.toUpperCase()];
  const code = Object.keys(states).find(
    (key) => states[key]?.toLowerCase() === trimmed.toLowerCase(),
  );
  return [trimmed, byCode, code]
    .filter((name): name is string => name !== undefined && name !== '')
    .map((name) => name.toLowerCase());
}

/** Whether a district's state (as stored) is the state asked about. */
export function sameState(stored: string, asked: string): boolean {
  const wanted = new Set(stateNames(asked));
  return stateNames(stored).some((name) => wanted.has(name));
}
