<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28"/>
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32"/>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="34"/>
        <source>Back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37"/>
        <source>Forward to the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39"/>
        <source>Show all situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42"/>
        <source>Make the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45"/>
        <source>Make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47"/>
        <source>Reset the text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48"/>
        <source>&amp;About Equalcity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49"/>
        <source>Who made the toolkits, and the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51"/>
        <source>Close Equalcity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="53"/>
        <source>Loading the toolkits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="55"/>
        <source>Type in the search box, or choose a situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="56"/>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="8"/>
        <source>Situation card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="9"/>
        <source>Toolkit section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="10"/>
        <source>Training module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="11"/>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="12"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="14"/>
        <source>All toolkits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="259"/>
        <source>Search: a situation, a word, a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="260"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="262"/>
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="263"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="264"/>
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="266"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="267"/>
        <source>Content language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="268"/>
        <source>Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="269"/>
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="271"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="273"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="274"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="275"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="276"/>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="278"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="279"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="291"/>
        <source>found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="324"/>
        <source>The toolkits could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="397"/>
        <source>This page is not available in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="404"/>
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="490"/>
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="498"/>
        <source>These content files were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="504"/>
        <source>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;The four Equalcity toolkits, offline: safer spaces for LGBTQI+ people with a migration background (Brussels), migrant women and girls facing sexual and gender-based violence (Luxembourg), the wellbeing of unaccompanied migrant children (Rome) and dialogue with migrant parents against honour-related violence (Gothenburg).&lt;/p&gt;&lt;p&gt;The toolkits were made by IOM Belgium and Luxembourg with the cities and their partners, with funding from the European Union&apos;s Rights, Equality and Citizenship programme (2019-2021).&lt;/p&gt;&lt;p&gt;The text in this app was written for the app from the toolkits&apos; principles and established guidance, with sources on every page. It is not an official IOM publication. The official toolkits are published by IOM Belgium and Luxembourg (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;This app never goes online and keeps no record of what you search or read.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60"/>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="70"/>
        <source>Toolkits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
