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
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="34" />
        <source>Back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="35" />
        <source>&amp;Forward</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="37" />
        <source>Forward to the next page</source>
        <translation>Avançar para a página seguinte</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="38" />
        <source>&amp;Home</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="39" />
        <source>Show all situations</source>
        <translation>Mostrar todas as situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="40" />
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="42" />
        <source>Make the text larger</source>
        <translation>Aumentar o texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="43" />
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="45" />
        <source>Make the text smaller</source>
        <translation>Diminuir o texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="46" />
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="47" />
        <source>Reset the text size</source>
        <translation>Repor o tamanho do texto</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="48" />
        <source>&amp;About Equalcity</source>
        <translation>&amp;Sobre o Equalcity</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="49" />
        <source>Who made the toolkits, and the sources</source>
        <translation>Quem fez os kits, e as fontes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="50" />
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/actions.py" line="51" />
        <source>Close Equalcity</source>
        <translation>Fechar o Equalcity</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="53" />
        <source>Loading the toolkits…</source>
        <translation>A carregar os kits…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="55" />
        <source>Type in the search box, or choose a situation:</source>
        <translation>Escreva na caixa de pesquisa, ou escolha uma situação:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/home_page.py" line="56" />
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
        <location filename="../equalcity_desktop/ui/labels.py" line="14" />
        <source>All toolkits</source>
        <translation>Todos os kits</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="18" />
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="19" />
        <source>Dutch</source>
        <translation>neerlandês</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="20" />
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/labels.py" line="21" />
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="261" />
        <source>Search: a situation, a word, a question…</source>
        <translation>Pesquisar: uma situação, uma palavra, uma pergunta…</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="262" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="264" />
        <source>Results appear as you type. Press Down to go to the results.</source>
        <translation>Os resultados aparecem enquanto escreve. Prima a seta para baixo para ir para os resultados.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="265" />
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="266" />
        <source>Nothing found for these words. Try fewer or other words, or browse the situations.</source>
        <translation>Nada encontrado para estas palavras. Experimente menos palavras ou outras, ou veja as situações.</translation>
    </message>
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
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="281" />
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="293" />
        <source>found in %1</source>
        <translation>encontrado em %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="330" />
        <source>The toolkits could not be opened: %1</source>
        <translation>Não foi possível abrir os kits: %1</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="403" />
        <source>This page is not available in this library.</source>
        <translation>Esta página não está disponível nesta biblioteca.</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="410" />
        <source>Open this address in your web browser?

%1

Equalcity itself never goes online.</source>
        <translation>Abrir este endereço no seu navegador?

%1

O Equalcity nunca se liga à internet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../equalcity_desktop/ui/main_window.py" line="496" />
        <source>%n content file(s) had problems and were skipped; everything else is here.</source>
        <translation><numerusform>%n ficheiro de conteúdo tinha um problema e foi ignorado; todo o resto está aqui.</numerusform><numerusform>%n ficheiros de conteúdo tinham problemas e foram ignorados; todo o resto está aqui.</numerusform></translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="504" />
        <source>These content files were skipped:</source>
        <translation>Estes ficheiros de conteúdo foram ignorados:</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/main_window.py" line="510" />
        <source>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;The four Equalcity toolkits, offline: safer spaces for LGBTQI+ people with a migration background (Brussels), migrant women and girls facing sexual and gender-based violence (Luxembourg), the wellbeing of unaccompanied migrant children (Rome) and dialogue with migrant parents against honour-related violence (Gothenburg).&lt;/p&gt;&lt;p&gt;The toolkits were made by IOM Belgium and Luxembourg with the cities and their partners, with funding from the European Union's Rights, Equality and Citizenship programme (2019-2021).&lt;/p&gt;&lt;p&gt;The text in this app was written for the app from the toolkits' principles and established guidance, with sources on every page. It is not an official IOM publication. The official toolkits are published by IOM Belgium and Luxembourg (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;This app never goes online and keeps no record of what you search or read.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Equalcity Desktop&lt;/h3&gt;&lt;p&gt;Os quatro kits Equalcity, offline: espaços mais seguros para pessoas LGBTQI+ com origem migrante (Bruxelas), mulheres e raparigas migrantes que enfrentam violência sexual e baseada no género (Luxemburgo), o bem-estar das crianças migrantes não acompanhadas (Roma) e o diálogo com pais migrantes contra a violência relacionada com a honra (Gotemburgo).&lt;/p&gt;&lt;p&gt;Os kits foram feitos pela OIM Bélgica e Luxemburgo com as cidades e os seus parceiros, com o apoio do programa Direitos, Igualdade e Cidadania da União Europeia (2019-2021).&lt;/p&gt;&lt;p&gt;O texto desta aplicação foi escrito para a aplicação a partir dos princípios dos kits e de orientações reconhecidas, com fontes em cada página. Não é uma publicação oficial da OIM. Os kits oficiais são publicados pela OIM Bélgica e Luxemburgo (belgium.iom.int/equalcity).&lt;/p&gt;&lt;p&gt;Esta aplicação nunca se liga à internet e não guarda o que pesquisa ou lê.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavPane</name>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="45" />
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="60" />
        <source>Situations</source>
        <translation>Situações</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="70" />
        <source>Toolkits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../equalcity_desktop/ui/nav_pane.py" line="78" />
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
</context>
</TS>