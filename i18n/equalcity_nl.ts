<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="63"/>
        <source>Point to your lan&amp;guage</source>
        <translation>Wijs uw &amp;taal aan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="65"/>
        <source>Full screen: 28 languages, each in its own script, for a client to point at; you see which one</source>
        <translation>Volledig scherm: 28 talen, elk in het eigen schrift, om door een cliënt te laten aanwijzen; u ziet welke</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="67"/>
        <source>&amp;Key phrases for the client…</source>
        <translation>&amp;Kernzinnen voor de cliënt…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="69"/>
        <source>Short sentences in the client&apos;s language (Arabic, Farsi, Tigrinya, ...), one at a time, full screen</source>
        <translation>Korte zinnen in de taal van de cliënt (Arabisch, Farsi, Tigrinya, ...), één per keer, volledig scherm</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27"/>
        <source>Quick exit</source>
        <translation>Snel verlaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28"/>
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation>Maak het scherm meteen leeg en minimaliseer het venster (of druk drie keer op Shift)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32"/>
        <source>Go to the search box</source>
        <translation>Naar het zoekvak</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33"/>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35"/>
        <source>Save the open page as a PDF</source>
        <translation>De open pagina als pdf opslaan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37"/>
        <source>Print the open page</source>
        <translation>De open pagina afdrukken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38"/>
        <source>Save the &amp;glossary as PDF…</source>
        <translation>De &amp;woordenlijst als pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39"/>
        <source>Every term of the glossary in the content language, as a PDF</source>
        <translation>Alle termen van de woordenlijst in de taal van de inhoud, als pdf</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="41"/>
        <source>Print the glossary…</source>
        <translation>De woordenlijst afdrukken…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42"/>
        <source>Print every term of the glossary</source>
        <translation>Alle termen van de woordenlijst afdrukken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43"/>
        <source>Save the &amp;contacts list as PDF…</source>
        <translation>De &amp;contactenlijst als pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="44"/>
        <source>Every contact in effect, with this office&apos;s own, as a PDF</source>
        <translation>Alle contacten die nu gelden, ook die van deze dienst, als pdf</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46"/>
        <source>Print the contacts list…</source>
        <translation>De contactenlijst afdrukken…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47"/>
        <source>Print every contact in effect</source>
        <translation>Alle contacten die nu gelden afdrukken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48"/>
        <source>&amp;Local contacts…</source>
        <translation>&amp;Lokale contacten…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49"/>
        <source>This office&apos;s referral contacts: add, edit, hide, import and export</source>
        <translation>Contacten van deze dienst voor doorverwijzing: toevoegen, bewerken, verbergen, importeren en exporteren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51"/>
        <source>Con&amp;tent packs…</source>
        <translation>&amp;Inhoudspakketten…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="52"/>
        <source>Import a content pack (for example from a USB stick), see the installed ones, remove one</source>
        <translation>Een inhoudspakket importeren (bijvoorbeeld van een usb-stick), de geïnstalleerde pakketten bekijken, een pakket verwijderen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="54"/>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="55"/>
        <source>Show this module or document on the projector, from the first slide, with a presenter console</source>
        <translation>Deze module of dit document op de projector tonen, vanaf de eerste dia, met een presentatorweergave</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="57"/>
        <source>Present from the &amp;current slide</source>
        <translation>Presenteren vanaf de &amp;huidige dia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="59"/>
        <source>Go on from the slide where the last show ended</source>
        <translation>Verdergaan vanaf de dia waar de vorige presentatie stopte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="60"/>
        <source>Show to c&amp;lient…</source>
        <translation>Aan de &amp;cliënt tonen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="61"/>
        <source>Show this card large on the whole screen, in the language you choose for the client</source>
        <translation>Deze kaart groot op het hele scherm tonen, in de taal die je voor de cliënt kiest</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="71"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="72"/>
        <source>Back to the previous page</source>
        <translation>Terug naar de vorige pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="73"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="75"/>
        <source>Forward to the next page</source>
        <translation>Vooruit naar de volgende pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="76"/>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="77"/>
        <source>Show all situations</source>
        <translation>Alle situaties tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="78"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="80"/>
        <source>Make the text larger</source>
        <translation>De tekst groter maken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="81"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="83"/>
        <source>Make the text smaller</source>
        <translation>De tekst kleiner maken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="84"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="85"/>
        <source>Reset the text size</source>
        <translation>De tekstgrootte herstellen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="86"/>
        <source>&amp;Using this app</source>
        <translation>&amp;Deze app gebruiken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="88"/>
        <source>How to find a card fast, and quick exit</source>
        <translation>Hoe je snel een kaart vindt, en snel verlaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="89"/>
        <source>S&amp;ources</source>
        <translation>&amp;Bronnen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="90"/>
        <source>Every source behind the text of this app</source>
        <translation>Alle bronnen achter de tekst van deze app</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="91"/>
        <source>&amp;About Equalcity</source>
        <translation>&amp;Over Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="92"/>
        <source>Who made the toolkits, and what this app is</source>
        <translation>Wie de toolkits maakte, en wat deze app is</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="94"/>
        <source>Close Equalcity</source>
        <translation>Equalcity sluiten</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/audience.py" line="42"/>
        <source>Slide %1 of %2</source>
        <translation>Dia %1 van %2</translation>
    </message>
