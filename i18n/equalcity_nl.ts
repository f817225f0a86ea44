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
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35" />
        <source>Save the open page as a PDF</source>
        <translation>De open pagina als pdf opslaan</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="36" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37" />
        <source>Print the open page</source>
        <translation>De open pagina afdrukken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39" />
        <source>Back to the previous page</source>
        <translation>Terug naar de vorige pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40" />
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42" />
        <source>Forward to the next page</source>
        <translation>Vooruit naar de volgende pagina</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43" />
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="44" />
        <source>Show all situations</source>
        <translation>Alle situaties tonen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45" />
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47" />
        <source>Make the text larger</source>
        <translation>De tekst groter maken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50" />
        <source>Make the text smaller</source>
        <translation>De tekst kleiner maken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="52" />
        <source>Reset the text size</source>
        <translation>De tekstgrootte herstellen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="53" />
        <source>&amp;Using this app</source>
        <translation>&amp;Deze app gebruiken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="55" />
        <source>How to find a card fast, and quick exit</source>
        <translation>Hoe je snel een kaart vindt, en snel verlaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="56" />
        <source>S&amp;ources</source>
        <translation>&amp;Bronnen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="57" />
        <source>Every source behind the text of this app</source>
        <translation>Alle bronnen achter de tekst van deze app</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="58" />
        <source>&amp;About Equalcity</source>
        <translation>&amp;Over Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="59" />
        <source>Who made the toolkits, and what this app is</source>
        <translation>Wie de toolkits maakte, en wat deze app is</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="61" />
        <source>Close Equalcity</source>
        <translation>Equalcity sluiten</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="84" />
        <source>Loading the toolkits…</source>
        <translation>De toolkits worden geladen…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="86" />
        <source>Type in the search box, or choose a situation:</source>
        <translation>Typ in het zoekvak, of kies een situatie:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="87" />
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
        <location filename="../equalcity_desktop/ui/labels.py" line="13" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="14" />
        <source>About this app</source>
        <translation>Over deze app</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="16" />
        <source>All toolkits</source>
        <translation>Alle toolkits</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="20" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="21" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="22" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="23" />
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Save as PDF &amp;beside another language</source>
        <translation>Als pdf opslaan &amp;naast een andere taal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="281" />
        <source>&amp;Colours</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="282" />
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="282" />
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="283" />
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="283" />
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="286" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="287" />
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="299" />
        <source>found in %1</source>
        <translation>gevonden in het %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="329" />
        <source>The toolkits could not be opened: %1</source>
        <translation>De toolkits konden niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="381" />
        <source>This page is not available in this library.</source>
        <translation>Deze pagina is niet beschikbaar in deze bibliotheek.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="388" />
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Dit adres openen in je webbrowser?

%1

Equalcity zelf gaat nooit online.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="399" />
        <source>Open a card or a page first.</source>
        <translation>Open eerst een kaart of een pagina.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="407" />
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="407" />
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="414" />
        <source>The PDF could not be saved: %1</source>
        <translation>De pdf kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="520" />
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation><numerusform>%n inhoudsbestand had een probleem en werd overgeslagen; al de rest is er.</numerusform><numerusform>%n inhoudsbestanden hadden problemen en werden overgeslagen; al de rest is er.</numerusform></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="528" />
        <source>These content files were skipped:</source>
        <translation>Deze inhoudsbestanden werden overgeslagen:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="534" />
        <source>The About page is missing from this library.</source>
        <translation>De pagina 'Over' ontbreekt in deze bibliotheek.</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="30" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45" />
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="52" />
        <source>Toolkits</source>
        <translation>Toolkits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60" />
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="86" />
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="65" />
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="66" />
        <source>European Union</source>
        <translation>Europese Unie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="66" />
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="67" />
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="67" />
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="68" />
        <source>Sweden</source>
        <translation>Zweden</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="117" />
        <source>Search: a situation, a word, a question…</source>
        <translation>Zoek: een situatie, een woord, een vraag…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="118" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="120" />
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>De resultaten verschijnen terwijl je typt. Druk op pijl-omlaag om naar de resultaten te gaan.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="121" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="122" />
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Niets gevonden voor deze woorden. Probeer minder of andere woorden, of blader door de situaties.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="124" />
        <source>Search everything again</source>
        <translation>Opnieuw overal zoeken</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="125" />
        <source>Open the glossary</source>
        <translation>De woordenlijst openen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="126" />
        <source>Search in toolkit</source>
        <translation>Zoeken in toolkit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="127" />
        <source>Search for</source>
        <translation>Zoeken naar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="141" />
        <source>All toolkits</source>
        <translation>Alle toolkits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="145" />
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="146" />
        <source>Situation cards</source>
        <translation>Situatiekaarten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="147" />
        <source>Toolkit sections</source>
        <translation>Toolkitdelen</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="148" />
        <source>Training</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="149" />
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="150" />
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="189" />
        <source>Did you mean %1?</source>
        <translation>Bedoelde je %1?</translation>
    </message>
</context>
</TS>