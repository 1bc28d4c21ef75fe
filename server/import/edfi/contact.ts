import type { ImportContext } from './context.ts';
import { codeValue, flag, guardianRelation } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import { required, SkipRecord, studentOf } from './references.ts';

/**
 * Contact.xml: contacts become guardians, and student-contact associations
 * the links that let a guardian see a student. A link is made with portal
 * access; the district can turn it off in the portal.
 */
export const contactInterchange: Interchange = {
  root: 'InterchangeContact',
  records: {
    Contact: contact,
    StudentContactAssociation: link,
  },
  finish: linkWaiting,
};

interface ContactState {
  /** XML id (`PRNT_778393`) to ContactUniqueId, for `ref` references. */
  uniqueIdOfRef: Map<string, string>;
  /** Links that named a contact by `ref` before the contact was read. */
  waiting: XmlElement[];
}

const states = new WeakMap<ImportContext, ContactState>();

function state(context: ImportContext): ContactState {
  let found = states.get(context);
  if (!found) states.set(context, (found = { uniqueIdOfRef: new Map(), waiting: [] }));
  return found;
}

function contact(record: XmlElement, context: ImportContext): void {
  const sourceId = required(record, 'ContactUniqueId');
  const id = context.write('guardian', {
    district_id: context.district,
    source_id: sourceId,
    first_name: required(record, 'Name/FirstName', 'first name'),
    last_name: required(record, 'Name/LastSurname', 'last name'),
    email: personalEmail(record),
  });
  context.guardians.set(sourceId, id);
  const xmlId = record.attributes.id;
  if (xmlId) state(context).uniqueIdOfRef.set(xmlId, sourceId);
  context.report.record('guardians');
}

/** The address the contact marked primary, else a personal one. */
function personalEmail(record: XmlElement): string | null {
  const emails = record.findAll('ElectronicMail');
  const chosen =
    emails.find((e) => flag(e.value('PrimaryEmailAddressIndicator')) === 1) ??
    emails.find((e) => codeValue(e.value('ElectronicMailType')) === 'Home/Personal') ??
    emails[0];
  return chosen?.value('ElectronicMailAddress') ?? null;
}

function link(record: XmlElement, context: ImportContext, lastTry = false): void {
  const studentId = context.student(studentOf(record.find('StudentReference')));
  const reference = record.find('ContactReference');
  const ref = reference?.attributes.ref;
  const uniqueId =
    reference?.value('ContactIdentity/ContactUniqueId') ??
    (ref ? state(context).uniqueIdOfRef.get(ref) : undefined);
  if (!uniqueId) {
    if (ref && !lastTry) {
      state(context).waiting.push(record);
      return;
    }
    throw new SkipRecord(ref ? `unknown contact ${ref}` : 'no ContactReference');
  }
  const guardianId = context.guardians.get(uniqueId);
  if (guardianId === undefined) throw new SkipRecord(`unknown contact ${uniqueId}`);
  context.write('guardian_student', {
    district_id: context.district,
    guardian_id: guardianId,
    student_id: studentId,
    relation: guardianRelation(record.value('Relation')),
    portal_access: 1,
    lives_with: flag(record.value('LivesWith')),
    emergency_contact: flag(record.value('EmergencyContactStatus')),
  });
  context.report.record('guardianLinks');
}

function linkWaiting(context: ImportContext): void {
  const waiting = state(context).waiting.splice(0);
  for (const record of waiting) {
    context.attempt(record, () => link(record, context, true));
  }
}
