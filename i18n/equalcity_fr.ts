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
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35" />
        <source>Save the open page as a PDF</source>
        <translation>Enregistrer la page ouverte en PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="36" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37" />
        <source>Print the open page</source>
        <translation>Imprimer la page ouverte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38" />
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39" />
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40" />
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42" />
        <source>Forward to the next page</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43" />
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="44" />
        <source>Show all situations</source>
        <translation>Afficher toutes les situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45" />
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47" />
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48" />
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50" />
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51" />
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="52" />
        <source>Reset the text size</source>
        <translation>Rétablir la taille du texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="53" />
        <source>&amp;Using this app</source>
        <translation>&amp;Utiliser cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="55" />
        <source>How to find a card fast, and quick exit</source>
        <translation>Comment trouver vite une fiche, et la sortie rapide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="56" />
        <source>S&amp;ources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="57" />
        <source>Every source behind the text of this app</source>
        <translation>Toutes les sources du texte de cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="58" />
        <source>&amp;About Equalcity</source>
        <translation>À &amp;propos d'Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="59" />
        <source>Who made the toolkits, and what this app is</source>
        <translation>Qui a réalisé les boîtes à outils, et ce qu'est cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="61" />
        <source>Close Equalcity</source>
        <translation>Fermer Equalcity</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="84" />
        <source>Loading the toolkits…</source>
        <translation>Chargement des boîtes à outils…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="86" />
        <source>Type in the search box, or choose a situation:</source>
        <translation>Tapez dans le champ de recherche, ou choisissez une situation :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="87" />
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
        <location filename="../equalcity_desktop/ui/labels.py" line="13" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="14" />
        <source>About this app</source>
        <translation>À propos de cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="16" />
        <source>All toolkits</source>
        <translation>Toutes les boîtes à outils</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="20" />
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="21" />
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="22" />
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="23" />
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Save as PDF &amp;beside another language</source>
        <translation>Enregistrer en PDF &amp;à côté d'une autre langue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="281" />
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="282" />
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="282" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="283" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="283" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="286" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="287" />
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="299" />
        <source>found in %1</source>
        <translation>trouvé en %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="329" />
        <source>The toolkits could not be opened: %1</source>
        <translation>Impossible d'ouvrir les boîtes à outils : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="381" />
        <source>This page is not available in this library.</source>
        <translation>Cette page n'est pas disponible dans cette bibliothèque.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="388" />
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?

%1

Equalcity ne se connecte jamais à internet.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="399" />
        <source>Open a card or a page first.</source>
        <translation>Ouvrez d'abord une fiche ou une page.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="407" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="407" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="414" />
        <source>The PDF could not be saved: %1</source>
        <translation>Impossible d'enregistrer le PDF : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="520" />
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation><numerusform>%n fichier de contenu avait un problème et a été ignoré ; tout le reste est là.</numerusform><numerusform>%n fichiers de contenu avaient des problèmes et ont été ignorés ; tout le reste est là.</numerusform></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="528" />
        <source>These content files were skipped:</source>
        <translation>Ces fichiers de contenu ont été ignorés :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="534" />
        <source>The About page is missing from this library.</source>
        <translation>La page « À propos » manque dans cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="30" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45" />
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="52" />
        <source>Toolkits</source>
        <translation>Boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60" />
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="86" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="65" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="66" />
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="66" />
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="67" />
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="67" />
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="68" />
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="117" />
        <source>Search: a situation, a word, a question…</source>
        <translation>Rechercher : une situation, un mot, une question…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="118" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="120" />
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>Les résultats s'affichent pendant la frappe. Appuyez sur la flèche vers le bas pour aller aux résultats.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="121" />
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="122" />
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Aucun résultat pour ces mots. Essayez moins de mots ou d'autres mots, ou parcourez les situations.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="124" />
        <source>Search everything again</source>
        <translation>Rechercher à nouveau partout</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="125" />
        <source>Open the glossary</source>
        <translation>Ouvrir le glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="126" />
        <source>Search in toolkit</source>
        <translation>Rechercher dans la boîte à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="127" />
        <source>Search for</source>
        <translation>Rechercher parmi</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="141" />
        <source>All toolkits</source>
        <translation>Toutes les boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="145" />
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="146" />
        <source>Situation cards</source>
        <translation>Fiches situation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="147" />
        <source>Toolkit sections</source>
        <translation>Parties des boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="148" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="149" />
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="150" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="189" />
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
</TS>