<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27" />
        <source>Quick exit</source>
        <translation>Snel verlaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28" />
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation>Maak het scherm meteen leeg en minimaliseer het venster (of druk drie keer op Shift)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32" />
        <source>Go to the search box</source>
        <translation>Naar het zoekvak</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="34" />
        <source>Back to the previous page</source>
        <translation>Terug naar de vorige pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35" />
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37" />
        <source>Forward to the next page</source>
        <translation>Vooruit naar de volgende pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38" />
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39" />
        <source>Show all situations</source>
        <translation>Alle situaties tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40" />
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42" />
        <source>Make the text larger</source>
        <translation>De tekst groter maken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45" />
        <source>Make the text smaller</source>
        <translation>De tekst kleiner maken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47" />
        <source>Reset the text size</source>
        <translation>De tekstgrootte herstellen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48" />
        <source>&amp;About Equalcity</source>
        <translation>&amp;Over Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49" />
        <source>Who made the toolkits, and the sources</source>
        <translation>Wie de toolkits maakte, en de bronnen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51" />
        <source>Close Equalcity</source>
        <translation>Equalcity sluiten</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="53" />
        <source>Loading the toolkits…</source>
        <translation>De toolkits worden geladen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="55" />
        <source>Type in the search box, or choose a situation:</source>
        <translation>Typ in het zoekvak, of kies een situatie:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="56" />
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="8" />
        <source>Situation card</source>
        <translation>Situatiekaart</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="9" />
        <source>Toolkit section</source>
        <translation>Toolkitdeel</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="10" />
        <source>Training module</source>
        <translation>Vormingsmodule</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="11" />
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="12" />
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="14" />
        <source>All toolkits</source>
        <translation>Alle toolkits</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="18" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="19" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="20" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="21" />
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="261" />
        <source>Search: a situation, a word, a question…</source>
        <translation>Zoek: een situatie, een woord, een vraag…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="262" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="264" />
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>De resultaten verschijnen terwijl je typt. Druk op pijl-omlaag om naar de resultaten te gaan.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="265" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="266" />
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Niets gevonden voor deze woorden. Probeer minder of andere woorden, of blader door de situaties.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="268" />
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="269" />
        <source>Content language:</source>
        <translation>Taal van de inhoud:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="270" />
        <source>Content language</source>
        <translation>Taal van de inhoud</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="271" />
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation>De taal van de kaarten en toolkits; de menu's houden hun eigen taal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="273" />
        <source>Quick exit</source>
        <translation>Snel verlaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="275" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="276" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="277" />
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="278" />
        <source>&amp;Interface language</source>
        <translation>&amp;Taal van de menu's</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="279" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="280" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="281" />
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="293" />
        <source>found in %1</source>
        <translation>gevonden in het %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="330" />
        <source>The toolkits could not be opened: %1</source>
        <translation>De toolkits konden niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="403" />
        <source>This page is not available in this library.</source>
        <translation>Deze pagina is niet beschikbaar in deze bibliotheek.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="410" />
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Dit adres openen in je webbrowser?

%1

Equalcity zelf gaat nooit online.</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="496" />
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation><numerusform>%n inhoudsbestand had een probleem en werd overgeslagen; al de rest is er.</numerusform><numerusform>%n inhoudsbestanden hadden problemen en werden overgeslagen; al de rest is er.</numerusform></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="504" />
        <source>These content files were skipped:</source>
        <translation>Deze inhoudsbestanden werden overgeslagen:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="510" />
        <source>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;The four Equalcity toolkits, offline: safer spaces for LGBTQI+ people with a migration background (Brussels), migrant women and girls facing sexual and gender-based violence (Luxembourg), the wellbeing of unaccompanied migrant children (Rome) and dialogue with migrant parents against honour-related violence (Gothenburg).&lt;/p&gt;&lt;p&gt;The toolkits were made by IOM Belgium and Luxembourg with the cities and their partners, with funding from the European Union's Rights, Equality and Citizenship programme (2019-2021).&lt;/p&gt;&lt;p&gt;The text in this app was written for the app from the toolkits' principles and established guidance, with sources on every page. It is not an official IOM publication. The official toolkits are published by IOM Belgium and Luxembourg (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;This app never goes online and keeps no record of what you search or read.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;De vier Equalcity-toolkits, offline: veiligere ruimtes voor LGBTQI+-personen met een migratieachtergrond (Brussel), migrantenvrouwen en -meisjes die te maken krijgen met seksueel en gendergerelateerd geweld (Luxemburg), het welzijn van niet-begeleide minderjarige migranten (Rome) en de dialoog met migrantenouders tegen eergerelateerd geweld (Göteborg).&lt;/p&gt;&lt;p&gt;De toolkits werden gemaakt door IOM België en Luxemburg met de steden en hun partners, met steun van het programma Rechten, Gelijkheid en Burgerschap van de Europese Unie (2019-2021).&lt;/p&gt;&lt;p&gt;De tekst in deze app werd voor de app geschreven, vanuit de principes van de toolkits en erkende richtlijnen, met bronnen op elke pagina. Het is geen officiële publicatie van IOM. De officiële toolkits worden gepubliceerd door IOM België en Luxemburg (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;Deze app gaat nooit online en houdt niet bij wat je zoekt of leest.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60" />
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="70" />
        <source>Toolkits</source>
        <translation>Toolkits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78" />
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
</context>
</TS>