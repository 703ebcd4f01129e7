<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>NoteColour</name>
    <message>
        <location filename="../app/model/notecolour.cpp" line="+90" />
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purple</source>
        <translation>Violeta</translation>
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
        <translation>Gris</translation>
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
        <translation>Sobrecupo: %1 personas la quieren y la sala tiene %2 plazas</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n persona de más</numerusform>
            <numerusform>%n personas de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n voter(s) also want %1 at this time</source>
        <translation>
            <numerusform>%n votante también quiere %1 en esta franja horaria</numerusform>
            <numerusform>%n votantes también quieren %1 en esta franja horaria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n voter(s) split with %1</source>
        <translation>
            <numerusform>%n votante dividido con %1</numerusform>
            <numerusform>%n votantes divididos con %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 also hosts %2 at this time</source>
        <translation>%1 también es responsable de %2 en esta franja horaria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host also in %1</source>
        <translation>Responsable también en %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs an accessible room; %1 is not step-free</source>
        <translation>Necesita una sala accesible; %1 no es accesible sin escalones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room not step-free</source>
        <translation>Sala no accesible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The host cannot make this time slot</source>
        <translation>La persona responsable no está disponible en esta franja horaria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host not free then</source>
        <translation>Responsable no disponible</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGeneration</name>
    <message>
        <location filename="../ui/agenda/agendageneration.cpp" line="+35" />
        <source>Generate agenda</source>
        <translation>Generar la agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looking for the agenda where most people can attend what they voted for…</source>
        <translation>Buscando la agenda en la que más personas pueden asistir a lo que votaron…</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The agenda changed while it was being generated; generate it again.</source>
        <translation>La agenda cambió mientras se generaba; vuelve a generarla.</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGenerator</name>
    <message>
        <location filename="../app/engines/scheduling/agendagenerator.cpp" line="+113" />
        <source>%1 hosts more sessions than the slots allow: “%2” stays unscheduled.</source>
        <translation>%1 tiene a su cargo más sesiones de las que caben en las franjas: “%2” queda sin programar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/engines/scheduling/agendamodel.cpp" line="+45" />
        <source>%n ballot vote(s) name no session and were ignored.</source>
        <translation>
            <numerusform>%n voto de boleta no corresponde a ninguna sesión y se ignoró.</numerusform>
            <numerusform>%n votos de boleta no corresponden a ninguna sesión y se ignoraron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>“%1” is pinned to a slot or room that does not exist; it was placed freely instead.</source>
        <translation>“%1” está anclada a una franja o sala que no existe; se colocó libremente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is pinned to a slot it does not allow; it was placed freely instead.</source>
        <translation>“%1” está anclada a una franja que no admite; se colocó libremente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” needs an accessible room but is pinned to one that is not; it was placed freely instead.</source>
        <translation>“%1” necesita una sala accesible, pero está anclada a una que no lo es; se colocó libremente.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is pinned to the same slot and room as “%2”; only “%2” keeps it.</source>
        <translation>“%1” está anclada a la misma franja y sala que “%2”; solo “%2” conserva ese lugar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is pinned to the same slot as “%2”, which has the same host; only “%2” keeps its pin.</source>
        <translation>“%1” está anclada a la misma franja que “%2”, que tiene la misma persona a cargo; solo “%2” sigue anclada.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The agenda has no session slots, so no session can be placed.</source>
        <translation>La agenda no tiene franjas de sesiones, así que no se puede colocar ninguna sesión.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The agenda has no rooms, so no session can be placed.</source>
        <translation>La agenda no tiene salas, así que no se puede colocar ninguna sesión.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” allows no slot of this agenda, so it stays unscheduled.</source>
        <translation>“%1” no admite ninguna franja de esta agenda, así que queda sin programar.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” needs an accessible room and there is none, so it stays unscheduled.</source>
        <translation>“%1” necesita una sala accesible y no hay ninguna, así que queda sin programar.</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGridModel</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendacelldelegate.cpp" line="+279" />
        <source>(+%n more)</source>
        <extracomment>After the last warning shown in a cell: how many more its tooltip lists</extracomment>
        <translation>
            <numerusform>(+%n más)</numerusform>
            <numerusform>(+%n más)</numerusform>
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
            <numerusform>%n plaza</numerusform>
            <numerusform>%n plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>%n vote(s) + %1 on paper</source>
        <extracomment>Votes from ballots and from paper dots: "40 votes + 5 on paper"</extracomment>
        <translation>
            <numerusform>%n voto + %1 en papel</numerusform>
            <numerusform>%n votos + %1 en papel</numerusform>
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
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Free: %1</source>
        <translation>Libre: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pinned: the generator leaves it here</source>
        <translation>Anclada: la generación automática la deja aquí</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Capacity unknown</source>
        <translation>Capacidad desconocida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accessible (step-free)</source>
        <translation>Accesible (sin escalones)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not step-free</source>
        <translation>No accesible</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaListDialog</name>
    <message>
        <location filename="../ui/agenda/agendalistdialog.cpp" line="+25" />
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaPage</name>
    <message>
        <location filename="../ui/agenda/agendapage.cpp" line="+145" />
        <source>Generation cancelled: the agenda is unchanged.</source>
        <translation>Generación cancelada: la agenda no cambió.</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+2" />
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="-1" />
        <source>&amp;Move Session To</source>
        <translation>Mo&amp;ver sesión a</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the agenda grid instead of the board</source>
        <translation>Mostrar la cuadrícula de la agenda en lugar del tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rooms…</source>
        <translation>&amp;Salas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add, change or remove the rooms: the columns of the agenda</source>
        <translation>Agregar, cambiar o quitar las salas: las columnas de la agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Time Slots…</source>
        <translation>&amp;Franjas horarias…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add, change or remove the time slots, breaks and plenaries: the rows of the agenda</source>
        <translation>Agregar, cambiar o quitar las franjas horarias, pausas y plenarias: las filas de la agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from a One-Day Unconference &amp;Template…</source>
        <translation>Empezar con una &amp;plantilla de desconferencia de un día…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Four rooms and a day from 9:00 to 17:00 with four session slots, to adjust</source>
        <translation>Cuatro salas y un día de 9:00 a 17:00 con cuatro franjas de sesiones, para ajustar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sessions…</source>
        <translation>S&amp;esiones…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The candidate sessions: titles, hosts, languages, the slots their hosts can make</source>
        <translation>Las sesiones candidatas: títulos, responsables, idiomas y las franjas horarias en que sus responsables están disponibles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create Sessions from T&amp;hemes</source>
        <translation>Crear sesiones a partir de los &amp;temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session for each theme that has none yet</source>
        <translation>Una sesión por cada tema que aún no tenga ninguna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Session by &amp;Hand…</source>
        <translation>Agregar sesión &amp;manualmente…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit Session…</source>
        <translation>E&amp;ditar sesión…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pin or Unpin Session</source>
        <translation>A&amp;nclar o desanclar sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A pinned session stays where it is when the agenda is generated</source>
        <translation>Una sesión anclada se queda donde está al generar la agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unschedule Session</source>
        <translation>De&amp;jar sesión sin programar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the session off the grid, back to the unscheduled list</source>
        <translation>Quitar la sesión de la cuadrícula y devolverla a la lista de sesiones sin programar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Generate Agenda</source>
        <translation>Gene&amp;rar la agenda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place the sessions so that people can attend as much of what they voted for as possible, popular sessions in big rooms; pins stay</source>
        <translation>Ubicar las sesiones para que las personas puedan asistir a lo máximo posible de lo que votaron, con las sesiones más populares en las salas grandes; las ancladas no se mueven</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;resent Agenda</source>
        <translation>Present&amp;ar la agenda</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Start from a one-day unconference template…</source>
        <translation>Empezar con una plantilla de desconferencia de un día…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rooms…</source>
        <translation>Salas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time slots…</source>
        <translation>Franjas horarias…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Votes from:</source>
        <translation>&amp;Votos de:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The voting round whose ballots the grid counts and Generate Agenda follows. The current round is the open one, else the latest.</source>
        <translation>La ronda de votación cuyas boletas cuenta la grilla y que sigue «Generar la agenda». La ronda actual es la abierta o, si no hay, la más reciente.</translation>
    </message>
    <message>
        <location line="+106" />
        <source>Current round</source>
        <translation>ronda actual</translation>
    </message>
    <message>
        <location line="-104" />
        <source>Agenda grid</source>
        <translation>Cuadrícula de la agenda</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Show the agenda on the projector, full screen (Esc leaves)</source>
        <translation>Mostrar la agenda en el proyector, a pantalla completa (Esc para salir)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Time slots are rows and rooms are columns. Space picks up the session of the current cell, the arrow keys choose where it goes and Enter puts it there; Esc cancels. P pins or unpins it, Delete unschedules it.</source>
        <translation>Las franjas horarias son las filas y las salas, las columnas. Espacio toma la sesión de la celda actual, las flechas eligen adónde va e Intro la coloca allí; Esc cancela. P la ancla o desancla, Supr la deja sin programar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unscheduled sessions</source>
        <translation>Sesiones sin programar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space or Enter picks up the selected session to place it in the grid.</source>
        <translation>Espacio o Intro toma la sesión seleccionada para colocarla en la cuadrícula.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>&lt;h2&gt;No agenda yet&lt;/h2&gt;&lt;p&gt;The agenda needs rooms (its columns) and time slots (its rows). Start from a template and adjust it, or add them yourself.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay agenda&lt;/h2&gt;&lt;p&gt;La agenda necesita salas (sus columnas) y franjas horarias (sus filas). Empieza con una plantilla y ajústala, o agrégalas a mano.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h2&gt;No rooms yet&lt;/h2&gt;&lt;p&gt;Add the rooms sessions can take place in.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay salas&lt;/h2&gt;&lt;p&gt;Agrega las salas donde pueden realizarse las sesiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h2&gt;No session slots yet&lt;/h2&gt;&lt;p&gt;Add time slots of the kind “Sessions”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay franjas de sesiones&lt;/h2&gt;&lt;p&gt;Agrega franjas horarias del tipo “Sesiones”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Unscheduled sessions (%1)</source>
        <translation>Sesiones &amp;sin programar (%1)</translation>
    </message>
    <message>
        <location line="+115" />
        <source>One-day unconference</source>
        <translation>Desconferencia de un día</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Four rooms (60, 40, 30 and 20 seats) and a day from 9:00 to 17:00: opening, four session slots with coffee and lunch between them, closing. Change anything afterwards.</source>
        <translation>Cuatro salas (60, 40, 30 y 20 plazas) y un día de 9:00 a 17:00: apertura, cuatro franjas de sesiones con café y almuerzo entre ellas, y cierre. Después puedes cambiar lo que quieras.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Only a session on the grid can be pinned.</source>
        <translation>Solo se puede anclar una sesión que esté en la cuadrícula.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 (free)</source>
        <translation>%1 (libre)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (here now)</source>
        <translation>%1 (está aquí)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (swap with “%2”)</source>
        <translation>%1 (intercambiar con “%2”)</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaSummary</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendasummary.cpp" line="+69" />
        <source>%n ballot(s) in “%1”, but no session comes from the themes they name: use Create Sessions from Themes in the Agenda menu.</source>
        <translation>
            <numerusform>%n boleta en “%1”, pero ninguna sesión proviene de los temas que incluye: usa «Crear sesiones a partir de los temas» en el menú Agenda.</numerusform>
            <numerusform>%n boletas en “%1”, pero ninguna sesión proviene de los temas que incluyen: usa «Crear sesiones a partir de los temas» en el menú Agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>No ballots in “%1” yet; “%2” has %n ballot(s): choose it under Votes from.</source>
        <translation>
            <numerusform>Todavía no hay boletas en “%1”; “%2” tiene %n boleta: elígela en «Votos de».</numerusform>
            <numerusform>Todavía no hay boletas en “%1”; “%2” tiene %n boletas: elígela en «Votos de».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No ballots in this round yet: the agenda follows paper tallies and room sizes only.</source>
        <translation>Todavía no hay boletas en esta ronda de votación: la agenda solo tiene en cuenta los votos en papel y el tamaño de las salas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ballot votes attendable: %1 of %2 · missed: %3 · seat overflow: %4</source>
        <extracomment>A = votes people can attend, T = all ballot votes, M = missed, O = seat overflow Numbers stand after their labels, so no noun has to agree with a count.</extracomment>
        <translation>Votos de boleta atendidos: %1 de %2 · perdidos: %3 · sobrecupo: %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The best possible: no agenda lets people attend more of what they voted for.</source>
        <translation>Lo mejor posible: ninguna agenda permite asistir a más de lo que se votó.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within %1 % of the best possible (no agenda can reach more than %2).</source>
        <extracomment>%1 is a percentage, e.g. "1.2"; %2 the most attendable votes any agenda could reach</extracomment>
        <translation>A menos del %1 % de lo mejor posible (ninguna agenda puede atender más de %2 votos).</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Generated in %1 s: %n session(s) moved</source>
        <translation>
            <numerusform>Generada en %1 s: %n sesión movida</numerusform>
            <numerusform>Generada en %1 s: %n sesiones movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n newly scheduled</source>
        <translation>
            <numerusform>%n programada por primera vez</numerusform>
            <numerusform>%n programadas por primera vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n left unscheduled</source>
        <translation>
            <numerusform>%n quedó sin programar</numerusform>
            <numerusform>%n quedaron sin programar</numerusform>
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
        <translation>Archivo de evento para abrir.</translation>
    </message>
</context>
<context>
    <name>cabildo::BoardPage</name>
    <message>
        <location filename="../ui/boardpage.cpp" line="+122" />
        <source>Paste as notes</source>
        <translation>Pegar como notas</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add %n note(s), one for each line of the pasted text?</source>
        <translation>
            <numerusform>¿Agregar %n nota, una por cada línea del texto pegado?</numerusform>
            <numerusform>¿Agregar %n notas, una por cada línea del texto pegado?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Agregar %n nota</numerusform>
            <numerusform>Agregar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Note not added</source>
        <translation>Nota no agregada</translation>
    </message>
    <message>
        <location line="-53" />
        <source>This event is open read-only: changes are disabled.</source>
        <translation>Este evento está abierto en modo de solo lectura: los cambios están desactivados.</translation>
    </message>
</context>
<context>
    <name>cabildo::BoardView</name>
    <message>
        <location filename="../ui/board/boardview.cpp" line="+36" />
        <location filename="../ui/mainwindow.cpp" line="+344" />
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+496" />
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+68" />
        <location line="+3" />
        <source>Note not changed</source>
        <translation>Nota no modificada</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+5" />
        <source>Remove Picture</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Remove this note's picture? Its text stays.

This cannot be undone: the picture is erased from the event file, and Undo does not bring it back.</source>
        <translation>¿Quitar la imagen de esta nota? Su texto se queda.

