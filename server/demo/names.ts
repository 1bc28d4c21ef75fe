/**
 * Made-up names for the demo district. First and last names of several
 * origins are combined at random, so no row stands for a real person; the
 * place names are invented.
 */

export const firstNames = [
  'Amara', 'Mateo', 'Wei', 'Priya', 'Noah', 'Sofia', 'Kenji', 'Fatima',
  'Liam', 'Ayasha', 'Dmitri', 'Leilani', 'Omar', 'Chloe', 'Tomasz', 'Yusuf',
  'Ingrid', 'Kwame', 'Lucia', 'Hana', 'Arjun', 'Nia', 'Elif', 'Santiago',
  'Mei', 'Oskar', 'Zainab', 'Aleksander', 'Ximena', 'Jun', 'Tariq', 'Freya',
  'Ravi', 'Imani', 'Bao', 'Anika', 'Declan', 'Paloma', 'Emeka', 'Saoirse',
  'Joaquin', 'Yuki', 'Malik', 'Astrid', 'Rafael', 'Linh', 'Kofi', 'Greta',
] as const;

export const lastNames = [
  'Okonkwo', 'Castillo', 'Nakamura', 'Lindqvist', 'Haddad', 'Kowalski',
  'Mendoza', 'Chen', 'Patel', 'Brennan', 'Adeyemi', 'Novak', 'Takahashi',
  'Morales', 'Petrov', 'Nguyen', 'Rahman', 'Sullivan', 'Delgado', 'Sorensen',
  'Abernathy', 'Mbeki', 'Fontaine', 'Iwasaki', 'Quintero', 'Varga',
  'Osei', 'Halvorsen', 'Bautista', 'Kaur', 'Dubois', 'Yilmaz',
] as const;

export const middleNames = [
  'James', 'Marie', 'Rose', 'Alexander', 'Grace', 'Lee', 'Jordan', 'Kai',
] as const;

export const district = {
  name: 'Cedar Hollow Unified School District',
  state: 'Illinois',
  city: 'Cedar Hollow',
  /** A reserved domain: mail to it goes nowhere. */
  mailDomain: 'cedarhollow.example',
};

export const streets = [
  'Willow Creek Road', 'Juniper Ridge Drive', 'Alder Park Lane',
  'Stonebrook Avenue', 'Lantern Hill Way', 'Foxglove Street',
] as const;
