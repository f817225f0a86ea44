<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="63"/>
        <source>Point to your lan&amp;guage</source>
        <translation>Aponte para a sua lín&amp;gua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="65"/>
        <source>Full screen: 28 languages, each in its own script, for a client to point at; you see which one</source>
        <translation>Ecrã inteiro: 28 línguas, cada uma na sua escrita, para a pessoa apontar; vê qual foi</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="67"/>
        <source>&amp;Key phrases for the client…</source>
        <translation>&amp;Frases-chave para a pessoa…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="69"/>
        <source>Short sentences in the client&apos;s language (Arabic, Farsi, Tigrinya, ...), one at a time, full screen</source>
        <translation>Frases curtas na língua da pessoa (árabe, farsi, tigrínia...), uma de cada vez, em ecrã inteiro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27"/>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28"/>
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation>Limpar o ecrã e minimizar a janela de imediato (ou prima Shift três vezes)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32"/>
        <source>Go to the search box</source>
        <translation>Ir para a caixa de pesquisa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33"/>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35"/>
        <source>Save the open page as a PDF</source>
        <translation>Guardar a página aberta como PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37"/>
        <source>Print the open page</source>
        <translation>Imprimir a página aberta</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38"/>
        <source>Save the &amp;glossary as PDF…</source>
        <translation>Guardar o &amp;glossário como PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39"/>
        <source>Every term of the glossary in the content language, as a PDF</source>
        <translation>Todos os termos do glossário na língua do conteúdo, em PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="41"/>
        <source>Print the glossary…</source>
        <translation>Imprimir o glossário…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42"/>
        <source>Print every term of the glossary</source>
        <translation>Imprimir todos os termos do glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43"/>
        <source>Save the &amp;contacts list as PDF…</source>
        <translation>Guardar a lista de &amp;contactos como PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="44"/>
        <source>Every contact in effect, with this office&apos;s own, as a PDF</source>
        <translation>Todos os contactos em vigor, incluindo os deste serviço, em PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46"/>
        <source>Print the contacts list…</source>
        <translation>Imprimir a lista de contactos…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47"/>
        <source>Print every contact in effect</source>
        <translation>Imprimir todos os contactos em vigor</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48"/>
        <source>&amp;Local contacts…</source>
        <translation>Contactos &amp;locais…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49"/>
        <source>This office&apos;s referral contacts: add, edit, hide, import and export</source>
        <translation>Os contactos de encaminhamento deste serviço: adicionar, editar, ocultar, importar e exportar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51"/>
        <source>Con&amp;tent packs…</source>
        <translation>Pac&amp;otes de conteúdos…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="52"/>
        <source>Import a content pack (for example from a USB stick), see the installed ones, remove one</source>
        <translation>Importar um pacote de conteúdos (por exemplo, de uma pen USB), ver os pacotes instalados, remover um pacote</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="54"/>
        <source>&amp;Present</source>
        <translation>&amp;Apresentar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="55"/>
        <source>Show this module or document on the projector, from the first slide, with a presenter console</source>
        <translation>Mostrar este módulo ou documento no projetor, a partir do primeiro diapositivo, com a consola do apresentador</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="57"/>
        <source>Present from the &amp;current slide</source>
        <translation>Apresentar a partir do diapositivo a&amp;tual</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="59"/>
        <source>Go on from the slide where the last show ended</source>
        <translation>Continuar a partir do diapositivo onde terminou a última apresentação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="60"/>
        <source>Show to c&amp;lient…</source>
        <translation>&amp;Mostrar à pessoa atendida…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="61"/>
        <source>Show this card large on the whole screen, in the language you choose for the client</source>
        <translation>Mostrar esta ficha em letra grande, no ecrã inteiro, na língua que escolher para a pessoa atendida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="71"/>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="72"/>
        <source>Back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="73"/>
        <source>&amp;Forward</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="75"/>
        <source>Forward to the next page</source>
        <translation>Avançar para a página seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="76"/>
        <source>&amp;Home</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="77"/>
        <source>Show all situations</source>
        <translation>Mostrar todas as situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="78"/>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="80"/>
        <source>Make the text larger</source>
        <translation>Aumentar o texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="81"/>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="83"/>
        <source>Make the text smaller</source>
        <translation>Diminuir o texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="84"/>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="85"/>
        <source>Reset the text size</source>
        <translation>Repor o tamanho do texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="86"/>
        <source>&amp;Using this app</source>
        <translation>&amp;Usar esta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="88"/>
        <source>How to find a card fast, and quick exit</source>
        <translation>Como encontrar depressa uma ficha, e a saída rápida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="89"/>
        <source>S&amp;ources</source>
        <translation>&amp;Fontes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="90"/>
        <source>Every source behind the text of this app</source>
        <translation>Todas as fontes do texto desta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="91"/>
        <source>&amp;About Equalcity</source>
        <translation>&amp;Sobre o Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="92"/>
        <source>Who made the toolkits, and what this app is</source>
        <translation>Quem fez os kits, e o que é esta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="94"/>
        <source>Close Equalcity</source>
        <translation>Fechar o Equalcity</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/audience.py" line="42"/>
        <source>Slide %1 of %2</source>
        <translation>Diapositivo %1 de %2</translation>
    </message>
