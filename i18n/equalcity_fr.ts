<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="63"/>
        <source>Point to your lan&amp;guage</source>
        <translation>Montrez votre lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="65"/>
        <source>Full screen: 28 languages, each in its own script, for a client to point at; you see which one</source>
        <translation>Plein écran : 28 langues, chacune dans son écriture, à désigner par la personne ; vous voyez laquelle</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="67"/>
        <source>&amp;Key phrases for the client…</source>
        <translation>Phrases &amp;clés pour la personne…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="69"/>
        <source>Short sentences in the client&apos;s language (Arabic, Farsi, Tigrinya, ...), one at a time, full screen</source>
        <translation>Phrases courtes dans la langue de la personne (arabe, farsi, tigrigna…), une à la fois, en plein écran</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28"/>
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation>Vider l&apos;écran et réduire la fenêtre tout de suite (ou appuyez trois fois sur Maj)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32"/>
        <source>Go to the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33"/>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35"/>
        <source>Save the open page as a PDF</source>
        <translation>Enregistrer la page ouverte en PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37"/>
        <source>Print the open page</source>
        <translation>Imprimer la page ouverte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38"/>
        <source>Save the &amp;glossary as PDF…</source>
        <translation>Enregistrer le &amp;glossaire en PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39"/>
        <source>Every term of the glossary in the content language, as a PDF</source>
        <translation>Tous les termes du glossaire dans la langue du contenu, en PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="41"/>
        <source>Print the glossary…</source>
        <translation>Imprimer le glossaire…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42"/>
        <source>Print every term of the glossary</source>
        <translation>Imprimer tous les termes du glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43"/>
        <source>Save the &amp;contacts list as PDF…</source>
        <translation>Enregistrer la liste des &amp;contacts en PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="44"/>
        <source>Every contact in effect, with this office&apos;s own, as a PDF</source>
        <translation>Tous les contacts actuels, y compris ceux de ce service, en PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46"/>
        <source>Print the contacts list…</source>
        <translation>Imprimer la liste des contacts…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47"/>
        <source>Print every contact in effect</source>
        <translation>Imprimer tous les contacts actuels</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48"/>
        <source>&amp;Local contacts…</source>
        <translation>Contacts &amp;locaux…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49"/>
        <source>This office&apos;s referral contacts: add, edit, hide, import and export</source>
        <translation>Les contacts d&apos;orientation de ce service : ajouter, modifier, masquer, importer et exporter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51"/>
        <source>Con&amp;tent packs…</source>
        <translation>Paquets de co&amp;ntenu…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="52"/>
        <source>Import a content pack (for example from a USB stick), see the installed ones, remove one</source>
        <translation>Importer un paquet de contenu (par exemple depuis une clé USB), voir ceux qui sont installés, en supprimer un</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="54"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="55"/>
        <source>Show this module or document on the projector, from the first slide, with a presenter console</source>
        <translation>Afficher ce module ou ce document sur le projecteur, depuis la première diapositive, avec une console de présentation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="57"/>
        <source>Present from the &amp;current slide</source>
        <translation>Présenter à partir de la diapositive &amp;actuelle</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="59"/>
        <source>Go on from the slide where the last show ended</source>
        <translation>Reprendre à la diapositive où la dernière présentation s&apos;est arrêtée</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="60"/>
        <source>Show to c&amp;lient…</source>
        <translation>&amp;Montrer à la personne…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="61"/>
        <source>Show this card large on the whole screen, in the language you choose for the client</source>
        <translation>Afficher cette fiche en grand sur tout l&apos;écran, dans la langue que vous choisissez pour la personne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="71"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="72"/>
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="73"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="75"/>
        <source>Forward to the next page</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="76"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="77"/>
        <source>Show all situations</source>
        <translation>Afficher toutes les situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="78"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="80"/>
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="81"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="83"/>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="84"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="85"/>
        <source>Reset the text size</source>
        <translation>Rétablir la taille du texte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="86"/>
        <source>&amp;Using this app</source>
        <translation>&amp;Utiliser cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="88"/>
        <source>How to find a card fast, and quick exit</source>
        <translation>Comment trouver vite une fiche, et la sortie rapide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="89"/>
        <source>S&amp;ources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="90"/>
        <source>Every source behind the text of this app</source>
        <translation>Toutes les sources du texte de cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="91"/>
        <source>&amp;About Equalcity</source>
        <translation>À &amp;propos d&apos;Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="92"/>
        <source>Who made the toolkits, and what this app is</source>
        <translation>Qui a réalisé les boîtes à outils, et ce qu&apos;est cette application</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="94"/>
        <source>Close Equalcity</source>
        <translation>Fermer Equalcity</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/audience.py" line="42"/>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ClientChoice</name>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="56"/>
        <source>Show to the client</source>
        <translation>Montrer à la personne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="62"/>
        <source>Language for the client</source>
        <translation>Langue pour la personne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="63"/>
        <source>Only what you can say</source>
        <translation>Seulement « Ce que vous pouvez dire »</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="65"/>
        <source>The whole card</source>
        <translation>Toute la fiche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="73"/>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="87"/>
        <source>Press Esc to close the full-screen view.</source>
        <translation>Appuyez sur Échap pour fermer l&apos;affichage plein écran.</translation>
    </message>
