<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>NoteColour</name>
    <message>
        <location filename="../app/model/notecolour.cpp" line="+90" />
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purple</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grey</source>
        <translation>Cinza</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaFacts</name>
    <message>
        <location filename="../ui/agenda/agendafacts.cpp" line="+17" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Over capacity: %1 want it, the room seats %2</source>
        <translation>Acima da capacidade: %1 pessoas querem participar e a sala tem %2 lugares</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n pessoa a mais</numerusform>
            <numerusform>%n pessoas a mais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n voter(s) also want %1 at this time</source>
        <translation>
            <numerusform>%n votante também quer %1 neste horário</numerusform>
            <numerusform>%n votantes também querem %1 neste horário</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n voter(s) split with %1</source>
        <translation>
            <numerusform>%n votante dividido com %1</numerusform>
            <numerusform>%n votantes divididos com %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 also hosts %2 at this time</source>
        <translation>%1 também é responsável por %2 neste horário</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host also in %1</source>
        <translation>Responsável também em %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs an accessible room; %1 is not step-free</source>
        <translation>Precisa de uma sala acessível; %1 não tem acesso sem degraus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room not step-free</source>
        <translation>Sala não acessível</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The host cannot make this time slot</source>
        <translation>A pessoa responsável não está disponível neste horário</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host not free then</source>
        <translation>Responsável indisponível</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGeneration</name>
    <message>
        <location filename="../ui/agenda/agendageneration.cpp" line="+35" />
        <source>Generate agenda</source>
        <translation>Gerar a programação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looking for the agenda where most people can attend what they voted for…</source>
        <translation>Procurando a programação em que mais pessoas podem participar do que votaram…</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The agenda changed while it was being generated; generate it again.</source>
        <translation>A programação mudou enquanto era gerada; gere-a novamente.</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGenerator</name>
    <message>
        <location filename="../app/engines/scheduling/agendagenerator.cpp" line="+113" />
        <source>%1 hosts more sessions than the slots allow: “%2” stays unscheduled.</source>
        <translation>%1 conduz mais sessões do que os horários permitem: “%2” fica sem horário.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/engines/scheduling/agendamodel.cpp" line="+45" />
        <source>%n ballot vote(s) name no session and were ignored.</source>
        <translation>
            <numerusform>%n voto de cédula não corresponde a nenhuma sessão e foi ignorado.</numerusform>
            <numerusform>%n votos de cédula não correspondem a nenhuma sessão e foram ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>“%1” is pinned to a slot or room that does not exist; it was placed freely instead.</source>
        <translation>“%1” está fixada em um horário ou sala que não existe; foi posicionada livremente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is pinned to a slot it does not allow; it was placed freely instead.</source>
        <translation>“%1” está fixada em um horário que ela não permite; foi posicionada livremente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” needs an accessible room but is pinned to one that is not; it was placed freely instead.</source>
        <translation>“%1” precisa de uma sala acessível, mas está fixada em uma que não é; foi posicionada livremente.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is pinned to the same slot and room as “%2”; only “%2” keeps it.</source>
        <translation>“%1” está fixada no mesmo horário e sala que “%2”; só “%2” mantém esse lugar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is pinned to the same slot as “%2”, which has the same host; only “%2” keeps its pin.</source>
        <translation>“%1” está fixada no mesmo horário que “%2”, conduzida pela mesma pessoa; só “%2” continua fixada.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The agenda has no session slots, so no session can be placed.</source>
        <translation>A programação não tem horários de sessões, então nenhuma sessão pode ser posicionada.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The agenda has no rooms, so no session can be placed.</source>
        <translation>A programação não tem salas, então nenhuma sessão pode ser posicionada.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” allows no slot of this agenda, so it stays unscheduled.</source>
        <translation>“%1” não permite nenhum horário desta programação, então fica sem horário.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” needs an accessible room and there is none, so it stays unscheduled.</source>
        <translation>“%1” precisa de uma sala acessível e não há nenhuma, então fica sem horário.</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGridModel</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendacelldelegate.cpp" line="+279" />
        <source>(+%n more)</source>
        <extracomment>After the last warning shown in a cell: how many more its tooltip lists</extracomment>
        <translation>
            <numerusform>(+%n outro)</numerusform>
            <numerusform>(+%n outros)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agenda/agendagridmodel.cpp" line="+155" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <location line="+16" />
        <location line="+75" />
        <source>%n seat(s)</source>
        <extracomment>Demand against capacity: "45 votes / 20 seats"</extracomment>
        <translation>
            <numerusform>%n lugar</numerusform>
            <numerusform>%n lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>%n vote(s) + %1 on paper</source>
        <extracomment>Votes from ballots and from paper dots: "40 votes + 5 on paper"</extracomment>
        <translation>
            <numerusform>%n voto + %1 em papel</numerusform>
            <numerusform>%n votos + %1 em papel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Plenary</source>
        <translation>Plenária</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Free: %1</source>
        <translation>Livre: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pinned: the generator leaves it here</source>
        <translation>Fixada: a geração automática a mantém aqui</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Capacity unknown</source>
        <translation>Capacidade desconhecida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accessible (step-free)</source>
        <translation>Acessível (sem degraus)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not step-free</source>
        <translation>Não acessível</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaListDialog</name>
    <message>
        <location filename="../ui/agenda/agendalistdialog.cpp" line="+25" />
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaPage</name>
    <message>
        <location filename="../ui/agenda/agendapage.cpp" line="+145" />
        <source>Generation cancelled: the agenda is unchanged.</source>
        <translation>Geração cancelada: a programação não foi alterada.</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+2" />
        <source>&amp;Agenda</source>
        <translation>&amp;Programação</translation>
    </message>
    <message>
        <location line="-1" />
        <source>&amp;Move Session To</source>
        <translation>Mo&amp;ver sessão para</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the agenda grid instead of the board</source>
        <translation>Mostrar a grade da programação em vez do quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rooms…</source>
        <translation>&amp;Salas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add, change or remove the rooms: the columns of the agenda</source>
        <translation>Adicionar, alterar ou remover as salas: as colunas da programação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Time Slots…</source>
        <translation>&amp;Horários…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add, change or remove the time slots, breaks and plenaries: the rows of the agenda</source>
        <translation>Adicionar, alterar ou remover os horários, intervalos e plenárias: as linhas da programação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from a One-Day Unconference &amp;Template…</source>
        <translation>Começar com um &amp;modelo de desconferência de um dia…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Four rooms and a day from 9:00 to 17:00 with four session slots, to adjust</source>
        <translation>Quatro salas e um dia das 9h às 17h com quatro horários de sessões, para ajustar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sessions…</source>
        <translation>S&amp;essões…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The candidate sessions: titles, hosts, languages, the slots their hosts can make</source>
        <translation>As sessões candidatas: títulos, responsáveis, idiomas e os horários em que os responsáveis estão disponíveis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create Sessions from T&amp;hemes</source>
        <translation>Criar sessões a partir dos &amp;temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session for each theme that has none yet</source>
        <translation>Uma sessão para cada tema que ainda não tem nenhuma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Session by &amp;Hand…</source>
        <translation>&amp;Adicionar sessão manualmente…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit Session…</source>
        <translation>E&amp;ditar sessão…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pin or Unpin Session</source>
        <translation>&amp;Fixar ou desafixar sessão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A pinned session stays where it is when the agenda is generated</source>
        <translation>Uma sessão fixada permanece onde está quando a programação é gerada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unschedule Session</source>
        <translation>&amp;Retirar sessão da programação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the session off the grid, back to the unscheduled list</source>
        <translation>Tirar a sessão da grade e devolvê-la à lista de sessões sem horário</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Generate Agenda</source>
        <translation>&amp;Gerar a programação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place the sessions so that people can attend as much of what they voted for as possible, popular sessions in big rooms; pins stay</source>
        <translation>Distribuir as sessões para que as pessoas possam participar do máximo possível do que votaram, com as sessões mais populares nas salas maiores; as fixadas não se movem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;resent Agenda</source>
        <translation>Aprese&amp;ntar a programação</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Start from a one-day unconference template…</source>
        <translation>Começar com um modelo de desconferência de um dia…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rooms…</source>
        <translation>Salas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time slots…</source>
        <translation>Horários…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Votes from:</source>
        <translation>&amp;Votos da:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The voting round whose ballots the grid counts and Generate Agenda follows. The current round is the open one, else the latest.</source>
        <translation>A rodada de votação cujas cédulas a grade conta e que «Gerar a programação» segue. A rodada atual é a aberta ou, se não houver, a mais recente.</translation>
    </message>
    <message>
        <location line="+106" />
        <source>Current round</source>
        <translation>rodada atual</translation>
    </message>
    <message>
        <location line="-104" />
        <source>Agenda grid</source>
        <translation>Grade da programação</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Show the agenda on the projector, full screen (Esc leaves)</source>
        <translation>Mostrar a programação no projetor, em tela cheia (Esc sai)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Time slots are rows and rooms are columns. Space picks up the session of the current cell, the arrow keys choose where it goes and Enter puts it there; Esc cancels. P pins or unpins it, Delete unschedules it.</source>
        <translation>Os horários são as linhas e as salas, as colunas. Espaço pega a sessão da célula atual, as setas escolhem para onde ela vai e Enter a coloca lá; Esc cancela. P fixa ou desafixa a sessão, Delete a deixa sem horário.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unscheduled sessions</source>
        <translation>Sessões sem horário</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space or Enter picks up the selected session to place it in the grid.</source>
        <translation>Espaço ou Enter pega a sessão selecionada para colocá-la na grade.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>&lt;h2&gt;No agenda yet&lt;/h2&gt;&lt;p&gt;The agenda needs rooms (its columns) and time slots (its rows). Start from a template and adjust it, or add them yourself.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ainda não há programação&lt;/h2&gt;&lt;p&gt;A programação precisa de salas (as colunas) e horários (as linhas). Comece com um modelo e ajuste-o, ou adicione-os manualmente.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h2&gt;No rooms yet&lt;/h2&gt;&lt;p&gt;Add the rooms sessions can take place in.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ainda não há salas&lt;/h2&gt;&lt;p&gt;Adicione as salas onde as sessões podem acontecer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h2&gt;No session slots yet&lt;/h2&gt;&lt;p&gt;Add time slots of the kind “Sessions”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ainda não há horários de sessões&lt;/h2&gt;&lt;p&gt;Adicione horários do tipo “Sessões”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Unscheduled sessions (%1)</source>
        <translation>Sessões &amp;sem horário (%1)</translation>
    </message>
    <message>
        <location line="+115" />
        <source>One-day unconference</source>
        <translation>Desconferência de um dia</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Four rooms (60, 40, 30 and 20 seats) and a day from 9:00 to 17:00: opening, four session slots with coffee and lunch between them, closing. Change anything afterwards.</source>
        <translation>Quatro salas (60, 40, 30 e 20 lugares) e um dia das 9h às 17h: abertura, quatro horários de sessões com café e almoço entre eles e encerramento. Depois você pode mudar o que quiser.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Only a session on the grid can be pinned.</source>
        <translation>Só é possível fixar uma sessão que esteja na grade.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 (free)</source>
        <translation>%1 (livre)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (here now)</source>
        <translation>%1 (está aqui)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (swap with “%2”)</source>
        <translation>%1 (trocar com “%2”)</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaSummary</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendasummary.cpp" line="+69" />
        <source>%n ballot(s) in “%1”, but no session comes from the themes they name: use Create Sessions from Themes in the Agenda menu.</source>
        <translation>
            <numerusform>%n cédula em “%1”, mas nenhuma sessão vem dos temas que ela inclui: use «Criar sessões a partir dos temas» no menu Programação.</numerusform>
            <numerusform>%n cédulas em “%1”, mas nenhuma sessão vem dos temas que elas incluem: use «Criar sessões a partir dos temas» no menu Programação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>No ballots in “%1” yet; “%2” has %n ballot(s): choose it under Votes from.</source>
        <translation>
            <numerusform>Ainda não há cédulas em “%1”; “%2” tem %n cédula: escolha-a em «Votos da».</numerusform>
            <numerusform>Ainda não há cédulas em “%1”; “%2” tem %n cédulas: escolha-a em «Votos da».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No ballots in this round yet: the agenda follows paper tallies and room sizes only.</source>
        <translation>Ainda não há cédulas nesta rodada de votação: a programação considera apenas os votos em papel e o tamanho das salas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ballot votes attendable: %1 of %2 · missed: %3 · seat overflow: %4</source>
        <extracomment>A = votes people can attend, T = all ballot votes, M = missed, O = seat overflow Numbers stand after their labels, so no noun has to agree with a count.</extracomment>
        <translation>Votos de cédula atendidos: %1 de %2 · perdidos: %3 · excesso de lugares: %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The best possible: no agenda lets people attend more of what they voted for.</source>
        <translation>O melhor possível: nenhuma programação permite participar de mais do que foi votado.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within %1 % of the best possible (no agenda can reach more than %2).</source>
        <extracomment>%1 is a percentage, e.g. "1.2"; %2 the most attendable votes any agenda could reach</extracomment>
        <translation>A menos de %1% do melhor possível (nenhuma programação pode atender mais de %2 votos).</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Generated in %1 s: %n session(s) moved</source>
        <translation>
            <numerusform>Gerada em %1 s: %n sessão movida</numerusform>
            <numerusform>Gerada em %1 s: %n sessões movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n newly scheduled</source>
        <translation>
            <numerusform>%n recém-agendada</numerusform>
            <numerusform>%n recém-agendadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n left unscheduled</source>
        <translation>
            <numerusform>%n ficou sem horário</numerusform>
            <numerusform>%n ficaram sem horário</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::Application</name>
    <message>
        <location filename="../ui/application.cpp" line="+57" />
        <source>Cabildo</source>
        <translation>Cabildo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Event file to open.</source>
        <translation>Arquivo de evento que será aberto.</translation>
    </message>
</context>
<context>
    <name>cabildo::BoardPage</name>
    <message>
        <location filename="../ui/boardpage.cpp" line="+122" />
        <source>Paste as notes</source>
        <translation>Colar como notas</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add %n note(s), one for each line of the pasted text?</source>
        <translation>
            <numerusform>Adicionar %n nota, uma para cada linha do texto colado?</numerusform>
            <numerusform>Adicionar %n notas, uma para cada linha do texto colado?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Adicionar %n nota</numerusform>
            <numerusform>Adicionar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Note not added</source>
        <translation>Nota não adicionada</translation>
    </message>
    <message>
        <location line="-53" />
        <source>This event is open read-only: changes are disabled.</source>
        <translation>Este evento está aberto em modo somente leitura: as alterações estão desativadas.</translation>
    </message>
</context>
<context>
    <name>cabildo::BoardView</name>
    <message>
        <location filename="../ui/board/boardview.cpp" line="+36" />
        <location filename="../ui/mainwindow.cpp" line="+344" />
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <location line="+496" />
        <source>Note text</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <location line="+68" />
        <location line="+3" />
        <source>Note not changed</source>
        <translation>Nota não alterada</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+5" />
        <source>Remove Picture</source>
        <translation>Remover a imagem</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Remove this note's picture? Its text stays.

This cannot be undone: the picture is erased from the event file, and Undo does not bring it back.</source>
        <translation>Remover a imagem desta nota? O texto continua.

Isso não pode ser desfeito: a imagem é apagada do arquivo do evento, e Desfazer não a traz de volta.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Picture not removed</source>
        <translation>Imagem não removida</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+1" />
        <source>Tab and Shift+Tab select the next or previous note. The arrow keys move the selected notes, with Shift in bigger steps. Enter or F2 edits the selected note, Delete removes the selected notes and Esc clears the selection. Ctrl+Tab leaves the board.</source>
        <translation>Tab e Shift+Tab selecionam a nota seguinte ou a anterior. As setas movem as notas selecionadas, com Shift em passos maiores. Enter ou F2 edita a nota selecionada, Delete exclui as notas selecionadas e Esc limpa a seleção. Ctrl+Tab sai do quadro.</translation>
    </message>