</context>
<context>
    <name>ClientChoice</name>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="56"/>
        <source>Show to the client</source>
        <translation>Aan de cliënt tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="62"/>
        <source>Language for the client</source>
        <translation>Taal voor de cliënt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="63"/>
        <source>Only what you can say</source>
        <translation>Alleen wat je kunt zeggen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="65"/>
        <source>The whole card</source>
        <translation>De hele kaart</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="73"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="87"/>
        <source>Press Esc to close the full-screen view.</source>
        <translation>Druk op Esc om de weergave op volledig scherm te sluiten.</translation>
    </message>
</context>
<context>
    <name>ClientLanguages</name>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="55"/>
        <source>Not yet checked by a native speaker.</source>
        <translation>Nog niet nagekeken door iemand met deze moedertaal.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="57"/>
        <source>Checked by %1 on %2.</source>
        <translation>Nagekeken door %1 op %2.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="120"/>
        <source>Text for the client</source>
        <translation>Tekst voor de cliënt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="119"/>
        <source>Esc: close</source>
        <translation>Esc: sluiten</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="48"/>
        <source>Replace a bundled contact</source>
        <translation>Een meegeleverd contact vervangen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="49"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="52"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="54"/>
        <source>Helps with</source>
        <translation>Helpt bij</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="62"/>
        <source>&amp;Helps with:</source>
        <translation>&amp;Helpt bij:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="63"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="64"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="65"/>
        <source>Website (shown as text)</source>
        <translation>Website (wordt als tekst getoond)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="66"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="67"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="68"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="69"/>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="70"/>
        <source>Opening ho&amp;urs:</source>
        <translation>Openings&amp;uren:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="72"/>
        <source>Languages spoken, separated by commas</source>
        <translation>Gesproken talen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="73"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Gesproken talen:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="75"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="82"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="84"/>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="85"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="92"/>
        <source>Last chec&amp;ked:</source>
        <translation>Laatst nage&amp;keken:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="93"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="94"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="99"/>
        <source>Write in your own words, in one language: the entry is shown as written whatever content language is chosen.</source>
        <translation>Schrijf in je eigen woorden, in één taal: wat je invult, wordt getoond zoals je het schreef, welke taal van de inhoud er ook gekozen is.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="143"/>
        <source>Give the organisation&apos;s name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="145"/>
        <source>Tick at least one thing it helps with.</source>
        <translation>Vink bij &apos;Helpt bij&apos; minstens één onderwerp aan.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="147"/>
        <source>Give a phone number, a website or an address.</source>
        <translation>Vul een telefoonnummer, een website of een adres in.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="149"/>
        <source>The phone number may hold only digits, spaces, + ( ) . / and -.</source>
        <translation>Het telefoonnummer mag alleen cijfers, spaties, + ( ) . / en - bevatten.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="151"/>
        <source>The website must be one address without spaces.</source>
        <translation>De website moet één adres zijn, zonder spaties.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="63"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="89"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="65"/>
        <source>Everyone who uses this PC sees these contacts. Your own entries are shown as you wrote them in every content language. The bundled contacts can be hidden or replaced, not changed.</source>
        <translation>Iedereen die deze pc gebruikt, ziet deze contacten. Je eigen contacten worden in elke taal van de inhoud getoond zoals je ze schreef. De meegeleverde contacten kun je verbergen of vervangen, maar niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="71"/>
        <source>Filter by name, phone or notes</source>
        <translation>Filteren op naam, telefoon of notities</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="72"/>
        <source>Filter contacts</source>
        <translation>Contacten filteren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="76"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="93"/>
        <source>Helps with</source>
        <translation>Helpt bij</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="77"/>
        <source>Helps with anything</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="80"/>
        <source>Show hidden &amp;bundled contacts</source>
        <translation>Verbor&amp;gen meegeleverde contacten tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="81"/>
        <source>Show hidden bundled contacts</source>
        <translation>Verborgen meegeleverde contacten tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="92"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="92"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="93"/>
        <source>Phone or website</source>
        <translation>Telefoon of website</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="94"/>
        <source>Last checked</source>
        <translation>Laatst nagekeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="96"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="110"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="111"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="228"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="229"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="231"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="112"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="228"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="229"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="113"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="114"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="172"/>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="174"/>
        <source>%1 (replaces a bundled contact)</source>
        <translation>%1 (vervangt een meegeleverd contact)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="175"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="177"/>
        <source>%1 – check this</source>
        <translation>%1 – nakijken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="230"/>
        <source>&amp;Replace…</source>
        <translation>Ve&amp;rvangen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="230"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="231"/>
        <source>&amp;Show again</source>
        <translation>&amp;Opnieuw tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="305"/>
        <source>Delete your version of “%1”? The bundled contact comes back.</source>
        <translation>Je eigen versie van “%1” verwijderen? Het meegeleverde contact komt dan terug.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="307"/>
        <source>Delete “%1” for everyone on this PC?</source>
        <translation>“%1” verwijderen voor iedereen op deze pc?</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="309"/>
        <source>Delete contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="319"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="320"/>
        <source>Contacts (*.csv *.json)</source>
        <translation>Contacten (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="344"/>
        <source>Contacts added: %1; changed: %2.</source>
        <translation>Contacten toegevoegd: %1, gewijzigd: %2.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="350"/>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="351"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV voor spreadsheets (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="363"/>
        <source>There are no contacts of this office to export yet.</source>
        <translation>Er zijn nog geen contacten van deze dienst om te exporteren.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="370"/>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="373"/>
        <source>Contacts exported to %2: %1.</source>
        <translation>Contacten geëxporteerd: %1 (naar %2).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="133"/>
        <source>Loading the toolkits…</source>
        <translation>De toolkits worden geladen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="135"/>
        <source>Type in the search box, or choose a situation:</source>
        <translation>Typ in het zoekvak, of kies een situatie:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="136"/>
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="188"/>
        <source>How things work in each country</source>
        <translation>Zo werkt het in elk land</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="173"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="175"/>
        <source>%1: %2 to add, %3 to change, %4 skipped. Nothing is written until you choose Import.</source>
        <translation>%1: %2 toe te voegen, %3 te wijzigen, %4 overgeslagen. Er wordt niets opgeslagen tot je op Importeren klikt.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="185"/>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="186"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="186"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="187"/>
        <source>Organisation and reason</source>
        <translation>Organisatie en reden</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="190"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="192"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="193"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="195"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="206"/>
        <source>Columns not used: %1</source>
        <translation>Niet gebruikte kolommen: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="212"/>
        <source>The first %1 lines are listed.</source>
        <translation>Alleen de eerste %1 regels staan in de lijst.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="215"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="72"/>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="76"/>
        <source>Keys during a show</source>
        <translation>Toetsen tijdens een presentatie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="77"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="77"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="144"/>
        <source>Click or press Enter on a language. Esc: close</source>
        <translation>Klik of druk op Enter op een taal. Esc: sluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="145"/>
        <source>Point to your language</source>
        <translation>Wijs uw taal aan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="163"/>
        <source>The client pointed at: %1</source>
        <translation>De cliënt wees deze taal aan: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="19"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="326"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="327"/>
        <source>Content language:</source>
        <translation>Taal van de inhoud:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="328"/>
        <source>Content language</source>
        <translation>Taal van de inhoud</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="329"/>
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation>De taal van de kaarten en toolkits; de menu&apos;s houden hun eigen taal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="331"/>
        <location filename="../equalcity_desktop/ui/main_window.py" line="352"/>
        <source>Quick exit</source>
        <translation>Snel verlaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="333"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="334"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="336"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="337"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Taal van de menu&apos;s</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="339"/>
        <source>Save as PDF &amp;beside another language</source>
        <translation>Als pdf opslaan &amp;naast een andere taal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="340"/>
        <source>&amp;Colours</source>
        <translation>K&amp;leuren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="341"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="341"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="342"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="342"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="345"/>
        <source>Clear the screen when &amp;unused</source>
        <translation>Scherm leegmaken bij &amp;inactiviteit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="348"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="349"/>
        <source>After %n minutes without input</source>
        <translation>
            <numerusform>Na %n minuut zonder activiteit</numerusform>
            <numerusform>Na %n minuten zonder activiteit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="350"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="351"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="371"/>
        <source>pack: %1</source>
        <translation>pakket: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="373"/>
        <source>found in %1</source>
        <translation>gevonden in het %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="453"/>
        <source>The toolkits could not be opened: %1</source>
        <translation>De toolkits konden niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="505"/>
        <source>This page is not available in this library.</source>
        <translation>Deze pagina is niet beschikbaar in deze bibliotheek.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="512"/>
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Dit adres openen in je webbrowser?

%1

Equalcity zelf gaat nooit online.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="525"/>
        <location filename="../equalcity_desktop/ui/main_window.py" line="621"/>
        <source>Open a card or a page first.</source>
        <translation>Open eerst een kaart of een pagina.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="25"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="26"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="35"/>
        <source>The PDF could not be saved: %1</source>
        <translation>De pdf kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="599"/>
        <source>Open a training module or a document first, then press Present.</source>
        <translation>Open eerst een vormingsmodule of een document en klik dan op Presenteren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="767"/>
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation>
            <numerusform>%n inhoudsbestand had een probleem en werd overgeslagen; al de rest is er.</numerusform>
            <numerusform>%n inhoudsbestanden hadden problemen en werden overgeslagen; al de rest is er.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="775"/>
        <source>These content files were skipped:</source>
        <translation>Deze inhoudsbestanden werden overgeslagen:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="781"/>
        <source>The About page is missing from this library.</source>
        <translation>De pagina &apos;Over&apos; ontbreekt in deze bibliotheek.</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="33"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="53"/>
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="65"/>
        <source>Toolkits</source>
        <translation>Toolkits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="73"/>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="108"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="87"/>
        <source> (check this)</source>
        <translation> (nakijken)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="62"/>
        <source>Country guides</source>
        <translation>Landengidsen</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="34"/>
        <source>Overview of all slides</source>
        <translation>Overzicht van alle dia&apos;s</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="38"/>
        <source>All slides</source>
        <translation>Alle dia&apos;s</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="126"/>
        <source>Content packs</source>
        <translation>Inhoudspakketten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="127"/>
        <source>Packs add content to this PC, for example a city&apos;s own cards. Import one from a file, such as on a USB stick.</source>
        <translation>Pakketten voegen inhoud toe aan deze pc, bijvoorbeeld de eigen kaarten van een stad. Importeer een pakket uit een bestand, bijvoorbeeld op een usb-stick.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Pack</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="130"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="131"/>
        <source>Installed content packs</source>
        <translation>Geïnstalleerde inhoudspakketten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="132"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="133"/>
        <source>Import from file…</source>
        <translation>Importeren uit bestand…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="134"/>
        <source>Import a content pack from a file</source>
        <translation>Een inhoudspakket uit een bestand importeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="135"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="136"/>
        <source>Remove the selected pack</source>
        <translation>Het geselecteerde pakket verwijderen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="137"/>
        <source>Yes, remove it</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="138"/>
        <source>Confirm removing the pack</source>
        <translation>Verwijderen van het pakket bevestigen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="139"/>
        <source>Trusted keys…</source>
        <translation>Vertrouwde sleutels…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="140"/>
        <source>Manage the keys this PC trusts</source>
        <translation>Beheer de sleutels die deze pc vertrouwt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="142"/>
        <source>Do not install this pack</source>
        <translation>Dit pakket niet installeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="144"/>
        <source>What the pack contains</source>
        <translation>Wat het pakket bevat</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="191"/>
        <source>Import a content pack</source>
        <translation>Een inhoudspakket importeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="192"/>
        <source>Content packs (*.zip)</source>
        <translation>Inhoudspakketten (*.zip)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="200"/>
        <source>Checking the pack…</source>
        <translation>Het pakket wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="227"/>
        <source>The pack was not installed: %1.</source>
        <translation>Het pakket werd niet geïnstalleerd: %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="230"/>
        <source>situation cards</source>
        <translation>situatiekaarten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="230"/>
        <source>sections</source>
        <translation>toolkitdelen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="231"/>
        <source>training modules</source>
        <translation>vormingsmodules</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="231"/>
        <source>posters</source>
        <translation>affiches</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="232"/>
        <source>glossary terms</source>
        <translation>termen uit de woordenlijst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="232"/>
        <source>pages</source>
        <translation>pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="233"/>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="236"/>
        <source>“%1”, version %2</source>
        <translation>“%1”, versie %2</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="238"/>
        <source>Languages: %1</source>
        <translation>Talen: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="240"/>
        <source>Contains: %1</source>
        <translation>Bevat: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="242"/>
        <source>Signed by “%1” (key %2), a key this PC trusts.</source>
        <translation>Ondertekend door “%1” (sleutel %2), een sleutel die deze pc vertrouwt.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="245"/>
        <source>Warning: signed with a key this PC does not trust (key %1). Nothing shows that it comes from your office.</source>
        <translation>Let op: ondertekend met een sleutel die deze pc niet vertrouwt (sleutel %1). Niets toont dat het pakket van uw dienst komt.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="249"/>
        <source>Warning: not signed. Nothing shows who made this pack or that nobody changed it.</source>
        <translation>Let op: niet ondertekend. Niets toont wie dit pakket maakte of dat niemand het veranderde.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="252"/>
        <source>Version %1 is installed, which is newer. Installing this pack replaces it with the older version.</source>
        <translation>Versie %1 is al geïnstalleerd, en die is nieuwer. Als je dit pakket installeert, wordt ze vervangen door de oudere versie.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="255"/>
        <source>Replace with the older version</source>
        <translation>Vervangen door de oudere versie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="257"/>
        <source>Replaces the installed version %1.</source>
        <translation>Vervangt de geïnstalleerde versie %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="259"/>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="261"/>
        <source>Install</source>
        <translation>Installeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="274"/>
        <source>Install a pack nobody vouches for?</source>
        <translation>Een pakket installeren waar niemand voor instaat?</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="275"/>
        <source>No key this PC trusts signed this pack. Once installed, its cards, contacts and terms appear in the app beside the bundled guidance, and nothing shows who wrote them or whether someone changed them on the way. Install it only if you know where it came from.</source>
        <translation>Geen sleutel die deze pc vertrouwt, ondertekende dit pakket. Eens geïnstalleerd verschijnen de kaarten, contacten en termen ervan in de app naast de meegeleverde inhoud, en niets toont wie ze schreef of dat iemand ze onderweg veranderde. Installeer het alleen als u weet waar het vandaan komt.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="281"/>
        <source>Install anyway</source>
        <translation>Toch installeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="284"/>
        <source>Install the unsigned pack anyway</source>
        <translation>Het niet-ondertekende pakket toch installeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="314"/>
        <source>Installed “%1”, version %2.</source>
        <translation>“%1”, versie %2, is geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="326"/>
        <source>Nothing was installed.</source>
        <translation>Er werd niets geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="337"/>
        <source>Remove “%1”? Its content leaves the app on this PC; you can import it again later.</source>
        <translation>“%1” verwijderen? De inhoud ervan verdwijnt uit de app op deze pc; je kunt het pakket later opnieuw importeren.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="350"/>
        <source>The pack was not removed: %1.</source>
        <translation>Het pakket werd niet verwijderd: %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="352"/>
        <source>The pack was removed.</source>
        <translation>Het pakket werd verwijderd.</translation>
    </message>
</context>
<context>
    <name>PhraseChoice</name>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="53"/>
        <source>Key phrases for the client</source>
        <translation>Kernzinnen voor de cliënt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="69"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="76"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Taal van de cliënt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="82"/>
        <source>Use these phrases only until an interpreter is there. Arrow keys: next and previous phrase; Esc: close.</source>
        <translation>Gebruik deze zinnen alleen tot er een tolk is. Pijltjestoetsen: volgende en vorige zin; Esc: sluiten.</translation>
    </message>
</context>
<context>
    <name>PhraseView</name>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="171"/>
        <source>Text for the client</source>
        <translation>Tekst voor de cliënt</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="171"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="171"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="172"/>
        <source>Black</source>
        <translation>Zwart</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="172"/>
        <source>White</source>
        <translation>Wit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="173"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="237"/>
        <source>Pause timer</source>
        <translation>Timer pauzeren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="173"/>
        <source>Reset timer</source>
        <translation>Timer op nul zetten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="174"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="174"/>
        <source>Swap screens</source>
        <translation>Schermen wisselen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="175"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="175"/>
        <source>End show</source>
        <translation>Presentatie beëindigen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="180"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="187"/>
        <source>Now on screen</source>
        <translation>Nu op het scherm</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="181"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="188"/>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="182"/>
        <source>Notes in</source>
        <translation>Notities in</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="183"/>
        <source>Language of the trainer notes</source>
        <translation>Taal van de notities voor de trainer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="184"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="185"/>
        <source>Step plan</source>
        <translation>Stappenplan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="186"/>
        <source>Trainer notes</source>
        <translation>Notities voor de trainer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="189"/>
        <source>Time since the start</source>
        <translation>Tijd sinds de start</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="190"/>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="196"/>
        <source>%1. %2 (%3 min, from %4 min)</source>
        <translation>%1. %2 (%3 min, vanaf %4 min)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="219"/>
        <source>No notes for this slide.</source>
        <translation>Geen notities bij deze dia.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="225"/>
        <source>Slide %1 of %2</source>
        <translation>Dia %1 van %2</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="230"/>
        <source>black screen</source>
        <translation>zwart scherm</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="232"/>
        <source>white screen</source>
        <translation>wit scherm</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="236"/>
        <source>Resume timer</source>
        <translation>Timer hervatten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="253"/>
        <source>Planned: no timed steps for this document</source>
        <translation>Planning: dit document heeft geen stappen met een tijdsduur</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="257"/>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="259"/>
        <source>%1 of %2 min</source>
        <translation>%1 van %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/show/console.py" line="263"/>
        <source>over time by %n min</source>
        <translation>
            <numerusform>%n min langer dan gepland</numerusform>
            <numerusform>%n min langer dan gepland</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="265"/>
        <source>almost at the planned time</source>
        <translation>geplande tijd bijna bereikt</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="267"/>
        <source>on time</source>
        <translation>op schema</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="268"/>
        <source>] next step, [ previous step</source>
        <translation>] volgende stap, [ vorige stap</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="117"/>
        <source>Search: a situation, a word, a question…</source>
        <translation>Zoek: een situatie, een woord, een vraag…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="118"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="120"/>
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>De resultaten verschijnen terwijl je typt. Druk op pijl-omlaag om naar de resultaten te gaan.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="121"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="122"/>
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Niets gevonden voor deze woorden. Probeer minder of andere woorden, of blader door de situaties.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="124"/>
        <source>Search everything again</source>
        <translation>Opnieuw overal zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="134"/>
        <source>for:</source>
        <translation>voor:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="125"/>
        <source>Open the glossary</source>
        <translation>De woordenlijst openen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="126"/>
        <source>Search in toolkit</source>
        <translation>Zoeken in toolkit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="127"/>
        <source>Search for</source>
        <translation>Zoeken naar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="146"/>
        <source>All toolkits</source>
        <translation>Alle toolkits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="150"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="151"/>
        <source>Situation cards</source>
        <translation>Situatiekaarten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="152"/>
        <source>Toolkit sections</source>
        <translation>Toolkitdelen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="153"/>
        <source>Training</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="154"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="155"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="194"/>
        <source>Did you mean %1?</source>
        <translation>Bedoelde je %1?</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/show.py" line="121"/>
        <source>Reset the timer to zero?</source>
        <translation>De timer op nul zetten?</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="25"/>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="27"/>
        <source>Previous slide</source>
        <translation>Vorige dia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="28"/>
        <source>First slide</source>
        <translation>Eerste dia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="29"/>
        <source>Last slide</source>
        <translation>Laatste dia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="31"/>
        <source>Type a slide number, then Enter: go to that slide</source>
        <translation>Typ een dianummer en dan Enter: naar die dia gaan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="33"/>
        <source>Black screen on or off (the slides go on behind it)</source>
        <translation>Zwart scherm aan of uit (de dia&apos;s lopen erachter door)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="35"/>
        <source>White screen on or off (the slides go on behind it)</source>
        <translation>Wit scherm aan of uit (de dia&apos;s lopen erachter door)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="37"/>
        <source>Audience window full screen on or off</source>
        <translation>Publieksvenster op volledig scherm aan of uit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="38"/>
        <source>Swap the two screens</source>
        <translation>De twee schermen wisselen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="40"/>
        <source>With one screen: show or hide the presenter console</source>
        <translation>Met één scherm: de presentatorweergave tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="41"/>
        <source>Next step of the plan</source>
        <translation>Volgende stap van het stappenplan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="42"/>
        <source>Previous step of the plan</source>
        <translation>Vorige stap van het stappenplan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="44"/>
        <source>Pause or resume the timer (it is not reset)</source>
        <translation>De timer pauzeren of hervatten (hij wordt niet op nul gezet)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="45"/>
        <source>Reset the timer (asks first)</source>
        <translation>De timer op nul zetten (na bevestiging)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="46"/>
        <source>Overview of all slides</source>
        <translation>Overzicht van alle dia&apos;s</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="47"/>
        <source>Larger notes</source>
        <translation>Grotere notities</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="48"/>
        <source>Smaller notes</source>
        <translation>Kleinere notities</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="49"/>
        <source>This list of keys</source>
        <translation>Deze lijst met toetsen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="50"/>
        <source>End the show</source>
        <translation>De presentatie beëindigen</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="69"/>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="74"/>
        <source>Trusted keys</source>
        <translation>Vertrouwde sleutels</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="70"/>
        <source>Packs signed with one of these keys install without a warning. Add only the public key (.pub file) your office gave you.</source>
        <translation>Pakketten die met een van deze sleutels ondertekend zijn, worden zonder waarschuwing geïnstalleerd. Voeg alleen de publieke sleutel (.pub-bestand) toe die uw dienst u gaf.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="75"/>
        <source>Add from file…</source>
        <translation>Toevoegen uit bestand…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="76"/>
        <source>Add a trusted key from a file</source>
        <translation>Een vertrouwde sleutel toevoegen uit een bestand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="77"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="78"/>
        <source>Stop trusting the selected key</source>
        <translation>De gekozen sleutel niet langer vertrouwen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="111"/>
        <source>Add a trusted key</source>
        <translation>Een vertrouwde sleutel toevoegen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="112"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Publieke sleutels (*.pub);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="122"/>
        <source>The key was not added: %1</source>
        <translation>De sleutel is niet toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="124"/>
        <source>Packs signed by “%1” now install without a warning.</source>
        <translation>Pakketten ondertekend door “%1” worden nu zonder waarschuwing geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="136"/>
        <source>The key was not removed: %1</source>
        <translation>De sleutel is niet verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="138"/>
        <source>Packs signed by “%1” now need a second confirmation; installed packs stay.</source>
        <translation>Pakketten ondertekend door “%1” vragen nu een tweede bevestiging; geïnstalleerde pakketten blijven.</translation>
    </message>
</context>
</TS>