</context>
<context>
    <name>ClientChoice</name>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="56"/>
        <source>Show to the client</source>
        <translation>Mostrar à pessoa atendida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="62"/>
        <source>Language for the client</source>
        <translation>Língua para a pessoa atendida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="63"/>
        <source>Only what you can say</source>
        <translation>Apenas o que pode dizer</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="65"/>
        <source>The whole card</source>
        <translation>A ficha inteira</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="73"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="87"/>
        <source>Press Esc to close the full-screen view.</source>
        <translation>Prima Esc para fechar a vista em ecrã inteiro.</translation>
    </message>
</context>
<context>
    <name>ClientLanguages</name>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="55"/>
        <source>Not yet checked by a native speaker.</source>
        <translation>Ainda não verificado por um falante nativo.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="57"/>
        <source>Checked by %1 on %2.</source>
        <translation>Verificado por %1 em %2.</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="120"/>
        <source>Text for the client</source>
        <translation>Texto para a pessoa atendida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/client_view.py" line="119"/>
        <source>Esc: close</source>
        <translation>Esc: fechar</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="48"/>
        <source>Replace a bundled contact</source>
        <translation>Substituir um contacto incluído</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="49"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="51"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="52"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="54"/>
        <source>Helps with</source>
        <translation>Ajuda em</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="62"/>
        <source>&amp;Helps with:</source>
        <translation>&amp;Ajuda em:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="63"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="64"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="65"/>
        <source>Website (shown as text)</source>
        <translation>Sítio web (mostrado como texto)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="66"/>
        <source>&amp;Website:</source>
        <translation>&amp;Sítio web:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="67"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="68"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Morada:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="69"/>
        <source>Opening hours</source>
        <translation>Horário de atendimento</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="70"/>
        <source>Opening ho&amp;urs:</source>
        <translation>&amp;Horário de atendimento:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="72"/>
        <source>Languages spoken, separated by commas</source>
        <translation>Línguas faladas, separadas por vírgulas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="73"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Línguas faladas:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="75"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="82"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="84"/>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="85"/>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="92"/>
        <source>Last chec&amp;ked:</source>
        <translation>Última &amp;verificação:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="93"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="94"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="99"/>
        <source>Write in your own words, in one language: the entry is shown as written whatever content language is chosen.</source>
        <translation>Escreva por palavras suas, numa só língua: o contacto aparece tal como foi escrito, seja qual for a língua do conteúdo escolhida.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="143"/>
        <source>Give the organisation&apos;s name.</source>
        <translation>Indique o nome da organização.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="145"/>
        <source>Tick at least one thing it helps with.</source>
        <translation>Assinale pelo menos um tema em que a organização ajuda.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="147"/>
        <source>Give a phone number, a website or an address.</source>
        <translation>Indique um número de telefone, um sítio web ou uma morada.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="149"/>
        <source>The phone number may hold only digits, spaces, + ( ) . / and -.</source>
        <translation>O número de telefone só pode ter algarismos, espaços, + ( ) . / e -.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="151"/>
        <source>The website must be one address without spaces.</source>
        <translation>O sítio web tem de ser um único endereço, sem espaços.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="63"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="89"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="65"/>
        <source>Everyone who uses this PC sees these contacts. Your own entries are shown as you wrote them in every content language. The bundled contacts can be hidden or replaced, not changed.</source>
        <translation>Todos os utilizadores deste computador veem estes contactos. Os contactos que acrescentar aparecem tal como os escreveu, em todas as línguas do conteúdo. Os contactos incluídos na aplicação podem ser ocultados ou substituídos, mas não alterados.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="71"/>
        <source>Filter by name, phone or notes</source>
        <translation>Filtrar por nome, telefone ou notas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="72"/>
        <source>Filter contacts</source>
        <translation>Filtrar contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="76"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="93"/>
        <source>Helps with</source>
        <translation>Ajuda em</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="77"/>
        <source>Helps with anything</source>
        <translation>Ajuda em qualquer tema</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="80"/>
        <source>Show hidden &amp;bundled contacts</source>
        <translation>Mostrar contactos incluídos o&amp;cultos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="81"/>
        <source>Show hidden bundled contacts</source>
        <translation>Mostrar contactos incluídos ocultos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="92"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="92"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="93"/>
        <source>Phone or website</source>
        <translation>Telefone ou sítio web</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="94"/>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="96"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="110"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="111"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="228"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="229"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="231"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="112"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="228"/>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="229"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="113"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="114"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="172"/>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="174"/>
        <source>%1 (replaces a bundled contact)</source>
        <translation>%1 (substitui um contacto incluído)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="175"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="177"/>
        <source>%1 – check this</source>
        <translation>%1 – a verificar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="230"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Substituir…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="230"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="231"/>
        <source>&amp;Show again</source>
        <translation>&amp;Mostrar de novo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="305"/>
        <source>Delete your version of “%1”? The bundled contact comes back.</source>
        <translation>Eliminar a sua versão de «%1»? O contacto incluído volta a aparecer.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="307"/>
        <source>Delete “%1” for everyone on this PC?</source>
        <translation>Eliminar «%1» para todos os utilizadores deste computador?</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="309"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="319"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="320"/>
        <source>Contacts (*.csv *.json)</source>
        <translation>Contactos (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="344"/>
        <source>Contacts added: %1; changed: %2.</source>
        <translation>Contactos adicionados: %1; alterados: %2.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="350"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="351"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para folhas de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="363"/>
        <source>There are no contacts of this office to export yet.</source>
        <translation>Ainda não há contactos deste serviço para exportar.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="370"/>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível guardar o ficheiro: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_dialog.py" line="373"/>
        <source>Contacts exported to %2: %1.</source>
        <translation>Contactos exportados: %1, para o ficheiro %2.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="133"/>
        <source>Loading the toolkits…</source>
        <translation>A carregar os kits…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="135"/>
        <source>Type in the search box, or choose a situation:</source>
        <translation>Escreva na caixa de pesquisa, ou escolha uma situação:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="136"/>
        <source>Situations</source>
        <translation>Situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="188"/>
        <source>How things work in each country</source>
        <translation>Como funciona em cada país</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="173"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="175"/>
        <source>%1: %2 to add, %3 to change, %4 skipped. Nothing is written until you choose Import.</source>
        <translation>%1: %2 a adicionar, %3 a alterar, %4 a ignorar. Nada é guardado até escolher Importar.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="185"/>
        <source>Rows of the file</source>
        <translation>Linhas do ficheiro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="186"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="186"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="187"/>
        <source>Organisation and reason</source>
        <translation>Organização e motivo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="190"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="192"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="193"/>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="195"/>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="206"/>
        <source>Columns not used: %1</source>
        <translation>Colunas não usadas: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="212"/>
        <source>The first %1 lines are listed.</source>
        <translation>São mostradas as primeiras %1 linhas.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/contacts_forms.py" line="215"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="72"/>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="76"/>
        <source>Keys during a show</source>
        <translation>Teclas durante a apresentação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="77"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="77"/>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="144"/>
        <source>Click or press Enter on a language. Esc: close</source>
        <translation>Clique ou prima Enter numa língua. Esc: fechar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="145"/>
        <source>Point to your language</source>
        <translation>Aponte para a sua língua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/language_card.py" line="163"/>
        <source>The client pointed at: %1</source>
        <translation>A pessoa apontou para: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="19"/>
        <source>English</source>
        <translation>inglês</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="326"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="327"/>
        <source>Content language:</source>
        <translation>Língua do conteúdo:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="328"/>
        <source>Content language</source>
        <translation>Língua do conteúdo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="329"/>
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation>A língua das fichas e dos kits; os menus mantêm a sua própria língua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="331"/>
        <location filename="../equalcity_desktop/ui/main_window.py" line="352"/>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="333"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="334"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Present</source>
        <translation>&amp;Apresentar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="336"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="337"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Língua dos menus</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="339"/>
        <source>Save as PDF &amp;beside another language</source>
        <translation>Guardar como PDF &amp;ao lado de outra língua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="340"/>
        <source>&amp;Colours</source>
        <translation>&amp;Cores</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="341"/>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="341"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="342"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="342"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="345"/>
        <source>Clear the screen when &amp;unused</source>
        <translation>Limpar o ecrã após &amp;inatividade</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="348"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="349"/>
        <source>After %n minutes without input</source>
        <translation>
            <numerusform>Após %n minuto sem atividade</numerusform>
            <numerusform>Após %n minutos sem atividade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="350"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="351"/>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="371"/>
        <source>pack: %1</source>
        <translation>pacote: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="373"/>
        <source>found in %1</source>
        <translation>encontrado em %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="453"/>
        <source>The toolkits could not be opened: %1</source>
        <translation>Não foi possível abrir os kits: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="505"/>
        <source>This page is not available in this library.</source>
        <translation>Esta página não está disponível nesta biblioteca.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="512"/>
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Abrir este endereço no seu navegador?

%1

O Equalcity nunca se liga à internet.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="525"/>
        <location filename="../equalcity_desktop/ui/main_window.py" line="621"/>
        <source>Open a card or a page first.</source>
        <translation>Abra primeiro uma ficha ou uma página.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="25"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="26"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/printing.py" line="35"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Não foi possível guardar o PDF: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="599"/>
        <source>Open a training module or a document first, then press Present.</source>
        <translation>Abra primeiro um módulo de formação ou um documento e depois escolha Apresentar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="767"/>
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation>
            <numerusform>%n ficheiro de conteúdo tinha um problema e foi ignorado; todo o resto está aqui.</numerusform>
            <numerusform>%n ficheiros de conteúdo tinham problemas e foram ignorados; todo o resto está aqui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="775"/>
        <source>These content files were skipped:</source>
        <translation>Estes ficheiros de conteúdo foram ignorados:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="781"/>
        <source>The About page is missing from this library.</source>
        <translation>A página «Sobre» não está nesta biblioteca.</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="33"/>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="53"/>
        <source>Situations</source>
        <translation>Situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="65"/>
        <source>Toolkits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="73"/>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="108"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="87"/>
        <source> (check this)</source>
        <translation> (a verificar)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="62"/>
        <source>Country guides</source>
        <translation>Guias dos países</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="34"/>
        <source>Overview of all slides</source>
        <translation>Vista geral de todos os diapositivos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/dialogs.py" line="38"/>
        <source>All slides</source>
        <translation>Todos os diapositivos</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="126"/>
        <source>Content packs</source>
        <translation>Pacotes de conteúdos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="127"/>
        <source>Packs add content to this PC, for example a city&apos;s own cards. Import one from a file, such as on a USB stick.</source>
        <translation>Os pacotes acrescentam conteúdos a este computador, por exemplo as fichas próprias de uma cidade. Importe um pacote a partir de um ficheiro, por exemplo numa pen USB.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Pack</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="129"/>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="130"/>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="131"/>
        <source>Installed content packs</source>
        <translation>Pacotes de conteúdos instalados</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="132"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="133"/>
        <source>Import from file…</source>
        <translation>Importar de um ficheiro…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="134"/>
        <source>Import a content pack from a file</source>
        <translation>Importar um pacote de conteúdos a partir de um ficheiro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="135"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="136"/>
        <source>Remove the selected pack</source>
        <translation>Remover o pacote selecionado</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="137"/>
        <source>Yes, remove it</source>
        <translation>Sim, remover</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="138"/>
        <source>Confirm removing the pack</source>
        <translation>Confirmar a remoção do pacote</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="139"/>
        <source>Trusted keys…</source>
        <translation>Chaves de confiança…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="140"/>
        <source>Manage the keys this PC trusts</source>
        <translation>Gerir as chaves em que este computador confia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="142"/>
        <source>Do not install this pack</source>
        <translation>Não instalar este pacote</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="143"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="144"/>
        <source>What the pack contains</source>
        <translation>O que o pacote contém</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="191"/>
        <source>Import a content pack</source>
        <translation>Importar um pacote de conteúdos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="192"/>
        <source>Content packs (*.zip)</source>
        <translation>Pacotes de conteúdos (*.zip)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="200"/>
        <source>Checking the pack…</source>
        <translation>A verificar o pacote…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="227"/>
        <source>The pack was not installed: %1.</source>
        <translation>O pacote não foi instalado: %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="230"/>
        <source>situation cards</source>
        <translation>fichas de situação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="230"/>
        <source>sections</source>
        <translation>secções</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="231"/>
        <source>training modules</source>
        <translation>módulos de formação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="231"/>
        <source>posters</source>
        <translation>cartazes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="232"/>
        <source>glossary terms</source>
        <translation>termos do glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="232"/>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="233"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="236"/>
        <source>“%1”, version %2</source>
        <translation>«%1», versão %2</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="238"/>
        <source>Languages: %1</source>
        <translation>Línguas: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="240"/>
        <source>Contains: %1</source>
        <translation>Contém: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="242"/>
        <source>Signed by “%1” (key %2), a key this PC trusts.</source>
        <translation>Assinado por “%1” (chave %2), uma chave em que este computador confia.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="245"/>
        <source>Warning: signed with a key this PC does not trust (key %1). Nothing shows that it comes from your office.</source>
        <translation>Atenção: assinado com uma chave em que este computador não confia (chave %1). Nada mostra que vem do seu serviço.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="249"/>
        <source>Warning: not signed. Nothing shows who made this pack or that nobody changed it.</source>
        <translation>Atenção: não assinado. Nada mostra quem fez este pacote nem que ninguém o alterou.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="252"/>
        <source>Version %1 is installed, which is newer. Installing this pack replaces it with the older version.</source>
        <translation>Está instalada a versão %1, que é mais recente. Se instalar este pacote, essa versão é substituída pela mais antiga.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="255"/>
        <source>Replace with the older version</source>
        <translation>Substituir pela versão mais antiga</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="257"/>
        <source>Replaces the installed version %1.</source>
        <translation>Substitui a versão instalada %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="259"/>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="261"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="274"/>
        <source>Install a pack nobody vouches for?</source>
        <translation>Instalar um pacote pelo qual ninguém se responsabiliza?</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="275"/>
        <source>No key this PC trusts signed this pack. Once installed, its cards, contacts and terms appear in the app beside the bundled guidance, and nothing shows who wrote them or whether someone changed them on the way. Install it only if you know where it came from.</source>
        <translation>Nenhuma chave em que este computador confia assinou este pacote. Depois de instalado, as suas fichas, contactos e termos aparecem na aplicação ao lado do conteúdo incluído, e nada mostra quem os escreveu nem se alguém os alterou pelo caminho. Instale-o apenas se souber de onde veio.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="281"/>
        <source>Install anyway</source>
        <translation>Instalar mesmo assim</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="284"/>
        <source>Install the unsigned pack anyway</source>
        <translation>Instalar mesmo assim o pacote não assinado</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="314"/>
        <source>Installed “%1”, version %2.</source>
        <translation>Pacote instalado: «%1», versão %2.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="326"/>
        <source>Nothing was installed.</source>
        <translation>Não foi instalado nada.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="337"/>
        <source>Remove “%1”? Its content leaves the app on this PC; you can import it again later.</source>
        <translation>Remover «%1»? O seu conteúdo deixa de estar na aplicação neste computador; pode voltar a importá-lo mais tarde.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="350"/>
        <source>The pack was not removed: %1.</source>
        <translation>O pacote não foi removido: %1.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/packs_dialog.py" line="352"/>
        <source>The pack was removed.</source>
        <translation>O pacote foi removido.</translation>
    </message>
</context>
<context>
    <name>PhraseChoice</name>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="53"/>
        <source>Key phrases for the client</source>
        <translation>Frases-chave para a pessoa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="69"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="76"/>
        <source>&amp;Client&apos;s language</source>
        <translation>&amp;Língua da pessoa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="82"/>
        <source>Use these phrases only until an interpreter is there. Arrow keys: next and previous phrase; Esc: close.</source>
        <translation>Use estas frases só enquanto não houver intérprete. Setas: frase seguinte e anterior; Esc: fechar.</translation>
    </message>
</context>
<context>
    <name>PhraseView</name>
    <message>
        <location filename="../equalcity_desktop/ui/phrase_view.py" line="171"/>
        <source>Text for the client</source>
        <translation>Texto para a pessoa</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="171"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="171"/>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="172"/>
        <source>Black</source>
        <translation>Preto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="172"/>
        <source>White</source>
        <translation>Branco</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="173"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="237"/>
        <source>Pause timer</source>
        <translation>Pausar cronómetro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="173"/>
        <source>Reset timer</source>
        <translation>Repor cronómetro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="174"/>
        <source>Overview</source>
        <translation>Vista geral</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="174"/>
        <source>Swap screens</source>
        <translation>Trocar ecrãs</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="175"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="175"/>
        <source>End show</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="180"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="187"/>
        <source>Now on screen</source>
        <translation>Agora no ecrã</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="181"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="188"/>
        <source>Next slide</source>
        <translation>Diapositivo seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="182"/>
        <source>Notes in</source>
        <translation>Notas em</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="183"/>
        <source>Language of the trainer notes</source>
        <translation>Língua das notas para a formação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="184"/>
        <location filename="../equalcity_desktop/ui/show/console.py" line="185"/>
        <source>Step plan</source>
        <translation>Plano das etapas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="186"/>
        <source>Trainer notes</source>
        <translation>Notas para a formação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="189"/>
        <source>Time since the start</source>
        <translation>Tempo desde o início</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="190"/>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="196"/>
        <source>%1. %2 (%3 min, from %4 min)</source>
        <translation>%1. %2 (%3 min, a partir do minuto %4)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="219"/>
        <source>No notes for this slide.</source>
        <translation>Sem notas para este diapositivo.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="225"/>
        <source>Slide %1 of %2</source>
        <translation>Diapositivo %1 de %2</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="230"/>
        <source>black screen</source>
        <translation>ecrã preto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="232"/>
        <source>white screen</source>
        <translation>ecrã branco</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="236"/>
        <source>Resume timer</source>
        <translation>Retomar cronómetro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="253"/>
        <source>Planned: no timed steps for this document</source>
        <translation>Plano: este documento não tem etapas com duração prevista</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="257"/>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="259"/>
        <source>%1 of %2 min</source>
        <translation>%1 de %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/show/console.py" line="263"/>
        <source>over time by %n min</source>
        <translation>
            <numerusform>%n min acima do previsto</numerusform>
            <numerusform>%n min acima do previsto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="265"/>
        <source>almost at the planned time</source>
        <translation>quase no tempo previsto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="267"/>
        <source>on time</source>
        <translation>dentro do tempo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/console.py" line="268"/>
        <source>] next step, [ previous step</source>
        <translation>] etapa seguinte, [ etapa anterior</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="117"/>
        <source>Search: a situation, a word, a question…</source>
        <translation>Pesquisar: uma situação, uma palavra, uma pergunta…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="118"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="120"/>
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>Os resultados aparecem enquanto escreve. Prima a seta para baixo para ir para os resultados.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="121"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="122"/>
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Nada encontrado para estas palavras. Experimente menos palavras ou outras, ou veja as situações.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="124"/>
        <source>Search everything again</source>
        <translation>Pesquisar de novo em tudo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="134"/>
        <source>for:</source>
        <translation>para:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="125"/>
        <source>Open the glossary</source>
        <translation>Abrir o glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="126"/>
        <source>Search in toolkit</source>
        <translation>Pesquisar no kit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="127"/>
        <source>Search for</source>
        <translation>Pesquisar em</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="146"/>
        <source>All toolkits</source>
        <translation>Todos os kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="150"/>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="151"/>
        <source>Situation cards</source>
        <translation>Fichas de situação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="152"/>
        <source>Toolkit sections</source>
        <translation>Secções dos kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="153"/>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="154"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="155"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="194"/>
        <source>Did you mean %1?</source>
        <translation>Queria dizer %1?</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/show.py" line="121"/>
        <source>Reset the timer to zero?</source>
        <translation>Repor o cronómetro a zero?</translation>
    </message>
</context>
<context>
    <name>ShowKeys</name>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="25"/>
        <source>Next slide</source>
        <translation>Diapositivo seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="27"/>
        <source>Previous slide</source>
        <translation>Diapositivo anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="28"/>
        <source>First slide</source>
        <translation>Primeiro diapositivo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="29"/>
        <source>Last slide</source>
        <translation>Último diapositivo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="31"/>
        <source>Type a slide number, then Enter: go to that slide</source>
        <translation>Escreva o número de um diapositivo e prima Enter: ir para esse diapositivo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="33"/>
        <source>Black screen on or off (the slides go on behind it)</source>
        <translation>Ativar ou desativar o ecrã preto (os diapositivos continuam por trás)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="35"/>
        <source>White screen on or off (the slides go on behind it)</source>
        <translation>Ativar ou desativar o ecrã branco (os diapositivos continuam por trás)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="37"/>
        <source>Audience window full screen on or off</source>
        <translation>Janela do público em ecrã inteiro: ativar ou desativar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="38"/>
        <source>Swap the two screens</source>
        <translation>Trocar os dois ecrãs</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="40"/>
        <source>With one screen: show or hide the presenter console</source>
        <translation>Com um só ecrã: mostrar ou ocultar a consola do apresentador</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="41"/>
        <source>Next step of the plan</source>
        <translation>Etapa seguinte do plano</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="42"/>
        <source>Previous step of the plan</source>
        <translation>Etapa anterior do plano</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="44"/>
        <source>Pause or resume the timer (it is not reset)</source>
        <translation>Pausar ou retomar o cronómetro (não volta a zero)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="45"/>
        <source>Reset the timer (asks first)</source>
        <translation>Repor o cronómetro a zero (pede confirmação)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="46"/>
        <source>Overview of all slides</source>
        <translation>Vista geral de todos os diapositivos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="47"/>
        <source>Larger notes</source>
        <translation>Notas em letra maior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="48"/>
        <source>Smaller notes</source>
        <translation>Notas em letra menor</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="49"/>
        <source>This list of keys</source>
        <translation>Esta lista de teclas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/show/keymap.py" line="50"/>
        <source>End the show</source>
        <translation>Terminar a apresentação</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="69"/>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="74"/>
        <source>Trusted keys</source>
        <translation>Chaves de confiança</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="70"/>
        <source>Packs signed with one of these keys install without a warning. Add only the public key (.pub file) your office gave you.</source>
        <translation>Os pacotes assinados com uma destas chaves instalam-se sem aviso. Adicione apenas a chave pública (ficheiro .pub) que o seu serviço lhe deu.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="73"/>
        <source>Added</source>
        <translation>Adicionada</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="75"/>
        <source>Add from file…</source>
        <translation>Adicionar de um ficheiro…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="76"/>
        <source>Add a trusted key from a file</source>
        <translation>Adicionar uma chave de confiança a partir de um ficheiro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="77"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="78"/>
        <source>Stop trusting the selected key</source>
        <translation>Deixar de confiar na chave escolhida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="79"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="111"/>
        <source>Add a trusted key</source>
        <translation>Adicionar uma chave de confiança</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="112"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Chaves públicas (*.pub);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="122"/>
        <source>The key was not added: %1</source>
        <translation>A chave não foi adicionada: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="124"/>
        <source>Packs signed by “%1” now install without a warning.</source>
        <translation>Os pacotes assinados por “%1” instalam-se agora sem aviso.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="136"/>
        <source>The key was not removed: %1</source>
        <translation>A chave não foi removida: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/trusted_keys_dialog.py" line="138"/>
        <source>Packs signed by “%1” now need a second confirmation; installed packs stay.</source>
        <translation>Os pacotes assinados por “%1” pedem agora uma segunda confirmação; os pacotes instalados ficam.</translation>
    </message>
</context>
</TS>
