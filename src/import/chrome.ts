/**
 * Page furniture copied or saved along with a notice: login boxes, form
 * fields, navigation, "Ota yhteyttä" marketing. Whole lines or whole trailing
 * sections only, so no sentence of the notice is taken for furniture; what is
 * dropped is listed in the report.
 */

const LOGIN =
  /^(login to your account|log ?in|sign in|sign up|register|kirjaudu( sisään)?|logga in|username|user name|password|käyttäjätunnus|salasana|användarnamn|lösenord|remember me|muista minut|kom ihåg mig|forgot (your )?password\??|unohditko salasanasi\??|glömt (ditt )?lösenord(et)?\??)\s*\*?$/i;
const FORM_FIELD = /^[\p{L}][\p{L} -]{1,30}\s?\*$|^\*\s?(pakollinen kenttä|pakollinen tieto|required( field)?|obligatoriskt( fält)?)$/iu;
const NAVIGATION =
  /^(skip to (main )?content|siirry sisältöön|hoppa till (huvud)?innehåll(et)?|menu|main menu|valikko|päävalikko|meny|search|haku|hae|sök|home|etusivu|startsida|hem|back to top|takaisin ylös|till toppen|print|tulosta|skriv ut|breadcrumbs?|murupolku)$/i;
const COOKIE_BANNER =
  /^(accept( all)?( cookies)?|hyväksy( kaikki)?( evästeet)?|acceptera( alla)?( kakor)?|reject( all)?|hylkää( kaikki)?|neka( alla)?|cookie settings|evästeasetukset|kakinställningar)$/i;
const FOOTER =
  /^(©|\(c\)|copyright)\s*\d{4}\b.{0,80}$|^all rights reserved\.?$|^kaikki oikeudet pidätetään\.?$|^alla rättigheter förbehållna\.?$/i;

/** Why a whole line is page furniture, or '' when it is not. */
export function isPageChrome(line: string): string {
  const text = line.trim();
  if (text.length > 80) return '';
  if (LOGIN.test(text)) return 'a login box on the page';
  if (FORM_FIELD.test(text)) return 'a form field on the page';
  if (NAVIGATION.test(text)) return 'navigation on the page';
  if (COOKIE_BANNER.test(text)) return 'a cookie banner button on the page';
  if (FOOTER.test(text)) return 'the page footer';
  return '';
}

const MARKETING_TITLE =
  /^(ota yhteyttä|yhteydenotto(pyyntö)?|kontakta oss|contact us|get in touch|tilaa uutiskirje(emme)?|prenumerera( på vårt nyhetsbrev)?|subscribe( to our newsletter)?|newsletter|uutiskirje|nyhetsbrev|jaa( tämä| sivu)?|dela( sidan)?|share( this( page)?)?|seuraa meitä|följ oss|follow us|palvelua toteuttamassa|lue myös|läs också|read (also|more)|related( articles)?|aiheeseen liittyvät)\s*[!:]?$/i;
const MARKETING_BODY =
  /\?|\bdemo|lomake|lomakkeella|formulär|\bform\b|soittopyyn|uutiskirje|newsletter|nyhetsbrev|pakollinen|required|obligatorisk|spambot|javascript|kiinnostu|haluatko|vill du|would you like|interested|tarjous|offert|\bquote\b/i;

/**
 * True for a trailing section that advertises rather than informs: a
 * marketing heading ("Ota yhteyttä") over sales text or a form.
 */
export function isMarketingSection(title: string, text: string): boolean {
  return MARKETING_TITLE.test(title.trim()) && (MARKETING_BODY.test(text) || !text.trim());
}
