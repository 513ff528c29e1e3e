/**
 * An Outlook appointment in compose mode as an office-addin-mock OfficeMockObject: every setAsync
 * records its value and answers through the callback like Office.js, and a field can be told to
 * fail with Office's error shape.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { fillManifest, readTemplate } from '../../../scripts/appPackage';
import { PERMISSION_DENIED, canWriteItem, outlookPermissionLevel, type OutlookPermissionLevel } from '../../support/outlookPermission';

/** The level the packaged manifest declares: what Outlook would run the add-in at. */
export function manifestPermissionLevel(): OutlookPermissionLevel {
  return outlookPermissionLevel(
    fillManifest(readTemplate(), {
      teamsAppId: '5b0a5e53-4a51-4d0e-9a8f-1c5ad3a1e001',
      clientId: '',
      appOrigin: 'https://lederdialog.contoso.dk',
      version: '0.1.0',
    }),
  );
}

type Callback = (result: { status: string; value?: unknown; error?: { code: number; name: string; message: string } }) => void;

export interface MockOptions {
  /** Fields whose setAsync fails, with the message Office would give. */
  fail?: Partial<Record<'subject' | 'start' | 'end' | 'requiredAttendees' | 'body' | 'location', string>>;
  /** The HTML already in the body (e.g. a Teams meeting Outlook added). */
  body?: string;
  start?: Date;
  /** The add-in's permission level; default the manifest's. Below "read/write item" every setter fails, as in Outlook. */
  permission?: OutlookPermissionLevel;
}

export interface RecordedAppointment {
  subject?: string;
  start?: Date;
  end?: Date;
  requiredAttendees?: unknown[];
  body?: string;
  bodyOptions?: unknown;
  prepended?: string;
  location?: string;
}

export function createAppointmentMock(options: MockOptions = {}) {
  const recorded: RecordedAppointment = {};
  const calls: string[] = [];
  const level = options.permission ?? manifestPermissionLevel();
  const answer = (field: keyof NonNullable<MockOptions['fail']>, callback: Callback, apply: () => void) => {
    calls.push(field);
    if (!canWriteItem(level)) {
      callback({ status: 'failed', error: PERMISSION_DENIED });
      return;
    }
    const message = options.fail?.[field];
    if (message !== undefined) {
      callback({ status: 'failed', error: { code: 9041, name: 'GenericResponseError', message } });
      return;
    }
    apply();
    callback({ status: 'succeeded' });
  };
  const data = {
    host: 'outlook',
    context: {
      mailbox: {
        item: {
          subject: {
            setAsync(value: string, callback: Callback) {
              answer('subject', callback, () => (recorded.subject = value));
            },
          },
          start: {
            getAsync(callback: Callback) {
              callback({ status: 'succeeded', value: options.start ?? new Date(2026, 11, 1, 9, 0) });
            },
            setAsync(value: Date, callback: Callback) {
              answer('start', callback, () => (recorded.start = value));
            },
          },
          end: {
            setAsync(value: Date, callback: Callback) {
              answer('end', callback, () => (recorded.end = value));
            },
          },
          requiredAttendees: {
            setAsync(value: unknown[], callback: Callback) {
              answer('requiredAttendees', callback, () => (recorded.requiredAttendees = value));
            },
          },
          body: {
            getAsync(_coercion: unknown, callback: Callback) {
              callback({ status: 'succeeded', value: options.body ?? '' });
            },
            setAsync(value: string, opts: unknown, callback: Callback) {
              answer('body', callback, () => {
                recorded.body = value;
                recorded.bodyOptions = opts;
              });
            },
            prependAsync(value: string, opts: unknown, callback: Callback) {
              answer('body', callback, () => {
                recorded.prepended = value;
                recorded.bodyOptions = opts;
              });
            },
          },
          location: {
            setAsync(value: string, callback: Callback) {
              answer('location', callback, () => (recorded.location = value));
            },
          },
        },
      },
    },
  };
  const office = new OfficeMockObject(data) as unknown as { context: { mailbox: { item: unknown } } };
  return { office, item: office.context.mailbox.item as never, recorded, calls };
}
