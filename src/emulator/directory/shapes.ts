// Graph JSON for directory objects.
import type { DirectoryUser, OrgContact } from '../types';

export function userJson(u: DirectoryUser): Record<string, unknown> {
  return {
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
  };
}

export function orgContactJson(c: OrgContact): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.orgContact',
    id: c.id,
    companyName: c.companyName,
    department: null,
    displayName: c.displayName,
    givenName: c.givenName,
    jobTitle: c.jobTitle,
    mail: c.mail,
    mailNickname: c.mail.split('@')[0],
    surname: c.surname,
    addresses: [],
    phones: [],
    proxyAddresses: [`SMTP:${c.mail}`],
  };
}
