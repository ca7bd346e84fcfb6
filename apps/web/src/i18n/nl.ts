/**
 * Every text of the portal, in Dutch, on B1 level: short sentences, common words, say what to do.
 * Components never hold their own text; they take it from here. Functions are for texts with a value in them.
 */
export const nl = {
  app: {
    naam: 'Matchpunt',
    ondertitel: 'Werk voor iedereen in de regio',
    skipLink: 'Ga direct naar de inhoud',
    hoofdmenu: 'Hoofdmenu',
    laden: 'Even geduld, we laden de gegevens…',
    titel: (pagina: string) => `${pagina} – Matchpunt`,
  },
  footer: {
    postcodes: 'Postcodegegevens: GeoNames',
    postcodesLicentie: 'CC BY 4.0',
    toegankelijkheid: 'Werkt iets niet goed voor u? Neem contact op met uw contactpersoon bij het werkgeversservicepunt.',
  },
  rollen: {
    WERKGEVER: 'Werkgever',
    ACCOUNTMANAGER: 'Accountmanager',
    JOBHUNTER: 'Jobhunter',
    WERKCOACH: 'Werkcoach',
    ADMIN: 'Beheerder',
  },
  menu: {
    overzicht: 'Overzicht',
    gebruikerToevoegen: 'Gebruiker toevoegen',
    uitloggen: 'Uitloggen',
    ingelogdAls: (naam: string, rol: string) => `Ingelogd als ${naam} (${rol})`,
    menuOpenen: 'Menu',
  },
  velden: {
    email: 'E-mailadres',
    wachtwoord: 'Wachtwoord',
    nieuwWachtwoord: 'Nieuw wachtwoord',
    herhaalWachtwoord: 'Herhaal het nieuwe wachtwoord',
    naam: 'Naam',
    rol: 'Rol',
  },
  fouten: {
    algemeen: 'Er ging iets mis. Probeer het later opnieuw.',
    geenVerbinding: 'Er is geen verbinding met Matchpunt. Controleer uw internet en probeer het opnieuw.',
    ongeldigeInvoer: 'Niet alle gegevens zijn goed ingevuld. Controleer het formulier.',
    samenvatting: 'Er is een probleem',
    sessieVerlopen: 'U bent uitgelogd omdat u een tijd niets heeft gedaan. Log opnieuw in.',
    geenToegang: 'U heeft geen toegang tot deze pagina.',
    verplicht: (veld: string) => `Vul een ${veld.toLowerCase()} in.`,
    emailOngeldig: 'Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.',
    wachtwoordTeKort: (min: number) => `Het wachtwoord moet minstens ${min} tekens hebben.`,
    wachtwoordenVerschillen: 'De twee wachtwoorden zijn niet hetzelfde.',
  },
  login: {
    titel: 'Inloggen',
    intro: 'Log in met het e-mailadres en wachtwoord van uw account bij Matchpunt.',
    knop: 'Inloggen',
    bezig: 'Bezig met inloggen…',
    vergeten: 'Wachtwoord vergeten?',
    uitgelogd: 'U bent uitgelogd.',
    wachtwoordIngesteld: 'Uw nieuwe wachtwoord is opgeslagen. U kunt nu inloggen.',
  },
  wachtwoordVergeten: {
    titel: 'Wachtwoord vergeten',
    intro: 'Vul uw e-mailadres in. Wij sturen u een e-mail met een link. Met die link kiest u een nieuw wachtwoord.',
    knop: 'Stuur mij een link',
    bezig: 'Bezig met versturen…',
    verstuurd: (email: string) =>
      `Als ${email} bij ons bekend is, krijgt u binnen een paar minuten een e-mail. De link in de e-mail werkt 2 uur. Kijk ook in uw map met ongewenste e-mail.`,
    terug: 'Terug naar inloggen',
  },
  wachtwoordInstellen: {
    titel: 'Nieuw wachtwoord kiezen',
    intro: (min: number) => `Kies een nieuw wachtwoord van minstens ${min} tekens. Een zin van een paar woorden is makkelijk te onthouden en veilig.`,
    knop: 'Wachtwoord opslaan',
    bezig: 'Bezig met opslaan…',
    geenToken: 'Deze link is niet compleet. Open de link uit de e-mail opnieuw, of vraag een nieuwe link aan.',
    nieuweLink: 'Vraag een nieuwe link aan',
  },
  home: {
    welkom: (naam: string) => `Welkom, ${naam}`,
    uwAccount: 'Uw account',
    gemeenten: 'Gemeenten',
    gemeentenIntro: 'Uw organisatie werkt voor deze gemeenten:',
    geenGemeenten: 'Er zijn nog geen gemeenten ingesteld.',
    watKuntU: 'Wat kunt u hier doen?',
    intro: {
      WERKGEVER:
        'Hier vindt u alles voor uw samenwerking met het werkgeversservicepunt: uw vacatures, kandidaten die bij u passen en uw afspraken.',
      ACCOUNTMANAGER:
        'Hier werkt u aan uw werkgevers en kandidaten: u zoekt passend werk, doet voorstellen en volgt ze tot een plaatsing.',
      JOBHUNTER: 'Hier zoekt u kansen voor functiecreatie: taken bij werkgevers die samen een nieuwe baan kunnen worden.',
      WERKCOACH: 'Hier werkt u aan de profielen van uw kandidaten, zodat zij de kans krijgen die bij hen past.',
      ADMIN: 'Hier beheert u de accounts van uw organisatie.',
    },
    nogNiets: 'Er komen hier binnenkort meer onderdelen bij.',
  },
  gebruikerToevoegen: {
    titel: 'Gebruiker toevoegen',
    intro: 'De nieuwe gebruiker krijgt een e-mail met een link om zelf een wachtwoord te kiezen. De link werkt 3 dagen.',
    knop: 'Gebruiker toevoegen',
    bezig: 'Bezig met toevoegen…',
    kiesRol: 'Kies een rol',
    toegevoegd: (naam: string, email: string) => `${naam} is toegevoegd. Er is een e-mail gestuurd naar ${email}.`,
    nogEen: 'Nog een gebruiker toevoegen',
  },
  nietGevonden: {
    titel: 'Pagina niet gevonden',
    tekst: 'Deze pagina bestaat niet (meer). Misschien is de link oud of zit er een typefout in.',
    terug: 'Naar het overzicht',
  },
} as const;

export type Catalogue = typeof nl;
export const t = nl;
