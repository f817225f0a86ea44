<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Actions</name>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="27" />
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="28" />
        <source>Clear the screen and minimise the window at once (or press Shift three times)</source>
        <translation>Limpar o ecrã e minimizar a janela de imediato (ou prima Shift três vezes)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="30" />
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="32" />
        <source>Go to the search box</source>
        <translation>Ir para a caixa de pesquisa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="33" />
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35" />
        <source>Save the open page as a PDF</source>
        <translation>Guardar a página aberta como PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="36" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37" />
        <source>Print the open page</source>
        <translation>Imprimir a página aberta</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38" />
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39" />
        <source>Back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40" />
        <source>&amp;Forward</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42" />
        <source>Forward to the next page</source>
        <translation>Avançar para a página seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43" />
        <source>&amp;Home</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="44" />
        <source>Show all situations</source>
        <translation>Mostrar todas as situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45" />
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47" />
        <source>Make the text larger</source>
        <translation>Aumentar o texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48" />
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50" />
        <source>Make the text smaller</source>
        <translation>Diminuir o texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51" />
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="52" />
        <source>Reset the text size</source>
        <translation>Repor o tamanho do texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="53" />
        <source>&amp;Using this app</source>
        <translation>&amp;Usar esta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="55" />
        <source>How to find a card fast, and quick exit</source>
        <translation>Como encontrar depressa uma ficha, e a saída rápida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="56" />
        <source>S&amp;ources</source>
        <translation>&amp;Fontes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="57" />
        <source>Every source behind the text of this app</source>
        <translation>Todas as fontes do texto desta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="58" />
        <source>&amp;About Equalcity</source>
        <translation>&amp;Sobre o Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="59" />
        <source>Who made the toolkits, and what this app is</source>
        <translation>Quem fez os kits, e o que é esta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="61" />
        <source>Close Equalcity</source>
        <translation>Fechar o Equalcity</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="84" />
        <source>Loading the toolkits…</source>
        <translation>A carregar os kits…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="86" />
        <source>Type in the search box, or choose a situation:</source>
        <translation>Escreva na caixa de pesquisa, ou escolha uma situação:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="87" />
        <source>Situations</source>
        <translation>Situações</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="8" />
        <source>Situation card</source>
        <translation>Ficha de situação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="9" />
        <source>Toolkit section</source>
        <translation>Secção do kit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="10" />
        <source>Training module</source>
        <translation>Módulo de formação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="11" />
        <source>Poster</source>
        <translation>Cartaz</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="12" />
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="13" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="14" />
        <source>About this app</source>
        <translation>Sobre esta aplicação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="16" />
        <source>All toolkits</source>
        <translation>Todos os kits</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="20" />
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="21" />
        <source>Dutch</source>
        <translation>neerlandês</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="22" />
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="23" />
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="268" />
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="269" />
        <source>Content language:</source>
        <translation>Língua do conteúdo:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="270" />
        <source>Content language</source>
        <translation>Língua do conteúdo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="271" />
        <source>The language of the cards and toolkits; the menus keep their own language</source>
        <translation>A língua das fichas e dos kits; os menus mantêm a sua própria língua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="273" />
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="275" />
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="276" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="277" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="278" />
        <source>&amp;Interface language</source>
        <translation>&amp;Língua dos menus</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="279" />
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="280" />
        <source>Save as PDF &amp;beside another language</source>
        <translation>Guardar como PDF &amp;ao lado de outra língua</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="281" />
        <source>&amp;Colours</source>
        <translation>&amp;Cores</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="282" />
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="282" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="283" />
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="283" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="286" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="287" />
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="299" />
        <source>found in %1</source>
        <translation>encontrado em %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="329" />
        <source>The toolkits could not be opened: %1</source>
        <translation>Não foi possível abrir os kits: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="381" />
        <source>This page is not available in this library.</source>
        <translation>Esta página não está disponível nesta biblioteca.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="388" />
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Abrir este endereço no seu navegador?

%1

O Equalcity nunca se liga à internet.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="399" />
        <source>Open a card or a page first.</source>
        <translation>Abra primeiro uma ficha ou uma página.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="407" />
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="407" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="414" />
        <source>The PDF could not be saved: %1</source>
        <translation>Não foi possível guardar o PDF: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="520" />
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation><numerusform>%n ficheiro de conteúdo tinha um problema e foi ignorado; todo o resto está aqui.</numerusform><numerusform>%n ficheiros de conteúdo tinham problemas e foram ignorados; todo o resto está aqui.</numerusform></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="528" />
        <source>These content files were skipped:</source>
        <translation>Estes ficheiros de conteúdo foram ignorados:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="534" />
        <source>The About page is missing from this library.</source>
        <translation>A página «Sobre» não está nesta biblioteca.</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="30" />
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45" />
        <source>Situations</source>
        <translation>Situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="52" />
        <source>Toolkits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60" />
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="86" />
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="65" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="66" />
        <source>European Union</source>
        <translation>União Europeia</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="66" />
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="67" />
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="67" />
        <source>Italy</source>
        <translation>Itália</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="68" />
        <source>Sweden</source>
        <translation>Suécia</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="117" />
        <source>Search: a situation, a word, a question…</source>
        <translation>Pesquisar: uma situação, uma palavra, uma pergunta…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="118" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="120" />
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>Os resultados aparecem enquanto escreve. Prima a seta para baixo para ir para os resultados.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="121" />
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="122" />
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Nada encontrado para estas palavras. Experimente menos palavras ou outras, ou veja as situações.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="124" />
        <source>Search everything again</source>
        <translation>Pesquisar de novo em tudo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="125" />
        <source>Open the glossary</source>
        <translation>Abrir o glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="126" />
        <source>Search in toolkit</source>
        <translation>Pesquisar no kit</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="127" />
        <source>Search for</source>
        <translation>Pesquisar em</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="141" />
        <source>All toolkits</source>
        <translation>Todos os kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="145" />
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="146" />
        <source>Situation cards</source>
        <translation>Fichas de situação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="147" />
        <source>Toolkit sections</source>
        <translation>Secções dos kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="148" />
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="149" />
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="150" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/search_panel.py" line="189" />
        <source>Did you mean %1?</source>
        <translation>Queria dizer %1?</translation>
    </message>
</context>
</TS>