// Names of migrants and refugees as a Greek desk writes them: transliterated into Greek, not
// declined, the same surname for men and women. Weights reflect who comes to an Attica
// Community Center: Albanians far ahead, then Ukrainians (since 2022), Syrians, Afghans,
// Georgians and others.

export interface ForeignOrigin {
  /** ISO 3166-1 alpha-2 code of the nationality recorded. */
  readonly nationality: string;
  readonly weight: number;
  readonly maleNames: readonly string[];
  readonly femaleNames: readonly string[];
  readonly surnames: readonly string[];
  /** Share of people whose papers carry 1 January because the real date is unknown. */
  readonly unknownBirthDayShare: number;
}

// prettier-ignore
export const FOREIGN_ORIGINS: readonly ForeignOrigin[] = [
  {
    nationality: 'AL', weight: 45, unknownBirthDayShare: 0,
    maleNames: ['Αρτάν', 'Γκέντι', 'Ερμάλ', 'Κλοντιάν', 'Λεονάρντ', 'Φατμίρ', 'Μπλεντάρ', 'Ιλίρ', 'Αρμπέν', 'Ντρίτον', 'Σοκόλ', 'Μπεσνίκ'],
    femaleNames: ['Άλμπα', 'Έντα', 'Ντορίνα', 'Μπλερίνα', 'Ελόνα', 'Βαλμίρα', 'Ερμελίντα', 'Ανίλα', 'Ρόζα', 'Λιντιάνα', 'Ελίρα', 'Φλουτούρα'],
    surnames: ['Χότζα', 'Μπέρισα', 'Κόλα', 'Λέκα', 'Ντέμα', 'Σέλμανι', 'Μούκα', 'Χαλίλι', 'Τσέλα', 'Γκίκα', 'Μπάλα', 'Ρούτσι'],
  },
  {
    nationality: 'UA', weight: 12, unknownBirthDayShare: 0,
    maleNames: ['Ολεξάντρ', 'Αντρίι', 'Σεργκίι', 'Βολοντίμιρ', 'Μικόλα', 'Ντμιτρό', 'Γιούρι', 'Ιβάν', 'Ταράς', 'Μπογκντάν'],
    femaleNames: ['Ολένα', 'Ιρίνα', 'Ναταλία', 'Όξανα', 'Τετιάνα', 'Γιούλια', 'Σβιτλάνα', 'Αλίνα', 'Κατερίνα', 'Λιουντμίλα'],
    surnames: ['Κοβαλένκο', 'Σεβτσένκο', 'Μποντάρενκο', 'Κραβτσένκο', 'Μελνίκ', 'Μποΐκο', 'Τκατσένκο', 'Σαβτσένκο', 'Ρουντένκο', 'Λισένκο'],
  },
  {
    nationality: 'SY', weight: 9, unknownBirthDayShare: 0.3,
    maleNames: ['Μοχάμεντ', 'Αχμέντ', 'Άλι', 'Χασάν', 'Ομάρ', 'Χαλίντ', 'Γιούσεφ', 'Ιμπραήμ', 'Μουσταφά', 'Καρίμ'],
    femaleNames: ['Φάτιμα', 'Αΐσα', 'Μαριάμ', 'Λέιλα', 'Ζέιναμπ', 'Αμίρα', 'Νουρ', 'Χίμπα', 'Ράνια', 'Σάρα'],
    surnames: ['Αλ Αχμάντ', 'Χαλίλ', 'Μανσούρ', 'Σαλέχ', 'Ιμπραήμ', 'Χουσεΐν', 'Αμπντουλάχ', 'Αλ Χασάν', 'Ναζάλ', 'Χαμντάν'],
  },
  {
    nationality: 'AF', weight: 9, unknownBirthDayShare: 0.4,
    maleNames: ['Αχμάντ', 'Μοχαμάντ', 'Αμπντούλ', 'Ρεζά', 'Φαρίντ', 'Χαμίντ', 'Ναζίρ', 'Σαφιουλάχ', 'Τζαβάντ', 'Αλί'],
    femaleNames: ['Ζαχρά', 'Μαριάμ', 'Σακίνα', 'Φερεστέ', 'Μασούμα', 'Ναζίλα', 'Σαμπρίνα', 'Χαλιμά', 'Ζαρμίνα', 'Σογκόλ'],
    surnames: ['Χαϊντάρι', 'Αχμαντί', 'Ραχίμι', 'Χουσεϊνί', 'Μοχαμαντί', 'Καρίμι', 'Νούρι', 'Σαφί', 'Αμιρί', 'Ρεζάι'],
  },
  {
    nationality: 'GE', weight: 8, unknownBirthDayShare: 0,
    maleNames: ['Γκιόργκι', 'Ντάβιτ', 'Λέβαν', 'Ζούραμπ', 'Ιράκλι', 'Γκίβι', 'Νίκολοζ', 'Ταμάζ'],
    femaleNames: ['Νίνο', 'Τάμαρ', 'Μάκα', 'Νάνα', 'Κετεβάν', 'Ελένε', 'Μανάνα', 'Νατέλα'],
    surnames: ['Γκελάσβιλι', 'Μαϊσουράτζε', 'Κιπιάνι', 'Τσικλάουρι', 'Λομπζανίτζε', 'Μαμουλάσβιλι', 'Μπεριτζέ', 'Καπανάτζε'],
  },
  {
    nationality: 'BG', weight: 6, unknownBirthDayShare: 0,
    maleNames: ['Ιβάν', 'Γκεόργκι', 'Ντιμιτάρ', 'Στόγιαν', 'Πέταρ', 'Χρίστο'],
    femaleNames: ['Μαρία', 'Ιβάνκα', 'Ράντκα', 'Στέφκα', 'Γκαλίνα', 'Τσβετάνα'],
    surnames: ['Ιβάνοβ', 'Πετρόβ', 'Ντιμιτρόβ', 'Γκεοργκίεβ', 'Στογιάνοβ', 'Τοντόροβ'],
  },
  {
    nationality: 'PK', weight: 4, unknownBirthDayShare: 0.2,
    maleNames: ['Ιμράν', 'Ασίφ', 'Ταρίκ', 'Ζαχίντ', 'Σαλίμ', 'Μπιλάλ'],
    femaleNames: ['Αΐσα', 'Σαΐμα', 'Ναζία', 'Σάμπα', 'Ρουκσάνα', 'Φαριά'],
    surnames: ['Χαν', 'Μαλίκ', 'Μπατ', 'Τσαουντρί', 'Ράνα', 'Ιακμπάλ'],
  },
  {
    nationality: 'EG', weight: 3, unknownBirthDayShare: 0,
    maleNames: ['Μοχάμεντ', 'Μαχμούντ', 'Αμρ', 'Ταρέκ', 'Γουαλίντ', 'Σαμέχ'],
    femaleNames: ['Χέμπα', 'Ντίνα', 'Γιασμίν', 'Μονά', 'Ρίχαμ', 'Ναχλά'],
    surnames: ['Αμπντελραχμάν', 'Χασάν', 'Σαγιέντ', 'Μουσταφά', 'Ελ Σαγιέντ', 'Φαράγκ'],
  },
];