</context>
<context>
    <name>ClientLanguages</name>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="55"/>
        <source>Not yet checked by a native speaker.</source>
        <translation>Pas encore vérifié par une personne de langue maternelle.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="57"/>
        <source>Checked by %1 on %2.</source>
        <translation>Vérifié par %1 le %2.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="120"/>
        <source>Text for the client</source>
        <translation>Texte pour la personne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="119"/>
        <source>Esc: close</source>
        <translation>Échap : fermer</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="48"/>
        <source>Replace a bundled contact</source>
        <translation>Remplacer un contact d&apos;origine</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="49"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="52"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="54"/>
        <source>Helps with</source>
        <translation>Aide pour</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="62"/>
        <source>&amp;Helps with:</source>
        <translation>A&amp;ide pour :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="63"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="64"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="65"/>
        <source>Website (shown as text)</source>
        <translation>Site web (affiché comme texte)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="66"/>
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="67"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="68"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="69"/>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="70"/>
        <source>Opening ho&amp;urs:</source>
        <translation>&amp;Heures d&apos;ouverture :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="72"/>
        <source>Languages spoken, separated by commas</source>
        <translation>Langues parlées, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="73"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Langues parlées :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="75"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="82"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="84"/>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="85"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="92"/>
        <source>Last chec&amp;ked:</source>
        <translation>Dernière &amp;vérification :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="93"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="94"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="99"/>
        <source>Write in your own words, in one language: the entry is shown as written whatever content language is chosen.</source>
        <translation>Écrivez avec vos propres mots, dans une seule langue : le contact s&apos;affiche tel que vous l&apos;avez écrit, quelle que soit la langue du contenu choisie.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="143"/>
        <source>Give the organisation&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="145"/>
        <source>Tick at least one thing it helps with.</source>
        <translation>Cochez au moins un domaine d&apos;aide.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="147"/>
        <source>Give a phone number, a website or an address.</source>
        <translation>Indiquez un numéro de téléphone, un site web ou une adresse.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="149"/>
        <source>The phone number may hold only digits, spaces, + ( ) . / and -.</source>
        <translation>Le numéro de téléphone ne peut contenir que des chiffres, des espaces, + ( ) . / et -.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="151"/>
        <source>The website must be one address without spaces.</source>
        <translation>Le site web doit être une seule adresse, sans espaces.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="63"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="89"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="65"/>
        <source>Everyone who uses this PC sees these contacts. Your own entries are shown as you wrote them in every content language. The bundled contacts can be hidden or replaced, not changed.</source>
        <translation>Toutes les personnes qui utilisent ce PC voient ces contacts. Vos propres contacts s&apos;affichent tels que vous les avez écrits, dans toutes les langues du contenu. Les contacts d&apos;origine peuvent être masqués ou remplacés, mais pas modifiés.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="71"/>
        <source>Filter by name, phone or notes</source>
        <translation>Filtrer par nom, téléphone ou notes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="72"/>
        <source>Filter contacts</source>
        <translation>Filtrer les contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="76"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="93"/>
        <source>Helps with</source>
        <translation>Aide pour</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="77"/>
        <source>Helps with anything</source>
        <translation>Tous les domaines d&apos;aide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="80"/>
        <source>Show hidden &amp;bundled contacts</source>
        <translation>A&amp;fficher les contacts d&apos;origine masqués</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="81"/>
        <source>Show hidden bundled contacts</source>
        <translation>Afficher les contacts d&apos;origine masqués</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="92"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="92"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="93"/>
        <source>Phone or website</source>
        <translation>Téléphone ou site web</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="94"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="96"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="110"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="111"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="228"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="229"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="231"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="112"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="228"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="229"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="113"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="114"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="172"/>
        <source>%1 (hidden)</source>
        <translation>%1 (masqué)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="174"/>
        <source>%1 (replaces a bundled contact)</source>
        <translation>%1 (remplace un contact d&apos;origine)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="175"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="177"/>
        <source>%1 – check this</source>
        <translation>%1 – à vérifier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="230"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="230"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="231"/>
        <source>&amp;Show again</source>
        <translation>&amp;Réafficher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="305"/>
        <source>Delete your version of “%1”? The bundled contact comes back.</source>
        <translation>Supprimer votre version de « %1 » ? Le contact d&apos;origine sera rétabli.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="307"/>
        <source>Delete “%1” for everyone on this PC?</source>
        <translation>Supprimer « %1 » pour toutes les personnes qui utilisent ce PC ?</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="309"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="319"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="320"/>
        <source>Contacts (*.csv *.json)</source>
        <translation>Contacts (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="344"/>
        <source>Contacts added: %1; changed: %2.</source>
        <translation>Contacts ajoutés : %1 ; modifiés : %2.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="350"/>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="351"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV pour tableur (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="363"/>
        <source>There are no contacts of this office to export yet.</source>
        <translation>Ce service n&apos;a pas encore de contacts à exporter.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="370"/>
        <source>The file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="373"/>
        <source>Contacts exported to %2: %1.</source>
        <translation>Contacts exportés vers %2 : %1.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="133"/>
        <source>Loading the toolkits…</source>
        <translation>Chargement des boîtes à outils…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="135"/>
        <source>Type in the search box, or choose a situation:</source>
        <translation>Tapez dans le champ de recherche, ou choisissez une situation :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="136"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="188"/>
        <source>How things work in each country</source>
        <translation>Comment ça marche dans chaque pays</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="173"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="175"/>
        <source>%1: %2 to add, %3 to change, %4 skipped. Nothing is written until you choose Import.</source>
        <translation>%1 : %2 à ajouter, %3 à modifier, %4 à ignorer. Rien n&apos;est enregistré tant que vous n&apos;avez pas choisi Importer.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="185"/>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="186"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="186"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="187"/>
        <source>Organisation and reason</source>
        <translation>Organisation et motif</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="190"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="192"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="193"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="195"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="206"/>
        <source>Columns not used: %1</source>
        <translation>Colonnes non utilisées : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="212"/>
        <source>The first %1 lines are listed.</source>
        <translation>Seules les %1 premières lignes sont affichées.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="215"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="72"/>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="76"/>
        <source>Keys during a show</source>
        <translation>Touches pendant la présentation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="77"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="77"/>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="144"/>
        <source>Click or press Enter on a language. Esc: close</source>
        <translation>Cliquez ou appuyez sur Entrée sur une langue. Échap : fermer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="145"/>
        <source>Point to your language</source>
        <translation>Montrez votre langue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="163"/>
        <source>The client pointed at: %1</source>
        <translation>La personne a désigné : %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="19"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="326"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="327"/>
        <source>Content language:</source>
        <translation>Langue du contenu :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="328"/>
        <source>Content language</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="329"/>
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation>La langue des fiches et des boîtes à outils ; les menus gardent leur propre langue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="331"/>
        <location filename="../equalcity_desktop/ui/main_window.py" line="352"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="333"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="334"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="336"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="337"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Langue des menus</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="339"/>
        <source>Save as PDF &amp;beside another language</source>
        <translation>Enregistrer en PDF &amp;à côté d&apos;une autre langue</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="340"/>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="341"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="341"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="342"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="342"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="345"/>
        <source>Clear the screen when &amp;unused</source>
        <translation>&amp;Vider l&apos;écran en cas d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="348"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="349"/>
        <source>After %n minutes without input</source>
        <translation>
            <numerusform>Après %n minute d&apos;inactivité</numerusform>
            <numerusform>Après %n minutes d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="350"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="351"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="371"/>
        <source>pack: %1</source>
        <translation>paquet : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="373"/>
        <source>found in %1</source>
        <translation>trouvé en %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="453"/>
        <source>The toolkits could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir les boîtes à outils : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="505"/>
        <source>This page is not available in this library.</source>
        <translation>Cette page n&apos;est pas disponible dans cette bibliothèque.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="512"/>
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?

%1

Equalcity ne se connecte jamais à internet.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="525"/>
        <location filename="../equalcity_desktop/ui/main_window.py" line="621"/>
        <source>Open a card or a page first.</source>
        <translation>Ouvrez d&apos;abord une fiche ou une page.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="25"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="26"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="35"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le PDF : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="599"/>
        <source>Open a training module or a document first, then press Present.</source>
        <translation>Ouvrez d&apos;abord un module de formation ou un document, puis appuyez sur Présenter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="767"/>
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation>
            <numerusform>%n fichier de contenu avait un problème et a été ignoré ; tout le reste est là.</numerusform>
            <numerusform>%n fichiers de contenu avaient des problèmes et ont été ignorés ; tout le reste est là.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="775"/>
        <source>These content files were skipped:</source>
        <translation>Ces fichiers de contenu ont été ignorés :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="781"/>
        <source>The About page is missing from this library.</source>
        <translation>La page « À propos » manque dans cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="33"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="53"/>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="65"/>
        <source>Toolkits</source>
        <translation>Boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="73"/>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="108"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="87"/>
        <source> (check this)</source>
        <translation> (à vérifier)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="62"/>
        <source>Country guides</source>
        <translation>Guides pays</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="34"/>
        <source>Overview of all slides</source>
        <translation>Vue d&apos;ensemble des diapositives</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="38"/>
        <source>All slides</source>
        <translation>Toutes les diapositives</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="126"/>
        <source>Content packs</source>
        <translation>Paquets de contenu</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="127"/>
        <source>Packs add content to this PC, for example a city&apos;s own cards. Import one from a file, such as on a USB stick.</source>
        <translation>Les paquets ajoutent du contenu sur ce PC, par exemple les fiches propres à une ville. Importez-en un à partir d&apos;un fichier, par exemple sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Pack</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="130"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="131"/>
        <source>Installed content packs</source>
        <translation>Paquets de contenu installés</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="132"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="133"/>
        <source>Import from file…</source>
        <translation>Importer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="134"/>
        <source>Import a content pack from a file</source>
        <translation>Importer un paquet de contenu depuis un fichier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="135"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="136"/>
        <source>Remove the selected pack</source>
        <translation>Supprimer le paquet sélectionné</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="137"/>
        <source>Yes, remove it</source>
        <translation>Oui, le supprimer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="138"/>
        <source>Confirm removing the pack</source>
        <translation>Confirmer la suppression du paquet</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="139"/>
        <source>Trusted keys…</source>
        <translation>Clés de confiance…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="140"/>
        <source>Manage the keys this PC trusts</source>
        <translation>Gérer les clés auxquelles ce PC fait confiance</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="142"/>
        <source>Do not install this pack</source>
        <translation>Ne pas installer ce paquet</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="143"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="144"/>
        <source>What the pack contains</source>
        <translation>Contenu du paquet</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="191"/>
        <source>Import a content pack</source>
        <translation>Importer un paquet de contenu</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="192"/>
        <source>Content packs (*.zip)</source>
        <translation>Paquets de contenu (*.zip)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="200"/>
        <source>Checking the pack…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="227"/>
        <source>The pack was not installed: %1.</source>
        <translation>Le paquet n&apos;a pas été installé : %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="230"/>
        <source>situation cards</source>
        <translation>fiches situation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="230"/>
        <source>sections</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="231"/>
        <source>training modules</source>
        <translation>modules de formation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="231"/>
        <source>posters</source>
        <translation>affiches</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="232"/>
        <source>glossary terms</source>
        <translation>termes du glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="232"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="233"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="236"/>
        <source>“%1”, version %2</source>
        <translation>« %1 », version %2</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="238"/>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="240"/>
        <source>Contains: %1</source>
        <translation>Contenu : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="242"/>
        <source>Signed by “%1” (key %2), a key this PC trusts.</source>
        <translation>Signé par « %1 » (clé %2), une clé à laquelle ce PC fait confiance.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="245"/>
        <source>Warning: signed with a key this PC does not trust (key %1). Nothing shows that it comes from your office.</source>
        <translation>Attention : signé avec une clé à laquelle ce PC ne fait pas confiance (clé %1). Rien ne montre qu&apos;il vient de votre service.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="249"/>
        <source>Warning: not signed. Nothing shows who made this pack or that nobody changed it.</source>
        <translation>Attention : non signé. Rien ne montre qui a fait ce paquet ni que personne ne l&apos;a modifié.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="252"/>
        <source>Version %1 is installed, which is newer. Installing this pack replaces it with the older version.</source>
        <translation>La version %1, plus récente, est déjà installée. Installer ce paquet la remplace par la version plus ancienne.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="255"/>
        <source>Replace with the older version</source>
        <translation>Remplacer par la version plus ancienne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="257"/>
        <source>Replaces the installed version %1.</source>
        <translation>Remplace la version installée %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="259"/>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="261"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="274"/>
        <source>Install a pack nobody vouches for?</source>
        <translation>Installer un paquet dont personne ne se porte garant ?</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="275"/>
        <source>No key this PC trusts signed this pack. Once installed, its cards, contacts and terms appear in the app beside the bundled guidance, and nothing shows who wrote them or whether someone changed them on the way. Install it only if you know where it came from.</source>
        <translation>Aucune clé à laquelle ce PC fait confiance n&apos;a signé ce paquet. Une fois installé, ses fiches, contacts et termes apparaissent dans l&apos;application à côté du contenu fourni, et rien ne montre qui les a écrits ni si quelqu&apos;un les a modifiés en chemin. Ne l&apos;installez que si vous savez d&apos;où il vient.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="281"/>
        <source>Install anyway</source>
        <translation>Installer quand même</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="284"/>
        <source>Install the unsigned pack anyway</source>
        <translation>Installer quand même le paquet non signé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="314"/>
        <source>Installed “%1”, version %2.</source>
        <translation>Installé : « %1 », version %2.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="326"/>
        <source>Nothing was installed.</source>
        <translation>Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="337"/>
        <source>Remove “%1”? Its content leaves the app on this PC; you can import it again later.</source>
        <translation>Supprimer « %1 » ? Son contenu sera retiré de l&apos;application sur ce PC ; vous pourrez l&apos;importer à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="350"/>
        <source>The pack was not removed: %1.</source>
        <translation>Le paquet n&apos;a pas été supprimé : %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="352"/>
        <source>The pack was removed.</source>
        <translation>Le paquet a été supprimé.</translation>
    </message>
</context>
<context>
    <name>PhraseChoice</name>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="53"/>
        <source>Key phrases for the client</source>
        <translation>Phrases clés pour la personne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="69"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="76"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Langue de la personne</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="82"/>
        <source>Use these phrases only until an interpreter is there. Arrow keys: next and previous phrase; Esc: close.</source>
        <translation>Utilisez ces phrases seulement en attendant un interprète. Flèches : phrase suivante et précédente ; Échap : fermer.</translation>
    </message>
</context>
<context>
    <name>PhraseView</name>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="171"/>
        <source>Text for the client</source>
        <translation>Texte pour la personne</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="171"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="171"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="172"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="172"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="173"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="237"/>
        <source>Pause timer</source>
        <translation>Pause chrono</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="173"/>
        <source>Reset timer</source>
        <translation>Chrono à zéro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="174"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="174"/>
        <source>Swap screens</source>
        <translation>Inverser les écrans</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="175"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="175"/>
        <source>End show</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="180"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="187"/>
        <source>Now on screen</source>
        <translation>Actuellement à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="181"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="188"/>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="182"/>
        <source>Notes in</source>
        <translation>Notes en</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="183"/>
        <source>Language of the trainer notes</source>
        <translation>Langue des notes pour l&apos;animation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="184"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="185"/>
        <source>Step plan</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="186"/>
        <source>Trainer notes</source>
        <translation>Notes pour l&apos;animation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="189"/>
        <source>Time since the start</source>
        <translation>Temps écoulé depuis le début</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="190"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="196"/>
        <source>%1. %2 (%3 min, from %4 min)</source>
        <translation>%1. %2 (%3 min, début à %4 min)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="219"/>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="225"/>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="230"/>
        <source>black screen</source>
        <translation>écran noir</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="232"/>
        <source>white screen</source>
        <translation>écran blanc</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="236"/>
        <source>Resume timer</source>
        <translation>Relancer chrono</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="253"/>
        <source>Planned: no timed steps for this document</source>
        <translation>Déroulé : aucune étape minutée pour ce document</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="257"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="259"/>
        <source>%1 of %2 min</source>
        <translation>%1 sur %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/show/console.py" line="263"/>
        <source>over time by %n min</source>
        <translation>
            <numerusform>dépassement de %n min</numerusform>
            <numerusform>dépassement de %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="265"/>
        <source>almost at the planned time</source>
        <translation>temps prévu bientôt atteint</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="267"/>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="268"/>
        <source>] next step, [ previous step</source>
        <translation>] étape suivante, [ étape précédente</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="117"/>
        <source>Search: a situation, a word, a question…</source>
        <translation>Rechercher : une situation, un mot, une question…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="118"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="120"/>
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>Les résultats s&apos;affichent pendant la frappe. Appuyez sur la flèche vers le bas pour aller aux résultats.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="121"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="122"/>
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Aucun résultat pour ces mots. Essayez moins de mots ou d&apos;autres mots, ou parcourez les situations.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="124"/>
        <source>Search everything again</source>
        <translation>Rechercher à nouveau partout</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="134"/>
        <source>for:</source>
        <translation>pour :</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="125"/>
        <source>Open the glossary</source>
        <translation>Ouvrir le glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="126"/>
        <source>Search in toolkit</source>
        <translation>Rechercher dans la boîte à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="127"/>
        <source>Search for</source>
        <translation>Rechercher parmi</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="146"/>
        <source>All toolkits</source>
        <translation>Toutes les boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="150"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="151"/>
        <source>Situation cards</source>
        <translation>Fiches situation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="152"/>
        <source>Toolkit sections</source>
        <translation>Parties des boîtes à outils</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="153"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="154"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="155"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="194"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/show.py" line="121"/>
        <source>Reset the timer to zero?</source>
        <translation>Remettre le chronomètre à zéro ?</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="25"/>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="27"/>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="28"/>
        <source>First slide</source>
        <translation>Première diapositive</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="29"/>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="31"/>
        <source>Type a slide number, then Enter: go to that slide</source>
        <translation>Tapez un numéro de diapositive, puis Entrée : aller à cette diapositive</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="33"/>
        <source>Black screen on or off (the slides go on behind it)</source>
        <translation>Activer ou désactiver l&apos;écran noir (la présentation continue derrière)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="35"/>
        <source>White screen on or off (the slides go on behind it)</source>
        <translation>Activer ou désactiver l&apos;écran blanc (la présentation continue derrière)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="37"/>
        <source>Audience window full screen on or off</source>
        <translation>Activer ou désactiver le plein écran de la fenêtre du public</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="38"/>
        <source>Swap the two screens</source>
        <translation>Inverser les deux écrans</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="40"/>
        <source>With one screen: show or hide the presenter console</source>
        <translation>Avec un seul écran : afficher ou masquer la console de présentation</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="41"/>
        <source>Next step of the plan</source>
        <translation>Étape suivante du déroulé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="42"/>
        <source>Previous step of the plan</source>
        <translation>Étape précédente du déroulé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="44"/>
        <source>Pause or resume the timer (it is not reset)</source>
        <translation>Mettre en pause ou relancer le chronomètre (sans le remettre à zéro)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="45"/>
        <source>Reset the timer (asks first)</source>
        <translation>Remettre le chronomètre à zéro (avec confirmation)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="46"/>
        <source>Overview of all slides</source>
        <translation>Vue d&apos;ensemble des diapositives</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="47"/>
        <source>Larger notes</source>
        <translation>Notes plus grandes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="48"/>
        <source>Smaller notes</source>
        <translation>Notes plus petites</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="49"/>
        <source>This list of keys</source>
        <translation>Cette liste de touches</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="50"/>
        <source>End the show</source>
        <translation>Terminer la présentation</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="69"/>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="74"/>
        <source>Trusted keys</source>
        <translation>Clés de confiance</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="70"/>
        <source>Packs signed with one of these keys install without a warning. Add only the public key (.pub file) your office gave you.</source>
        <translation>Les paquets signés avec l&apos;une de ces clés s&apos;installent sans avertissement. N&apos;ajoutez que la clé publique (fichier .pub) que votre service vous a donnée.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="75"/>
        <source>Add from file…</source>
        <translation>Ajouter depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="76"/>
        <source>Add a trusted key from a file</source>
        <translation>Ajouter une clé de confiance depuis un fichier</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="77"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="78"/>
        <source>Stop trusting the selected key</source>
        <translation>Ne plus faire confiance à la clé choisie</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="79"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="111"/>
        <source>Add a trusted key</source>
        <translation>Ajouter une clé de confiance</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="112"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="122"/>
        <source>The key was not added: %1</source>
        <translation>La clé n&apos;a pas été ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="124"/>
        <source>Packs signed by “%1” now install without a warning.</source>
        <translation>Les paquets signés par « %1 » s&apos;installent désormais sans avertissement.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="136"/>
        <source>The key was not removed: %1</source>
        <translation>La clé n&apos;a pas été retirée : %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="138"/>
        <source>Packs signed by “%1” now need a second confirmation; installed packs stay.</source>
        <translation>Les paquets signés par « %1 » demandent désormais une seconde confirmation ; les paquets installés restent.</translation>
    </message>
</context>
</TS>