No se puede deshacer: la imagen se borra del archivo del evento y Deshacer no la recupera.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Picture not removed</source>
        <translation>Imagen no quitada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+1" />
        <source>Tab and Shift+Tab select the next or previous note. The arrow keys move the selected notes, with Shift in bigger steps. Enter or F2 edits the selected note, Delete removes the selected notes and Esc clears the selection. Ctrl+Tab leaves the board.</source>
        <translation>Tab y Mayús+Tab seleccionan la nota siguiente o la anterior. Las flechas mueven las notas seleccionadas, con Mayús en pasos más grandes. Enter o F2 edita la nota seleccionada, Supr elimina las notas seleccionadas y Esc quita la selección. Ctrl+Tab sale del tablero.</translation>
    </message>
</context>
<context>
    <name>cabildo::CaptureBar</name>
    <message>
        <location filename="../ui/capturebar.cpp" line="+119" />
        <source>Type a note and press Enter (paste several lines to add many)</source>
        <translation>Escribe una nota y presiona Enter (pega varias líneas para agregar muchas)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Colour of new notes</source>
        <translation>Color de las notas nuevas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <extracomment>Button that adds the typed note to the board</extracomment>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>cabildo::CommandLine</name>
    <message>
        <location filename="../app/cli/clitools.cpp" line="+36" />
        <location filename="../app/cli/exportcommands.cpp" line="+96" />
        <source>(see cabildo --help)</source>
        <translation>(ver cabildo --help)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 takes %n argument(s) (see cabildo --help)</source>
        <translation>
            <numerusform>%1 requiere %n argumento (ver cabildo --help)</numerusform>
            <numerusform>%1 requiere %n argumentos (ver cabildo --help)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+86" />
        <source>Event title.</source>
        <translation>Título del evento.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name.</source>
        <translation>Nombre corto (sigla).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IANA time zone.</source>
        <translation>Zona horaria IANA.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>new needs --title (see cabildo --help)</source>
        <translation>new requiere --title (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is not a known time zone (for example Europe/Paris or America/Bogota).</source>
        <translation>“%1” no es una zona horaria conocida (por ejemplo, Europe/Paris o America/Bogota).</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+192" />
        <location filename="../app/cli/photocommand.cpp" line="+68" />
        <source>%1 is read-only: nothing was imported.</source>
        <translation>%1 es de solo lectura: no se importó nada.</translation>
    </message>
    <message>
        <location line="-125" />
        <location line="+4" />
        <location line="+124" />
        <location line="+2" />
        <location line="+25" />
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="-219" />
        <location line="+203" />
        <location filename="../app/cli/photocommand.cpp" line="+35" />
        <source>nothing was imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-33" />
        <source>no backup was written: %1</source>
        <translation>no se escribió ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Include the names of note authors and session hosts who consented.</source>
        <translation>Incluir los nombres de autores de notas y responsables de sesiones que dieron su consentimiento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commandline.cpp" line="+1" />
        <source>Imported %n note(s) (%1, %2).</source>
        <translation>
            <numerusform>Se importó %n nota (%1, %2).</numerusform>
            <numerusform>Se importaron %n notas (%1, %2).</numerusform>
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
        <translation>Reagrupar todas las notas.</translation>
    </message>
    <message>
        <location line="-212" />
        <location line="+213" />
        <location line="+91" />
        <location filename="../app/cli/restorecommands.cpp" line="+48" />
        <source>Print JSON.</source>
        <translation>Mostrar la salida en JSON.</translation>
    </message>
    <message>
        <location line="-317" />
        <source>Imported %1, %2, %3 and %4.</source>
        <extracomment>The end of cabildo import EVENT.json, e.g. "Imported 120 notes, 8 themes, 12 sessions and 300 ballots."</extracomment>
        <translation>Importación completada: %1, %2, %3 y %4.</translation>
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
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location filename="../app/cli/restorecommands.cpp" line="+1" />
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n boleta</numerusform>
            <numerusform>%n boletas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The voting round whose ballots count.</source>
        <translation>La ronda de votación cuyas boletas se cuentan.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is read-only: nothing was scheduled.</source>
        <translation>%1 es de solo lectura: no se programó nada.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no voting round named "%1".</source>
        <translation>no hay ninguna ronda de votación llamada “%1”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>rooms</source>
        <translation>salas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>session slots</source>
        <translation>franjas de sesiones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing was scheduled: the event has no %1 (add them on the Agenda page).</source>
        <extracomment>%1 lists what the event lacks, e.g. "rooms and session slots" (each word translated on its own).</extracomment>
        <translation>no se programó nada: al evento le faltan %1 (agrégalas en la página Agenda).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no voting round: the sessions were placed without votes.</source>
        <translation>no hay ninguna ronda de votación: las sesiones se colocaron sin votos.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>round "%1" has no ballots: the sessions were placed by their paper tallies alone.</source>
        <translation>la ronda “%1” no tiene boletas: las sesiones se colocaron solo según sus recuentos en papel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>round "%1" has no ballots: the sessions were placed without votes.</source>
        <translation>la ronda “%1” no tiene boletas: las sesiones se colocaron sin votos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>nothing was scheduled: %1</source>
        <translation>no se programó nada: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Attendable votes (A): %1 of %2 ballot votes</source>
        <extracomment>cabildo schedule's report. A, M and O: app/engines/scheduling/OBJECTIVE.md. Keep them.</extracomment>
        <translation>Votos atendidos (A): %1 de %2 votos de las boletas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missed votes (M): %1</source>
        <translation>Votos perdidos (M): %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seat overflow (O): %1</source>
        <translation>Sobrecupo (O): %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upper bound on A: %1</source>
        <translation>Cota superior de A: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s) moved, %1 unscheduled, in %2 s.</source>
        <translation>
            <numerusform>%n sesión movida, %1 sin programar, en %2 s.</numerusform>
            <numerusform>%n sesiones movidas, %1 sin programar, en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-58" />
        <source>%1 is an event file: the backup goes to a .json file of its own.</source>
        <translation>%1 es un archivo de evento: la copia de seguridad va en un archivo .json aparte.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Include the notes' text.</source>
        <translation>Incluir el texto de las notas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Licence (SPDX id).</source>
        <translation>Licencia (identificador SPDX).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>README languages.</source>
        <translation>Idiomas del README.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL for the programme's QR code.</source>
        <translation>URL para el código QR del programa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper size.</source>
        <translation>Tamaño del papel.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--paper takes a4 or letter (see cabildo --help)</source>
        <translation>--paper espera a4 o letter (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>nothing was exported: %1</source>
        <translation>no se exportó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Exported %1 and %2 into %3 (%n file(s)).</source>
        <extracomment>The end of cabildo export, e.g. "Exported 12 sessions and 300 notes into abrelatam2026-open-data (14 files)."</extracomment>
        <translation>
            <numerusform>Exportación completada: %1 y %2 en %3 (%n archivo).</numerusform>
            <numerusform>Exportación completada: %1 y %2 en %3 (%n archivos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Masked %1 and %2 in the exported text.</source>
        <translation>Se enmascararon %1 y %2 en el texto exportado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n dirección de correo electrónico</numerusform>
            <numerusform>%n direcciones de correo electrónico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de teléfono</numerusform>
            <numerusform>%n números de teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Published %n consented name(s).</source>
        <translation>
            <numerusform>Se publicó %n nombre con consentimiento.</numerusform>
            <numerusform>Se publicaron %n nombres con consentimiento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+46" />
        <source>A photo's notes that are likely already in the event go in too.</source>
        <translation>Las notas de una foto que probablemente ya están en el evento se añaden igualmente.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the notes' language work for later (the app or cluster).</source>
        <translation>Dejar el trabajo de idioma de las notas para más tarde (la aplicación o cluster).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--keep-duplicates is for a photo (see cabildo --help)</source>
        <translation>--keep-duplicates es para una foto (véase cabildo --help)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--no-language is for a notes CSV (see cabildo --help)</source>
        <translation>--no-language es para un CSV de notas (véase cabildo --help)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>reading %1…</source>
        <translation>leyendo %1…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>adding %L1 notes…</source>
        <translation>añadiendo %L1 notas…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>language work: %L1 of %L2 notes</source>
        <extracomment>Progress of cabildo import on stderr: %L1 notes done of %L2</extracomment>
        <translation>trabajo de idioma: %L1 de %L2 notas</translation>
    </message>
    <message>
        <location line="+21" />
        <source>--clusters takes a number of themes, 1 or more (see cabildo --help)</source>
        <translation>--clusters espera un número de temas, 1 o más (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is read-only: nothing was grouped.</source>
        <translation>%1 es de solo lectura: no se agrupó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>Regroup every note into %n theme(s) (cabildo cluster --all)</source>
        <extracomment>What came next after the restore point cabildo cluster keeps, as File ▸ Restore Points lists it.</extracomment>
        <translation>
            <numerusform>Reagrupar todas las notas en %n tema (cabildo cluster --all)</numerusform>
            <numerusform>Reagrupar todas las notas en %n temas (cabildo cluster --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Group notes into %n theme(s) (cabildo cluster)</source>
        <translation>
            <numerusform>Agrupar las notas en %n tema (cabildo cluster)</numerusform>
            <numerusform>Agrupar las notas en %n temas (cabildo cluster)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>nothing was grouped: %1</source>
        <translation>no se agrupó nada: %1</translation>
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
            <numerusform>%n nota agrupada en %1.</numerusform>
            <numerusform>%n notas agrupadas en %1.</numerusform>
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
  cabildo [FILE]                          abrir la interfaz gráfica (con un evento predeterminado si se omite FILE)
  cabildo new FILE --title TITLE [--acronym A] [--timezone TZ]
                                          crear un archivo de evento
  cabildo import FILE SOURCE.csv [--no-language]
                                          agregar las notas de un CSV de notas
  cabildo import FILE EVENT.json          restaurar una copia de seguridad en un evento vacío
  cabildo import FILE PHOTO.jpg [--keep-duplicates]
                                          añadir las notas adhesivas de la foto de una pared de papel
  cabildo info FILE [--json]              recuentos, sigla y versión del esquema
  cabildo cluster FILE [--clusters K] [--all] [--json]
                                          agrupar en temas las notas que aún no tienen tema
  cabildo schedule FILE [--round NAME] [--json]
                                          generar y guardar la agenda
  cabildo backup FILE OUT.json            todo el evento en JSON (privado: incluye datos personales)
  cabildo export FILE DIR [--include-notes] [--include-consented-names] [--licence SPDX-ID]
                          [--readme en,fr] [--qr-url URL] [--paper a4|letter]
                                          el paquete de datos abiertos públicos en DIR (inexistente o vacío)
  cabildo serve FILE [--address IP] [--port PORT] [--moderated]
                                          abrir el evento a los teléfonos de las personas participantes hasta detenerlo (Ctrl+C)
  cabildo restore-points FILE [--json]    listar los puntos de restauración guardados en el evento
  cabildo restore-points FILE --take LABEL | --delete ID
                                          crear un punto de restauración del evento tal como está ahora, o eliminar uno
  cabildo restore FILE ID                 devolver el evento al estado que guardó el punto de restauración ID
  cabildo --version | --help</translation>
    </message>
    <message>
        <location filename="../app/cli/restorecommands.cpp" line="-97" />
        <source>Keep a restore point of the event as it is now.</source>
        <translation>Crear un punto de restauración del evento tal como está ahora.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete a restore point.</source>
        <translation>Eliminar un punto de restauración.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--take and --delete go one at a time (see cabildo --help)</source>
        <translation>--take y --delete no se pueden usar juntos (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--delete takes the number of a restore point, as the list shows it (see cabildo --help)</source>
        <translation>--delete espera el número de un punto de restauración, tal como aparece en la lista (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--take needs a label, such as "Before the vote" (see cabildo --help)</source>
        <translation>--take requiere una etiqueta, como "Antes de la votación" (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is read-only: no restore point was kept or deleted.</source>
        <translation>%1 es de solo lectura: no se creó ni se eliminó ningún punto de restauración.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kept restore point %1.</source>
        <translation>Se creó el punto de restauración %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has no restore point %2.</source>
        <translation>%1 no tiene el punto de restauración %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>restore point %1 was not deleted: %2</source>
        <translation>no se eliminó el punto de restauración %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deleted restore point %1.</source>
        <translation>Se eliminó el punto de restauración %1.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>restore takes the number of a restore point, as cabildo restore-points lists it (see cabildo --help)</source>
        <translation>restore espera el número de un punto de restauración, tal como lo lista cabildo restore-points (ver cabildo --help)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is read-only: nothing was restored.</source>
        <translation>%1 es de solo lectura: no se restauró nada.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing was restored: %1</source>
        <translation>no se restauró nada: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restored point %1: %2, %3, %4 and %5.</source>
        <extracomment>The end of cabildo restore, e.g. "Restored point 3: 120 notes, 8 themes, 12 sessions and 300 ballots."</extracomment>
        <translation>Punto %1 restaurado: %2, %3, %4 y %5.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore point %1 keeps the event as it was before.</source>
        <translation>El punto de restauración %1 conserva el evento tal como estaba antes.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="+59" />
        <source>The address phones reach (default: the Wi-Fi address).</source>
        <translation>La dirección a la que se conectan los teléfonos (predeterminada: la de la red Wi-Fi).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The port (default: any free one).</source>
        <translation>El puerto (predeterminado: cualquiera que esté libre).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes from phones wait for the facilitator's approval.</source>
        <translation>Las notas de los teléfonos esperan la aprobación de la persona facilitadora.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port espera un número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or type %1 and the code %2</source>
        <translation>O escriben %1 y el código %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot wait for Ctrl+C.</source>
        <translation>No se puede esperar a Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+476" />
        <source>"%1" is not available in this version yet.</source>
        <translation>“%1” aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown option %1 (see cabildo --help)</source>
        <translation>opción desconocida %1 (ver cabildo --help)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+52" />
        <source>no display to open a window on (see cabildo --help for the commands)</source>
        <translation>no hay ninguna pantalla en la que abrir una ventana (ver cabildo --help para conocer los comandos)</translation>
    </message>
    <message>
        <location filename="../app/cli/photocommand.cpp" line="-74" />
        <source>note %1 (no text yet)</source>
        <extracomment>A note with no text yet, named by its number in the event.</extracomment>
        <translation>nota %1 (aún sin texto)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1: nothing was imported.</source>
        <translation>%1: no se importó nada.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: no sticky notes were found on this photo. Nothing was imported.</source>
        <translation>%1: no se encontró ninguna nota adhesiva en esta foto. No se importó nada.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>note %1 of the photo is likely %2, already in the event from an earlier photo</source>
        <extracomment>%1: the note's number on the photo (in reading order); %2 the note already in the event.</extracomment>
        <translation>la nota %1 de la foto es probablemente %2, ya en el evento por una foto anterior</translation>
    </message>
    <message>
        <location line="+4" />
        <source>warning: %1; left out (--keep-duplicates adds it).</source>
        <translation>aviso: %1; se deja fuera (--keep-duplicates la añade).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>warning: %1; added all the same.</source>
        <translation>aviso: %1; añadida igualmente.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every note on %1 is already in the event: nothing was imported.</source>
        <translation>Todas las notas de %1 ya están en el evento: no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n note(s) from the photo, %1 with a proposed text; check them in Transcription.</source>
        <extracomment>The end of cabildo import PHOTO.jpg. %1: how many of them OCR proposed a text for.</extracomment>
        <translation>
            <numerusform>%n nota importada de la foto, %1 con un texto propuesto; revísela en la transcripción.</numerusform>
            <numerusform>%n notas importadas de la foto, %1 con un texto propuesto; revíselas en la transcripción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::CsvTable</name>
    <message>
        <location filename="../app/formats/csvtable.cpp" line="+74" />
        <source>Row %1, column %2: more than %L3 characters (a note or other field holds at most %L3).</source>
        <translation>Fila %1, columna %2: más de %L3 caracteres (una nota u otro campo puede tener como máximo %L3).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Row %1: the file has more than %L2 cells (rows × columns); Cabildo reads at most that many. Remove the columns it does not use, or split the file.</source>
        <translation>Fila %1: el archivo tiene más de %L2 celdas (filas × columnas); Cabildo no lee más que eso. Quita las columnas que no usa o divide el archivo.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Row %1: the file has more than %L2 rows of notes; Cabildo imports at most %L2 notes at a time (split the file).</source>
        <translation>Fila %1: el archivo tiene más de %L2 filas de notas; Cabildo importa como máximo %L2 notas a la vez (divide el archivo).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reading was cancelled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+60" />
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="-55" />
        <source>This is not a text file (CSV): it looks like a binary file.</source>
        <translation>No es un archivo de texto (CSV): parece un archivo binario.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Row %1: a field has more than %L2 characters (a note or other field holds at most %L2).</source>
        <translation>Fila %1: un campo tiene más de %L2 caracteres (una nota u otro campo puede tener como máximo %L2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Row %1: a quoted field is not closed properly (check the quotes).</source>
        <translation>Fila %1: un campo entre comillas no está bien cerrado (revisa las comillas).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comma</source>
        <translation>coma</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cabildo::EventDialog</name>
    <message>
        <location filename="../ui/dialogs/eventdialog.cpp" line="+23" />
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event properties</source>
        <translation>Propiedades del evento</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Regional Open Government Meeting 2026</source>
        <translation>p. ej., Encuentro Regional de Gobierno Abierto 2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used to name exported files: 4 to 32 lower-case letters or digits.</source>
        <translation>Se usa para nombrar los archivos exportados: de 4 a 32 letras minúsculas (a-z) o dígitos.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Guardar</translation>
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
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The event needs a title.</source>
        <translation>El evento necesita un título.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The acronym must be 4 to 32 lower-case letters or digits, like "abrelatam2026".</source>
        <translation>La sigla debe tener de 4 a 32 letras minúsculas (a-z) o dígitos, como “abrelatam2026”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a time zone from the list, like Europe/Paris or America/Bogota.</source>
        <translation>Elige una zona horaria de la lista, como Europe/Paris o America/Bogota.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventDocument</name>
    <message>
        <location filename="../app/document/eventdocument.cpp" line="+61" />
        <source>The event needs a title.</source>
        <translation>El evento necesita un título.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The acronym must be 4 to 32 lower-case letters or digits, like "abrelatam2026".</source>
        <translation>La sigla debe tener de 4 a 32 letras minúsculas (a-z) o dígitos, como “abrelatam2026”.</translation>
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
        <translation>Este evento está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_content.cpp" line="+2" />
        <source>This event is not empty: a backup is only imported into a new, empty event.</source>
        <translation>Este evento no está vacío: una copia de seguridad solo se importa en un evento nuevo y vacío.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument.cpp" line="-28" />
        <source>A note holds at most %1 characters, and this one has %2. Split it into several notes.</source>
        <translation>Una nota puede tener como máximo %1 caracteres, y esta tiene %2. Divídela en varias notas.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_notes.cpp" line="+137" />
        <source>The event needs a title, and an acronym of 4 to 32 lower-case letters or digits.</source>
        <translation>El evento necesita un título y una sigla de 4 a 32 letras minúsculas (a-z) o dígitos.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+60" />
        <source>A theme needs a name and at least one note.</source>
        <translation>Un tema necesita un nombre y al menos una nota.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_notes.cpp" line="+56" />
        <source>Tidy up the board</source>
        <translation>Ordenar el tablero</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+119" />
        <source>A theme needs a name and one of the note colours.</source>
        <translation>Un tema necesita un nombre y uno de los colores de nota.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="+201" />
        <location line="+23" />
        <source>A room needs a name and a capacity of 0 or more.</source>
        <translation>Una sala necesita un nombre y una capacidad de 0 o más.</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+23" />
        <source>There is already a room called %1: people would not know which one.</source>
        <translation>Ya hay una sala llamada %1: nadie sabría cuál es cuál.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+24" />
        <source>A time slot needs a day and a start before its end (a slot past midnight may end up to 12 hours after it starts).</source>
        <translation>Una franja necesita un día y un inicio anterior a su fin (una franja que pasa la medianoche puede terminar hasta 12 horas después de empezar).</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+24" />
        <source>The slot overlaps %1: a participant attends one slot at a time.</source>
        <translation>La franja se superpone con %1: cada participante asiste a una sola franja a la vez.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The template needs a day.</source>
        <translation>La plantilla necesita un día.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already has time slots.</source>
        <translation>El día %1 ya tiene franjas horarias.</translation>
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
        <translation>Apertura</translation>
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
        <translation>Almuerzo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+17" />
        <source>A session needs a title.</source>
        <translation>Una sesión necesita un título.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Every theme already has a session.</source>
        <translation>Todos los temas ya tienen una sesión.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>That session, time slot or room does not exist.</source>
        <translation>Esa sesión, franja horaria o sala no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a break or a plenary: sessions go in session slots.</source>
        <translation>%1 es una pausa o un plenario: las sesiones van en franjas de sesiones.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already runs in %2 at %3: swap the two sessions instead.</source>
        <translation>%1 ya se realiza en %2 (%3): mejor intercambia las dos sesiones.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Swapping needs two sessions, at least one of them scheduled.</source>
        <translation>Para intercambiar hacen falta dos sesiones, al menos una de ellas programada.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only a scheduled session can be pinned.</source>
        <translation>Solo se puede anclar una sesión programada.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The agenda names a session, time slot or room that does not exist or takes no sessions.</source>
        <translation>La agenda menciona una sesión, franja horaria o sala que no existe o no admite sesiones.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The agenda puts a session in two cells or two sessions in one cell.</source>
        <translation>La agenda pone una sesión en dos celdas o dos sesiones en una misma celda.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_votes.cpp" line="+201" />
        <source>Themes cannot be merged or split while the voting round %1 is open: close it first.</source>
        <translation>No se pueden fusionar ni dividir temas mientras la ronda de votación %1 esté abierta: ciérrala primero.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+39" />
        <source>A voting round needs a name, at least one vote per person and a cap of 0 (none) or more.</source>
        <translation>Una ronda de votación necesita un nombre, al menos un voto por persona y un tope de 0 (sin tope) o más.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Close %1 before deleting it: people may be voting.</source>
        <translation>Cierre %1 antes de eliminarla: puede haber gente votando.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Votes per person and the cap cannot change once ballots have been cast.</source>
        <translation>Los votos por persona y el tope ya no pueden cambiar una vez emitidas las boletas.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The voting round %1 is open: close it first.</source>
        <translation>La ronda de votación %1 está abierta: ciérrala primero.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>This voting round is not open.</source>
        <translation>Esta ronda de votación no está abierta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A ballot can only name themes of this event.</source>
        <translation>Una boleta solo puede incluir temas de este evento.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A ballot needs at least one theme.</source>
        <translation>Una boleta necesita al menos un tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A ballot may name at most %n theme(s) in this round.</source>
        <translation>
            <numerusform>Una boleta puede incluir como máximo %n tema en esta ronda.</numerusform>
            <numerusform>Una boleta puede incluir como máximo %n temas en esta ronda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already has the most votes a theme may get in this round (%2).</source>
        <translation>%1 ya tiene el máximo de votos que un tema puede recibir en esta ronda (%2).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A tally needs a voting round, a theme and a count of 0 or more.</source>
        <translation>Un recuento necesita una ronda de votación, un tema y una cantidad de 0 o más.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_restore.cpp" line="-41" />
        <source>No restore point could be kept: %1</source>
        <translation>No se pudo crear ningún punto de restauración: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 was not done: %2</source>
        <translation>No se realizó “%1”: %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Restore the point of %1</source>
        <extracomment>What came next after a restore point taken just before restoring another; %1 is when that one was taken.</extracomment>
        <translation>Restaurar el punto del %1</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_photos.cpp" line="-144" />
        <source>These notes are already on the board.</source>
        <translation>Estas notas ya están en el tablero.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>A checked note needs a text.</source>
        <translation>Una nota revisada necesita un texto.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventJson</name>
    <message>
        <location filename="../app/formats/eventjsonreader.cpp" line="+105" />
        <source>at %1: %2</source>
        <translation>en %1: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the file holds more than %L1 JSON objects; Cabildo reads at most that many (an event of %L2 notes has about %L3).</source>
        <translation>el archivo contiene más de %L1 objetos JSON; Cabildo no lee más que eso (un evento de %L2 notas tiene unos %L3).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not an event JSON: the document is not a JSON object.</source>
        <translation>no es un JSON de evento: el documento no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the event JSON schema is missing from this build of Cabildo.</source>
        <translation>falta el esquema JSON de eventos en esta compilación de Cabildo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>does not follow the event JSON schema (%1)</source>
        <translation>no sigue el esquema JSON de eventos (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>this UUID is already used by another item of the list.</source>
        <translation>este UUID ya lo usa otro elemento de la lista.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>names no %1 of this document.</source>
        <translation>no corresponde a %1 de este documento.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>theme</source>
        <translation>ningún tema</translation>
    </message>
    <message>
        <location line="+26" />
        <source>not base64: the picture cannot be read.</source>
        <translation>no está en base64: la imagen no se puede leer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a %1 picture.</source>
        <translation>no es una imagen %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the picture is %1×%2 pixels, not %3×%4 as stated.</source>
        <translation>la imagen mide %1×%2 píxeles, no %3×%4 como se indica.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>not a valid date.</source>
        <translation>no es una fecha válida.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a slot must end after it starts (past midnight, within 12 hours).</source>
        <translation>una franja debe terminar después de empezar (pasada la medianoche, dentro de 12 horas).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>session</source>
        <translation>ninguna sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time slot</source>
        <translation>ninguna franja horaria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>room</source>
        <translation>ninguna sala</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this slot is a break or a plenary: it takes no sessions.</source>
        <translation>esta franja es una pausa o un plenario: no admite sesiones.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this session is already placed.</source>
        <translation>esta sesión ya está colocada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another session already runs in this slot and room.</source>
        <translation>otra sesión ya se realiza en esta franja y sala.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>only one voting round can be open at a time.</source>
        <translation>solo puede haber una ronda de votación abierta a la vez.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+9" />
        <source>voting round</source>
        <translation>ninguna ronda de votación</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this theme already has a tally in this round.</source>
        <translation>este tema ya tiene un recuento en papel en esta ronda.</translation>
    </message>
    <message>
        <location filename="../app/formats/eventjson.cpp" line="+246" />
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/formats/eventjsonreader.cpp" line="-287" />
        <source>the file is %1 MB; Cabildo reads event JSON files up to %L2 MB.</source>
        <translation>el archivo tiene %1 MB; Cabildo lee archivos JSON de evento de hasta %L2 MB.</translation>
    </message>
    <message>
        <location filename="../app/formats/jsonvaluecheck.cpp" line="+88" />
        <source>more than %L1 items; Cabildo reads at most %L1 here.</source>
        <translation>más de %L1 elementos; Cabildo lee como máximo %L1 aquí.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>more than %L1 UUIDs; Cabildo reads at most %L1 here.</source>
        <translation>más de %L1 UUID; Cabildo lee como máximo %L1 aquí.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>this UUID is already listed.</source>
        <translation>este UUID ya está en la lista.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>more than %L1 characters; a note's picture holds at most %L1.</source>
        <translation>más de %L1 caracteres; la imagen de una nota tiene como máximo %L1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>more than %L1 characters; a note or other text holds at most %L1.</source>
        <translation>más de %L1 caracteres; una nota u otro texto puede tener como máximo %L1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a lone surrogate escape (\ud800 to \udfff without its pair) is not a character.</source>
        <translation>un escape de sustituto aislado (\ud800 a \udfff sin su pareja) no es un carácter.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the nil UUID (all zeros) names nothing; every item needs a UUID of its own.</source>
        <translation>el UUID nulo (todo ceros) no identifica nada; cada elemento necesita su propio UUID.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a date and time (for example 2026-05-04T09:30:00.000Z).</source>
        <translation>“%1” no es una fecha y hora (por ejemplo, 2026-05-04T09:30:00.000Z).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a date (for example 2026-05-04).</source>
        <translation>“%1” no es una fecha (por ejemplo, 2026-05-04).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a time zone Cabildo knows (an IANA name such as America/Montevideo).</source>
        <translation>“%1” no es una zona horaria que Cabildo conozca (un nombre IANA como America/Montevideo).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not a finite number.</source>
        <translation>no es un número finito.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large; at most %L2.</source>
        <translation>%1 es demasiado grande; como máximo %L2.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventStore</name>
    <message>
        <location filename="../app/storage/eventstore.cpp" line="+171" />
        <location line="+302" />
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <location line="-294" />
        <source>%1 cannot be created here: %2</source>
        <translation>No se puede crear %1 aquí: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the folder is not writable.</source>
        <translation>no hay permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is read-only: you can look, but not change it.</source>
        <translation>%1 es de solo lectura: puedes verlo, pero no modificarlo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has more than one name on this disk (hard links): changes made through two names at once would be lost, so Cabildo will not change it. Open a copy of it instead.</source>
        <translation>%1 tiene más de un nombre en este disco (enlaces duros): los cambios hechos a través de dos nombres a la vez se perderían, así que Cabildo no lo modificará. Abre una copia en su lugar.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is open in another Cabildo window or command.</source>
        <translation>%1 está abierto en otra ventana o comando de Cabildo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 was not closed properly and is damaged, so Cabildo will not change it. You can still open it read-only, to look at it or back it up.</source>
        <translation>%1 no se cerró correctamente y está dañado, así que Cabildo no lo modificará. Aún puedes abrirlo en modo de solo lectura para verlo o hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/restorestore.cpp" line="+160" />
        <source>This event file has no restore points.</source>
        <translation>Este archivo de evento no tiene puntos de restauración.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no restore point %1.</source>
        <translation>No existe el punto de restauración %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Restore point %1 is damaged (part of what it kept is missing or changed), so it cannot be restored.</source>
        <translation>El punto de restauración %1 está dañado (falta o cambió parte de lo que guardaba), así que no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../app/storage/noteimagestore.cpp" line="+98" />
        <location line="+13" />
        <source>Pictures cannot be erased in the middle of another change.</source>
        <translation>Las imágenes no se pueden borrar en medio de otro cambio.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The file is busy; the pictures are removed but their bytes may remain until it is closed.</source>
        <translation>El archivo está ocupado; las imágenes se quitaron, pero sus bytes pueden quedar hasta que se cierre.</translation>
    </message>
</context>
<context>
    <name>cabildo::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+52" />
        <source>Export Open Data</source>
        <translation>Exportar datos abiertos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bundle folder:</source>
        <translation>Carpeta del paquete de datos:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new or empty folder: the export never writes over files</source>
        <translation>Una carpeta nueva o vacía: la exportación nunca sobrescribe archivos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CC BY 4.0 (attribution)</source>
        <translation>CC BY 4.0 (atribución)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open Government Licence – Canada 2.0</source>
        <translation>Licencia de Gobierno Abierto – Canadá 2.0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CC0 1.0 (public domain)</source>
        <translation>CC0 1.0 (dominio público)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include the notes' text (e-mail addresses and phone numbers are masked)</source>
        <translation>Incluir el texto de las notas (se enmascaran las direcciones de correo electrónico y los números de teléfono)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Include the names of people who consented to publication (note authors, session hosts)</source>
        <translation>Incluir los nombres de quienes consintieron su publicación (autores de notas, responsables de sesiones)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+7" />
        <source>README languages:</source>
        <translation>Idiomas del README:</translation>
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
        <translation>Tamaño de papel del programa:</translation>
    </message>
    <message>
        <location line="-50" />
        <source>https://… where the data will be published (optional)</source>
        <translation>https://… donde se publicarán los datos (opcional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code URL:</source>
        <translation>URL del código QR:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The bundle contains no personal data unless you include consented names. The report appears here after the export.</source>
        <translation>El paquete no contiene datos personales, salvo que incluyas los nombres con consentimiento. El informe aparece aquí después de la exportación.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open Folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Where to put the bundle</source>
        <translation>Dónde guardar el paquete de datos</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n file(s) into %1.</source>
        <translation>
            <numerusform>Se exportó %n archivo a %1.</numerusform>
            <numerusform>Se exportaron %n archivos a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s) in the schedule.</source>
        <translation>
            <numerusform>%n sesión en la agenda.</numerusform>
            <numerusform>%n sesiones en la agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n note(s) included.</source>
        <translation>
            <numerusform>%n nota incluida.</numerusform>
            <numerusform>%n notas incluidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masked in the exported text: %1, %2.</source>
        <translation>Datos enmascarados en el texto exportado: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n dirección de correo electrónico</numerusform>
            <numerusform>%n direcciones de correo electrónico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de teléfono</numerusform>
            <numerusform>%n números de teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n consented name(s) published.</source>
        <translation>
            <numerusform>%n nombre publicado con consentimiento.</numerusform>
            <numerusform>%n nombres publicados con consentimiento.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>Export &amp;Open Data…</source>
        <translation>&amp;Exportar datos abiertos…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Publish the agenda, themes and votes as open data, with no personal data</source>
        <translation>Publicar la agenda, los temas y los votos como datos abiertos, sin datos personales</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;PDF…</source>
        <translation>Exportar el programa en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the printable programme</source>
        <translation>Guardar el programa para imprimir</translation>
    </message>
</context>
<context>
    <name>cabildo::FileCheck</name>
    <message>
        <location filename="../app/storage/filecheck.cpp" line="+49" />
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a Cabildo event file.</source>
        <translation>%1 no es un archivo de evento de Cabildo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged and cannot be opened: the file is cut short.</source>
        <translation>%1 está dañado y no se puede abrir: el archivo está incompleto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1 está dañado y no se puede abrir: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+6" />
        <location line="+23" />
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>%1 is an SQLite database, but not a Cabildo event file.</source>
        <translation>%1 es una base de datos SQLite, pero no un archivo de evento de Cabildo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Cabildo event file (unknown file format %2).</source>
        <translation>%1 no es un archivo de evento de Cabildo (formato de archivo %2 desconocido).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was made by a newer version of Cabildo (file format %2; this version reads up to %3). Update Cabildo to open it.</source>
        <translation>%1 se creó con una versión más reciente de Cabildo (formato de archivo %2; esta versión lee hasta el %3). Actualiza Cabildo para abrirlo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not an event file Cabildo can read (unknown file format %2).</source>
        <translation>%1 no es un archivo de evento que Cabildo pueda leer (formato de archivo %2 desconocido).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 está dañado y no se puede abrir (%2).</translation>
    </message>
</context>
<context>
    <name>cabildo::GroupingEngine</name>
    <message numerus="yes">
        <location filename="../app/engines/grouping/groupingengine.cpp" line="+308" />
        <source>%n note(s) have no words to group by (only punctuation or single letters).</source>
        <translation>
            <numerusform>%n nota no tiene palabras para agruparla (solo signos de puntuación o letras sueltas).</numerusform>
            <numerusform>%n notas no tienen palabras para agruparlas (solo signos de puntuación o letras sueltas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>There are no notes to group.</source>
        <translation>No hay notas para agrupar.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No note has words to group by.</source>
        <translation>Ninguna nota tiene palabras para agruparla.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Only %n distinct note(s): that many themes instead of %1.</source>
        <translation>
            <numerusform>Solo %n nota distinta: ese número de temas en lugar de %1.</numerusform>
            <numerusform>Solo %n notas distintas: ese número de temas en lugar de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ImageExport</name>
    <message>
        <location filename="../ui/imageexport.cpp" line="+17" />
        <source>There is nothing to draw.</source>
        <translation>No hay nada que dibujar.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <location line="+11" />
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The board is empty.</source>
        <translation>El tablero está vacío.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Save Image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Image not saved</source>
        <translation>Imagen no guardada</translation>
    </message>
</context>
<context>
    <name>cabildo::ImportCsvDialog</name>
    <message>
        <location filename="../ui/dialogs/importcsvdialog.cpp" line="+94" />
        <source>Import notes from %1</source>
        <translation>Importar notas desde %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Encoding: %1 · Delimiter: %2 · %n note(s) to import</source>
        <translation>
            <numerusform>Codificación: %1 · Separador: %2 · %n nota para importar</numerusform>
            <numerusform>Codificación: %1 · Separador: %2 · %n notas para importar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nothing will be imported: %1</source>
        <translation>No se importará nada: %1</translation>
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
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2</source>
        <comment>author name, phone</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>— %1</source>
        <extracomment>Under a waiting note: who sent it (a name, a phone) and when</extracomment>
        <translation>— %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>— %1 · %2</source>
        <translation>— %1 · %2</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No note is waiting for approval.</source>
        <translation>Ninguna nota espera aprobación.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s) from phones waiting for approval, oldest first.</source>
        <translation>
            <numerusform>%n nota de los teléfonos espera aprobación.</numerusform>
            <numerusform>%n notas de los teléfonos esperan aprobación, de la más antigua a la más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+8" />
        <source>Cannot approve</source>
        <translation>No se puede aprobar</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot hide</source>
        <translation>No se puede ocultar</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The room sees this screen: waiting notes are not shown here. Hold F8 to read them.</source>
        <translation>La sala ve esta pantalla: las notas en espera no se muestran aquí. Mantén presionada F8 para leerlas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;pprove</source>
        <translation>Apro&amp;bar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the selected notes on the board</source>
        <translation>Poner las notas seleccionadas en el tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hide</source>
        <translation>O&amp;cultar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the selected notes off the board; the phone shows them as not shown</source>
        <translation>Dejar las notas seleccionadas fuera del tablero; el teléfono las indica como no mostradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve A&amp;ll</source>
        <translation>Aprobar to&amp;das</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put every waiting note on the board</source>
        <translation>Poner en el tablero todas las notas en espera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes waiting for approval</source>
        <translation>Notas en espera de aprobación</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskAgenda</name>
    <message>
        <location filename="../ui/kiosk/kioskagenda.cpp" line="+84" />
        <source>The agenda</source>
        <extracomment>Heading of the kiosk in the Publish phase; in the Agenda phase it is still a draft</extracomment>
        <translation>La agenda</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The agenda so far</source>
        <translation>La agenda hasta ahora</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The agenda is not ready yet. It will show here.</source>
        <translation>La agenda aún no está lista. Aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskPinDialog</name>
    <message>
        <location filename="../ui/kiosk/kioskpindialog.cpp" line="+25" />
        <source>Facilitator</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the facilitator PIN.</source>
        <translation>Ingresa el PIN de facilitación.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facilitator PIN</source>
        <translation>PIN de facilitación</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Clear</source>
        <extracomment>Keypad key that empties the PIN field</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
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
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location line="+24" />
        <source>That PIN is not right. The kiosk stays open.</source>
        <translation>El PIN no es correcto. El quiosco sigue abierto.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskSetupDialog</name>
    <message>
        <location filename="../ui/kiosk/kiosksetupdialog.cpp" line="+36" />
        <source>Start kiosk mode</source>
        <translation>Iniciar modo quiosco</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The kiosk fills a screen with a form where participants add their priorities, beside a live view of the board. They cannot change, move or delete notes. To leave the kiosk, tap “Facilitator” and enter the PIN you choose here.</source>
        <translation>El quiosco ocupa una pantalla con un formulario donde las personas participantes agregan sus prioridades, junto a una vista en vivo del tablero. No pueden modificar, mover ni eliminar notas. Para salir del quiosco, toca “Facilitación” e ingresa el PIN que elijas aquí.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>While a voting round is open (Votes menu), the kiosk shows its ballot instead of the form, and turns back when the round closes.</source>
        <translation>Mientras haya una ronda de votación abierta (menú Votos), el quiosco muestra su boleta en lugar del formulario, y vuelve a él cuando la ronda se cierra.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Screen:</source>
        <extracomment>Which display the kiosk appears on</extracomment>
        <translation>&amp;Pantalla:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;PIN:</source>
        <extracomment>Label of the field where the facilitator chooses a PIN</extracomment>
        <translation>P&amp;IN:</translation>
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
        <translation>Iniciar quiosco</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Screen %1</source>
        <extracomment>A screen without a name of its own, numbered in the list of screens</extracomment>
        <translation>Pantalla %1</translation>
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
        <translation>El quiosco cubrirá esta ventana hasta que salgas de él con tu PIN.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You can keep working in this window while the kiosk is open.</source>
        <translation>Puedes seguir trabajando en esta ventana mientras el quiosco esté abierto.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choose a PIN of %1 to %2 digits. You will need it to leave the kiosk.</source>
        <translation>Elige un PIN de %1 a %2 dígitos. Lo necesitarás para salir del quiosco.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the PIN again to confirm it.</source>
        <translation>Vuelve a escribir el PIN para confirmarlo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two PINs do not match.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remember this PIN: you will need it to leave the kiosk.</source>
        <translation>Recuerda este PIN: lo necesitarás para salir del quiosco.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskVotePanel</name>
    <message>
        <location filename="../ui/kiosk/kioskvotepanel.cpp" line="+304" />
        <source>You have used all your votes. Tap a chosen theme to take its vote back.</source>
        <translation>Ya usaste todos tus votos. Toca un tema elegido para quitarle tu voto.</translation>
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
        <translation>Este tema ya tiene todos los votos que puede recibir.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose your themes</source>
        <extracomment>Heading of the kiosk ballot</extracomment>
        <translation>Elige tus temas</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1: tap up to %n theme(s), then cast your votes.</source>
        <extracomment>%1 is the voting round's name</extracomment>
        <translation>
            <numerusform>%1: toca hasta %n tema y luego envía tus votos.</numerusform>
            <numerusform>%1: toca hasta %n temas y luego envía tus votos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n vote(s) left</source>
        <extracomment>Under the kiosk ballot: how many of a participant's votes are not used yet</extracomment>
        <translation>
            <numerusform>Te queda %n voto</numerusform>
            <numerusform>Te quedan %n votos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no themes to vote on yet.</source>
        <translation>Todavía no hay temas para votar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cast my votes</source>
        <extracomment>Button that stores a participant's ballot</extracomment>
        <translation>Enviar mis votos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes to vote on</source>
        <translation>Temas para votar</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sorry, your votes could not be saved: a theme may have just become full, or voting has closed. Please check your choices or ask the facilitator.</source>
        <translation>Lo sentimos, no se pudieron guardar tus votos: puede que un tema se acabe de completar o que la votación se haya cerrado. Revisa tus opciones o pide ayuda a la persona facilitadora.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Thank you! Your votes are counted.</source>
        <translation>¡Gracias! Tus votos ya están contados.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskWindow</name>
    <message>
        <location filename="../ui/kiosk/kioskwindow.cpp" line="+319" />
        <source>Cabildo kiosk</source>
        <translation>Quiosco de Cabildo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The language you write in</source>
        <extracomment>Tooltip of the four language buttons at the top of the kiosk form</extracomment>
        <translation>El idioma en el que escribes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facilitator</source>
        <extracomment>Button for the event's facilitator (the person running it) to leave the kiosk</extracomment>
        <translation>Facilitación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facilitator: leave kiosk mode</source>
        <translation>Facilitación: salir del modo quiosco</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board with everyone's priorities</source>
        <translation>Tablero con las prioridades de todas las personas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
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
        <translation>En %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <extracomment>Closes the card that shows a whole note</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n priorities on the board</source>
        <translation>
            <numerusform>%n prioridad en el tablero</numerusform>
            <numerusform>%n prioridades en el tablero</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The facilitator is grouping the notes</source>
        <translation>La persona facilitadora está agrupando las notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch the board: notes that belong together are gathered into themes. Voting on the themes comes next.</source>
        <translation>Mira el tablero: las notas relacionadas se reúnen en temas. Luego se votarán los temas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Voting is closed</source>
        <translation>La votación está cerrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thank you for voting. The agenda is made from the votes.</source>
        <translation>Gracias por votar. La agenda se arma a partir de los votos.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Voting has not started</source>
        <translation>La votación aún no comenzó</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ballot shows here as soon as the facilitator opens the vote.</source>
        <translation>La boleta aparecerá aquí en cuanto la persona facilitadora abra la votación.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
</context>
<context>
    <name>cabildo::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-22" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;vent</source>
        <translation>Eve&amp;nto</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Event opened</source>
        <extracomment>First line of the undo history: the event as it was when opened</extracomment>
        <translation>Evento abierto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Event</source>
        <translation>&amp;Cerrar evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Notes from CSV…</source>
        <translation>&amp;Importar notas desde CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Paste as Notes</source>
        <translation>&amp;Pegar como notas</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add one note per line of the text in the clipboard</source>
        <translation>Agregar una nota por cada línea del texto del portapapeles</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Edit Note Text</source>
        <translation>&amp;Editar texto de la nota</translation>
    </message>
    <message>
        <location line="-221" />
        <source>board.png</source>
        <translation>tablero.png</translation>
    </message>
    <message>
        <location line="+198" />
        <source>Suggested themes</source>
        <translation>Temas sugeridos</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export &amp;Board Image…</source>
        <translation>Exportar imagen del &amp;tablero…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Delete Notes</source>
        <translation>E&amp;liminar notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All Notes</source>
        <translation>Seleccionar &amp;todas las notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit All Notes</source>
        <translation>Ver &amp;todas las notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de cambios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event &amp;Properties…</source>
        <translation>&amp;Propiedades del evento…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start &amp;Kiosk Mode…</source>
        <translation>Iniciar modo &amp;quiosco…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create a new event file</source>
        <translation>Crear un archivo de evento nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an event file</source>
        <translation>Abrir un archivo de evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a copy of this event under another name and go on working in the copy</source>
        <translation>Guardar una copia de este evento con otro nombre y seguir trabajando en la copia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this event; everything is already saved</source>
        <translation>Cerrar este evento; todo ya está guardado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the notes of a CSV file, after a preview</source>
        <translation>Agregar las notas de un archivo CSV, tras una vista previa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole board as a PNG or SVG picture for slides</source>
        <translation>Guardar todo el tablero como imagen PNG o SVG para diapositivas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change the text of the selected note</source>
        <translation>Cambiar el texto de la nota seleccionada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected notes</source>
        <translation>Eliminar las notas seleccionadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select every note on the board</source>
        <translation>Seleccionar todas las notas del tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the board bigger</source>
        <translation>Ver el tablero más grande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show more of the board</source>
        <translation>Ver más partes del tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the notes at their real size</source>
        <translation>Ver las notas en su tamaño real</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every note on the board at once</source>
        <translation>Ver todas las notas del tablero a la vez</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename the event, change its acronym or time zone</source>
        <translation>Cambiar el nombre del evento, su sigla o su zona horaria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the interface language and the board's contrast</source>
        <translation>Elegir el idioma de la interfaz y el contraste del tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let participants add their priorities on a shared or touch screen</source>
        <translation>Permitir que las personas participantes agreguen sus prioridades en una pantalla compartida o táctil</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the selected notes the colour %1</source>
        <extracomment>%1 is a colour name, e.g. "Yellow"</extracomment>
        <translation>Dar el color %1 a las notas seleccionadas</translation>
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
        <translation>&lt;h2&gt;No hay ningún evento abierto&lt;/h2&gt;&lt;p&gt;Crea un evento con Archivo ▸ Nuevo evento, abre uno con Archivo ▸ Abrir o suelta aquí un archivo de evento.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_event.cpp" line="+90" />
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cabildo could not write this change to the event file, so it was not made.

%1</source>
        <translation>Cabildo no pudo escribir este cambio en el archivo del evento, así que no se aplicó.

%1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Event in use</source>
        <translation>Evento en uso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event with several names</source>
        <translation>Evento con varios nombres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Open it read-only? You can look at it but not change it.</source>
        <translation>%1

¿Abrirlo en modo de solo lectura? Podrás verlo, pero no modificarlo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This event is open in another Cabildo: you are looking at it read-only.</source>
        <translation>Este evento está abierto en otro Cabildo: lo estás viendo en modo de solo lectura.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This event file has more than one name on this disk: you are looking at it read-only. Save As gives a copy you can change.</source>
        <translation>Este archivo de evento tiene más de un nombre en este disco: lo estás viendo en solo lectura. «Guardar como» da una copia que puedes modificar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot open event</source>
        <translation>No se puede abrir el evento</translation>
    </message>
    <message>
        <location line="+22" />
        <source>My event</source>
        <translation>Mi evento</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+24" />
        <source>Cannot create event</source>
        <translation>No se puede crear el evento</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Save the new event as</source>
        <translation>Guardar el nuevo evento como</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Cabildo events (*.cabildo)</source>
        <translation>Eventos de Cabildo (*.cabildo)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cabildo events (*.cabildo);;All files (*)</source>
        <translation>Eventos de Cabildo (*.cabildo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save event as</source>
        <translation>Guardar evento como</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot save event</source>
        <translation>No se puede guardar el evento</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot change the event</source>
        <translation>No se puede modificar el evento</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
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
            <numerusform>Añadiendo %Ln nota…</numerusform>
            <numerusform>Añadiendo %Ln notas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Imported %n note(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n nota desde %1.</numerusform>
            <numerusform>Se importaron %n notas desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32" />
        <source>Working out the languages of the notes and translating them: %L1 of %L2</source>
        <extracomment>Progress after a CSV import: %L1 notes done of %L2</extracomment>
        <translation>Detectando los idiomas de las notas y traduciéndolas: %L1 de %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>The notes' language work goes on in the background (%Ln note(s) left).</source>
        <translation>
            <numerusform>El trabajo de idioma de las notas sigue en segundo plano (queda %Ln nota).</numerusform>
            <numerusform>El trabajo de idioma de las notas sigue en segundo plano (quedan %Ln notas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>Kiosk mode ended.</source>
        <translation>El modo quiosco terminó.</translation>
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
        <translation>[solo lectura]</translation>
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
        <translation><numerusform>%Ln en espera</numerusform><numerusform>%Ln en espera</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::NewRoundDialog</name>
    <message>
        <location filename="../ui/votes/newrounddialog.cpp" line="+18" />
        <source>New voting round</source>
        <translation>Nueva ronda de votación</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Limit the votes one theme can get</source>
        <translation>&amp;Limitar los votos que puede recibir un tema</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Most votes per theme</source>
        <translation>Máximo de votos por tema</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Hide running totals until revealed</source>
        <translation>&amp;Ocultar los totales parciales hasta revelarlos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Early results on the screen steer the people who vote later</source>
        <translation>Los resultados que se ven antes en pantalla influyen en quienes votan después</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Name:</source>
        <extracomment>Name of a voting round, e.g. "Day 1"</extracomment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Votes per person:</source>
        <translation>&amp;Votos por persona:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Create Round</source>
        <extracomment>OK button of the "New voting round" dialog</extracomment>
        <translation>Crear ronda</translation>
    </message>
</context>
<context>
    <name>cabildo::NoteGrouping</name>
    <message>
        <location filename="../app/document/notegrouping.cpp" line="+52" />
        <source>Notes in different languages are grouped less well: install %1 to bring them together.</source>
        <translation>Las notas en distintos idiomas se agrupan peor: instala %1 para reunirlas.</translation>
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
        <translation>En %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read from the photo, not checked yet</source>
        <extracomment>Under a note's text read from a photo by OCR, until someone checks it</extracomment>
        <translation>Leído de la foto, aún sin revisar</translation>
    </message>
    <message>
        <location filename="../ui/board/noteitem.cpp" line="+110" />
        <source>Face-down note</source>
        <translation>Nota boca abajo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, hidden from the room</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, oculta para la sala</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, face down for the room until revealed</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, boca abajo para la sala hasta que se revele</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, from a photo, text not checked yet</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, de una foto, texto aún sin revisar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, from a photo</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, de una foto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, text not checked yet</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, texto aún sin revisar</translation>
    </message>
    <message>
        <location line="+100" />
        <source>No text yet</source>
        <translation>Aún sin texto</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Face down</source>
        <translation>Boca abajo</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Unchecked</source>
        <translation>Sin revisar</translation>
    </message>
</context>
<context>
    <name>cabildo::NotePicturePanel</name>
    <message>
        <location filename="../ui/photo/notepicturepanel.cpp" line="+27" />
        <source>Picture of the note</source>
        <translation>Imagen de la nota</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove Picture</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Erases the picture from the event file; this cannot be undone</source>
        <translation>Borra la imagen del archivo del evento; no se puede deshacer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The text is not checked yet: compare it with the picture, then press Enter.</source>
        <translation>El texto aún no está revisado: compárelo con la imagen y pulse Intro.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the text first</source>
        <translation>Revise primero el texto</translation>
    </message>
</context>
<context>
    <name>cabildo::NotesCsv</name>
    <message>
        <location filename="../app/formats/notescsv.cpp" line="+21" />
        <source>Row %1, column "%2": %3</source>
        <translation>Fila %1, columna “%2”: %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is %2 MB: Cabildo imports notes CSV files up to %L3 MB (split the file).</source>
        <translation>%1 tiene %2 MB: Cabildo importa archivos CSV de notas de hasta %L3 MB (divide el archivo).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Column "%1" is not used and was ignored.</source>
        <translation>La columna “%1” no se usa y se ignoró.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%L1 columns are not used and were ignored: %2 and %Ln more.</source>
        <extracomment>%L1 is how many columns were ignored; %2 names the first ones, e.g. ""Votes", "Date", "Email"".</extracomment>
        <translation>
            <numerusform>%L1 columnas no se usan y se ignoraron: %2 y %Ln más.</numerusform>
            <numerusform>%L1 columnas no se usan y se ignoraron: %2 y %Ln más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file has no "text" column. The first row must name the columns, one of them "text".</source>
        <translation>El archivo no tiene una columna “text”. La primera fila debe tener los nombres de las columnas, y una de ellas debe llamarse “text”.</translation>
    </message>
    <message numerus="yes">
        <location line="+73" />
        <source>%1 and %n more</source>
        <extracomment>The end of a list of row numbers, e.g. "6, 9, 12 and 40 more"; %1 is "6, 9, 12".</extracomment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Skipped %n row(s) with no text: %1</source>
        <extracomment>%1 lists row numbers of the CSV file, e.g. "6, 9" or "6, 9, 12 and 40 more".</extracomment>
        <translation>
            <numerusform>Se omitió %n fila sin texto: %1</numerusform>
            <numerusform>Se omitieron %n filas sin texto: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45" />
        <source>"%1" is not a note colour (use one of: %2).</source>
        <translation>“%1” no es un color de nota (usa uno de estos: %2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a sector (use one of: government, civil_society, academia, private_sector, media, funder, other).</source>
        <translation>“%1” no es un sector válido (usa uno de estos: government, civil_society, academia, private_sector, media, funder, other).</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>The "text" column is empty in every row (%n row(s)): there is no note to import.</source>
        <translation>
            <numerusform>La columna “text” está vacía en todas las filas (%n fila): no hay ninguna nota que importar.</numerusform>
            <numerusform>La columna “text” está vacía en todas las filas (%n filas): no hay ninguna nota que importar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file has a header but no notes.</source>
        <translation>El archivo tiene encabezado, pero no tiene notas.</translation>
    </message>
</context>
<context>
    <name>cabildo::OpenDataExport</name>
    <message>
        <location filename="../app/opendata/opendataexport.cpp" line="+31" />
        <location line="+144" />
        <source>%1 cannot be created.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location line="-140" />
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>unknown licence %1 (choose %2)</source>
        <translation>licencia desconocida %1 (elige entre %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the bundle needs a README in one language at least</source>
        <translation>el paquete necesita un README en al menos un idioma</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no README in "%1" yet (choose among %2)</source>
        <translation>todavía no hay README en “%1” (elige entre %2)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 is not empty: the bundle goes into a new or empty folder.</source>
        <translation>%1 no está vacío: el paquete va en una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+13" />
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 cannot be replaced.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDesk</name>
    <message>
        <location filename="../app/document/participationdesk.cpp" line="+208" />
        <location line="+28" />
        <source>This event is open read-only: phones cannot add to it.</source>
        <translation>Este evento está abierto en modo de solo lectura: los teléfonos no pueden agregarle nada.</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDialog</name>
    <message>
        <location filename="../ui/participation/participationdialog.cpp" line="+245" />
        <source>This computer only, for trying it out</source>
        <translation>Solo esta computadora, para hacer pruebas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — %2</source>
        <comment>network name — address</comment>
        <extracomment>A network interface in the list: its name, then its IPv4 address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This laptop is on no network. Connect it to the venue's Wi-Fi or turn on its own hotspot, then press Refresh.</source>
        <translation>Esta computadora no está conectada a ninguna red. Conéctala a la red Wi-Fi del lugar o activa su propio punto de acceso y luego presiona Actualizar.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Participation could not open on %1: %2</source>
        <translation>No se pudo abrir la participación en %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new link and join code? The old ones stop working at once: every phone must scan the new QR code. Notes already sent stay.</source>
        <translation>¿Crear un nuevo enlace y un nuevo código de acceso? Los anteriores dejan de funcionar de inmediato: cada teléfono debe escanear el nuevo código QR. Las notas ya enviadas se conservan.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New Link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Block phone</source>
        <translation>Bloquear teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Block this phone? It can no longer send notes or vote.

Also hide its notes from the board? (Undo brings them back.)</source>
        <translation>¿Bloquear este teléfono? Ya no podrá enviar notas ni votar.

¿Ocultar también sus notas del tablero? (Deshacer las recupera.)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>or type %1 and the code %2</source>
        <translation>o escriben %1 y el código %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Phones connected: %1
Notes received: %2
Ballots cast: %3
Waiting for approval: %4</source>
        <translation>Teléfonos conectados: %1
Notas recibidas: %2
Boletas emitidas: %3
En espera de aprobación: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Phone %1 · %2 · %n note(s)</source>
        <extracomment>A phone in the list: its number, its network address, the notes it sent</extracomment>
        <translation>
            <numerusform>Teléfono %1 · %2 · %n nota</numerusform>
            <numerusform>Teléfono %1 · %2 · %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>refused %n time(s) for sending too fast</source>
        <translation>
            <numerusform>rechazado %n vez por enviar demasiado rápido</numerusform>
            <numerusform>rechazado %n veces por enviar demasiado rápido</numerusform>
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
        <translation>&amp;Teléfonos que se unieron (%1):</translation>
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
        <translation>Permitir que este teléfono vuelva a enviar notas y votar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuse everything this phone sends from now on</source>
        <translation>Rechazar todo lo que este teléfono envíe a partir de ahora</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&lt;p&gt;&lt;b&gt;Phones cannot connect?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Phones must be on the same Wi-Fi network as this laptop.&lt;/li&gt;&lt;li&gt;Venue Wi-Fi often keeps devices apart from each other (guest networks usually do). Then use this laptop's own hotspot: in GNOME, Settings ▸ Wi-Fi ▸ Turn On Wi-Fi Hotspot. Ask participants to join it, close participation here and open it again on the hotspot's network.&lt;/li&gt;&lt;li&gt;A firewall on this laptop may turn phones away: allow incoming connections on port %1 (TCP).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿Los teléfonos no pueden conectarse?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Los teléfonos deben estar en la misma red Wi-Fi que esta computadora.&lt;/li&gt;&lt;li&gt;La red Wi-Fi del lugar suele aislar los dispositivos entre sí (las redes de invitados casi siempre lo hacen). En ese caso, usa el punto de acceso propio de esta computadora: en GNOME, Configuración ▸ Wi-Fi ▸ Activar el punto de acceso Wi-Fi. Pide a las personas participantes que se conecten a él, cierra aquí la participación y vuelve a abrirla en la red del punto de acceso.&lt;/li&gt;&lt;li&gt;Un cortafuegos en esta computadora puede rechazar a los teléfonos: permite las conexiones entrantes en el puerto %1 (TCP).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open to Phones</source>
        <translation>Abrir a los teléfonos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants add their priorities and vote from their own phones' browsers, over this laptop's network. Nothing leaves the room and nobody needs an account.</source>
        <translation>Las personas participantes agregan sus prioridades y votan desde el navegador de sus propios teléfonos, a través de la red de esta computadora. Nada sale de la sala y nadie necesita una cuenta.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The network the phones are on; the laptop's Wi-Fi is proposed</source>
        <translation>La red en la que están los teléfonos; se propone la red Wi-Fi de la computadora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the networks again (after turning on a hotspot)</source>
        <translation>Volver a listar las redes (después de activar un punto de acceso)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Approve notes before they show</source>
        <translation>&amp;Aprobar las notas antes de mostrarlas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes from phones wait in the Incoming list until you approve them</source>
        <translation>Las notas de los teléfonos esperan en la lista Entrantes hasta que las apruebes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants open:</source>
        <translation>Las personas participantes abren:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code of the participants' address</source>
        <translation>Código QR de la dirección para participantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show on Pro&amp;jector</source>
        <translation>Mostrar en el pro&amp;yector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The QR code, address and join code full screen, on the second screen if there is one</source>
        <translation>El código QR, la dirección y el código de acceso a pantalla completa, en la segunda pantalla si la hay</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New &amp;Link…</source>
        <translation>&amp;Nuevo enlace…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current link and join code working and make new ones</source>
        <translation>Invalidar el enlace y el código de acceso actuales y crear otros nuevos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clo&amp;se to Phones</source>
        <translation>C&amp;errar a los teléfonos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop participation: the link and join code stop working</source>
        <translation>Detener la participación: el enlace y el código de acceso dejan de funcionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones cannot connect?</source>
        <translation>¿Los teléfonos no pueden conectarse?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones that joined</source>
        <translation>Teléfonos que se unieron</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationServer</name>
    <message>
        <location filename="../app/network/participationserver.cpp" line="+171" />
        <source>Participation cannot start: it has nothing to store phones' notes in.</source>
        <translation>La participación no puede iniciarse: no tiene dónde guardar las notas de los teléfonos.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Participation cannot start: its link is too easy to guess. Choose New Link.</source>
        <translation>La participación no puede iniciarse: su enlace es demasiado fácil de adivinar. Elige Nuevo enlace.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a network address (IPv4) of this computer.</source>
        <extracomment>%1 is what was given as the laptop's network address</extracomment>
        <translation>“%1” no es una dirección de red (IPv4) de esta computadora.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+25" />
        <source>Participation cannot start: %1</source>
        <extracomment>%1 is the system's reason, such as "Too many open files"</extracomment>
        <translation>La participación no puede iniciarse: %1</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Port %1 is already used by another program. Choose another port, or let Cabildo pick one.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Otro programa ya usa el puerto %1. Elige otro puerto o deja que Cabildo elija uno.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The address %1 is no longer one of this computer's: it may have left that network. Choose the network again.</source>
        <extracomment>%1 is an IPv4 address</extracomment>
        <translation>La dirección %1 ya no pertenece a esta computadora: puede que se haya desconectado de esa red. Vuelve a elegir la red.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cabildo may not use port %1: ports below 1024 need administrator rights. Choose a port above 1024.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Cabildo no puede usar el puerto %1: los puertos inferiores a 1024 requieren permisos de administrador. Elige un puerto superior a 1024.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Participation cannot start: the web server did not start (see the log).</source>
        <translation>La participación no puede iniciarse: el servidor web no arrancó (ver el registro).</translation>
    </message>
</context>
<context>
    <name>cabildo::PdfExportDialog</name>
    <message>
        <location filename="../ui/dialogs/pdfexportdialog.cpp" line="+28" />
        <location line="+75" />
        <location line="+26" />
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>PDF (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cabildo::PhoneParticipation</name>
    <message>
        <location filename="../ui/participation/phoneparticipation.cpp" line="+67" />
        <source>Participation was open on %1 and could not start again: %2 Choose a network and open it again; phones then scan the new QR code.</source>
        <translation>La participación estaba abierta en %1 y no pudo reiniciarse: %2 Elige una red y vuelve a abrirla; luego los teléfonos escanean el nuevo código QR.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Participants' phones are connected to this event</source>
        <translation>Los teléfonos de las personas participantes están conectados a este evento</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Open to phones: %n connected</source>
        <extracomment>In the status bar while participation is open; a click shows the dialog</extracomment>
        <translation>
            <numerusform>Abierto a los teléfonos: %n conectado</numerusform>
            <numerusform>Abierto a los teléfonos: %n conectados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open to &amp;Phones…</source>
        <translation>Abrir a los &amp;teléfonos…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let participants add notes and vote from their own phones, over this network</source>
        <translation>Permitir que las personas participantes agreguen notas y voten desde sus propios teléfonos, a través de esta red</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Incoming Notes</source>
        <translation>Notas &amp;entrantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the participation dialog</source>
        <translation>Mostrar la ventana de participación</translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoActions</name>
    <message>
        <location filename="../ui/photo/photoactions.cpp" line="+41" />
        <source>Import P&amp;hoto of Notes…</source>
        <translation>Importar &amp;foto de notas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find the sticky notes on a photo of a paper wall and add them, after a check</source>
        <translation>Encontrar las notas adhesivas en la foto de una pared de papel y añadirlas, tras revisarlas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Transcribe Photo Notes…</source>
        <translation>Tra&amp;nscribir notas de foto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the proposed text of each note from a photo, one by one, with its picture</source>
        <translation>Revisar el texto propuesto de cada nota de una foto, una por una, con su imagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove All Note Pictures…</source>
        <translation>Quitar todas las &amp;imágenes de las notas…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Erase every note's picture from the event file; the texts stay</source>
        <translation>Borrar la imagen de cada nota del archivo del evento; los textos se quedan</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Import Photo of Notes</source>
        <translation>Importar foto de notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Photo not imported</source>
        <translation>Foto no importada</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Imported %n note(s) from the photo.</source>
        <translation>
            <numerusform>%n nota importada de la foto.</numerusform>
            <numerusform>%n notas importadas de la foto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+29" />
        <source>Transcribe Photo Notes</source>
        <translation>Transcribir notas de foto</translation>
    </message>
    <message numerus="yes">
        <location line="-28" />
        <source>%n note(s) added from the photo, each with its picture. Their texts are proposals to check. Check them now, one by one?</source>
        <translation>
            <numerusform>%n nota añadida de la foto, con su imagen. Su texto es una propuesta que hay que revisar. ¿Revisarla ahora?</numerusform>
            <numerusform>%n notas añadidas de la foto, cada una con su imagen. Sus textos son propuestas que hay que revisar. ¿Revisarlas ahora, una por una?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Transcribe Now</source>
        <translation>Transcribir ahora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The notes left to check are face down, and the room sees this screen.</source>
        <translation>Las notas que quedan por revisar están boca abajo, y la sala ve esta pantalla.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every note's text is checked: there is nothing to transcribe.</source>
        <translation>El texto de cada nota está revisado: no hay nada que transcribir.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+11" />
        <source>Remove All Note Pictures</source>
        <translation>Quitar todas las imágenes de las notas</translation>
    </message>
    <message>
        <location line="-11" />
        <source>No note on the board has a picture.</source>
        <translation>Ninguna nota del tablero tiene imagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Remove the pictures of %n note(s)? Their texts stay on the board.</source>
        <translation>
            <numerusform>¿Quitar la imagen de %n nota? Su texto se queda en el tablero.</numerusform>
            <numerusform>¿Quitar las imágenes de %n notas? Sus textos se quedan en el tablero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them still wait(s) for their text to be checked against the picture.</source>
        <translation>
            <numerusform>%n de ellas aún espera que su texto se revise con la imagen.</numerusform>
            <numerusform>%n de ellas aún esperan que su texto se revise con la imagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>This cannot be undone: the pictures are erased from the event file, and Undo does not bring them back.</source>
        <translation>No se puede deshacer: las imágenes se borran del archivo del evento y Deshacer no las recupera.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Pictures</source>
        <translation>Quitar las imágenes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pictures not removed</source>
        <translation>Imágenes no quitadas</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Removed the pictures of %n note(s).</source>
        <translation>
            <numerusform>Se quitó la imagen de %n nota.</numerusform>
            <numerusform>Se quitaron las imágenes de %n notas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCanvas</name>
    <message>
        <location filename="../ui/photo/photocanvas.cpp" line="+274" />
        <source>Likely already on the board</source>
        <translation>Probablemente ya en el tablero</translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCheckDialog</name>
    <message>
        <location filename="../ui/photo/photocheckdialog.cpp" line="+99" />
        <source>Check the Notes Found — %1</source>
        <extracomment>%1 is the photo's file name</extracomment>
        <translation>Revisar las notas encontradas — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Green outlines are the notes that will be added. Click a note to leave it out (crossed) or bring it back. Drag a rectangle around a note that was missed to add it. Ctrl+wheel or + and - zoom in and out.</source>
        <translation>Los contornos verdes son las notas que se añadirán. Haga clic en una nota para dejarla fuera (tachada) o recuperarla. Trace un rectángulo alrededor de una nota que faltó para añadirla. Ctrl+rueda o + y - acercan y alejan.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Photo with the notes found</source>
        <translation>Foto con las notas encontradas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The arrow keys go from note to note; Space leaves the note out or brings it back</source>
        <translation>Las flechas van de nota en nota; Espacio deja fuera la nota o la recupera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding the notes</source>
        <translation>Buscando las notas</translation>
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
        <translation>Mostrar la foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The room sees this screen and its notes are hidden until revealed: the photo is blurred so that nobody reads the notes on it. The outlines can be checked as they are.</source>
        <translation>La sala ve esta pantalla y sus notas están ocultas hasta revelarlas: la foto se difumina para que nadie lea las notas. Los contornos se pueden revisar igual.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <source>Finding the notes on the photo…</source>
        <translation>Buscando las notas en la foto…</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Comparing them with the notes already on the board…</source>
        <translation>Comparándolas con las notas que ya están en el tablero…</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Cabildo cannot use %1: %2. Nothing was added.</source>
        <extracomment>%1 is the file name, %2 why it could not be read, e.g. "not an image"</extracomment>
        <translation>Cabildo no puede usar %1: %2. No se añadió nada.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No sticky notes were found on this photo. Drag a rectangle around each note to add it by hand, or cancel.</source>
        <translation>No se encontró ninguna nota adhesiva en esta foto. Arrastre un rectángulo alrededor de cada nota para añadirla a mano, o cancele.</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n note(s) to add</source>
        <extracomment>The notes ticked on the photo, which Import adds</extracomment>
        <translation>
            <numerusform>%n nota para añadir</numerusform>
            <numerusform>%n notas para añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n left out as likely already on the board</source>
        <extracomment>After "12 notes to add": notes of an earlier photo of the same wall, left out unless ticked</extracomment>
        <translation>
            <numerusform>%n dejada fuera por estar probablemente ya en el tablero</numerusform>
            <numerusform>%n dejadas fuera por estar probablemente ya en el tablero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+60" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System language (%1)</source>
        <extracomment>%1 is the name of the system's language, e.g. "français"</extracomment>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;High-contrast board (stronger colours and borders)</source>
        <translation>Tablero de alto &amp;contraste (colores y bordes más marcados)</translation>
    </message>
</context>
<context>
    <name>cabildo::PresenterView</name>
    <message>
        <location filename="../ui/agenda/presenterview.cpp" line="+121" />
        <location line="+5" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Page Down and Page Up change the day · Esc leaves the projector</source>
        <translation>Av Pág y Re Pág cambian el día · Esc para salir del proyector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esc leaves the projector</source>
        <translation>Esc para salir del proyector</translation>
    </message>
</context>
<context>
    <name>cabildo::PriorityForm</name>
    <message>
        <location filename="../ui/kiosk/priorityform.cpp" line="+174" />
        <source>Add your priority</source>
        <translation>Agrega tu prioridad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This event is open read-only: no priorities can be added here.</source>
        <translation>Este evento está abierto en modo de solo lectura: aquí no se pueden agregar prioridades.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What should we talk about at this event? Write one priority.</source>
        <translation>¿De qué deberíamos hablar en este evento? Escribe una prioridad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your priority</source>
        <translation>Tu prioridad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About you (optional)</source>
        <extracomment>Heading over the optional name, organisation, country and sector fields</extracomment>
        <translation>Sobre ti (opcional)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <extracomment>A participant's own name</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show my name in published results</source>
        <translation>Mostrar mi nombre en los resultados publicados</translation>
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
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add my priority</source>
        <extracomment>Button that sends the participant's priority to the board</extracomment>
        <translation>Agregar mi prioridad</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not given</source>
        <extracomment>Sector of a participant: they did not say</extracomment>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funder</source>
        <extracomment>Sector: organisations that fund projects (foundations, donors)</extracomment>
        <translation>Entidad financiadora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <extracomment>Sector: none of the above</extracomment>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Sorry, your priority could not be saved. Please ask the facilitator for help.</source>
        <translation>Lo sentimos, no se pudo guardar tu prioridad. Pide ayuda a la persona facilitadora.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Thank you! Your priority is on the board.</source>
        <translation>¡Gracias! Tu prioridad ya está en el tablero.</translation>
    </message>
</context>
<context>
    <name>cabildo::ProgrammePdf</name>
    <message>
        <location filename="../app/opendata/programmepdf.cpp" line="+159" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/opendata/icalendar.cpp" line="+71" />
        <location filename="../app/opendata/programmepdf.cpp" line="+14" />
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/opendata/programmepdf.cpp" line="+0" />
        <source>Plenary</source>
        <translation>Plenario</translation>
    </message>
    <message>
        <location filename="../app/opendata/programmepdf.cpp" line="+179" />
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Programme. Times are local (%1).</source>
        <extracomment>The programme's subtitle; %1 is the time zone, e.g. Europe/Paris.</extracomment>
        <translation>Programa. Horas locales (%1).</translation>
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
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <location line="+99" />
        <source>No agenda yet.</source>
        <translation>Todavía no hay agenda.</translation>
    </message>
</context>
<context>
    <name>cabildo::ProjectorActions</name>
    <message>
        <location filename="../ui/projector/projectoractions.cpp" line="+140" />
        <source>&amp;Automatic: Another Screen than This Window's</source>
        <translation>&amp;Automática: una pantalla distinta de la de esta ventana</translation>
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
        <translation>&amp;Proyector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screen</source>
        <translation>Pa&amp;ntalla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show Projector</source>
        <translation>Mostrar el &amp;proyector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the room sees, full screen on the projector: it follows the phase (Esc leaves)</source>
        <translation>Lo que ve la sala, a pantalla completa en el proyector: sigue la fase (Esc para salir)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow the Phase</source>
        <translation>&amp;Seguir la fase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The wall while notes are written and grouped, the results in the vote, then the agenda</source>
        <translation>El muro mientras se escriben y agrupan las notas, los resultados durante la votación y luego la agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Wall of Notes</source>
        <translation>&amp;Muro de notas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Theme Cards</source>
        <translation>&amp;Tarjetas de temas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Vote &amp;Results</source>
        <translation>&amp;Resultados de la votación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show this on the projector until the phase changes</source>
        <translation>Mostrar esto en el proyector hasta que cambie la fase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The screen the projector window goes to</source>
        <translation>La pantalla en la que se muestra la ventana del proyector</translation>
    </message>
</context>
<context>
    <name>cabildo::ProjectorWindow</name>
    <message>
        <location filename="../ui/projector/projectorwindow.cpp" line="+196" />
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projector, full screen</source>
        <translation>Proyector, a pantalla completa</translation>
    </message>
</context>
<context>
    <name>cabildo::QrProjectorWindow</name>
    <message>
        <location filename="../ui/participation/qrprojectorwindow.cpp" line="+93" />
        <source>Join from your phone</source>
        <translation>Únete desde tu teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan the code with your phone's camera to add your priorities and vote.</source>
        <translation>Escanea el código con la cámara de tu teléfono para agregar tus prioridades y votar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or open in the browser:</source>
        <translation>O abre en el navegador:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>and type the code:</source>
        <translation>y escribe el código:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esc leaves this screen</source>
        <translation>Esc para salir de esta pantalla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How to join from a phone, full screen</source>
        <translation>Cómo unirse desde un teléfono, a pantalla completa</translation>
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
        <translation>&amp;Crear punto de restauración…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore Points</source>
        <translation>Puntos de restauración</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A restore point is a copy of the whole event, kept in its file before every bulk action (accepting several suggestions, grouping, generating the agenda, importing notes, deleting a voting round, revealing notes) and whenever you take one. Restoring one keeps the notes and ballots participants sent after it.</source>
        <translation>Un punto de restauración es una copia de todo el evento, guardada en su archivo antes de cada acción masiva (aceptar varias sugerencias, agrupar, generar la agenda, importar notas, eliminar una ronda de votación, revelar notas) y cada vez que creas uno. Al restaurar uno se conservan las notas y boletas que las personas participantes enviaron después.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restore points</source>
        <translation>Puntos de restauración</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When</source>
        <extracomment>Columns of File ▸ Restore Points: when it was taken, the action it was taken before, what it holds</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What came next</source>
        <translation>Lo que siguió</translation>
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
        <translation>Boletas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kept</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <location line="+57" />
        <source>until deleted</source>
        <extracomment>How a restore point is kept: taken on demand (stays until deleted) or automatically (the oldest go)</extracomment>
        <translation>hasta eliminarlo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n restore point(s), %1 in the event file</source>
        <translation>
            <numerusform>%n punto de restauración, %1 en el archivo del evento</numerusform>
            <numerusform>%n puntos de restauración, %1 en el archivo del evento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>This event is open read-only: its restore points can be looked at, not used.</source>
        <translation>Este evento está abierto en modo de solo lectura: sus puntos de restauración se pueden ver, pero no usar.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the event back as it was on %1, before “%2”?</source>
        <translation>¿Devolver el evento a como estaba el %1, antes de “%2”?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cabildo first keeps a restore point of the event as it is now, so restoring that one comes back here. The undo history is cleared. Notes and ballots participants sent after %1 stay; the phase and the timer stay as they are.</source>
        <translation>Cabildo primero crea un punto de restauración del evento tal como está ahora, así que restaurando ese se vuelve aquí. Se borra el historial de cambios. Las notas y boletas que las personas participantes enviaron después del %1 se conservan; la fase y el temporizador quedan como están.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restored as it was on %1. To go back, restore the newest point.</source>
        <translation>Restaurado tal como estaba el %1. Para volver atrás, restaura el punto más reciente.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Take Restore Point</source>
        <translation>Crear punto de restauración</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A label, to know this point again (what comes next, for instance):</source>
        <translation>Una etiqueta para reconocer este punto (por ejemplo, lo que viene después):</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Taken by hand</source>
        <extracomment>The label a restore point taken on demand gets unless the facilitator types another</extracomment>
        <translation>Creado manualmente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot take a restore point</source>
        <translation>No se puede crear un punto de restauración</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete Restore Point</source>
        <translation>Eliminar punto de restauración</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the restore point of %1, before “%2”? This cannot be undone.</source>
        <translation>¿Eliminar el punto de restauración del %1, antes de “%2”? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot delete the restore point</source>
        <translation>No se puede eliminar el punto de restauración</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Restore &amp;Points…</source>
        <translation>P&amp;untos de restauración…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go back to a copy of the whole event kept before a bulk action, or keep one now</source>
        <translation>Volver a una copia de todo el evento guardada antes de una acción masiva, o crear una ahora</translation>
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
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Group</source>
        <extracomment>A phase of the event: the facilitator groups the notes into themes</extracomment>
        <translation>A&amp;grupación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Vote</source>
        <extracomment>A phase of the event: participants vote on the themes</extracomment>
        <translation>&amp;Votación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Agenda</source>
        <extracomment>A phase of the event: the agenda is made</extracomment>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Publish</source>
        <extracomment>A phase of the event: the final agenda is published</extracomment>
        <translation>&amp;Publicación</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tell the room's screens the event is in this phase</source>
        <translation>Indicar a las pantallas de la sala que el evento está en esta fase</translation>
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
        <translation>Temporizador:</translation>
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
        <translation>La duración del temporizador en minutos (90 minutos son 1:30:00)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timer length in minutes</source>
        <translation>Duración del temporizador en minutos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the End</source>
        <translation>Al terminar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens when the time is up</source>
        <translation>Qué pasa cuando se acaba el tiempo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timer &amp;Length…</source>
        <translation>&amp;Duración del temporizador…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a &amp;Minute</source>
        <translation>Agregar un &amp;minuto</translation>
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
        <translation>De&amp;tener el temporizador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the &amp;Round When Time Is Up</source>
        <translation>Cerrar la &amp;ronda al acabarse el tiempo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sou&amp;nd at the End</source>
        <translation>&amp;Sonido al terminar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hide Notes Until Revealed</source>
        <translation>&amp;Ocultar las notas hasta revelarlas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type how many minutes the timer runs</source>
        <translation>Escribe cuántos minutos dura el temporizador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the timer everyone sees, or pause it</source>
        <translation>Iniciar el temporizador que todo el mundo ve, o pausarlo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One more minute on the timer</source>
        <translation>Un minuto más en el temporizador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the timer and set it back to its whole length</source>
        <translation>Detener el temporizador y devolverlo a su duración completa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the time is up, close the open voting round</source>
        <translation>Cuando se acabe el tiempo, cerrar la ronda de votación abierta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play a short sound when the time is up</source>
        <translation>Reproducir un sonido breve cuando se acabe el tiempo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New notes stay face down on the room's screens until you reveal them</source>
        <translation>Las notas nuevas quedan boca abajo en las pantallas de la sala hasta que las reveles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every face-down note to the room at once (one undo step)</source>
        <translation>Mostrar a la sala todas las notas boca abajo a la vez (un solo paso para deshacer)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move to Agenda</source>
        <translation>Pasar a Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pa&amp;use Timer</source>
        <translation>Pa&amp;usar el temporizador</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;start Timer</source>
        <translation>Rei&amp;niciar el temporizador</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Start Timer</source>
        <translation>&amp;Iniciar el temporizador</translation>
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
        <translation>Se acabó el tiempo</translation>
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
        <translation>No se puede cambiar la sala</translation>
    </message>
    <message>
        <location line="+67" />
        <source>“%1” is closed.</source>
        <extracomment>In the room bar when a voting round closes; %1 is the round's name</extracomment>
        <translation>“%1” está cerrada.</translation>
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
        <translation>Nueva sala</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step-free: sessions that need an accessible room may go here</source>
        <translation>Sin escalones: aquí pueden ir las sesiones que necesitan una sala accesible</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Seats:</source>
        <translation>&amp;Plazas:</translation>
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
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, paused</source>
        <translation>%1, en pausa</translation>
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
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accessible</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a room: a new column of the agenda</source>
        <translation>Agregar una sala: una nueva columna de la agenda</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>cabildo::SearchNavigator</name>
    <message>
        <location filename="../ui/searchnavigator.cpp" line="+47" />
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select and show the next note that matches the search</source>
        <translation>Seleccionar y mostrar la siguiente nota que coincide con la búsqueda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select and show the previous note that matches the search</source>
        <translation>Seleccionar y mostrar la nota anterior que coincide con la búsqueda</translation>
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
        <translation>Esta pantalla la ve la &amp;sala</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show face-down notes face down here too, as on the projector (on when this window is on the projector or mirrored to it); hold F8 to peek</source>
        <translation>Mostrar aquí también boca abajo las notas que están boca abajo, como en el proyector (se activa cuando esta ventana está en el proyector o duplicada en él); mantén presionada F8 para echar un vistazo</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Peeking: the room sees these notes too</source>
        <translation>Vistazo: la sala también ve estas notas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seen by the room: face-down notes are hidden here. Hold F8 to peek.</source>
        <translation>La sala ve esta pantalla: las notas boca abajo se ocultan aquí. Mantén presionada F8 para echar un vistazo.</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionEditDialog</name>
    <message>
        <location filename="../ui/agenda/sessionsdialog.cpp" line="+26" />
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Who runs it; one person cannot be in two places at once</source>
        <translation>Quién la dirige; una persona no puede estar en dos lugares a la vez</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The host agreed to be named in the published programme</source>
        <translation>Acepta que su nombre figure en el programa publicado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without this, the open-data export and the printed programme never show the host's name</source>
        <translation>Sin esto, ni la exportación de datos abiertos ni el programa impreso muestran el nombre de la persona responsable</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Needs an accessible (step-free) room</source>
        <translation>Necesita una sala accesible (sin escalones)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time slots the host can make</source>
        <translation>Franjas horarias en que la persona responsable está disponible</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No session slots yet: add them in Agenda ▸ Time Slots.</source>
        <translation>Todavía no hay franjas de sesiones: agrégalas en Agenda ▸ Franjas horarias.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Host:</source>
        <translation>&amp;Responsable:</translation>
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
        <translation>Moviendo %1: elige una celda con las flechas y presiona Intro (Esc cancela).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 is for everyone: sessions go in the other time slots.</source>
        <translation>%1 es para todas las personas: las sesiones van en las otras franjas horarias.</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionsDialog</name>
    <message>
        <location filename="../ui/agenda/sessionsdialog.cpp" line="+51" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Host</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From theme</source>
        <translation>Tema de origen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create from &amp;Themes</source>
        <translation>Crear a partir de los &amp;temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session for each theme that has none yet</source>
        <translation>Una sesión por cada tema que aún no tenga ninguna</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>cabildo::StagingFolder</name>
    <message>
        <location filename="../app/opendata/stagingfolder.cpp" line="+35" />
        <location line="+12" />
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cabildo::SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../ui/suggestionspanel.cpp" line="+216" />
        <source>%n note(s), %1 % alike</source>
        <extracomment>Similarity of a suggested theme's notes, in percent</extracomment>
        <translation>
            <numerusform>%n nota, %1 % de similitud</numerusform>
            <numerusform>%n notas, %1 % de similitud</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared terms: %1</source>
        <translation>Términos en común: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n suggestion(s). Nothing changes on the board until you accept one.</source>
        <translation>
            <numerusform>%n sugerencia. Nada cambia en el tablero hasta que aceptes una.</numerusform>
            <numerusform>%n sugerencias. Nada cambia en el tablero hasta que aceptes una.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No suggestions left: each was accepted or rejected. Suggest Themes again to group the notes still outside a theme.</source>
        <translation>No quedan sugerencias: cada una se aceptó o se rechazó. Vuelve a usar «Sugerir temas» para agrupar las notas que aún no están en ningún tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n group(s) of notes say the same thing.</source>
        <translation>
            <numerusform>%n grupo de notas dice lo mismo.</numerusform>
            <numerusform>%n grupos de notas dicen lo mismo.</numerusform>
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
        <translation>La sala ve esta pantalla y hay notas boca abajo: las sugerencias no se muestran aquí. Mantén presionada F8 para leerlas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include notes already in a theme</source>
        <translation>Incluir las notas que ya están en un tema</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Broad</source>
        <extracomment>Slider end: few, broad suggested themes</extracomment>
        <translation>Amplios</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Narrow</source>
        <extracomment>Slider end: many, narrow suggested themes</extracomment>
        <translation>Precisos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From few broad themes to many narrow ones</source>
        <translation>De pocos temas amplios a muchos temas precisos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept A&amp;ll</source>
        <translation>Aceptar &amp;todas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make every suggestion listed a theme, in one step</source>
        <translation>Convertir en tema cada sugerencia de la lista, en un solo paso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tack Notes That Say the Same Thing</source>
        <translation>A&amp;pilar las notas que dicen lo mismo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put each group of notes that say the same thing on top of each other</source>
        <translation>Poner una encima de otra las notas de cada grupo que dicen lo mismo</translation>
    </message>
</context>
<context>
    <name>cabildo::TalliesDialog</name>
    <message>
        <location filename="../ui/votes/talliesdialog.cpp" line="+21" />
        <source>Paper tallies: %1</source>
        <translation>Recuentos en papel: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the dots counted on paper for each theme. They add to the theme's votes in the results; 0 means none.</source>
        <translation>Escribe los puntos contados en papel para cada tema. Se suman a los votos del tema en los resultados; 0 significa ninguno.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Paper votes for %1</source>
        <translation>Votos en papel para %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This event has no themes yet: make themes on the board first.</source>
        <translation>Este evento todavía no tiene temas: primero crea temas en el tablero.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Tallies not saved</source>
        <translation>Recuentos no guardados</translation>
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
        <translation>&amp;Crear tema con la selección…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group the selected notes into a new theme (from one theme: split it)</source>
        <translation>Agrupar las notas seleccionadas en un tema nuevo (si vienen de un solo tema, lo divide)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move Selection to Theme</source>
        <translation>&amp;Mover la selección al tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take Selection out of Its Theme</source>
        <translation>&amp;Sacar la selección de su tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename Theme…</source>
        <translation>&amp;Cambiar nombre del tema…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theme C&amp;olour</source>
        <translation>C&amp;olor del tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colla&amp;pse or Expand Theme</source>
        <translation>&amp;Contraer o expandir el tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stack a theme's notes so a large board stays readable, or spread them again</source>
        <translation>Apilar las notas de un tema para que un tablero grande siga legible, o volver a extenderlas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge Themes</source>
        <translation>&amp;Fusionar temas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the notes of the selected themes together in the oldest of them</source>
        <translation>Reunir las notas de los temas seleccionados en el más antiguo de ellos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dissolve Theme</source>
        <translation>&amp;Disolver tema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the theme; its notes stay on the board</source>
        <translation>Quitar el tema; sus notas se quedan en el tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;idy Up</source>
        <translation>O&amp;rdenar el tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrange every theme and the loose notes in rows that fit the screen (one undo step)</source>
        <translation>Disponer cada tema y las notas sueltas en filas que caben en la pantalla (se deshace en un solo paso)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>New theme</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+13" />
        <source>Name of the theme:</source>
        <translation>Nombre del tema:</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Cannot create the theme</source>
        <translation>No se puede crear el tema</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rename theme</source>
        <translation>Cambiar nombre del tema</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cannot merge the themes</source>
        <translation>No se pueden fusionar los temas</translation>
    </message>
</context>
<context>
    <name>cabildo::ThemeItem</name>
    <message>
        <location filename="../ui/board/themeitem.cpp" line="+42" />
        <source>Shared terms: %1</source>
        <translation>Términos en común: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%1 · %n note(s), stacked</source>
        <translation>
            <numerusform>%1 · %n nota, apilada</numerusform>
            <numerusform>%1 · %n notas, apiladas</numerusform>
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
        <translation>Todavía no hay temas.</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeSlotEditDialog</name>
    <message>
        <location filename="../ui/agenda/timeslotsdialog.cpp" line="+20" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit time slot</source>
        <translation>Editar franja horaria</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New time slot</source>
        <translation>Nueva franja horaria</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Lunch, Opening</source>
        <translation>p. ej., Almuerzo, Apertura</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What happens:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ends the next day.</source>
        <translation>Termina al día siguiente.</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeSlotsDialog</name>
    <message>
        <location line="+29" />
        <source>Time slots</source>
        <translation>Franjas horarias</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happens</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (next day)</source>
        <translation>%1 (día siguiente)</translation>
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
        <translation>Ninguna ciudad, país ni zona horaria se llama “%1”. Prueba con otra ortografía, con el país o con una ciudad más grande cercana.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The time zone stays %1 until you pick a place in the list (click it, or highlight it with the arrow keys and press Enter).</source>
        <translation>La zona horaria sigue siendo %1 hasta que elijas un lugar de la lista (haz clic en él, o resáltalo con las flechas y presiona Intro).</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Type a city or a country, e.g. Montréal or Mexico</source>
        <translation>Escribe una ciudad o un país, p. ej., Montreal o México</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the event takes place: a city, a country or a time zone such as America/Toronto. Pick an entry in the list to change the time zone.</source>
        <translation>Dónde se realiza el evento: una ciudad, un país o una zona horaria como America/Toronto. Elige una entrada de la lista para cambiar la zona horaria.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matching places</source>
        <translation>Lugares que coinciden</translation>
    </message>
</context>
<context>
    <name>cabildo::TranscriptionDialog</name>
    <message>
        <location filename="../ui/photo/transcriptiondialog.cpp" line="+110" />
        <source>Transcribe Photo Notes</source>
        <translation>Transcribir notas de foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept and Next</source>
        <translation>Aceptar y siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter accepts the text and shows the next note · Shift+Enter starts a new line · Alt+S skips · Ctrl+Z goes back to the last note accepted</source>
        <translation>Intro acepta el texto y muestra la nota siguiente · Mayús+Intro empieza una línea nueva · Alt+S salta · Ctrl+Z vuelve a la última nota aceptada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type what the note says</source>
        <translation>Escriba lo que dice la nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Picture of the note</source>
        <translation>Imagen de la nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the proposed text, then press Enter to accept it</source>
        <translation>Corrija el texto propuesto y pulse Intro para aceptarlo</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Every note is checked.</source>
        <translation>Todas las notas están revisadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n note(s) still to check.</source>
        <translation>
            <numerusform>Queda %n nota por revisar.</numerusform>
            <numerusform>Quedan %n notas por revisar.</numerusform>
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
        <translation>Escriba primero el texto de la nota, o sáltela (Alt+S).</translation>
    </message>
</context>
<context>
    <name>cabildo::Undo</name>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_notes.cpp" line="-159" />
        <location line="+8" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Agregar %n nota</numerusform>
            <numerusform>Agregar %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Pegar %n nota</numerusform>
            <numerusform>Pegar %n notas</numerusform>
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
            <numerusform>Agregar %n prioridad desde el quiosco</numerusform>
            <numerusform>Agregar %n prioridades desde el quiosco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Eliminar %n nota</numerusform>
            <numerusform>Eliminar %n notas</numerusform>
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
            <numerusform>Cambiar el color de %n nota</numerusform>
            <numerusform>Cambiar el color de %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rename event</source>
        <translation>Cambiar el nombre del evento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change event details</source>
        <translation>Cambiar los datos del evento</translation>
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
        <translation>Dividir el tema %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create theme %1</source>
        <translation>Crear el tema %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>Accept %n suggested theme(s)</source>
        <translation>
            <numerusform>Aceptar %n tema sugerido</numerusform>
            <numerusform>Aceptar %n temas sugeridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Merge %n theme(s) into %1</source>
        <translation>
            <numerusform>Fusionar %n tema en %1</numerusform>
            <numerusform>Fusionar %n temas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Dissolve theme %1</source>
        <translation>Disolver el tema %1</translation>
    </message>
    <message numerus="yes">
        <location line="-182" />
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Mover %n nota a %1</numerusform>
            <numerusform>Mover %n notas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Take %n note(s) out of their theme</source>
        <translation>
            <numerusform>Sacar %n nota de su tema</numerusform>
            <numerusform>Sacar %n notas de su tema</numerusform>
        </translation>
    </message>
    <message>
        <location line="+138" />
        <source>Rename theme %1</source>
        <translation>Cambiar el nombre del tema %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recolour theme %1</source>
        <translation>Cambiar el color del tema %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collapse theme %1</source>
        <translation>Contraer el tema %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expand theme %1</source>
        <translation>Expandir el tema %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change theme %1</source>
        <translation>Modificar el tema %1</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="+186" />
        <source>Add room %1</source>
        <translation>Agregar la sala %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change room %1</source>
        <translation>Modificar la sala %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove room %1</source>
        <translation>Eliminar la sala %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add time slot %1</source>
        <translation>Agregar la franja horaria %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Change time slot %1</source>
        <translation>Modificar la franja horaria %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove time slot %1</source>
        <translation>Eliminar la franja horaria %1</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Apply the one-day unconference template</source>
        <translation>Aplicar la plantilla de desconferencia de un día</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add session %1</source>
        <translation>Agregar la sesión %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change session %1</source>
        <translation>Modificar la sesión %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove session %1</source>
        <translation>Eliminar la sesión %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>Create %n session(s) from themes</source>
        <translation>
            <numerusform>Crear %n sesión a partir de los temas</numerusform>
            <numerusform>Crear %n sesiones a partir de los temas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Move session %1</source>
        <translation>Mover la sesión %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule session %1</source>
        <translation>Programar la sesión %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Swap sessions %1 and %2</source>
        <translation>Intercambiar las sesiones %1 y %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unschedule session %1</source>
        <translation>Quitar la sesión %1 de la agenda</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pin session %1</source>
        <translation>Anclar la sesión %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unpin session %1</source>
        <translation>Desanclar la sesión %1</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+2" />
        <source>Generate agenda</source>
        <translation>Generar la agenda</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_votes.cpp" line="+196" />
        <source>Create voting round %1</source>
        <translation>Crear la ronda de votación %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete voting round %1</source>
        <translation>Eliminar la ronda de votación %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Change voting round %1</source>
        <translation>Modificar la ronda de votación %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open voting round %1</source>
        <translation>Abrir la ronda de votación %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Close voting round %1</source>
        <translation>Cerrar la ronda de votación %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reveal the totals of %1</source>
        <translation>Revelar los totales de %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Cast a ballot in %1</source>
        <translation>Emitir una boleta en %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set the paper tally of %1</source>
        <translation>Registrar el recuento en papel de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_participation.cpp" line="+120" />
        <source>Approve %n note(s)</source>
        <translation>
            <numerusform>Aprobar %n nota</numerusform>
            <numerusform>Aprobar %n notas</numerusform>
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
        <translation>Revisar la nota</translation>
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
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs an accessible room</source>
        <translation>Necesita una sala accesible</translation>
    </message>
</context>
<context>
    <name>cabildo::VoteActions</name>
    <message>
        <location filename="../ui/votes/voteactions.cpp" line="+32" />
        <source>Cannot open the round</source>
        <translation>No se puede abrir la ronda</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot close the round</source>
        <translation>No se puede cerrar la ronda</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot reveal the totals</source>
        <translation>No se pueden revelar los totales</translation>
    </message>
    <message>
        <location line="+10" />
        <source>votes.png</source>
        <translation>votos.png</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Voting results</source>
        <translation>Resultados de la votación</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Votes</source>
        <translation>V&amp;otos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Round</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Voting Round…</source>
        <translation>&amp;Nueva ronda de votación…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dot voting on the themes, at the kiosk or on paper</source>
        <translation>Votación por puntos sobre los temas, en el quiosco o en papel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter &amp;Paper Tallies…</source>
        <translation>Ingresar recuentos en &amp;papel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the dots counted on paper for each theme of the round</source>
        <translation>Ingresar los puntos contados en papel para cada tema de la ronda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Results</source>
        <translation>&amp;Mostrar resultados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The round's results as a bar chart on the projector</source>
        <translation>Los resultados de la ronda como gráfico de barras en el proyector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Results &amp;Image…</source>
        <translation>Guardar &amp;imagen de los resultados…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the round's chart as a PNG or SVG picture for slides</source>
        <translation>Guardar el gráfico de la ronda como imagen PNG o SVG para diapositivas</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 (open)</source>
        <extracomment>A voting round in the Votes ▸ Round menu that is open for voting</extracomment>
        <translation>%1 (abierta)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (closed)</source>
        <extracomment>A voting round in the Votes ▸ Round menu that was closed</extracomment>
        <translation>%1 (cerrada)</translation>
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
        <translation>&amp;Abrir “%1” a votación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open Round for Voting</source>
        <translation>&amp;Abrir la ronda a votación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close “%1”</source>
        <translation>&amp;Cerrar “%1”</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close Round</source>
        <translation>&amp;Cerrar la ronda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;veal Totals of “%1”</source>
        <translation>Re&amp;velar los totales de “%1”</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;veal Totals</source>
        <translation>Re&amp;velar los totales</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete “%1”…</source>
        <translation>&amp;Eliminar “%1”…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Delete Round…</source>
        <translation>&amp;Eliminar la ronda…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Round %1</source>
        <extracomment>Suggested name of a new voting round</extracomment>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot create the round</source>
        <translation>No se puede crear la ronda</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Delete the voting round “%1” and its %n ballot(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar la ronda de votación “%1” y %n boleta? Editar ▸ Deshacer las recupera.</numerusform>
            <numerusform>¿Eliminar la ronda de votación “%1” y %n boletas? Editar ▸ Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete Voting Round</source>
        <translation>Eliminar la ronda de votación</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot delete the round</source>
        <translation>No se puede eliminar la ronda</translation>
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
            <numerusform>%n boleta emitida</numerusform>
            <numerusform>%n boletas emitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n vote(s) counted on paper</source>
        <translation>
            <numerusform>%n voto contado en papel</numerusform>
            <numerusform>%n votos contados en papel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>No voting round yet.</source>
        <translation>Todavía no hay ninguna ronda de votación.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n ballot(s) cast. The totals are hidden until the facilitator reveals them.</source>
        <translation>
            <numerusform>%n boleta emitida. Los totales están ocultos hasta que la persona facilitadora los revele.</numerusform>
            <numerusform>%n boletas emitidas. Los totales están ocultos hasta que la persona facilitadora los revele.</numerusform>
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
        <translation>Todavía no hay ninguna ronda de votación: crea una en el menú Votos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The totals are hidden until the facilitator reveals them.</source>
        <translation>Los totales están ocultos hasta que la persona facilitadora los revele.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No themes to vote on yet.</source>
        <translation>Todavía no hay temas para votar.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>y %n tema más</numerusform>
            <numerusform>y %n temas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallCard</name>
    <message>
        <location filename="../ui/projector/wallcard.cpp" line="+136" />
        <source>Face-down note</source>
        <translation>Nota boca abajo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Just arrived</source>
        <translation>Recién llegada</translation>
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
        <translation>%1 no se puede leer: el archivo no existe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a JPEG or PNG image</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 no es una imagen JPEG o PNG</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is too large: %2 megapixels (at most %3)</source>
        <extracomment>%1 is a file name, %2 and %3 numbers of megapixels</extracomment>
        <translation>%1 es demasiado grande: %2 megapíxeles (como máximo %3)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged: the file is cut short</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 está dañado: el archivo está cortado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is damaged and cannot be read</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 está dañado y no se puede leer</translation>
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
            <numerusform>%1 · %n boca abajo</numerusform>
            <numerusform>%1 · %n boca abajo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143" />
        <source>The notes appear here as they are written.</source>
        <translation>Las notas aparecen aquí a medida que se escriben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wall of notes</source>
        <translation>Muro de notas</translation>
    </message>
</context>
<context>
    <name>cabildo::WholeTextOverlay</name>
    <message>
        <location filename="../ui/wholetextoverlay.cpp" line="+69" />
        <source>Click or press Esc to close</source>
        <translation>Haz clic o presiona Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>cabildo::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+269" />
        <source>unknown file format %1</source>
        <translation>formato de archivo %1 desconocido</translation>
    </message>
</context>
</TS>
