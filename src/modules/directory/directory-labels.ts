import { registerFieldLabels } from '../../server/i18n/messages.js';

/** Names of the directory's input fields in error messages (el/en). */
export function registerDirectoryFieldLabels(): void {
  registerFieldLabels({
    el: {
      organizationId: 'Φορέας',
      alternateName: 'Εναλλακτική ονομασία',
      eligibilityDescription: 'Ποιοι δικαιούνται',
      feesDescription: 'Κόστος',
      applicationProcess: 'Πώς γίνεται η αίτηση',
      requiredDocuments: 'Δικαιολογητικά',
      categories: 'Κατηγορίες',
      languages: 'Γλώσσες',
      locationIds: 'Σημεία εξυπηρέτησης',
      referralEmail: 'E-mail για παραπομπές',
      website: 'Ιστότοπος',
      url: 'Ιστοσελίδα υπηρεσίας',
      shared: 'Κοινόχρηστη καταχώριση',
      opensAt: 'Ώρα έναρξης',
      closesAt: 'Ώρα λήξης',
      byday: 'Ημέρες',
      validTo: 'Ισχύει έως',
      number: 'Αριθμός τηλεφώνου',
      address1: 'Διεύθυνση',
    },
    en: {
      organizationId: 'Organization',
      alternateName: 'Alternate name',
      eligibilityDescription: 'Who can use it',
      feesDescription: 'Costs',
      applicationProcess: 'How to apply',
      requiredDocuments: 'Documents required',
      categories: 'Categories',
      languages: 'Languages',
      locationIds: 'Locations',
      referralEmail: 'E-mail for referrals',
      website: 'Website',
      url: 'Service web page',
      shared: 'Shared entry',
      opensAt: 'Opens at',
      closesAt: 'Closes at',
      byday: 'Days',
      validTo: 'Valid until',
      number: 'Phone number',
      address1: 'Address',
    },
  });
}
