<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27" />
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28" />
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation>Vider l'écran et réduire la fenêtre tout de suite (ou appuyez trois fois sur Maj)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32" />
        <source>Go to the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33" />
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="34" />
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35" />
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37" />
        <source>Forward to the next page</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38" />
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39" />
        <source>Show all situations</source>
        <translation>Afficher toutes les situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40" />
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42" />
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43" />
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45" />
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46" />
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47" />
        <source>Reset the text size</source>
        <translation>Rétablir la taille du texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48" />
        <source>&amp;About Equalcity</source>
        <translation>À &amp;propos d'Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49" />
        <source>Who made the toolkits, and the sources</source>
        <translation>Qui a réalisé les boîtes à outils, et les sources</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51" />
        <source>Close Equalcity</source>
        <translation>Fermer Equalcity</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="53" />
        <source>Loading the toolkits…</source>
        <translation>Chargement des boîtes à outils…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="55" />
        <source>Type in the search box, or choose a situation:</source>
        <translation>Tapez dans le champ de recherche, ou choisissez une situation :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="56" />
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="8" />
        <source>Situation card</source>
        <translation>Fiche situation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="9" />
        <source>Toolkit section</source>
        <translation>Partie de la boîte à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="10" />
        <source>Training module</source>
        <translation>Module de formation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="11" />
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="12" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="14" />
        <source>All toolkits</source>
        <translation>Toutes les boîtes à outils</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="18" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="19" />
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="20" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="21" />
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="261" />
        <source>Search: a situation, a word, a question…</source>
        <translation>Rechercher : une situation, un mot, une question…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="262" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="264" />
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>Les résultats s'affichent pendant la frappe. Appuyez sur la flèche vers le bas pour aller aux résultats.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="265" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="266" />
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Aucun résultat pour ces mots. Essayez moins de mots ou d'autres mots, ou parcourez les situations.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="268" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="269" />
        <source>Content language:</source>
        <translation>Langue du contenu :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="270" />
        <source>Content language</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="271" />
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation>La langue des fiches et des boîtes à outils ; les menus gardent leur propre langue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="273" />
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="275" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="276" />
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="277" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="278" />
        <source>&amp;Interface language</source>
        <translation>&amp;Langue des menus</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="279" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="280" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="281" />
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="293" />
        <source>found in %1</source>
        <translation>trouvé en %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="330" />
        <source>The toolkits could not be opened: %1</source>
        <translation>Impossible d'ouvrir les boîtes à outils : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="403" />
        <source>This page is not available in this library.</source>
        <translation>Cette page n'est pas disponible dans cette bibliothèque.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="410" />
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?

%1

Equalcity ne se connecte jamais à internet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="496" />
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation><numerusform>%n fichier de contenu avait un problème et a été ignoré ; tout le reste est là.</numerusform><numerusform>%n fichiers de contenu avaient des problèmes et ont été ignorés ; tout le reste est là.</numerusform></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="504" />
        <source>These content files were skipped:</source>
        <translation>Ces fichiers de contenu ont été ignorés :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="510" />
        <source>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;The four Equalcity toolkits, offline: safer spaces for LGBTQI+ people with a migration background (Brussels), migrant women and girls facing sexual and gender-based violence (Luxembourg), the wellbeing of unaccompanied migrant children (Rome) and dialogue with migrant parents against honour-related violence (Gothenburg).&lt;/p&gt;&lt;p&gt;The toolkits were made by IOM Belgium and Luxembourg with the cities and their partners, with funding from the European Union's Rights, Equality and Citizenship programme (2019-2021).&lt;/p&gt;&lt;p&gt;The text in this app was written for the app from the toolkits' principles and established guidance, with sources on every page. It is not an official IOM publication. The official toolkits are published by IOM Belgium and Luxembourg (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;This app never goes online and keeps no record of what you search or read.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;Les quatre boîtes à outils Equalcity, hors ligne : des espaces plus sûrs pour les personnes LGBTQI+ issues de l'immigration (Bruxelles), les femmes et les filles migrantes confrontées aux violences sexuelles et basées sur le genre (Luxembourg), le bien-être des enfants migrants non accompagnés (Rome) et le dialogue avec les parents migrants contre les violences liées à l'honneur (Göteborg).&lt;/p&gt;&lt;p&gt;Les boîtes à outils ont été réalisées par l'OIM Belgique et Luxembourg avec les villes et leurs partenaires, avec le soutien du programme Droits, égalité et citoyenneté de l'Union européenne (2019-2021).&lt;/p&gt;&lt;p&gt;Le texte de cette application a été écrit pour l'application à partir des principes des boîtes à outils et de recommandations reconnues, avec des sources sur chaque page. Ce n'est pas une publication officielle de l'OIM. Les boîtes à outils officielles sont publiées par l'OIM Belgique et Luxembourg (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;Cette application ne se connecte jamais à internet et ne garde aucune trace de ce que vous cherchez ou lisez.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60" />
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="70" />
        <source>Toolkits</source>
        <translation>Boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
</context>
</TS>