</context>
<context>
    <name>cabildo::CaptureBar</name>
    <message>
        <location filename="../ui/capturebar.cpp" line="+119" />
        <source>Type a note and press Enter (paste several lines to add many)</source>
        <translation>Digite uma nota e pressione Enter (cole várias linhas para adicionar várias notas)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Colour of new notes</source>
        <translation>Cor das novas notas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <extracomment>Button that adds the typed note to the board</extracomment>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>cabildo::CommandLine</name>
    <message>
        <location filename="../app/cli/clitools.cpp" line="+36" />
        <location filename="../app/cli/exportcommands.cpp" line="+96" />
        <source>(see cabildo --help)</source>
        <translation>(consulte cabildo --help)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 takes %n argument(s) (see cabildo --help)</source>
        <translation>
            <numerusform>%1 requer %n argumento (consulte cabildo --help)</numerusform>
            <numerusform>%1 requer %n argumentos (consulte cabildo --help)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+86" />
        <source>Event title.</source>
        <translation>Título do evento.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name.</source>
        <translation>Nome curto (sigla).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IANA time zone.</source>
        <translation>Fuso horário IANA.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>new needs --title (see cabildo --help)</source>
        <translation>o comando new requer --title (consulte cabildo --help)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is not a known time zone (for example Europe/Paris or America/Bogota).</source>
        <translation>“%1” não é um fuso horário conhecido (por exemplo, Europe/Paris ou America/Sao_Paulo).</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+192" />
        <location filename="../app/cli/photocommand.cpp" line="+68" />
        <source>%1 is read-only: nothing was imported.</source>
        <translation>%1 é somente leitura: nada foi importado.</translation>
    </message>
    <message>
        <location line="-125" />
        <location line="+4" />
        <location line="+124" />
        <location line="+2" />
        <location line="+25" />
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="-219" />
        <location line="+203" />
        <location filename="../app/cli/photocommand.cpp" line="+35" />
        <source>nothing was imported: %1</source>
        <translation>nada foi importado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-33" />
        <source>no backup was written: %1</source>
        <translation>nenhum backup foi gravado: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Include the names of note authors and session hosts who consented.</source>
        <translation>Incluir os nomes de autores de notas e responsáveis por sessões que consentiram.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commandline.cpp" line="+1" />
        <source>Imported %n note(s) (%1, %2).</source>
        <translation>
            <numerusform>%n nota importada (%1, %2).</numerusform>
            <numerusform>%n notas importadas (%1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Number of themes.</source>
        <translation>Número de temas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regroup every note.</source>
        <translation>Reagrupar todas as notas.</translation>
    </message>
    <message>
        <location line="-212" />
        <location line="+213" />
        <location line="+91" />
        <location filename="../app/cli/restorecommands.cpp" line="+48" />
        <source>Print JSON.</source>
        <translation>Exibe a saída em JSON.</translation>
    </message>
    <message>
        <location line="-317" />
        <source>Imported %1, %2, %3 and %4.</source>
        <extracomment>The end of cabildo import EVENT.json, e.g. "Imported 120 notes, 8 themes, 12 sessions and 300 ballots."</extracomment>
        <translation>Importação concluída: %1, %2, %3 e %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location filename="../app/cli/exportcommands.cpp" line="+40" />
        <location filename="../app/cli/restorecommands.cpp" line="+93" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location filename="../app/cli/exportcommands.cpp" line="+0" />
        <location filename="../app/cli/restorecommands.cpp" line="+2" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location filename="../app/cli/restorecommands.cpp" line="+1" />
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n cédula</numerusform>
            <numerusform>%n cédulas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The voting round whose ballots count.</source>
        <translation>A rodada de votação cujas cédulas contam.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is read-only: nothing was scheduled.</source>
        <translation>%1 é somente leitura: nada foi programado.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no voting round named "%1".</source>
        <translation>não há nenhuma rodada de votação chamada “%1”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>rooms</source>
        <translation>salas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>session slots</source>
        <translation>horários de sessões</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sessions</source>
        <translation>sessões</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing was scheduled: the event has no %1 (add them on the Agenda page).</source>
        <extracomment>%1 lists what the event lacks, e.g. "rooms and session slots" (each word translated on its own).</extracomment>
        <translation>nada foi programado: faltam %1 no evento (adicione o que falta na página Programação).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no voting round: the sessions were placed without votes.</source>
        <translation>não há nenhuma rodada de votação: as sessões foram posicionadas sem votos.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>round "%1" has no ballots: the sessions were placed by their paper tallies alone.</source>
        <translation>a rodada “%1” não tem cédulas: as sessões foram posicionadas apenas pelas contagens em papel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>round "%1" has no ballots: the sessions were placed without votes.</source>
        <translation>a rodada “%1” não tem cédulas: as sessões foram posicionadas sem votos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>nothing was scheduled: %1</source>
        <translation>nada foi programado: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Attendable votes (A): %1 of %2 ballot votes</source>
        <extracomment>cabildo schedule's report. A, M and O: app/engines/scheduling/OBJECTIVE.md. Keep them.</extracomment>
        <translation>Votos atendidos (A): %1 de %2 votos das cédulas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missed votes (M): %1</source>
        <translation>Votos perdidos (M): %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seat overflow (O): %1</source>
        <translation>Excesso de lugares (O): %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upper bound on A: %1</source>
        <translation>Limite superior de A: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s) moved, %1 unscheduled, in %2 s.</source>
        <translation>
            <numerusform>%n sessão movida, %1 sem horário, em %2 s.</numerusform>
            <numerusform>%n sessões movidas, %1 sem horário, em %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-58" />
        <source>%1 is an event file: the backup goes to a .json file of its own.</source>
        <translation>%1 é um arquivo de evento: o backup vai para um arquivo .json próprio.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Include the notes' text.</source>
        <translation>Incluir o texto das notas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Licence (SPDX id).</source>
        <translation>Licença (identificador SPDX).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>README languages.</source>
        <translation>Idiomas do README.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL for the programme's QR code.</source>
        <translation>URL do código QR da programação.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper size.</source>
        <translation>Tamanho do papel.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--paper takes a4 or letter (see cabildo --help)</source>
        <translation>--paper espera a4 ou letter (consulte cabildo --help)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>nothing was exported: %1</source>
        <translation>nada foi exportado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Exported %1 and %2 into %3 (%n file(s)).</source>
        <extracomment>The end of cabildo export, e.g. "Exported 12 sessions and 300 notes into abrelatam2026-open-data (14 files)."</extracomment>
        <translation>
            <numerusform>Exportação concluída: %1 e %2 em %3 (%n arquivo).</numerusform>
            <numerusform>Exportação concluída: %1 e %2 em %3 (%n arquivos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Masked %1 and %2 in the exported text.</source>
        <translation>Mascarados no texto exportado: %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n endereço de e-mail</numerusform>
            <numerusform>%n endereços de e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de telefone</numerusform>
            <numerusform>%n números de telefone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Published %n consented name(s).</source>
        <translation>
            <numerusform>%n nome publicado com consentimento.</numerusform>
            <numerusform>%n nomes publicados com consentimento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+46" />
        <source>A photo's notes that are likely already in the event go in too.</source>
        <translation>As notas de uma foto que provavelmente já estão no evento entram também.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the notes' language work for later (the app or cluster).</source>
        <translation>Deixar o trabalho de idioma das notas para depois (o aplicativo ou cluster).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--keep-duplicates is for a photo (see cabildo --help)</source>
        <translation>--keep-duplicates é para uma foto (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--no-language is for a notes CSV (see cabildo --help)</source>
        <translation>--no-language é para um CSV de notas (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>reading %1…</source>
        <translation>lendo %1…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>adding %L1 notes…</source>
        <translation>adicionando %L1 notas…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>language work: %L1 of %L2 notes</source>
        <extracomment>Progress of cabildo import on stderr: %L1 notes done of %L2</extracomment>
        <translation>trabalho de idioma: %L1 de %L2 notas</translation>
    </message>
    <message>
        <location line="+21" />
        <source>--clusters takes a number of themes, 1 or more (see cabildo --help)</source>
        <translation>--clusters espera um número de temas, 1 ou mais (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is read-only: nothing was grouped.</source>
        <translation>%1 é somente leitura: nada foi agrupado.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>Regroup every note into %n theme(s) (cabildo cluster --all)</source>
        <extracomment>What came next after the restore point cabildo cluster keeps, as File ▸ Restore Points lists it.</extracomment>
        <translation>
            <numerusform>Reagrupar todas as notas em %n tema (cabildo cluster --all)</numerusform>
            <numerusform>Reagrupar todas as notas em %n temas (cabildo cluster --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Group notes into %n theme(s) (cabildo cluster)</source>
        <translation>
            <numerusform>Agrupar notas em %n tema (cabildo cluster)</numerusform>
            <numerusform>Agrupar notas em %n temas (cabildo cluster)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>nothing was grouped: %1</source>
        <translation>nada foi agrupado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%1 (%n note(s)): %2</source>
        <translation>
            <numerusform>%1 (%n nota): %2</numerusform>
            <numerusform>%1 (%n notas): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n note(s) grouped into %1.</source>
        <extracomment>The end of cabildo cluster's report, e.g. "397 notes grouped into 8 themes." %1 is "8 themes".</extracomment>
        <translation>
            <numerusform>%n nota agrupada em %1.</numerusform>
            <numerusform>%n notas agrupadas em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-307" />
        <location line="+308" />
        <location filename="../app/cli/restorecommands.cpp" line="-2" />
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-397" />
        <source>Usage:
  cabildo [FILE]                          open the GUI (a default event when FILE is omitted)
  cabildo new FILE --title TITLE [--acronym A] [--timezone TZ]
                                          create an event file
  cabildo import FILE SOURCE.csv [--no-language]
                                          add the notes of a notes CSV
  cabildo import FILE EVENT.json          restore a backup into an empty event
  cabildo import FILE PHOTO.jpg [--keep-duplicates]
                                          add the sticky notes of a photo of a paper wall
  cabildo info FILE [--json]              counts, acronym and schema version
  cabildo cluster FILE [--clusters K] [--all] [--json]
                                          group the notes not yet in a theme into themes
  cabildo schedule FILE [--round NAME] [--json]
                                          generate and store the agenda
  cabildo backup FILE OUT.json            the whole event as JSON (private: includes personal data)
  cabildo export FILE DIR [--include-notes] [--include-consented-names] [--licence SPDX-ID]
                          [--readme en,fr] [--qr-url URL] [--paper a4|letter]
                                          the public open-data bundle into DIR (absent or empty)
  cabildo serve FILE [--address IP] [--port PORT] [--moderated]
                                          open the event to participants' phones until stopped (Ctrl+C)
  cabildo restore-points FILE [--json]    list the restore points kept in the event
  cabildo restore-points FILE --take LABEL | --delete ID
                                          keep a restore point of the event as it is now, or delete one
  cabildo restore FILE ID                 put the event back as restore point ID kept it
  cabildo --version | --help</source>
        <extracomment>cabildo --help. Translate the descriptions and the word Usage; keep the commands, options and upper-case placeholders (FILE, TITLE...) exactly as they are.</extracomment>
        <translation>Uso:
  cabildo [FILE]                          abre a interface gráfica (um evento padrão quando FILE é omitido)
  cabildo new FILE --title TITLE [--acronym A] [--timezone TZ]
                                          cria um arquivo de evento
  cabildo import FILE SOURCE.csv [--no-language]
                                          adiciona as notas de um CSV de notas
  cabildo import FILE EVENT.json          restaura um backup em um evento vazio
  cabildo import FILE PHOTO.jpg [--keep-duplicates]
                                          adicionar as notas adesivas da foto de uma parede de papel
  cabildo info FILE [--json]              contagens, sigla e versão do esquema
  cabildo cluster FILE [--clusters K] [--all] [--json]
                                          agrupa em temas as notas que ainda não estão em nenhum tema
  cabildo schedule FILE [--round NAME] [--json]
                                          gera e armazena a programação
  cabildo backup FILE OUT.json            o evento inteiro em JSON (privado: inclui dados pessoais)
  cabildo export FILE DIR [--include-notes] [--include-consented-names] [--licence SPDX-ID]
                          [--readme en,fr] [--qr-url URL] [--paper a4|letter]
                                          o pacote público de dados abertos em DIR (inexistente ou vazio)
  cabildo serve FILE [--address IP] [--port PORT] [--moderated]
                                          abre o evento aos celulares dos participantes até ser interrompido (Ctrl+C)
  cabildo restore-points FILE [--json]    lista os pontos de restauração guardados no evento
  cabildo restore-points FILE --take LABEL | --delete ID
                                          cria um ponto de restauração do evento como está agora, ou exclui um
  cabildo restore FILE ID                 volta o evento ao estado guardado no ponto de restauração ID
  cabildo --version | --help</translation>
    </message>
    <message>
        <location filename="../app/cli/restorecommands.cpp" line="-97" />
        <source>Keep a restore point of the event as it is now.</source>
        <translation>Criar um ponto de restauração do evento como está agora.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete a restore point.</source>
        <translation>Excluir um ponto de restauração.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--take and --delete go one at a time (see cabildo --help)</source>
        <translation>--take e --delete devem ser usados um de cada vez (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--delete takes the number of a restore point, as the list shows it (see cabildo --help)</source>
        <translation>--delete espera o número de um ponto de restauração, como aparece na lista (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--take needs a label, such as "Before the vote" (see cabildo --help)</source>
        <translation>--take precisa de um rótulo, como “Antes da votação” (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is read-only: no restore point was kept or deleted.</source>
        <translation>%1 é somente leitura: nenhum ponto de restauração foi criado ou excluído.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kept restore point %1.</source>
        <translation>Ponto de restauração %1 criado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has no restore point %2.</source>
        <translation>%1 não tem o ponto de restauração %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>restore point %1 was not deleted: %2</source>
        <translation>o ponto de restauração %1 não foi excluído: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deleted restore point %1.</source>
        <translation>Ponto de restauração %1 excluído.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>restore takes the number of a restore point, as cabildo restore-points lists it (see cabildo --help)</source>
        <translation>restore espera o número de um ponto de restauração, como cabildo restore-points o lista (veja cabildo --help)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is read-only: nothing was restored.</source>
        <translation>%1 é somente leitura: nada foi restaurado.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing was restored: %1</source>
        <translation>nada foi restaurado: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restored point %1: %2, %3, %4 and %5.</source>
        <extracomment>The end of cabildo restore, e.g. "Restored point 3: 120 notes, 8 themes, 12 sessions and 300 ballots."</extracomment>
        <translation>Ponto %1 restaurado: %2, %3, %4 e %5.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore point %1 keeps the event as it was before.</source>
        <translation>O ponto de restauração %1 guarda o evento como estava antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="+59" />
        <source>The address phones reach (default: the Wi-Fi address).</source>
        <translation>O endereço que os celulares acessam (padrão: o endereço do Wi-Fi).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The port (default: any free one).</source>
        <translation>A porta (padrão: qualquer porta livre).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes from phones wait for the facilitator's approval.</source>
        <translation>As notas enviadas por celular aguardam a aprovação da equipe de facilitação.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port espera um número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or type %1 and the code %2</source>
        <translation>Ou digite %1 e o código %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot wait for Ctrl+C.</source>
        <translation>Não é possível aguardar o Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+476" />
        <source>"%1" is not available in this version yet.</source>
        <translation>“%1” ainda não está disponível nesta versão.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown option %1 (see cabildo --help)</source>
        <translation>opção desconhecida %1 (consulte cabildo --help)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+52" />
        <source>no display to open a window on (see cabildo --help for the commands)</source>
        <translation>não há tela disponível para abrir uma janela (consulte cabildo --help para ver os comandos)</translation>
    </message>
    <message>
        <location filename="../app/cli/photocommand.cpp" line="-74" />
        <source>note %1 (no text yet)</source>
        <extracomment>A note with no text yet, named by its number in the event.</extracomment>
        <translation>nota %1 (ainda sem texto)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1: nothing was imported.</source>
        <translation>%1: nada foi importado.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: no sticky notes were found on this photo. Nothing was imported.</source>
        <translation>%1: nenhuma nota adesiva foi encontrada nesta foto. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>note %1 of the photo is likely %2, already in the event from an earlier photo</source>
        <extracomment>%1: the note's number on the photo (in reading order); %2 the note already in the event.</extracomment>
        <translation>a nota %1 da foto é provavelmente %2, já no evento por uma foto anterior</translation>
    </message>
    <message>
        <location line="+4" />
        <source>warning: %1; left out (--keep-duplicates adds it).</source>
        <translation>aviso: %1; deixada de fora (--keep-duplicates a adiciona).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>warning: %1; added all the same.</source>
        <translation>aviso: %1; adicionada mesmo assim.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every note on %1 is already in the event: nothing was imported.</source>
        <translation>Todas as notas de %1 já estão no evento: nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n note(s) from the photo, %1 with a proposed text; check them in Transcription.</source>
        <extracomment>The end of cabildo import PHOTO.jpg. %1: how many of them OCR proposed a text for.</extracomment>
        <translation>
            <numerusform>%n nota importada da foto, %1 com um texto proposto; confira-a na transcrição.</numerusform>
            <numerusform>%n notas importadas da foto, %1 com um texto proposto; confira-as na transcrição.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::CsvTable</name>
    <message>
        <location filename="../app/formats/csvtable.cpp" line="+74" />
        <source>Row %1, column %2: more than %L3 characters (a note or other field holds at most %L3).</source>
        <translation>Linha %1, coluna %2: mais de %L3 caracteres (uma nota ou outro campo pode ter no máximo %L3).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Row %1: the file has more than %L2 cells (rows × columns); Cabildo reads at most that many. Remove the columns it does not use, or split the file.</source>
        <translation>Linha %1: o arquivo tem mais de %L2 células (linhas × colunas); o Cabildo não lê mais do que isso. Remova as colunas que ele não usa ou divida o arquivo.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Row %1: the file has more than %L2 rows of notes; Cabildo imports at most %L2 notes at a time (split the file).</source>
        <translation>Linha %1: o arquivo tem mais de %L2 linhas de notas; o Cabildo importa no máximo %L2 notas por vez (divida o arquivo).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reading was cancelled.</source>
        <translation>A leitura foi cancelada.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+60" />
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location line="-55" />
        <source>This is not a text file (CSV): it looks like a binary file.</source>
        <translation>Este não é um arquivo de texto (CSV): parece ser um arquivo binário.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Row %1: a field has more than %L2 characters (a note or other field holds at most %L2).</source>
        <translation>Linha %1: um campo tem mais de %L2 caracteres (uma nota ou outro campo pode ter no máximo %L2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Row %1: a quoted field is not closed properly (check the quotes).</source>
        <translation>Linha %1: um campo entre aspas não foi fechado corretamente (verifique as aspas).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
</context>
<context>
    <name>cabildo::DurableFile</name>
    <message>
        <location filename="../app/formats/durablefile.cpp" line="+68" />
        <location line="+15" />
        <location line="+9" />
        <location line="+5" />
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>cabildo::EventDialog</name>
    <message>
        <location filename="../ui/dialogs/eventdialog.cpp" line="+23" />
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event properties</source>
        <translation>Propriedades do evento</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Regional Open Government Meeting 2026</source>
        <translation>ex.: Encontro Regional de Governo Aberto 2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used to name exported files: 4 to 32 lower-case letters or digits.</source>
        <translation>Usada para nomear os arquivos exportados: de 4 a 32 letras minúsculas ou dígitos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The event needs a title.</source>
        <translation>O evento precisa de um título.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The acronym must be 4 to 32 lower-case letters or digits, like "abrelatam2026".</source>
        <translation>A sigla deve ter de 4 a 32 letras minúsculas ou dígitos, como “abrelatam2026”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a time zone from the list, like Europe/Paris or America/Bogota.</source>
        <translation>Escolha um fuso horário da lista, como Europe/Paris ou America/Sao_Paulo.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventDocument</name>
    <message>
        <location filename="../app/document/eventdocument.cpp" line="+61" />
        <source>The event needs a title.</source>
        <translation>O evento precisa de um título.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The acronym must be 4 to 32 lower-case letters or digits, like "abrelatam2026".</source>
        <translation>A sigla deve ter de 4 a 32 letras minúsculas ou dígitos, como “abrelatam2026”.</translation>
    </message>
    <message>
        <location line="+68" />
        <location line="+55" />
        <location filename="../app/document/eventdocument_changes.cpp" line="+221" />
        <location filename="../app/document/eventdocument_content.cpp" line="+56" />
        <location filename="../app/document/eventdocument_participation.cpp" line="+44" />
        <location line="+55" />
        <location line="+22" />
        <location filename="../app/document/eventdocument_photos.cpp" line="+30" />
        <location line="+134" />
        <location line="+23" />
        <location filename="../app/document/eventdocument_restore.cpp" line="+92" />
        <location line="+44" />
        <location line="+10" />
        <location filename="../app/document/eventdocument_room.cpp" line="+37" />
        <source>This event is open read-only.</source>
        <translation>Este evento está aberto em modo somente leitura.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_content.cpp" line="+2" />
        <source>This event is not empty: a backup is only imported into a new, empty event.</source>
        <translation>Este evento não está vazio: um backup só pode ser importado em um evento novo e vazio.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument.cpp" line="-28" />
        <source>A note holds at most %1 characters, and this one has %2. Split it into several notes.</source>
        <translation>Uma nota pode ter no máximo %1 caracteres, e esta tem %2. Divida-a em várias notas.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_notes.cpp" line="+137" />
        <source>The event needs a title, and an acronym of 4 to 32 lower-case letters or digits.</source>
        <translation>O evento precisa de um título e de uma sigla de 4 a 32 letras minúsculas ou dígitos.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+60" />
        <source>A theme needs a name and at least one note.</source>
        <translation>Um tema precisa de um nome e de pelo menos uma nota.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_notes.cpp" line="+56" />
        <source>Tidy up the board</source>
        <translation>Organizar o quadro</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+119" />
        <source>A theme needs a name and one of the note colours.</source>
        <translation>Um tema precisa de um nome e de uma das cores de nota.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="+201" />
        <location line="+23" />
        <source>A room needs a name and a capacity of 0 or more.</source>
        <translation>Uma sala precisa de um nome e de uma capacidade de 0 ou mais.</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+23" />
        <source>There is already a room called %1: people would not know which one.</source>
        <translation>Já existe uma sala chamada %1: ninguém saberia qual é qual.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+24" />
        <source>A time slot needs a day and a start before its end (a slot past midnight may end up to 12 hours after it starts).</source>
        <translation>Um horário precisa de um dia e de um início antes do fim (um horário que passa da meia-noite pode terminar até 12 horas depois de começar).</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+24" />
        <source>The slot overlaps %1: a participant attends one slot at a time.</source>
        <translation>O horário se sobrepõe a %1: cada participante só pode estar em um horário por vez.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The template needs a day.</source>
        <translation>O modelo precisa de um dia.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already has time slots.</source>
        <translation>O dia %1 já tem horários.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Room A</source>
        <translation>Sala A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room B</source>
        <translation>Sala B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room C</source>
        <translation>Sala C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room D</source>
        <translation>Sala D</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opening</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Lunch</source>
        <translation>Almoço</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+17" />
        <source>A session needs a title.</source>
        <translation>Uma sessão precisa de um título.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Every theme already has a session.</source>
        <translation>Todos os temas já têm uma sessão.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>That session, time slot or room does not exist.</source>
        <translation>Essa sessão, horário ou sala não existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a break or a plenary: sessions go in session slots.</source>
        <translation>%1 é um intervalo ou uma plenária: as sessões vão em horários de sessões.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already runs in %2 at %3: swap the two sessions instead.</source>
        <translation>%1 já acontece em %2 (%3): troque as duas sessões de lugar.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Swapping needs two sessions, at least one of them scheduled.</source>
        <translation>A troca precisa de duas sessões, pelo menos uma delas na programação.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only a scheduled session can be pinned.</source>
        <translation>Só uma sessão que está na programação pode ser fixada.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The agenda names a session, time slot or room that does not exist or takes no sessions.</source>
        <translation>A programação menciona uma sessão, horário ou sala que não existe ou não recebe sessões.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The agenda puts a session in two cells or two sessions in one cell.</source>
        <translation>A programação coloca uma sessão em duas células ou duas sessões na mesma célula.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_votes.cpp" line="+201" />
        <source>Themes cannot be merged or split while the voting round %1 is open: close it first.</source>
        <translation>Não é possível mesclar nem dividir temas enquanto a rodada de votação %1 estiver aberta: feche-a primeiro.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+39" />
        <source>A voting round needs a name, at least one vote per person and a cap of 0 (none) or more.</source>
        <translation>Uma rodada de votação precisa de um nome, de pelo menos um voto por pessoa e de um limite de 0 (nenhum) ou mais.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Close %1 before deleting it: people may be voting.</source>
        <translation>Encerre %1 antes de excluí-la: pode haver pessoas votando.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Votes per person and the cap cannot change once ballots have been cast.</source>
        <translation>Os votos por pessoa e o limite não podem mudar depois que houver cédulas depositadas.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The voting round %1 is open: close it first.</source>
        <translation>A rodada de votação %1 está aberta: feche-a primeiro.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>This voting round is not open.</source>
        <translation>Esta rodada de votação não está aberta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A ballot can only name themes of this event.</source>
        <translation>Uma cédula só pode incluir temas deste evento.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A ballot needs at least one theme.</source>
        <translation>Uma cédula precisa de pelo menos um tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A ballot may name at most %n theme(s) in this round.</source>
        <translation>
            <numerusform>Uma cédula pode incluir no máximo %n tema nesta rodada.</numerusform>
            <numerusform>Uma cédula pode incluir no máximo %n temas nesta rodada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already has the most votes a theme may get in this round (%2).</source>
        <translation>%1 já tem o máximo de votos que um tema pode receber nesta rodada (%2).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A tally needs a voting round, a theme and a count of 0 or more.</source>
        <translation>Uma contagem precisa de uma rodada de votação, de um tema e de um número de 0 ou mais.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_restore.cpp" line="-41" />
        <source>No restore point could be kept: %1</source>
        <translation>Não foi possível criar um ponto de restauração: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 was not done: %2</source>
        <translation>Não foi possível executar «%1»: %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Restore the point of %1</source>
        <extracomment>What came next after a restore point taken just before restoring another; %1 is when that one was taken.</extracomment>
        <translation>Restaurar o ponto de %1</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_photos.cpp" line="-144" />
        <source>These notes are already on the board.</source>
        <translation>Estas notas já estão no quadro.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>A checked note needs a text.</source>
        <translation>Uma nota conferida precisa de um texto.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventJson</name>
    <message>
        <location filename="../app/formats/eventjsonreader.cpp" line="+105" />
        <source>at %1: %2</source>
        <translation>em %1: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the file holds more than %L1 JSON objects; Cabildo reads at most that many (an event of %L2 notes has about %L3).</source>
        <translation>o arquivo contém mais de %L1 objetos JSON; o Cabildo não lê mais do que isso (um evento de %L2 notas tem cerca de %L3).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON inválido no byte %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not an event JSON: the document is not a JSON object.</source>
        <translation>não é um JSON de evento: o documento não é um objeto JSON.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the event JSON schema is missing from this build of Cabildo.</source>
        <translation>o esquema JSON de eventos está ausente nesta compilação do Cabildo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>does not follow the event JSON schema (%1)</source>
        <translation>não segue o esquema JSON de eventos (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>this UUID is already used by another item of the list.</source>
        <translation>este UUID já é usado por outro item da lista.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>names no %1 of this document.</source>
        <translation>não corresponde a %1 deste documento.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>theme</source>
        <translation>nenhum tema</translation>
    </message>
    <message>
        <location line="+26" />
        <source>not base64: the picture cannot be read.</source>
        <translation>não está em base64: a imagem não pode ser lida.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a %1 picture.</source>
        <translation>não é uma imagem %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the picture is %1×%2 pixels, not %3×%4 as stated.</source>
        <translation>a imagem tem %1×%2 pixels, não %3×%4 como indicado.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>not a valid date.</source>
        <translation>não é uma data válida.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a slot must end after it starts (past midnight, within 12 hours).</source>
        <translation>um horário deve terminar depois de começar (após a meia-noite, em até 12 horas).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>session</source>
        <translation>nenhuma sessão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time slot</source>
        <translation>nenhum horário</translation>
    </message>
    <message>
        <location line="+1" />
        <source>room</source>
        <translation>nenhuma sala</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this slot is a break or a plenary: it takes no sessions.</source>
        <translation>este horário é um intervalo ou uma plenária: não recebe sessões.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this session is already placed.</source>
        <translation>esta sessão já está posicionada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another session already runs in this slot and room.</source>
        <translation>outra sessão já acontece neste horário e sala.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>only one voting round can be open at a time.</source>
        <translation>só pode haver uma rodada de votação aberta por vez.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+9" />
        <source>voting round</source>
        <translation>nenhuma rodada de votação</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this theme already has a tally in this round.</source>
        <translation>este tema já tem uma contagem em papel nesta rodada.</translation>
    </message>
    <message>
        <location filename="../app/formats/eventjson.cpp" line="+246" />
        <source>cannot be read: %1</source>
        <translation>não é possível ler: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/formats/eventjsonreader.cpp" line="-287" />
        <source>the file is %1 MB; Cabildo reads event JSON files up to %L2 MB.</source>
        <translation>o arquivo tem %1 MB; o Cabildo lê arquivos JSON de evento de até %L2 MB.</translation>
    </message>
    <message>
        <location filename="../app/formats/jsonvaluecheck.cpp" line="+88" />
        <source>more than %L1 items; Cabildo reads at most %L1 here.</source>
        <translation>mais de %L1 itens; o Cabildo lê no máximo %L1 aqui.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>more than %L1 UUIDs; Cabildo reads at most %L1 here.</source>
        <translation>mais de %L1 UUIDs; o Cabildo lê no máximo %L1 aqui.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>this UUID is already listed.</source>
        <translation>este UUID já está na lista.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>more than %L1 characters; a note's picture holds at most %L1.</source>
        <translation>mais de %L1 caracteres; a imagem de uma nota tem no máximo %L1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>more than %L1 characters; a note or other text holds at most %L1.</source>
        <translation>mais de %L1 caracteres; uma nota ou outro texto pode ter no máximo %L1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a lone surrogate escape (\ud800 to \udfff without its pair) is not a character.</source>
        <translation>um escape de substituto isolado (\ud800 a \udfff sem o seu par) não é um caractere.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the nil UUID (all zeros) names nothing; every item needs a UUID of its own.</source>
        <translation>o UUID nulo (só zeros) não identifica nada; cada item precisa do seu próprio UUID.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a date and time (for example 2026-05-04T09:30:00.000Z).</source>
        <translation>“%1” não é uma data e hora (por exemplo, 2026-05-04T09:30:00.000Z).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a date (for example 2026-05-04).</source>
        <translation>“%1” não é uma data (por exemplo, 2026-05-04).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a time zone Cabildo knows (an IANA name such as America/Montevideo).</source>
        <translation>“%1” não é um fuso horário que o Cabildo conheça (um nome IANA como America/Sao_Paulo).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not a finite number.</source>
        <translation>não é um número finito.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large; at most %L2.</source>
        <translation>%1 é grande demais; no máximo %L2.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventStore</name>
    <message>
        <location filename="../app/storage/eventstore.cpp" line="+171" />
        <location line="+302" />
        <source>%1 already exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <location line="-294" />
        <source>%1 cannot be created here: %2</source>
        <translation>Não é possível criar %1 aqui: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the folder is not writable.</source>
        <translation>não há permissão de gravação na pasta.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 cannot be created: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is read-only: you can look, but not change it.</source>
        <translation>%1 é somente leitura: você pode consultá-lo, mas não alterá-lo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has more than one name on this disk (hard links): changes made through two names at once would be lost, so Cabildo will not change it. Open a copy of it instead.</source>
        <translation>%1 tem mais de um nome neste disco (links físicos): alterações feitas por dois nomes ao mesmo tempo seriam perdidas, por isso o Cabildo não vai alterá-lo. Abra uma cópia dele.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is open in another Cabildo window or command.</source>
        <translation>%1 está aberto em outra janela ou comando do Cabildo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 was not closed properly and is damaged, so Cabildo will not change it. You can still open it read-only, to look at it or back it up.</source>
        <translation>%1 não foi fechado corretamente e está danificado, por isso o Cabildo não vai alterá-lo. Você ainda pode abri-lo em modo somente leitura, para consultá-lo ou fazer um backup.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 cannot be opened: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/restorestore.cpp" line="+160" />
        <source>This event file has no restore points.</source>
        <translation>Este arquivo de evento não tem pontos de restauração.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no restore point %1.</source>
        <translation>Não existe o ponto de restauração %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Restore point %1 is damaged (part of what it kept is missing or changed), so it cannot be restored.</source>
        <translation>O ponto de restauração %1 está danificado (parte do que ele guardou está faltando ou foi alterada), por isso não pode ser restaurado.</translation>
    </message>
    <message>
        <location filename="../app/storage/noteimagestore.cpp" line="+98" />
        <location line="+13" />
        <source>Pictures cannot be erased in the middle of another change.</source>
        <translation>As imagens não podem ser apagadas no meio de outra alteração.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The file is busy; the pictures are removed but their bytes may remain until it is closed.</source>
        <translation>O arquivo está ocupado; as imagens foram removidas, mas seus bytes podem permanecer até ele ser fechado.</translation>
    </message>
</context>
<context>
    <name>cabildo::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+52" />
        <source>Export Open Data</source>
        <translation>Exportar dados abertos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bundle folder:</source>
        <translation>Pasta do pacote de dados:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new or empty folder: the export never writes over files</source>
        <translation>Uma pasta nova ou vazia: a exportação nunca sobrescreve arquivos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CC BY 4.0 (attribution)</source>
        <translation>CC BY 4.0 (atribuição)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open Government Licence – Canada 2.0</source>
        <translation>Licença de Governo Aberto – Canadá 2.0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CC0 1.0 (public domain)</source>
        <translation>CC0 1.0 (domínio público)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include the notes' text (e-mail addresses and phone numbers are masked)</source>
        <translation>Incluir o texto das notas (endereços de e-mail e números de telefone são mascarados)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Include the names of people who consented to publication (note authors, session hosts)</source>
        <translation>Incluir os nomes de quem consentiu com a publicação (autores de notas, responsáveis por sessões)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contents:</source>
        <translation>Conteúdo:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location line="+1" />
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <location line="+7" />
        <source>README languages:</source>
        <translation>Idiomas do README:</translation>
    </message>
    <message>
        <location line="-52" />
        <source>A4</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>Carta (216 × 279 mm)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Programme paper:</source>
        <translation>Tamanho do papel da programação:</translation>
    </message>
    <message>
        <location line="-50" />
        <source>https://… where the data will be published (optional)</source>
        <translation>https://… onde os dados serão publicados (opcional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code URL:</source>
        <translation>URL do código QR:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The bundle contains no personal data unless you include consented names. The report appears here after the export.</source>
        <translation>O pacote não contém dados pessoais, a menos que você inclua os nomes com consentimento. O relatório aparece aqui depois da exportação.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open Folder</source>
        <translation>Abrir a pasta</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Where to put the bundle</source>
        <translation>Onde salvar o pacote de dados</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing was exported: %1</source>
        <translation>Nada foi exportado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n file(s) into %1.</source>
        <translation>
            <numerusform>%n arquivo exportado para %1.</numerusform>
            <numerusform>%n arquivos exportados para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s) in the schedule.</source>
        <translation>
            <numerusform>%n sessão na programação.</numerusform>
            <numerusform>%n sessões na programação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n note(s) included.</source>
        <translation>
            <numerusform>%n nota incluída.</numerusform>
            <numerusform>%n notas incluídas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masked in the exported text: %1, %2.</source>
        <translation>Dados mascarados no texto exportado: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n endereço de e-mail</numerusform>
            <numerusform>%n endereços de e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de telefone</numerusform>
            <numerusform>%n números de telefone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n consented name(s) published.</source>
        <translation>
            <numerusform>%n nome publicado com consentimento.</numerusform>
            <numerusform>%n nomes publicados com consentimento.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>Export &amp;Open Data…</source>
        <translation>&amp;Exportar dados abertos…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Publish the agenda, themes and votes as open data, with no personal data</source>
        <translation>Publicar a programação, os temas e os votos como dados abertos, sem dados pessoais</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;PDF…</source>
        <translation>Exportar a programação em &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the printable programme</source>
        <translation>Salvar a programação para impressão</translation>
    </message>
</context>
<context>
    <name>cabildo::FileCheck</name>
    <message>
        <location filename="../app/storage/filecheck.cpp" line="+49" />
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a Cabildo event file.</source>
        <translation>%1 não é um arquivo de evento do Cabildo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged and cannot be opened: the file is cut short.</source>
        <translation>%1 está danificado e não pode ser aberto: o arquivo está incompleto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1 está danificado e não pode ser aberto: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+6" />
        <location line="+23" />
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 está danificado e não pode ser aberto.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>%1 is an SQLite database, but not a Cabildo event file.</source>
        <translation>%1 é um banco de dados SQLite, mas não um arquivo de evento do Cabildo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Cabildo event file (unknown file format %2).</source>
        <translation>%1 não é um arquivo de evento do Cabildo (formato de arquivo %2 desconhecido).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was made by a newer version of Cabildo (file format %2; this version reads up to %3). Update Cabildo to open it.</source>
        <translation>%1 foi criado por uma versão mais recente do Cabildo (formato de arquivo %2; esta versão lê até o formato %3). Atualize o Cabildo para abri-lo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not an event file Cabildo can read (unknown file format %2).</source>
        <translation>%1 não é um arquivo de evento que o Cabildo consiga ler (formato de arquivo %2 desconhecido).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 está danificado e não pode ser aberto (%2).</translation>
    </message>
</context>
<context>
    <name>cabildo::GroupingEngine</name>
    <message numerus="yes">
        <location filename="../app/engines/grouping/groupingengine.cpp" line="+308" />
        <source>%n note(s) have no words to group by (only punctuation or single letters).</source>
        <translation>
            <numerusform>%n nota não tem palavras para agrupar (só pontuação ou letras soltas).</numerusform>
            <numerusform>%n notas não têm palavras para agrupar (só pontuação ou letras soltas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>There are no notes to group.</source>
        <translation>Não há notas para agrupar.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No note has words to group by.</source>
        <translation>Nenhuma nota tem palavras para agrupar.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Only %n distinct note(s): that many themes instead of %1.</source>
        <translation>
            <numerusform>Só %n nota distinta: esse número de temas em vez de %1.</numerusform>
            <numerusform>Só %n notas distintas: esse número de temas em vez de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ImageExport</name>
    <message>
        <location filename="../ui/imageexport.cpp" line="+17" />
        <source>There is nothing to draw.</source>
        <translation>Não há nada para desenhar.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <location line="+11" />
        <source>%1 could not be written.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The board is empty.</source>
        <translation>O quadro está vazio.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Save Image</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Image not saved</source>
        <translation>Imagem não salva</translation>
    </message>
</context>
<context>
    <name>cabildo::ImportCsvDialog</name>
    <message>
        <location filename="../ui/dialogs/importcsvdialog.cpp" line="+94" />
        <source>Import notes from %1</source>
        <translation>Importar notas de %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Encoding: %1 · Delimiter: %2 · %n note(s) to import</source>
        <translation>
            <numerusform>Codificação: %1 · Delimitador: %2 · %n nota a importar</numerusform>
            <numerusform>Codificação: %1 · Delimitador: %2 · %n notas a importar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nothing will be imported: %1</source>
        <translation>Nada será importado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Importar %n nota</numerusform>
            <numerusform>Importar %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::IncomingPanel</name>
    <message>
        <location filename="../ui/participation/incomingpanel.cpp" line="+125" />
        <source>Phone %1</source>
        <extracomment>Who sent a waiting note: the phone's number in joining order</extracomment>
        <translation>Celular %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2</source>
        <comment>author name, phone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>— %1</source>
        <extracomment>Under a waiting note: who sent it (a name, a phone) and when</extracomment>
        <translation>— às %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>— %1 · %2</source>
        <translation>— %1, às %2</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No note is waiting for approval.</source>
        <translation>Nenhuma nota aguardando aprovação.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s) from phones waiting for approval, oldest first.</source>
        <translation>
            <numerusform>%n nota enviada por celular aguarda aprovação.</numerusform>
            <numerusform>%n notas enviadas por celular aguardam aprovação, das mais antigas às mais recentes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+8" />
        <source>Cannot approve</source>
        <translation>Não foi possível aprovar</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot hide</source>
        <translation>Não foi possível ocultar</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The room sees this screen: waiting notes are not shown here. Hold F8 to read them.</source>
        <translation>A sala vê esta tela: as notas em espera não aparecem aqui. Segure F8 para lê-las.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;pprove</source>
        <translation>Ap&amp;rovar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the selected notes on the board</source>
        <translation>Colocar as notas selecionadas no quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hide</source>
        <translation>O&amp;cultar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the selected notes off the board; the phone shows them as not shown</source>
        <translation>Deixar as notas selecionadas fora do quadro; no celular, elas aparecem como não exibidas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve A&amp;ll</source>
        <translation>Aprovar to&amp;das</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put every waiting note on the board</source>
        <translation>Colocar no quadro todas as notas pendentes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes waiting for approval</source>
        <translation>Notas aguardando aprovação</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskAgenda</name>
    <message>
        <location filename="../ui/kiosk/kioskagenda.cpp" line="+84" />
        <source>The agenda</source>
        <extracomment>Heading of the kiosk in the Publish phase; in the Agenda phase it is still a draft</extracomment>
        <translation>A programação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The agenda so far</source>
        <translation>A programação até agora</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Plenary</source>
        <translation>Plenária</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The agenda is not ready yet. It will show here.</source>
        <translation>A programação ainda não está pronta. Ela aparecerá aqui.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskPinDialog</name>
    <message>
        <location filename="../ui/kiosk/kioskpindialog.cpp" line="+25" />
        <source>Facilitator</source>
        <translation>Facilitação</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Leave kiosk mode</source>
        <translation>Sair do modo quiosque</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the facilitator PIN.</source>
        <translation>Digite o PIN da facilitação.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facilitator PIN</source>
        <translation>PIN da facilitação</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Clear</source>
        <extracomment>Keypad key that empties the PIN field</extracomment>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the last digit</source>
        <translation>Apagar o último dígito</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Leave kiosk</source>
        <extracomment>Button in the PIN this: closes kiosk mode and goes back to the main window</extracomment>
        <translation>Sair do quiosque</translation>
    </message>
    <message>
        <location line="+24" />
        <source>That PIN is not right. The kiosk stays open.</source>
        <translation>PIN incorreto. O quiosque continua aberto.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskSetupDialog</name>
    <message>
        <location filename="../ui/kiosk/kiosksetupdialog.cpp" line="+36" />
        <source>Start kiosk mode</source>
        <translation>Iniciar modo quiosque</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The kiosk fills a screen with a form where participants add their priorities, beside a live view of the board. They cannot change, move or delete notes. To leave the kiosk, tap “Facilitator” and enter the PIN you choose here.</source>
        <translation>O quiosque ocupa uma tela com um formulário em que participantes adicionam suas prioridades, ao lado de uma visão ao vivo do quadro. Quem participa não pode alterar, mover nem excluir notas. Para sair do quiosque, toque em “Facilitação” e digite o PIN que você definir aqui.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>While a voting round is open (Votes menu), the kiosk shows its ballot instead of the form, and turns back when the round closes.</source>
        <translation>Enquanto uma rodada de votação estiver aberta (menu Votos), o quiosque mostra a cédula no lugar do formulário, e volta a ele quando a rodada é encerrada.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Screen:</source>
        <extracomment>Which display the kiosk appears on</extracomment>
        <translation>&amp;Tela:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;PIN:</source>
        <extracomment>Label of the field where the facilitator chooses a PIN</extracomment>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Confirm PIN:</source>
        <extracomment>Label of the field where the facilitator types the PIN a second time</extracomment>
        <translation>&amp;Confirmar PIN:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Start Kiosk</source>
        <extracomment>The OK button of the "Start kiosk mode" dialog</extracomment>
        <translation>Iniciar quiosque</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Screen %1</source>
        <extracomment>A screen without a name of its own, numbered in the list of screens</extracomment>
        <translation>Tela %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2)</source>
        <comment>screen model (connector name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2 × %3</source>
        <extracomment>A screen in the list: its name, then its resolution in pixels</extracomment>
        <translation>%1 — %2 × %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (primary)</source>
        <extracomment>Marks the primary screen in the list of screens</extracomment>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The kiosk will cover this window until you leave it with your PIN.</source>
        <translation>O quiosque cobrirá esta janela até que você saia dele com seu PIN.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You can keep working in this window while the kiosk is open.</source>
        <translation>Você pode continuar trabalhando nesta janela enquanto o quiosque estiver aberto.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choose a PIN of %1 to %2 digits. You will need it to leave the kiosk.</source>
        <translation>Escolha um PIN de %1 a %2 dígitos. Você precisará dele para sair do quiosque.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the PIN again to confirm it.</source>
        <translation>Digite o PIN novamente para confirmá-lo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two PINs do not match.</source>
        <translation>Os dois PINs não coincidem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remember this PIN: you will need it to leave the kiosk.</source>
        <translation>Memorize este PIN: você precisará dele para sair do quiosque.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskVotePanel</name>
    <message>
        <location filename="../ui/kiosk/kioskvotepanel.cpp" line="+304" />
        <source>You have used all your votes. Tap a chosen theme to take its vote back.</source>
        <translation>Você já usou todos os seus votos. Toque em um tema escolhido para retirar o voto dele.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Full</source>
        <extracomment>Shown on a theme of the kiosk ballot that has all the votes the round allows</extracomment>
        <translation>Completo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This theme has all the votes it can get.</source>
        <translation>Este tema já tem todos os votos que pode receber.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose your themes</source>
        <extracomment>Heading of the kiosk ballot</extracomment>
        <translation>Escolha seus temas</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1: tap up to %n theme(s), then cast your votes.</source>
        <extracomment>%1 is the voting round's name</extracomment>
        <translation>
            <numerusform>%1: toque em até %n tema e depois envie seus votos.</numerusform>
            <numerusform>%1: toque em até %n temas e depois envie seus votos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n vote(s) left</source>
        <extracomment>Under the kiosk ballot: how many of a participant's votes are not used yet</extracomment>
        <translation>
            <numerusform>Resta %n voto</numerusform>
            <numerusform>Restam %n votos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no themes to vote on yet.</source>
        <translation>Ainda não há temas para votar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cast my votes</source>
        <extracomment>Button that stores a participant's ballot</extracomment>
        <translation>Enviar meus votos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes to vote on</source>
        <translation>Temas para votar</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sorry, your votes could not be saved: a theme may have just become full, or voting has closed. Please check your choices or ask the facilitator.</source>
        <translation>Desculpe, não foi possível salvar seus votos: um tema pode ter acabado de ficar completo, ou a votação foi encerrada. Confira suas escolhas ou peça ajuda à equipe de facilitação.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Thank you! Your votes are counted.</source>
        <translation>Agradecemos a participação! Seus votos foram contabilizados.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskWindow</name>
    <message>
        <location filename="../ui/kiosk/kioskwindow.cpp" line="+319" />
        <source>Cabildo kiosk</source>
        <translation>Quiosque do Cabildo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The language you write in</source>
        <extracomment>Tooltip of the four language buttons at the top of the kiosk form</extracomment>
        <translation>O idioma em que você escreve</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facilitator</source>
        <extracomment>Button for the event's facilitator (the person running it) to leave the kiosk</extracomment>
        <translation>Facilitação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facilitator: leave kiosk mode</source>
        <translation>Facilitação: sair do modo quiosque</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board with everyone's priorities</source>
        <translation>Quadro com as prioridades de todas as pessoas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Language: %1</source>
        <extracomment>On the card a tap on a note opens; %1 is a language's own name, e.g. "français"</extracomment>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language: %1 (detected)</source>
        <translation>Idioma: %1 (detectado)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In %1: %2</source>
        <extracomment>A translation stored with a note: %1 is the language's own name, %2 the text</extracomment>
        <translation>Em %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <extracomment>Closes the card that shows a whole note</extracomment>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n priorities on the board</source>
        <translation>
            <numerusform>%n prioridade no quadro</numerusform>
            <numerusform>%n prioridades no quadro</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The facilitator is grouping the notes</source>
        <translation>A equipe de facilitação está agrupando as notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch the board: notes that belong together are gathered into themes. Voting on the themes comes next.</source>
        <translation>Acompanhe o quadro: as notas que combinam entre si são reunidas em temas. Em seguida vem a votação dos temas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Voting is closed</source>
        <translation>A votação foi encerrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thank you for voting. The agenda is made from the votes.</source>
        <translation>Obrigado por votar. A programação é feita a partir dos votos.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Voting has not started</source>
        <translation>A votação ainda não começou</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ballot shows here as soon as the facilitator opens the vote.</source>
        <translation>A cédula aparecerá aqui assim que a equipe de facilitação abrir a votação.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Time is up</source>
        <translation>Tempo esgotado</translation>
    </message>
</context>
<context>
    <name>cabildo::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-22" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Colour</source>
        <translation>C&amp;or</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Event opened</source>
        <extracomment>First line of the undo history: the event as it was when opened</extracomment>
        <translation>Evento aberto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo history</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New Event…</source>
        <translation>&amp;Novo evento…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Event</source>
        <translation>&amp;Fechar evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Notes from CSV…</source>
        <translation>&amp;Importar notas de CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Paste as Notes</source>
        <translation>&amp;Colar como notas</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add one note per line of the text in the clipboard</source>
        <translation>Adiciona uma nota para cada linha do texto da área de transferência</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Edit Note Text</source>
        <translation>&amp;Editar texto da nota</translation>
    </message>
    <message>
        <location line="-221" />
        <source>board.png</source>
        <translation>quadro.png</translation>
    </message>
    <message>
        <location line="+198" />
        <source>Suggested themes</source>
        <translation>Temas sugeridos</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export &amp;Board Image…</source>
        <translation>Exportar imagem do &amp;quadro…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Delete Notes</source>
        <translation>E&amp;xcluir notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All Notes</source>
        <translation>&amp;Selecionar todas as notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit All Notes</source>
        <translation>&amp;Enquadrar todas as notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo &amp;History</source>
        <translation>&amp;Histórico de alterações</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event &amp;Properties…</source>
        <translation>&amp;Propriedades do evento…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start &amp;Kiosk Mode…</source>
        <translation>Iniciar modo &amp;quiosque…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create a new event file</source>
        <translation>Criar um novo arquivo de evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an event file</source>
        <translation>Abrir um arquivo de evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a copy of this event under another name and go on working in the copy</source>
        <translation>Salvar uma cópia deste evento com outro nome e continuar trabalhando na cópia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this event; everything is already saved</source>
        <translation>Fechar este evento; tudo já está salvo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the notes of a CSV file, after a preview</source>
        <translation>Adicionar as notas de um arquivo CSV, depois de uma prévia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole board as a PNG or SVG picture for slides</source>
        <translation>Salvar o quadro inteiro como imagem PNG ou SVG para slides</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change the text of the selected note</source>
        <translation>Alterar o texto da nota selecionada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected notes</source>
        <translation>Excluir as notas selecionadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select every note on the board</source>
        <translation>Selecionar todas as notas do quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the board bigger</source>
        <translation>Mostrar o quadro maior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show more of the board</source>
        <translation>Mostrar mais do quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the notes at their real size</source>
        <translation>Mostrar as notas no tamanho real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every note on the board at once</source>
        <translation>Mostrar todas as notas do quadro de uma vez</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename the event, change its acronym or time zone</source>
        <translation>Renomear o evento, mudar a sigla ou o fuso horário</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the interface language and the board's contrast</source>
        <translation>Escolher o idioma da interface e o contraste do quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let participants add their priorities on a shared or touch screen</source>
        <translation>Permite que participantes adicionem suas prioridades em uma tela compartilhada ou sensível ao toque</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the selected notes the colour %1</source>
        <extracomment>%1 is a colour name, e.g. "Yellow"</extracomment>
        <translation>Aplicar a cor %1 às notas selecionadas</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h2&gt;No event is open&lt;/h2&gt;&lt;p&gt;Create a new event with File ▸ New Event, open one with File ▸ Open, or drop an event file here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nenhum evento aberto&lt;/h2&gt;&lt;p&gt;Crie um evento em Arquivo ▸ Novo evento, abra um em Arquivo ▸ Abrir ou solte um arquivo de evento aqui.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_event.cpp" line="+90" />
        <source>Change not saved</source>
        <translation>Alteração não salva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cabildo could not write this change to the event file, so it was not made.

%1</source>
        <translation>O Cabildo não conseguiu gravar esta alteração no arquivo do evento, por isso ela não foi feita.

%1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Event in use</source>
        <translation>Evento em uso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event with several names</source>
        <translation>Evento com vários nomes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Open it read-only? You can look at it but not change it.</source>
        <translation>%1

Abrir em modo somente leitura? Você poderá consultá-lo, mas não alterá-lo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This event is open in another Cabildo: you are looking at it read-only.</source>
        <translation>Este evento está aberto em outro Cabildo: você o está consultando em modo somente leitura.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This event file has more than one name on this disk: you are looking at it read-only. Save As gives a copy you can change.</source>
        <translation>Este arquivo de evento tem mais de um nome neste disco: você o está vendo em modo somente leitura. “Salvar como” gera uma cópia que você pode alterar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot open event</source>
        <translation>Não foi possível abrir o evento</translation>
    </message>
    <message>
        <location line="+22" />
        <source>My event</source>
        <translation>Meu evento</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+24" />
        <source>Cannot create event</source>
        <translation>Não foi possível criar o evento</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Save the new event as</source>
        <translation>Salvar o novo evento como</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Cabildo events (*.cabildo)</source>
        <translation>Eventos do Cabildo (*.cabildo)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cabildo events (*.cabildo);;All files (*)</source>
        <translation>Eventos do Cabildo (*.cabildo);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save event as</source>
        <translation>Salvar evento como</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot save event</source>
        <translation>Não foi possível salvar o evento</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot change the event</source>
        <translation>Não foi possível alterar o evento</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.tsv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+70" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-68" />
        <source>Import Notes</source>
        <translation>Importar notas</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Adding %Ln note(s)…</source>
        <translation>
            <numerusform>Adicionando %Ln nota…</numerusform>
            <numerusform>Adicionando %Ln notas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Imported %n note(s) from %1.</source>
        <translation>
            <numerusform>%n nota importada de %1.</numerusform>
            <numerusform>%n notas importadas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32" />
        <source>Working out the languages of the notes and translating them: %L1 of %L2</source>
        <extracomment>Progress after a CSV import: %L1 notes done of %L2</extracomment>
        <translation>Detectando os idiomas das notas e traduzindo-as: %L1 de %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>The notes' language work goes on in the background (%Ln note(s) left).</source>
        <translation>
            <numerusform>O trabalho de idioma das notas continua em segundo plano (resta %Ln nota).</numerusform>
            <numerusform>O trabalho de idioma das notas continua em segundo plano (restam %Ln notas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>Kiosk mode ended.</source>
        <translation>Modo quiosque encerrado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+44" />
        <source>Cabildo</source>
        <translation>Cabildo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>[read-only]</source>
        <translation>[somente leitura]</translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln waiting</source>
        <translation><numerusform>%Ln pendente</numerusform><numerusform>%Ln pendentes</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom %1 %</source>
        <translation>Zoom %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::NewRoundDialog</name>
    <message>
        <location filename="../ui/votes/newrounddialog.cpp" line="+18" />
        <source>New voting round</source>
        <translation>Nova rodada de votação</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Limit the votes one theme can get</source>
        <translation>&amp;Limitar os votos que um tema pode receber</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Most votes per theme</source>
        <translation>Máximo de votos por tema</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Hide running totals until revealed</source>
        <translation>&amp;Ocultar os totais parciais até serem revelados</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Early results on the screen steer the people who vote later</source>
        <translation>Resultados exibidos cedo na tela influenciam quem vota depois</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Name:</source>
        <extracomment>Name of a voting round, e.g. "Day 1"</extracomment>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Votes per person:</source>
        <translation>&amp;Votos por pessoa:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Create Round</source>
        <extracomment>OK button of the "New voting round" dialog</extracomment>
        <translation>Criar rodada</translation>
    </message>
</context>
<context>
    <name>cabildo::NoteGrouping</name>
    <message>
        <location filename="../app/document/notegrouping.cpp" line="+52" />
        <source>Notes in different languages are grouped less well: install %1 to bring them together.</source>
        <translation>Notas em idiomas diferentes são agrupadas com menos precisão: instale %1 para reuni-las.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Theme %1</source>
        <extracomment>A suggested theme none of whose words is shared by enough of its notes; %1 is its number in the list</extracomment>
        <translation>Tema %1</translation>
    </message>
</context>
<context>
    <name>cabildo::NoteItem</name>
    <message>
        <location filename="../ui/board/notedetails.cpp" line="+39" />
        <source>Language: %1</source>
        <extracomment>%1 is a language's own name, e.g. "français"</extracomment>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language: %1 (detected)</source>
        <translation>Idioma: %1 (detectado)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In %1: %2</source>
        <extracomment>A translation stored with a note: %1 is the language's own name, %2 the translated text</extracomment>
        <translation>Em %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read from the photo, not checked yet</source>
        <extracomment>Under a note's text read from a photo by OCR, until someone checks it</extracomment>
        <translation>Lido da foto, ainda não conferido</translation>
    </message>
    <message>
        <location filename="../ui/board/noteitem.cpp" line="+110" />
        <source>Face-down note</source>
        <translation>Nota virada para baixo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, hidden from the room</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, oculta para a sala</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, face down for the room until revealed</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, virada para baixo para a sala até ser revelada</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, from a photo, text not checked yet</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, de uma foto, texto ainda não conferido</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, from a photo</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, de uma foto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, text not checked yet</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, texto ainda não conferido</translation>
    </message>
    <message>
        <location line="+100" />
        <source>No text yet</source>
        <translation>Ainda sem texto</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Face down</source>
        <translation>Virada para baixo</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Unchecked</source>
        <translation>Não conferida</translation>
    </message>
</context>
<context>
    <name>cabildo::NotePicturePanel</name>
    <message>
        <location filename="../ui/photo/notepicturepanel.cpp" line="+27" />
        <source>Picture of the note</source>
        <translation>Imagem da nota</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove Picture</source>
        <translation>Remover a imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Erases the picture from the event file; this cannot be undone</source>
        <translation>Apaga a imagem do arquivo do evento; isso não pode ser desfeito</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The text is not checked yet: compare it with the picture, then press Enter.</source>
        <translation>O texto ainda não foi conferido: compare-o com a imagem e pressione Enter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the text first</source>
        <translation>Confira o texto primeiro</translation>
    </message>
</context>
<context>
    <name>cabildo::NotesCsv</name>
    <message>
        <location filename="../app/formats/notescsv.cpp" line="+21" />
        <source>Row %1, column "%2": %3</source>
        <translation>Linha %1, coluna “%2”: %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is %2 MB: Cabildo imports notes CSV files up to %L3 MB (split the file).</source>
        <translation>%1 tem %2 MB: o Cabildo importa arquivos CSV de notas de até %L3 MB (divida o arquivo).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Column "%1" is not used and was ignored.</source>
        <translation>A coluna “%1” não é usada e foi ignorada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%L1 columns are not used and were ignored: %2 and %Ln more.</source>
        <extracomment>%L1 is how many columns were ignored; %2 names the first ones, e.g. ""Votes", "Date", "Email"".</extracomment>
        <translation>
            <numerusform>%L1 colunas não são usadas e foram ignoradas: %2 e mais %Ln.</numerusform>
            <numerusform>%L1 colunas não são usadas e foram ignoradas: %2 e mais %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file has no "text" column. The first row must name the columns, one of them "text".</source>
        <translation>O arquivo não tem a coluna “text”. A primeira linha deve conter os nomes das colunas, e uma delas deve ser “text”.</translation>
    </message>
    <message numerus="yes">
        <location line="+73" />
        <source>%1 and %n more</source>
        <extracomment>The end of a list of row numbers, e.g. "6, 9, 12 and 40 more"; %1 is "6, 9, 12".</extracomment>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Skipped %n row(s) with no text: %1</source>
        <extracomment>%1 lists row numbers of the CSV file, e.g. "6, 9" or "6, 9, 12 and 40 more".</extracomment>
        <translation>
            <numerusform>%n linha sem texto ignorada: %1</numerusform>
            <numerusform>%n linhas sem texto ignoradas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45" />
        <source>"%1" is not a note colour (use one of: %2).</source>
        <translation>“%1” não é uma cor de nota (use uma destas: %2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a sector (use one of: government, civil_society, academia, private_sector, media, funder, other).</source>
        <translation>“%1” não é um setor (use um destes: government, civil_society, academia, private_sector, media, funder, other).</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>The "text" column is empty in every row (%n row(s)): there is no note to import.</source>
        <translation>
            <numerusform>A coluna “text” está vazia em todas as linhas (%n linha): não há nenhuma nota para importar.</numerusform>
            <numerusform>A coluna “text” está vazia em todas as linhas (%n linhas): não há nenhuma nota para importar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file has a header but no notes.</source>
        <translation>O arquivo tem cabeçalho, mas nenhuma nota.</translation>
    </message>
</context>
<context>
    <name>cabildo::OpenDataExport</name>
    <message>
        <location filename="../app/opendata/opendataexport.cpp" line="+31" />
        <location line="+144" />
        <source>%1 cannot be created.</source>
        <translation>Não é possível criar %1.</translation>
    </message>
    <message>
        <location line="-140" />
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>unknown licence %1 (choose %2)</source>
        <translation>licença desconhecida %1 (escolha entre %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the bundle needs a README in one language at least</source>
        <translation>o pacote precisa de um README em pelo menos um idioma</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no README in "%1" yet (choose among %2)</source>
        <translation>ainda não há README em “%1” (escolha entre %2)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 is not empty: the bundle goes into a new or empty folder.</source>
        <translation>%1 não está vazio: o pacote vai para uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+13" />
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 cannot be replaced.</source>
        <translation>Não é possível substituir %1.</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDesk</name>
    <message>
        <location filename="../app/document/participationdesk.cpp" line="+208" />
        <location line="+28" />
        <source>This event is open read-only: phones cannot add to it.</source>
        <translation>Este evento está aberto em modo somente leitura: os celulares não podem adicionar nada a ele.</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDialog</name>
    <message>
        <location filename="../ui/participation/participationdialog.cpp" line="+245" />
        <source>This computer only, for trying it out</source>
        <translation>Somente este computador, para testar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <comment>network name — address</comment>
        <extracomment>A network interface in the list: its name, then its IPv4 address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This laptop is on no network. Connect it to the venue's Wi-Fi or turn on its own hotspot, then press Refresh.</source>
        <translation>Este notebook não está conectado a nenhuma rede. Conecte-o ao Wi-Fi do local ou ative o ponto de acesso do próprio notebook e depois clique em «Atualizar».</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Participation could not open on %1: %2</source>
        <translation>Não foi possível abrir a participação em %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New link</source>
        <translation>Novo link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new link and join code? The old ones stop working at once: every phone must scan the new QR code. Notes already sent stay.</source>
        <translation>Criar um novo link e um novo código de acesso? Os antigos deixam de funcionar imediatamente: todos os celulares precisarão escanear o novo código QR. As notas já enviadas são mantidas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New Link</source>
        <translation>Criar novo link</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Block phone</source>
        <translation>Bloquear celular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Block this phone? It can no longer send notes or vote.

Also hide its notes from the board? (Undo brings them back.)</source>
        <translation>Bloquear este celular? Ele não poderá mais enviar notas nem votar.

Ocultar também as notas dele no quadro? («Desfazer» as traz de volta.)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>or type %1 and the code %2</source>
        <translation>ou digite %1 e o código %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Phones connected: %1
Notes received: %2
Ballots cast: %3
Waiting for approval: %4</source>
        <translation>Celulares conectados: %1
Notas recebidas: %2
Cédulas depositadas: %3
Aguardando aprovação: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Phone %1 · %2 · %n note(s)</source>
        <extracomment>A phone in the list: its number, its network address, the notes it sent</extracomment>
        <translation>
            <numerusform>Celular %1 · %2 · %n nota</numerusform>
            <numerusform>Celular %1 · %2 · %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>refused %n time(s) for sending too fast</source>
        <translation>
            <numerusform>recusado %n vez por enviar rápido demais</numerusform>
            <numerusform>recusado %n vezes por enviar rápido demais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Phones that joined (%1):</source>
        <translation>Celulares que &amp;entraram (%1):</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let this phone send notes and vote again</source>
        <translation>Permitir que este celular volte a enviar notas e votar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuse everything this phone sends from now on</source>
        <translation>Recusar tudo o que este celular enviar a partir de agora</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&lt;p&gt;&lt;b&gt;Phones cannot connect?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Phones must be on the same Wi-Fi network as this laptop.&lt;/li&gt;&lt;li&gt;Venue Wi-Fi often keeps devices apart from each other (guest networks usually do). Then use this laptop's own hotspot: in GNOME, Settings ▸ Wi-Fi ▸ Turn On Wi-Fi Hotspot. Ask participants to join it, close participation here and open it again on the hotspot's network.&lt;/li&gt;&lt;li&gt;A firewall on this laptop may turn phones away: allow incoming connections on port %1 (TCP).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Os celulares não conseguem se conectar?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Os celulares precisam estar na mesma rede Wi-Fi que este notebook.&lt;/li&gt;&lt;li&gt;O Wi-Fi do local muitas vezes isola os dispositivos uns dos outros (as redes para visitantes costumam fazer isso). Nesse caso, use o ponto de acesso do próprio notebook: no GNOME, Configurações ▸ Wi-Fi ▸ Ativar ponto de acesso Wi-Fi. Peça a quem participa que se conecte a ele, encerre a participação aqui e abra-a novamente na rede do ponto de acesso.&lt;/li&gt;&lt;li&gt;Um firewall neste notebook pode estar barrando os celulares: permita conexões de entrada na porta %1 (TCP).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open to Phones</source>
        <translation>Abrir participação por celular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants add their priorities and vote from their own phones' browsers, over this laptop's network. Nothing leaves the room and nobody needs an account.</source>
        <translation>Participantes adicionam suas prioridades e votam no navegador do próprio celular, usando a rede deste notebook. Nada sai da sala e ninguém precisa criar uma conta.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The network the phones are on; the laptop's Wi-Fi is proposed</source>
        <translation>A rede em que os celulares estão; o Wi-Fi do notebook é sugerido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the networks again (after turning on a hotspot)</source>
        <translation>Listar as redes novamente (depois de ativar um ponto de acesso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Approve notes before they show</source>
        <translation>A&amp;provar as notas antes que apareçam</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes from phones wait in the Incoming list until you approve them</source>
        <translation>As notas enviadas por celular aguardam na lista «Pendentes» até você aprová-las</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants open:</source>
        <translation>Participantes acessam:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code of the participants' address</source>
        <translation>Código QR do endereço para participantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show on Pro&amp;jector</source>
        <translation>Mostrar no pro&amp;jetor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The QR code, address and join code full screen, on the second screen if there is one</source>
        <translation>O código QR, o endereço e o código de acesso em tela cheia, na segunda tela, se houver</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New &amp;Link…</source>
        <translation>Novo &amp;link…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current link and join code working and make new ones</source>
        <translation>Desativar o link e o código de acesso atuais e criar novos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clo&amp;se to Phones</source>
        <translation>E&amp;ncerrar participação por celular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop participation: the link and join code stop working</source>
        <translation>Encerrar a participação: o link e o código de acesso deixam de funcionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones cannot connect?</source>
        <translation>Os celulares não conseguem se conectar?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones that joined</source>
        <translation>Celulares que entraram</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationServer</name>
    <message>
        <location filename="../app/network/participationserver.cpp" line="+171" />
        <source>Participation cannot start: it has nothing to store phones' notes in.</source>
        <translation>Não é possível iniciar a participação: não há onde guardar as notas dos celulares.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Participation cannot start: its link is too easy to guess. Choose New Link.</source>
        <translation>Não é possível iniciar a participação: o link é fácil demais de adivinhar. Escolha «Novo link».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a network address (IPv4) of this computer.</source>
        <extracomment>%1 is what was given as the laptop's network address</extracomment>
        <translation>“%1” não é um endereço de rede (IPv4) deste computador.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+25" />
        <source>Participation cannot start: %1</source>
        <extracomment>%1 is the system's reason, such as "Too many open files"</extracomment>
        <translation>Não é possível iniciar a participação: %1</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Port %1 is already used by another program. Choose another port, or let Cabildo pick one.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>A porta %1 já está sendo usada por outro programa. Escolha outra porta ou deixe o Cabildo escolher uma.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The address %1 is no longer one of this computer's: it may have left that network. Choose the network again.</source>
        <extracomment>%1 is an IPv4 address</extracomment>
        <translation>O endereço %1 não pertence mais a este computador: ele pode ter saído dessa rede. Escolha a rede novamente.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cabildo may not use port %1: ports below 1024 need administrator rights. Choose a port above 1024.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>O Cabildo não pode usar a porta %1: portas abaixo de 1024 exigem privilégios de administrador. Escolha uma porta acima de 1024.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Participation cannot start: the web server did not start (see the log).</source>
        <translation>Não é possível iniciar a participação: o servidor web não foi iniciado (consulte o log).</translation>
    </message>
</context>
<context>
    <name>cabildo::PdfExportDialog</name>
    <message>
        <location filename="../ui/dialogs/pdfexportdialog.cpp" line="+28" />
        <location line="+75" />
        <location line="+26" />
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be written.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was saved: %1</source>
        <translation>Nada foi salvo: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>PDF (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cabildo::PhoneParticipation</name>
    <message>
        <location filename="../ui/participation/phoneparticipation.cpp" line="+67" />
        <source>Participation was open on %1 and could not start again: %2 Choose a network and open it again; phones then scan the new QR code.</source>
        <translation>A participação estava aberta em %1 e não pôde ser reiniciada: %2 Escolha uma rede e abra-a novamente; depois, os celulares escaneiam o novo código QR.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Participants' phones are connected to this event</source>
        <translation>Há celulares de participantes conectados a este evento</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Open to phones: %n connected</source>
        <extracomment>In the status bar while participation is open; a click shows the dialog</extracomment>
        <translation>
            <numerusform>Participação por celular aberta: %n conectado</numerusform>
            <numerusform>Participação por celular aberta: %n conectados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open to &amp;Phones…</source>
        <translation>Abrir participação por &amp;celular…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let participants add notes and vote from their own phones, over this network</source>
        <translation>Permite que participantes adicionem notas e votem pelo próprio celular, usando esta rede</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incoming</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Incoming Notes</source>
        <translation>&amp;Notas pendentes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the participation dialog</source>
        <translation>Mostrar a janela de participação por celular</translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoActions</name>
    <message>
        <location filename="../ui/photo/photoactions.cpp" line="+41" />
        <source>Import P&amp;hoto of Notes…</source>
        <translation>Importar fo&amp;to de notas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find the sticky notes on a photo of a paper wall and add them, after a check</source>
        <translation>Encontrar as notas adesivas na foto de uma parede de papel e adicioná-las, depois de conferir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Transcribe Photo Notes…</source>
        <translation>&amp;Transcrever notas de foto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the proposed text of each note from a photo, one by one, with its picture</source>
        <translation>Conferir o texto proposto de cada nota de uma foto, uma a uma, com sua imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove All Note Pictures…</source>
        <translation>Remover todas as &amp;imagens das notas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Erase every note's picture from the event file; the texts stay</source>
        <translation>Apagar a imagem de cada nota do arquivo do evento; os textos continuam</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Import Photo of Notes</source>
        <translation>Importar foto de notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Photo not imported</source>
        <translation>Foto não importada</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Imported %n note(s) from the photo.</source>
        <translation>
            <numerusform>%n nota importada da foto.</numerusform>
            <numerusform>%n notas importadas da foto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+29" />
        <source>Transcribe Photo Notes</source>
        <translation>Transcrever notas de foto</translation>
    </message>
    <message numerus="yes">
        <location line="-28" />
        <source>%n note(s) added from the photo, each with its picture. Their texts are proposals to check. Check them now, one by one?</source>
        <translation>
            <numerusform>%n nota adicionada da foto, com sua imagem. O texto é uma proposta a conferir. Conferir agora?</numerusform>
            <numerusform>%n notas adicionadas da foto, cada uma com sua imagem. Os textos são propostas a conferir. Conferir agora, uma a uma?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Transcribe Now</source>
        <translation>Transcrever agora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The notes left to check are face down, and the room sees this screen.</source>
        <translation>As notas que faltam conferir estão viradas para baixo, e a sala vê esta tela.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every note's text is checked: there is nothing to transcribe.</source>
        <translation>O texto de cada nota está conferido: não há nada a transcrever.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+11" />
        <source>Remove All Note Pictures</source>
        <translation>Remover todas as imagens das notas</translation>
    </message>
    <message>
        <location line="-11" />
        <source>No note on the board has a picture.</source>
        <translation>Nenhuma nota do quadro tem imagem.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Remove the pictures of %n note(s)? Their texts stay on the board.</source>
        <translation>
            <numerusform>Remover a imagem de %n nota? O texto continua no quadro.</numerusform>
            <numerusform>Remover as imagens de %n notas? Os textos continuam no quadro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them still wait(s) for their text to be checked against the picture.</source>
        <translation>
            <numerusform>%n delas ainda espera que o texto seja conferido com a imagem.</numerusform>
            <numerusform>%n delas ainda esperam que o texto seja conferido com a imagem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>This cannot be undone: the pictures are erased from the event file, and Undo does not bring them back.</source>
        <translation>Isso não pode ser desfeito: as imagens são apagadas do arquivo do evento, e Desfazer não as traz de volta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Pictures</source>
        <translation>Remover as imagens</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pictures not removed</source>
        <translation>Imagens não removidas</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Removed the pictures of %n note(s).</source>
        <translation>
            <numerusform>Imagem de %n nota removida.</numerusform>
            <numerusform>Imagens de %n notas removidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCanvas</name>
    <message>
        <location filename="../ui/photo/photocanvas.cpp" line="+274" />
        <source>Likely already on the board</source>
        <translation>Provavelmente já no quadro</translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCheckDialog</name>
    <message>
        <location filename="../ui/photo/photocheckdialog.cpp" line="+99" />
        <source>Check the Notes Found — %1</source>
        <extracomment>%1 is the photo's file name</extracomment>
        <translation>Conferir as notas encontradas — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Green outlines are the notes that will be added. Click a note to leave it out (crossed) or bring it back. Drag a rectangle around a note that was missed to add it. Ctrl+wheel or + and - zoom in and out.</source>
        <translation>Os contornos verdes são as notas que serão adicionadas. Clique numa nota para deixá-la de fora (riscada) ou trazê-la de volta. Desenhe um retângulo em volta de uma nota que faltou para adicioná-la. Ctrl+roda ou + e - aproximam e afastam.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Photo with the notes found</source>
        <translation>Foto com as notas encontradas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The arrow keys go from note to note; Space leaves the note out or brings it back</source>
        <translation>As setas vão de nota em nota; Espaço deixa a nota de fora ou a traz de volta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding the notes</source>
        <translation>Procurando as notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the Photo</source>
        <translation>Mostrar a foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The room sees this screen and its notes are hidden until revealed: the photo is blurred so that nobody reads the notes on it. The outlines can be checked as they are.</source>
        <translation>A sala vê esta tela e as notas estão ocultas até serem reveladas: a foto fica desfocada para que ninguém leia as notas. Os contornos podem ser conferidos assim mesmo.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <source>Finding the notes on the photo…</source>
        <translation>Procurando as notas na foto…</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Comparing them with the notes already on the board…</source>
        <translation>Comparando-as com as notas que já estão no quadro…</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Cabildo cannot use %1: %2. Nothing was added.</source>
        <extracomment>%1 is the file name, %2 why it could not be read, e.g. "not an image"</extracomment>
        <translation>O Cabildo não pode usar %1: %2. Nada foi adicionado.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No sticky notes were found on this photo. Drag a rectangle around each note to add it by hand, or cancel.</source>
        <translation>Nenhuma nota adesiva foi encontrada nesta foto. Arraste um retângulo em volta de cada nota para adicioná-la à mão, ou cancele.</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n note(s) to add</source>
        <extracomment>The notes ticked on the photo, which Import adds</extracomment>
        <translation>
            <numerusform>%n nota a adicionar</numerusform>
            <numerusform>%n notas a adicionar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n left out as likely already on the board</source>
        <extracomment>After "12 notes to add": notes of an earlier photo of the same wall, left out unless ticked</extracomment>
        <translation>
            <numerusform>%n deixada de fora por provavelmente já estar no quadro</numerusform>
            <numerusform>%n deixadas de fora por provavelmente já estarem no quadro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+60" />
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System language (%1)</source>
        <extracomment>%1 is the name of the system's language, e.g. "français"</extracomment>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;High-contrast board (stronger colours and borders)</source>
        <translation>Quadro de alto &amp;contraste (cores e bordas mais fortes)</translation>
    </message>
</context>
<context>
    <name>cabildo::PresenterView</name>
    <message>
        <location filename="../ui/agenda/presenterview.cpp" line="+121" />
        <location line="+5" />
        <source>Agenda</source>
        <translation>Programação</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Page Down and Page Up change the day · Esc leaves the projector</source>
        <translation>Page Down e Page Up mudam o dia · Esc sai do projetor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esc leaves the projector</source>
        <translation>Esc sai do projetor</translation>
    </message>
</context>
<context>
    <name>cabildo::PriorityForm</name>
    <message>
        <location filename="../ui/kiosk/priorityform.cpp" line="+174" />
        <source>Add your priority</source>
        <translation>Adicione sua prioridade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This event is open read-only: no priorities can be added here.</source>
        <translation>Este evento está aberto em modo somente leitura: não é possível adicionar prioridades aqui.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What should we talk about at this event? Write one priority.</source>
        <translation>Sobre o que devemos conversar neste evento? Escreva uma prioridade.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your priority</source>
        <translation>Sua prioridade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About you (optional)</source>
        <extracomment>Heading over the optional name, organisation, country and sector fields</extracomment>
        <translation>Sobre você (opcional)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <extracomment>A participant's own name</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show my name in published results</source>
        <translation>Mostrar meu nome nos resultados publicados</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type to search</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sector</source>
        <extracomment>Field: the kind of organisation a participant comes from (government, academia, ...)</extracomment>
        <translation>Setor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add my priority</source>
        <extracomment>Button that sends the participant's priority to the board</extracomment>
        <translation>Adicionar minha prioridade</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not given</source>
        <extracomment>Sector of a participant: they did not say</extracomment>
        <translation>Não informado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Academia</source>
        <translation>Meio acadêmico</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private sector</source>
        <translation>Setor privado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funder</source>
        <extracomment>Sector: organisations that fund projects (foundations, donors)</extracomment>
        <translation>Financiador</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <extracomment>Sector: none of the above</extracomment>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Sorry, your priority could not be saved. Please ask the facilitator for help.</source>
        <translation>Desculpe, não foi possível salvar sua prioridade. Peça ajuda à equipe de facilitação.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Thank you! Your priority is on the board.</source>
        <translation>Agradecemos a participação! Sua prioridade já está no quadro.</translation>
    </message>
</context>
<context>
    <name>cabildo::ProgrammePdf</name>
    <message>
        <location filename="../app/opendata/programmepdf.cpp" line="+159" />
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location filename="../app/opendata/icalendar.cpp" line="+71" />
        <location filename="../app/opendata/programmepdf.cpp" line="+14" />
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/opendata/programmepdf.cpp" line="+0" />
        <source>Plenary</source>
        <translation>Plenária</translation>
    </message>
    <message>
        <location filename="../app/opendata/programmepdf.cpp" line="+179" />
        <source>%1 cannot be written.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Programme. Times are local (%1).</source>
        <extracomment>The programme's subtitle; %1 is the time zone, e.g. Europe/Paris.</extracomment>
        <translation>Programação. Horários locais (%1).</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+147" />
        <source>%1 (continued)</source>
        <translation>%1 (continuação)</translation>
    </message>
    <message>
        <location line="+99" />
        <source>No agenda yet.</source>
        <translation>Ainda não há programação.</translation>
    </message>
</context>
<context>
    <name>cabildo::ProjectorActions</name>
    <message>
        <location filename="../ui/projector/projectoractions.cpp" line="+140" />
        <source>&amp;Automatic: Another Screen than This Window's</source>
        <translation>&amp;Automática: uma tela diferente da desta janela</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2 × %3)</source>
        <extracomment>A screen the projector can go to: its name and size in pixels</extracomment>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Projector</source>
        <translation>Pro&amp;jetor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screen</source>
        <translation>&amp;Tela</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show Projector</source>
        <translation>&amp;Mostrar o projetor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the room sees, full screen on the projector: it follows the phase (Esc leaves)</source>
        <translation>O que a sala vê, em tela cheia no projetor: acompanha a fase (Esc sai)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow the Phase</source>
        <translation>&amp;Acompanhar a fase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The wall while notes are written and grouped, the results in the vote, then the agenda</source>
        <translation>O mural enquanto as notas são escritas e agrupadas, os resultados na votação e depois a programação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Wall of Notes</source>
        <translation>Mural de &amp;notas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Theme Cards</source>
        <translation>&amp;Cartões de temas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Vote &amp;Results</source>
        <translation>&amp;Resultados da votação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Agenda</source>
        <translation>&amp;Programação</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show this on the projector until the phase changes</source>
        <translation>Mostrar isto no projetor até a fase mudar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The screen the projector window goes to</source>
        <translation>A tela para onde vai a janela do projetor</translation>
    </message>
</context>
<context>
    <name>cabildo::ProjectorWindow</name>
    <message>
        <location filename="../ui/projector/projectorwindow.cpp" line="+196" />
        <source>Projector</source>
        <translation>Projetor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projector, full screen</source>
        <translation>Projetor, em tela cheia</translation>
    </message>
</context>
<context>
    <name>cabildo::QrProjectorWindow</name>
    <message>
        <location filename="../ui/participation/qrprojectorwindow.cpp" line="+93" />
        <source>Join from your phone</source>
        <translation>Participe pelo celular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan the code with your phone's camera to add your priorities and vote.</source>
        <translation>Escaneie o código com a câmera do celular para adicionar suas prioridades e votar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or open in the browser:</source>
        <translation>Ou abra no navegador:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>and type the code:</source>
        <translation>e digite o código:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esc leaves this screen</source>
        <translation>Esc para sair desta tela</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How to join from a phone, full screen</source>
        <translation>Como participar pelo celular, em tela cheia</translation>
    </message>
</context>
<context>
    <name>cabildo::RestorePointsDialog</name>
    <message>
        <location filename="../ui/dialogs/restorepointsdialog.cpp" line="+45" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Take Restore Point…</source>
        <translation>&amp;Criar ponto de restauração…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore Points</source>
        <translation>Pontos de restauração</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A restore point is a copy of the whole event, kept in its file before every bulk action (accepting several suggestions, grouping, generating the agenda, importing notes, deleting a voting round, revealing notes) and whenever you take one. Restoring one keeps the notes and ballots participants sent after it.</source>
        <translation>Um ponto de restauração é uma cópia do evento inteiro, guardada no próprio arquivo antes de cada ação em massa (aceitar várias sugestões, agrupar, gerar a programação, importar notas, excluir uma rodada de votação, revelar notas) e sempre que você cria um. Ao restaurar um ponto, as notas e cédulas que os participantes enviaram depois dele são mantidas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restore points</source>
        <translation>Pontos de restauração</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When</source>
        <extracomment>Columns of File ▸ Restore Points: when it was taken, the action it was taken before, what it holds</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What came next</source>
        <translation>O que veio depois</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ballots</source>
        <translation>Cédulas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kept</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+57" />
        <source>until deleted</source>
        <extracomment>How a restore point is kept: taken on demand (stays until deleted) or automatically (the oldest go)</extracomment>
        <translation>até ser excluído</translation>
    </message>
    <message>
        <location line="+0" />
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n restore point(s), %1 in the event file</source>
        <translation>
            <numerusform>%n ponto de restauração, %1 no arquivo do evento</numerusform>
            <numerusform>%n pontos de restauração, %1 no arquivo do evento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>This event is open read-only: its restore points can be looked at, not used.</source>
        <translation>Este evento está aberto em modo somente leitura: os pontos de restauração podem ser consultados, mas não usados.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the event back as it was on %1, before “%2”?</source>
        <translation>Voltar o evento ao estado de %1, antes de “%2”?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cabildo first keeps a restore point of the event as it is now, so restoring that one comes back here. The undo history is cleared. Notes and ballots participants sent after %1 stay; the phase and the timer stay as they are.</source>
        <translation>Antes, o Cabildo cria um ponto de restauração do evento como está agora; restaurar esse ponto traz você de volta para cá. O histórico de alterações é apagado. As notas e cédulas que os participantes enviaram depois de %1 são mantidas; a fase e o cronômetro continuam como estão.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot restore</source>
        <translation>Não foi possível restaurar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restored as it was on %1. To go back, restore the newest point.</source>
        <translation>Restaurado como estava em %1. Para voltar, restaure o ponto mais recente.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Take Restore Point</source>
        <translation>Criar ponto de restauração</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A label, to know this point again (what comes next, for instance):</source>
        <translation>Um rótulo para reconhecer este ponto depois (o que vem a seguir, por exemplo):</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Taken by hand</source>
        <extracomment>The label a restore point taken on demand gets unless the facilitator types another</extracomment>
        <translation>Criado manualmente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot take a restore point</source>
        <translation>Não foi possível criar um ponto de restauração</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete Restore Point</source>
        <translation>Excluir ponto de restauração</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the restore point of %1, before “%2”? This cannot be undone.</source>
        <translation>Excluir o ponto de restauração de %1, antes de “%2”? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot delete the restore point</source>
        <translation>Não foi possível excluir o ponto de restauração</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Restore &amp;Points…</source>
        <translation>Pon&amp;tos de restauração…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go back to a copy of the whole event kept before a bulk action, or keep one now</source>
        <translation>Voltar a uma cópia do evento inteiro guardada antes de uma ação em massa, ou criar uma agora</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomBar</name>
    <message>
        <location filename="../ui/room/roombar.cpp" line="+227" />
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Capture</source>
        <extracomment>A phase of the event, in the Room menu and bar: participants write notes</extracomment>
        <translation>&amp;Coleta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Group</source>
        <extracomment>A phase of the event: the facilitator groups the notes into themes</extracomment>
        <translation>&amp;Agrupamento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Vote</source>
        <extracomment>A phase of the event: participants vote on the themes</extracomment>
        <translation>&amp;Votação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Agenda</source>
        <extracomment>A phase of the event: the agenda is made</extracomment>
        <translation>&amp;Programação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Publish</source>
        <extracomment>A phase of the event: the final agenda is published</extracomment>
        <translation>Pu&amp;blicação</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tell the room's screens the event is in this phase</source>
        <translation>Informar às telas da sala que o evento está nesta fase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phase:</source>
        <extracomment>Label before the phase buttons in the room bar</extracomment>
        <translation>Fase:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timer:</source>
        <extracomment>Label before the timer's length in the room bar</extracomment>
        <translation>Cronômetro:</translation>
    </message>
    <message>
        <location line="+2" />
        <source> min</source>
        <extracomment>After the timer's length in minutes, e.g. "90 min"</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The timer's length in minutes (90 minutes is 1:30:00)</source>
        <translation>A duração do cronômetro em minutos (90 minutos são 1:30:00)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timer length in minutes</source>
        <translation>Duração do cronômetro em minutos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the End</source>
        <translation>No final</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens when the time is up</source>
        <translation>O que acontece quando o tempo acabar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timer &amp;Length…</source>
        <translation>&amp;Duração do cronômetro…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a &amp;Minute</source>
        <translation>Adicionar um &amp;minuto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+1 min</source>
        <extracomment>Short text of the room bar's "Add a Minute" button</extracomment>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>St&amp;op Timer</source>
        <translation>Pa&amp;rar cronômetro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the &amp;Round When Time Is Up</source>
        <translation>Encerrar a rodada quando o &amp;tempo acabar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sou&amp;nd at the End</source>
        <translation>&amp;Som no final</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hide Notes Until Revealed</source>
        <translation>&amp;Ocultar notas até serem reveladas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type how many minutes the timer runs</source>
        <translation>Digitar por quantos minutos o cronômetro vai correr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the timer everyone sees, or pause it</source>
        <translation>Iniciar o cronômetro que todos veem, ou pausá-lo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One more minute on the timer</source>
        <translation>Mais um minuto no cronômetro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the timer and set it back to its whole length</source>
        <translation>Parar o cronômetro e voltá-lo à duração completa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the time is up, close the open voting round</source>
        <translation>Quando o tempo acabar, encerrar a rodada de votação aberta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play a short sound when the time is up</source>
        <translation>Tocar um som curto quando o tempo acabar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New notes stay face down on the room's screens until you reveal them</source>
        <translation>As novas notas ficam viradas para baixo nas telas da sala até você revelá-las</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every face-down note to the room at once (one undo step)</source>
        <translation>Mostrar à sala todas as notas viradas para baixo de uma vez (desfeito em uma só etapa)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move to Agenda</source>
        <translation>Ir para a programação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not Now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pa&amp;use Timer</source>
        <translation>Pa&amp;usar cronômetro</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;start Timer</source>
        <translation>Re&amp;iniciar cronômetro</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Start Timer</source>
        <translation>&amp;Iniciar cronômetro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Time is up</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>R&amp;eveal %n Note(s)</source>
        <translation>
            <numerusform>R&amp;evelar %n nota</numerusform>
            <numerusform>R&amp;evelar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>R&amp;eveal Notes</source>
        <translation>R&amp;evelar notas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reveal (%1)</source>
        <extracomment>The room bar's Reveal button with how many notes are face down, e.g. "Reveal (12)"</extracomment>
        <translation>Revelar (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot change the room</source>
        <translation>Não foi possível alterar o estado da sala</translation>
    </message>
    <message>
        <location line="+67" />
        <source>“%1” is closed.</source>
        <extracomment>In the room bar when a voting round closes; %1 is the round's name</extracomment>
        <translation>“%1” foi encerrada.</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomEditDialog</name>
    <message>
        <location filename="../ui/agenda/roomsdialog.cpp" line="+20" />
        <source>Edit room</source>
        <translation>Editar sala</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New room</source>
        <translation>Nova sala</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step-free: sessions that need an accessible room may go here</source>
        <translation>Sem degraus: sessões que precisam de uma sala acessível podem ficar aqui</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Seats:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomTimerLabel</name>
    <message>
        <location filename="../ui/projector/roomtimerlabel.cpp" line="+50" />
        <location line="+2" />
        <source>Time is up</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Timer</source>
        <translation>Cronômetro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, paused</source>
        <translation>%1, pausado</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomsDialog</name>
    <message>
        <location filename="../ui/agenda/roomsdialog.cpp" line="+25" />
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Seats</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accessible</source>
        <translation>Acessível</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a room: a new column of the agenda</source>
        <translation>Adicionar uma sala: uma nova coluna da programação</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>cabildo::SearchNavigator</name>
    <message>
        <location filename="../ui/searchnavigator.cpp" line="+47" />
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;próximo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select and show the next note that matches the search</source>
        <translation>Selecionar e mostrar a próxima nota que corresponde à busca</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select and show the previous note that matches the search</source>
        <translation>Selecionar e mostrar a nota anterior que corresponde à busca</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1 of %2</source>
        <extracomment>Search: the note gone to with Enter or F3, and how many match, e.g. "2 of 5"</extracomment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>cabildo::SeenByRoom</name>
    <message>
        <location filename="../ui/room/seenbyroom.cpp" line="+74" />
        <source>This Screen Is Seen by the &amp;Room</source>
        <translation>Esta tela é vista pela &amp;sala</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show face-down notes face down here too, as on the projector (on when this window is on the projector or mirrored to it); hold F8 to peek</source>
        <translation>Mostrar as notas viradas para baixo também aqui, como no projetor (ativado quando esta janela está no projetor ou espelhada nele); segure F8 para espiar</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Peeking: the room sees these notes too</source>
        <translation>Espiando: a sala também vê estas notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seen by the room: face-down notes are hidden here. Hold F8 to peek.</source>
        <translation>Vista pela sala: as notas viradas para baixo ficam ocultas aqui. Segure F8 para espiar.</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionEditDialog</name>
    <message>
        <location filename="../ui/agenda/sessionsdialog.cpp" line="+26" />
        <source>Edit session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Who runs it; one person cannot be in two places at once</source>
        <translation>Quem conduz; uma pessoa não pode estar em dois lugares ao mesmo tempo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The host agreed to be named in the published programme</source>
        <translation>Aceita ser nomeado na programação publicada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without this, the open-data export and the printed programme never show the host's name</source>
        <translation>Sem isto, nem a exportação de dados abertos nem a programação impressa mostram o nome do responsável</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Needs an accessible (step-free) room</source>
        <translation>Precisa de uma sala acessível (sem degraus)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time slots the host can make</source>
        <translation>Horários em que a pessoa responsável está disponível</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No session slots yet: add them in Agenda ▸ Time Slots.</source>
        <translation>Ainda não há horários de sessões: adicione-os em Programação ▸ Horários.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Host:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionMover</name>
    <message>
        <location filename="../ui/agenda/sessionmover.cpp" line="+78" />
        <source>Moving %1: choose a cell with the arrow keys and press Enter (Esc cancels).</source>
        <translation>Movendo %1: escolha uma célula com as setas e pressione Enter (Esc cancela).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 is for everyone: sessions go in the other time slots.</source>
        <translation>%1 é para todos: as sessões vão nos outros horários.</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionsDialog</name>
    <message>
        <location filename="../ui/agenda/sessionsdialog.cpp" line="+51" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Host</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From theme</source>
        <translation>Tema de origem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scheduled</source>
        <translation>Com horário</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create from &amp;Themes</source>
        <translation>Criar a partir dos &amp;temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session for each theme that has none yet</source>
        <translation>Uma sessão para cada tema que ainda não tem nenhuma</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>cabildo::StagingFolder</name>
    <message>
        <location filename="../app/opendata/stagingfolder.cpp" line="+35" />
        <location line="+12" />
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>cabildo::SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../ui/suggestionspanel.cpp" line="+216" />
        <source>%n note(s), %1 % alike</source>
        <extracomment>Similarity of a suggested theme's notes, in percent</extracomment>
        <translation>
            <numerusform>%n nota, %1% de semelhança</numerusform>
            <numerusform>%n notas, %1% de semelhança</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared terms: %1</source>
        <translation>Termos em comum: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n suggestion(s). Nothing changes on the board until you accept one.</source>
        <translation>
            <numerusform>%n sugestão. Nada muda no quadro até você aceitar uma.</numerusform>
            <numerusform>%n sugestões. Nada muda no quadro até você aceitar uma.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No suggestions left: each was accepted or rejected. Suggest Themes again to group the notes still outside a theme.</source>
        <translation>Não restam sugestões: cada uma foi aceita ou rejeitada. Use «Sugerir temas» de novo para agrupar as notas que ainda não estão em nenhum tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n group(s) of notes say the same thing.</source>
        <translation>
            <numerusform>%n grupo de notas diz a mesma coisa.</numerusform>
            <numerusform>%n grupos de notas dizem a mesma coisa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+196" />
        <source>&amp;Suggest Themes</source>
        <translation>&amp;Sugerir temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The room sees this screen and notes are face down: suggestions are not shown here. Hold F8 to read them.</source>
        <translation>A sala vê esta tela e há notas viradas para baixo: as sugestões não aparecem aqui. Segure F8 para lê-las.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include notes already in a theme</source>
        <translation>Incluir as notas que já estão em um tema</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Broad</source>
        <extracomment>Slider end: few, broad suggested themes</extracomment>
        <translation>Amplos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Narrow</source>
        <extracomment>Slider end: many, narrow suggested themes</extracomment>
        <translation>Específicos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From few broad themes to many narrow ones</source>
        <translation>De poucos temas amplos a muitos temas específicos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept A&amp;ll</source>
        <translation>Aceitar &amp;todas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make every suggestion listed a theme, in one step</source>
        <translation>Transformar em tema cada sugestão da lista, em uma só etapa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tack Notes That Say the Same Thing</source>
        <translation>Em&amp;pilhar notas que dizem a mesma coisa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put each group of notes that say the same thing on top of each other</source>
        <translation>Colocar umas sobre as outras as notas de cada grupo que dizem a mesma coisa</translation>
    </message>
</context>
<context>
    <name>cabildo::TalliesDialog</name>
    <message>
        <location filename="../ui/votes/talliesdialog.cpp" line="+21" />
        <source>Paper tallies: %1</source>
        <translation>Contagens em papel: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the dots counted on paper for each theme. They add to the theme's votes in the results; 0 means none.</source>
        <translation>Digite os pontos contados em papel para cada tema. Eles se somam aos votos do tema nos resultados; 0 significa nenhum.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Paper votes for %1</source>
        <translation>Votos em papel para %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This event has no themes yet: make themes on the board first.</source>
        <translation>Este evento ainda não tem temas: crie temas no quadro primeiro.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Tallies not saved</source>
        <translation>Contagens não salvas</translation>
    </message>
</context>
<context>
    <name>cabildo::ThemeActions</name>
    <message>
        <location filename="../ui/themeactions.cpp" line="+69" />
        <source>&amp;Themes</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Create Theme from Selection…</source>
        <translation>&amp;Criar tema com a seleção…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group the selected notes into a new theme (from one theme: split it)</source>
        <translation>Agrupar as notas selecionadas em um novo tema (se vierem de um só tema, ele é dividido)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move Selection to Theme</source>
        <translation>&amp;Mover seleção para o tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take Selection out of Its Theme</source>
        <translation>&amp;Tirar a seleção do tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename Theme…</source>
        <translation>&amp;Renomear tema…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theme C&amp;olour</source>
        <translation>C&amp;or do tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colla&amp;pse or Expand Theme</source>
        <translation>Reco&amp;lher ou expandir tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stack a theme's notes so a large board stays readable, or spread them again</source>
        <translation>Empilhar as notas de um tema para manter legível um quadro grande, ou espalhá-las de novo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge Themes</source>
        <translation>Me&amp;sclar temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the notes of the selected themes together in the oldest of them</source>
        <translation>Juntar as notas dos temas selecionados no mais antigo deles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dissolve Theme</source>
        <translation>&amp;Desfazer tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the theme; its notes stay on the board</source>
        <translation>Remover o tema; as notas continuam no quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;idy Up</source>
        <translation>Or&amp;ganizar o quadro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrange every theme and the loose notes in rows that fit the screen (one undo step)</source>
        <translation>Dispor cada tema e as notas soltas em fileiras que cabem na tela (pode ser desfeito de uma só vez)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>New theme</source>
        <translation>Novo tema</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+13" />
        <source>Name of the theme:</source>
        <translation>Nome do tema:</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Cannot create the theme</source>
        <translation>Não foi possível criar o tema</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rename theme</source>
        <translation>Renomear tema</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cannot merge the themes</source>
        <translation>Não foi possível mesclar os temas</translation>
    </message>
</context>
<context>
    <name>cabildo::ThemeItem</name>
    <message>
        <location filename="../ui/board/themeitem.cpp" line="+42" />
        <source>Shared terms: %1</source>
        <translation>Termos em comum: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%1 · %n note(s), stacked</source>
        <translation>
            <numerusform>%1 · %n nota, empilhada</numerusform>
            <numerusform>%1 · %n notas, empilhadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n nota</numerusform>
            <numerusform>%1 · %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ThemesView</name>
    <message numerus="yes">
        <location filename="../ui/projector/themesview.cpp" line="+32" />
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n nota</numerusform>
            <numerusform>%1 · %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <location line="+91" />
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+5" />
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="-4" />
        <source>No themes yet.</source>
        <translation>Ainda não há temas.</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeSlotEditDialog</name>
    <message>
        <location filename="../ui/agenda/timeslotsdialog.cpp" line="+20" />
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plenary</source>
        <translation>Plenária</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit time slot</source>
        <translation>Editar horário</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New time slot</source>
        <translation>Novo horário</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Lunch, Opening</source>
        <translation>ex.: Almoço, Abertura</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ends:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What happens:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ends the next day.</source>
        <translation>Termina no dia seguinte.</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeSlotsDialog</name>
    <message>
        <location line="+29" />
        <source>Time slots</source>
        <translation>Horários</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ends</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happens</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (next day)</source>
        <translation>%1 (dia seguinte)</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeZoneFinder</name>
    <message>
        <location filename="../app/i18n/timezonefinder.cpp" line="+354" />
        <source>%1 (%2)</source>
        <extracomment>A time zone with no country, e.g. "UTC (UTC+00:00)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2 (%3, %4)</source>
        <extracomment>A place, its country, the time zone's id and its offset, e.g. "Toronto — Canada (America/Toronto, UTC−05:00)"</extracomment>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeZonePicker</name>
    <message>
        <location filename="../ui/dialogs/timezonepicker.cpp" line="+59" />
        <source>No city, country or time zone is called “%1”. Try another spelling, the country, or a bigger city nearby.</source>
        <translation>Nenhuma cidade, país ou fuso horário se chama “%1”. Tente outra grafia, o país ou uma cidade maior próxima.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The time zone stays %1 until you pick a place in the list (click it, or highlight it with the arrow keys and press Enter).</source>
        <translation>O fuso horário continua sendo %1 até você escolher um lugar na lista (clique nele ou destaque-o com as setas e pressione Enter).</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Type a city or a country, e.g. Montréal or Mexico</source>
        <translation>Digite uma cidade ou um país, por exemplo, Montreal ou México</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the event takes place: a city, a country or a time zone such as America/Toronto. Pick an entry in the list to change the time zone.</source>
        <translation>Onde o evento acontece: uma cidade, um país ou um fuso horário como America/Toronto. Escolha um item da lista para mudar o fuso horário.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matching places</source>
        <translation>Lugares correspondentes</translation>
    </message>
</context>
<context>
    <name>cabildo::TranscriptionDialog</name>
    <message>
        <location filename="../ui/photo/transcriptiondialog.cpp" line="+110" />
        <source>Transcribe Photo Notes</source>
        <translation>Transcrever notas de foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept and Next</source>
        <translation>Aceitar e próxima</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Skip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter accepts the text and shows the next note · Shift+Enter starts a new line · Alt+S skips · Ctrl+Z goes back to the last note accepted</source>
        <translation>Enter aceita o texto e mostra a próxima nota · Shift+Enter começa uma nova linha · Alt+P pula · Ctrl+Z volta à última nota aceita</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type what the note says</source>
        <translation>Digite o que a nota diz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Picture of the note</source>
        <translation>Imagem da nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text of the note</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the proposed text, then press Enter to accept it</source>
        <translation>Corrija o texto proposto e pressione Enter para aceitá-lo</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Every note is checked.</source>
        <translation>Todas as notas estão conferidas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n note(s) still to check.</source>
        <translation>
            <numerusform>Falta conferir %n nota.</numerusform>
            <numerusform>Falta conferir %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 of %2</source>
        <extracomment>Where the facilitator is in the notes to check: "12 of 100"</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Type the note's text first, or skip it (Alt+S).</source>
        <translation>Digite primeiro o texto da nota, ou pule-a (Alt+P).</translation>
    </message>
</context>
<context>
    <name>cabildo::Undo</name>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_notes.cpp" line="-159" />
        <location line="+8" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Adicionar %n nota</numerusform>
            <numerusform>Adicionar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Colar %n nota</numerusform>
            <numerusform>Colar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Importar %n nota</numerusform>
            <numerusform>Importar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add %n priority(s) from the kiosk</source>
        <translation>
            <numerusform>Adicionar %n prioridade do quiosque</numerusform>
            <numerusform>Adicionar %n prioridades do quiosque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Excluir %n nota</numerusform>
            <numerusform>Excluir %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Mover %n nota</numerusform>
            <numerusform>Mover %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Recolour %n note(s)</source>
        <translation>
            <numerusform>Mudar a cor de %n nota</numerusform>
            <numerusform>Mudar a cor de %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rename event</source>
        <translation>Renomear evento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change event details</source>
        <translation>Alterar detalhes do evento</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="-467" />
        <location filename="../app/document/eventdocument_themes.cpp" line="-151" />
        <location filename="../app/document/eventdocument_votes.cpp" line="-322" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+64" />
        <source>Split theme %1</source>
        <translation>Dividir o tema %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create theme %1</source>
        <translation>Criar o tema %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>Accept %n suggested theme(s)</source>
        <translation>
            <numerusform>Aceitar %n tema sugerido</numerusform>
            <numerusform>Aceitar %n temas sugeridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Merge %n theme(s) into %1</source>
        <translation>
            <numerusform>Mesclar %n tema em %1</numerusform>
            <numerusform>Mesclar %n temas em %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Dissolve theme %1</source>
        <translation>Desfazer o tema %1</translation>
    </message>
    <message numerus="yes">
        <location line="-182" />
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Mover %n nota para %1</numerusform>
            <numerusform>Mover %n notas para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Take %n note(s) out of their theme</source>
        <translation>
            <numerusform>Tirar %n nota do seu tema</numerusform>
            <numerusform>Tirar %n notas dos seus temas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+138" />
        <source>Rename theme %1</source>
        <translation>Renomear o tema %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recolour theme %1</source>
        <translation>Mudar a cor do tema %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collapse theme %1</source>
        <translation>Recolher o tema %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expand theme %1</source>
        <translation>Expandir o tema %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change theme %1</source>
        <translation>Alterar o tema %1</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="+186" />
        <source>Add room %1</source>
        <translation>Adicionar a sala %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change room %1</source>
        <translation>Alterar a sala %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove room %1</source>
        <translation>Remover a sala %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add time slot %1</source>
        <translation>Adicionar o horário %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Change time slot %1</source>
        <translation>Alterar o horário %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove time slot %1</source>
        <translation>Remover o horário %1</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Apply the one-day unconference template</source>
        <translation>Aplicar o modelo de desconferência de um dia</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add session %1</source>
        <translation>Adicionar a sessão %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change session %1</source>
        <translation>Alterar a sessão %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove session %1</source>
        <translation>Remover a sessão %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>Create %n session(s) from themes</source>
        <translation>
            <numerusform>Criar %n sessão a partir dos temas</numerusform>
            <numerusform>Criar %n sessões a partir dos temas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Move session %1</source>
        <translation>Mover a sessão %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule session %1</source>
        <translation>Agendar a sessão %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Swap sessions %1 and %2</source>
        <translation>Trocar as sessões %1 e %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unschedule session %1</source>
        <translation>Tirar a sessão %1 da programação</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pin session %1</source>
        <translation>Fixar a sessão %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unpin session %1</source>
        <translation>Desafixar a sessão %1</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+2" />
        <source>Generate agenda</source>
        <translation>Gerar a programação</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_votes.cpp" line="+196" />
        <source>Create voting round %1</source>
        <translation>Criar a rodada de votação %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete voting round %1</source>
        <translation>Excluir a rodada de votação %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Change voting round %1</source>
        <translation>Alterar a rodada de votação %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open voting round %1</source>
        <translation>Abrir a rodada de votação %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Close voting round %1</source>
        <translation>Encerrar a rodada de votação %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reveal the totals of %1</source>
        <translation>Revelar os totais de %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Cast a ballot in %1</source>
        <translation>Depositar uma cédula em %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set the paper tally of %1</source>
        <translation>Registrar a contagem em papel de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_participation.cpp" line="+120" />
        <source>Approve %n note(s)</source>
        <translation>
            <numerusform>Aprovar %n nota</numerusform>
            <numerusform>Aprovar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Hide %n note(s)</source>
        <translation>
            <numerusform>Ocultar %n nota</numerusform>
            <numerusform>Ocultar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Show %n note(s)</source>
        <translation>
            <numerusform>Mostrar %n nota</numerusform>
            <numerusform>Mostrar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_room.cpp" line="+92" />
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>Revelar %n nota</numerusform>
            <numerusform>Revelar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_photos.cpp" line="-72" />
        <source>Import photo of notes</source>
        <translation>Importar foto de notas</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Check note</source>
        <translation>Conferir a nota</translation>
    </message>
</context>
<context>
    <name>cabildo::UnscheduledList</name>
    <message numerus="yes">
        <location filename="../ui/agenda/unscheduledlist.cpp" line="+42" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Host: %1</source>
        <translation>Responsável: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs an accessible room</source>
        <translation>Precisa de uma sala acessível</translation>
    </message>
</context>
<context>
    <name>cabildo::VoteActions</name>
    <message>
        <location filename="../ui/votes/voteactions.cpp" line="+32" />
        <source>Cannot open the round</source>
        <translation>Não foi possível abrir a rodada</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot close the round</source>
        <translation>Não foi possível encerrar a rodada</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot reveal the totals</source>
        <translation>Não foi possível revelar os totais</translation>
    </message>
    <message>
        <location line="+10" />
        <source>votes.png</source>
        <translation>votos.png</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Voting results</source>
        <translation>Resultados da votação</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Votes</source>
        <translation>V&amp;otos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Round</source>
        <translation>&amp;Rodada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Voting Round…</source>
        <translation>&amp;Nova rodada de votação…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dot voting on the themes, at the kiosk or on paper</source>
        <translation>Votação por pontos nos temas, no quiosque ou em papel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter &amp;Paper Tallies…</source>
        <translation>Registrar contagens em &amp;papel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the dots counted on paper for each theme of the round</source>
        <translation>Digitar os pontos contados em papel para cada tema da rodada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Results</source>
        <translation>&amp;Mostrar resultados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The round's results as a bar chart on the projector</source>
        <translation>Os resultados da rodada como gráfico de barras no projetor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Results &amp;Image…</source>
        <translation>Salvar &amp;imagem dos resultados…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the round's chart as a PNG or SVG picture for slides</source>
        <translation>Salvar o gráfico da rodada como imagem PNG ou SVG para slides</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 (open)</source>
        <extracomment>A voting round in the Votes ▸ Round menu that is open for voting</extracomment>
        <translation>%1 (aberta)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (closed)</source>
        <extracomment>A voting round in the Votes ▸ Round menu that was closed</extracomment>
        <translation>%1 (encerrada)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Re&amp;open “%1”</source>
        <extracomment>Opens a closed voting round again; %1 is its name</extracomment>
        <translation>Rea&amp;brir “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open “%1” for Voting</source>
        <translation>&amp;Abrir “%1” para votação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open Round for Voting</source>
        <translation>&amp;Abrir a rodada para votação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close “%1”</source>
        <translation>&amp;Encerrar “%1”</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close Round</source>
        <translation>&amp;Encerrar a rodada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;veal Totals of “%1”</source>
        <translation>Re&amp;velar os totais de “%1”</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;veal Totals</source>
        <translation>Re&amp;velar os totais</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete “%1”…</source>
        <translation>E&amp;xcluir “%1”…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Delete Round…</source>
        <translation>E&amp;xcluir a rodada…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Round %1</source>
        <extracomment>Suggested name of a new voting round</extracomment>
        <translation>Rodada %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot create the round</source>
        <translation>Não foi possível criar a rodada</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Delete the voting round “%1” and its %n ballot(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Excluir a rodada de votação “%1” e %n cédula? Editar ▸ Desfazer as traz de volta.</numerusform>
            <numerusform>Excluir a rodada de votação “%1” e %n cédulas? Editar ▸ Desfazer as traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete Voting Round</source>
        <translation>Excluir a rodada de votação</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot delete the round</source>
        <translation>Não é possível excluir a rodada</translation>
    </message>
</context>
<context>
    <name>cabildo::VoteResultsChart</name>
    <message>
        <location filename="../ui/votes/voteresultschart.cpp" line="+74" />
        <source>Votes: %1</source>
        <extracomment>Heading of the results chart; %1 is the voting round's name</extracomment>
        <translation>Votos: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n cédula depositada</numerusform>
            <numerusform>%n cédulas depositadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n vote(s) counted on paper</source>
        <translation>
            <numerusform>%n voto contado em papel</numerusform>
            <numerusform>%n votos contados em papel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>No voting round yet.</source>
        <translation>Ainda não há nenhuma rodada de votação.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n ballot(s) cast. The totals are hidden until the facilitator reveals them.</source>
        <translation>
            <numerusform>%n cédula depositada. Os totais ficam ocultos até que a equipe de facilitação os revele.</numerusform>
            <numerusform>%n cédulas depositadas. Os totais ficam ocultos até que a equipe de facilitação os revele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: %n vote(s)</source>
        <translation>
            <numerusform>%1: %n voto</numerusform>
            <numerusform>%1: %n votos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+131" />
        <source>No voting round yet: create one in the Votes menu.</source>
        <translation>Ainda não há nenhuma rodada de votação: crie uma no menu Votos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The totals are hidden until the facilitator reveals them.</source>
        <translation>Os totais ficam ocultos até que a equipe de facilitação os revele.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No themes to vote on yet.</source>
        <translation>Ainda não há temas para votar.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>e mais %n tema</numerusform>
            <numerusform>e mais %n temas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallCard</name>
    <message>
        <location filename="../ui/projector/wallcard.cpp" line="+136" />
        <source>Face-down note</source>
        <translation>Nota virada para baixo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Just arrived</source>
        <translation>Recém-chegada</translation>
    </message>
</context>
<context>
    <name>cabildo::WallFrame</name>
    <message numerus="yes">
        <location line="+68" />
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n nota</numerusform>
            <numerusform>%1 · %n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallPhoto</name>
    <message>
        <location filename="../app/engines/photo/wallphoto.cpp" line="+46" />
        <source>%1 cannot be read: no such file</source>
        <translation>%1 não pode ser lido: o arquivo não existe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a JPEG or PNG image</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 não é uma imagem JPEG ou PNG</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is too large: %2 megapixels (at most %3)</source>
        <extracomment>%1 is a file name, %2 and %3 numbers of megapixels</extracomment>
        <translation>%1 é grande demais: %2 megapixels (no máximo %3)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged: the file is cut short</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 está danificado: o arquivo está cortado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is damaged and cannot be read</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 está danificado e não pode ser lido</translation>
    </message>
</context>
<context>
    <name>cabildo::WallView</name>
    <message numerus="yes">
        <location filename="../ui/projector/wallview.cpp" line="+204" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1 · %n face down</source>
        <extracomment>How many notes the wall shows, and how many of them are face down until revealed</extracomment>
        <translation>
            <numerusform>%1 · %n virada para baixo</numerusform>
            <numerusform>%1 · %n viradas para baixo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143" />
        <source>The notes appear here as they are written.</source>
        <translation>As notas aparecem aqui à medida que são escritas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wall of notes</source>
        <translation>Mural de notas</translation>
    </message>
</context>
<context>
    <name>cabildo::WholeTextOverlay</name>
    <message>
        <location filename="../ui/wholetextoverlay.cpp" line="+69" />
        <source>Click or press Esc to close</source>
        <translation>Clique ou pressione Esc para fechar</translation>
    </message>
</context>
<context>
    <name>cabildo::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+269" />
        <source>unknown file format %1</source>
        <translation>formato de arquivo %1 desconhecido</translation>
    </message>
</context>
</TS>
