<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NoteColour</name>
    <message>
        <location filename="../app/model/notecolour.cpp" line="+90" />
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Green</source>
        <translation>Vert</translation>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Over capacity: %1 want it, the room seats %2</source>
        <translation>Capacité dépassée : %1 personnes la demandent, la salle compte %2 places</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n place manquante</numerusform>
            <numerusform>%n places manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n voter(s) also want %1 at this time</source>
        <translation>
            <numerusform>%n votant veut aussi %1 sur ce créneau</numerusform>
            <numerusform>%n votants veulent aussi %1 sur ce créneau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n voter(s) split with %1</source>
        <translation>
            <numerusform>%n votant partagé avec %1</numerusform>
            <numerusform>%n votants partagés avec %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 also hosts %2 at this time</source>
        <translation>%1 anime aussi %2 sur ce créneau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host also in %1</source>
        <translation>Animateur aussi dans %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs an accessible room; %1 is not step-free</source>
        <translation>Nécessite une salle accessible ; %1 n’est pas de plain-pied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room not step-free</source>
        <translation>Salle non accessible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The host cannot make this time slot</source>
        <translation>L’animateur n’est pas disponible sur ce créneau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Host not free then</source>
        <translation>Animateur indisponible</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGeneration</name>
    <message>
        <location filename="../ui/agenda/agendageneration.cpp" line="+35" />
        <source>Generate agenda</source>
        <translation>Générer le programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looking for the agenda where most people can attend what they voted for…</source>
        <translation>Recherche du programme qui permet au plus grand nombre d’assister aux sessions pour lesquelles ils ont voté…</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The agenda changed while it was being generated; generate it again.</source>
        <translation>Le programme a changé pendant sa génération ; générez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGenerator</name>
    <message>
        <location filename="../app/engines/scheduling/agendagenerator.cpp" line="+113" />
        <source>%1 hosts more sessions than the slots allow: “%2” stays unscheduled.</source>
        <translation>%1 anime plus de sessions que les créneaux ne le permettent : « %2 » reste hors programme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/engines/scheduling/agendamodel.cpp" line="+45" />
        <source>%n ballot vote(s) name no session and were ignored.</source>
        <translation>
            <numerusform>%n vote de bulletin ne désigne aucune session et a été ignoré.</numerusform>
            <numerusform>%n votes de bulletins ne désignent aucune session et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>“%1” is pinned to a slot or room that does not exist; it was placed freely instead.</source>
        <translation>« %1 » est épinglée à un créneau ou à une salle qui n’existe pas ; elle a été placée librement.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is pinned to a slot it does not allow; it was placed freely instead.</source>
        <translation>« %1 » est épinglée à un créneau qu’elle n’autorise pas ; elle a été placée librement.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” needs an accessible room but is pinned to one that is not; it was placed freely instead.</source>
        <translation>« %1 » a besoin d’une salle accessible mais est épinglée à une salle qui ne l’est pas ; elle a été placée librement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is pinned to the same slot and room as “%2”; only “%2” keeps it.</source>
        <translation>« %1 » est épinglée au même créneau et à la même salle que « %2 » ; seule « %2 » garde cette place.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is pinned to the same slot as “%2”, which has the same host; only “%2” keeps its pin.</source>
        <translation>« %1 » est épinglée au même créneau que « %2 », animée par la même personne ; seule « %2 » reste épinglée.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The agenda has no session slots, so no session can be placed.</source>
        <translation>Le programme n’a aucun créneau de sessions, donc aucune session ne peut être placée.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The agenda has no rooms, so no session can be placed.</source>
        <translation>Le programme n’a aucune salle, donc aucune session ne peut être placée.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” allows no slot of this agenda, so it stays unscheduled.</source>
        <translation>« %1 » n’autorise aucun créneau de ce programme, elle reste donc hors programme.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” needs an accessible room and there is none, so it stays unscheduled.</source>
        <translation>« %1 » a besoin d’une salle accessible et il n’y en a aucune, elle reste donc hors programme.</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGridModel</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendacelldelegate.cpp" line="+279" />
        <source>(+%n more)</source>
        <extracomment>After the last warning shown in a cell: how many more its tooltip lists</extracomment>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
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
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>%n vote(s) + %1 on paper</source>
        <extracomment>Votes from ballots and from paper dots: "40 votes + 5 on paper"</extracomment>
        <translation>
            <numerusform>%n vote + %1 sur papier</numerusform>
            <numerusform>%n votes + %1 sur papier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Free: %1</source>
        <translation>Libre : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pinned: the generator leaves it here</source>
        <translation>Épinglée : la génération automatique la laisse ici</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Capacity unknown</source>
        <translation>Capacité inconnue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accessible (step-free)</source>
        <translation>Accessible (de plain-pied)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not step-free</source>
        <translation>Non accessible</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaListDialog</name>
    <message>
        <location filename="../ui/agenda/agendalistdialog.cpp" line="+25" />
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaPage</name>
    <message>
        <location filename="../ui/agenda/agendapage.cpp" line="+145" />
        <source>Generation cancelled: the agenda is unchanged.</source>
        <translation>Génération annulée : le programme est inchangé.</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+2" />
        <source>&amp;Agenda</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="-1" />
        <source>&amp;Move Session To</source>
        <translation>&amp;Déplacer la session vers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the agenda grid instead of the board</source>
        <translation>Afficher la grille du programme au lieu du tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rooms…</source>
        <translation>&amp;Salles…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add, change or remove the rooms: the columns of the agenda</source>
        <translation>Ajouter, modifier ou supprimer les salles : les colonnes du programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Time Slots…</source>
        <translation>&amp;Créneaux…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add, change or remove the time slots, breaks and plenaries: the rows of the agenda</source>
        <translation>Ajouter, modifier ou supprimer les créneaux, pauses et plénières : les lignes du programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from a One-Day Unconference &amp;Template…</source>
        <translation>Partir d’un modè&amp;le de non-conférence d’une journée…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Four rooms and a day from 9:00 to 17:00 with four session slots, to adjust</source>
        <translation>Quatre salles et une journée de 9 h à 17 h avec quatre créneaux de sessions, à ajuster</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sessions…</source>
        <translation>S&amp;essions…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The candidate sessions: titles, hosts, languages, the slots their hosts can make</source>
        <translation>Les sessions candidates : titres, animateurs, langues, créneaux où leurs animateurs sont disponibles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create Sessions from T&amp;hemes</source>
        <translation>Créer des sessions à partir des &amp;thèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session for each theme that has none yet</source>
        <translation>Une session pour chaque thème qui n’en a pas encore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Session by &amp;Hand…</source>
        <translation>&amp;Ajouter une session manuellement…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit Session…</source>
        <translation>&amp;Modifier la session…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pin or Unpin Session</source>
        <translation>&amp;Épingler ou désépingler la session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A pinned session stays where it is when the agenda is generated</source>
        <translation>Une session épinglée reste à sa place lors de la génération du programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Unschedule Session</source>
        <translation>&amp;Retirer la session du programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the session off the grid, back to the unscheduled list</source>
        <translation>Retirer la session de la grille et la remettre dans la liste des sessions hors programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Generate Agenda</source>
        <translation>&amp;Générer le programme</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place the sessions so that people can attend as much of what they voted for as possible, popular sessions in big rooms; pins stay</source>
        <translation>Placer les sessions pour que chacun puisse assister au plus grand nombre possible de sessions pour lesquelles il a voté, les plus demandées dans les grandes salles ; les sessions épinglées restent en place</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;resent Agenda</source>
        <translation>Prése&amp;nter le programme</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Start from a one-day unconference template…</source>
        <translation>Partir d’un modèle de non-conférence d’une journée…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rooms…</source>
        <translation>Salles…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time slots…</source>
        <translation>Créneaux…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Votes from:</source>
        <translation>&amp;Votes du :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The voting round whose ballots the grid counts and Generate Agenda follows. The current round is the open one, else the latest.</source>
        <translation>Le tour de vote dont la grille compte les bulletins et que suit « Générer le programme ». Le tour en cours est le tour ouvert, sinon le plus récent.</translation>
    </message>
    <message>
        <location line="+106" />
        <source>Current round</source>
        <translation>tour en cours</translation>
    </message>
    <message>
        <location line="-104" />
        <source>Agenda grid</source>
        <translation>Grille du programme</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Show the agenda on the projector, full screen (Esc leaves)</source>
        <translation>Afficher le programme sur le projecteur, en plein écran (Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Time slots are rows and rooms are columns. Space picks up the session of the current cell, the arrow keys choose where it goes and Enter puts it there; Esc cancels. P pins or unpins it, Delete unschedules it.</source>
        <translation>Les créneaux sont les lignes et les salles les colonnes. Espace prend la session de la cellule courante, les flèches choisissent sa destination et Entrée l’y dépose ; Échap annule. P l’épingle ou la désépingle, Suppr la retire du programme.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unscheduled sessions</source>
        <translation>Sessions hors programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space or Enter picks up the selected session to place it in the grid.</source>
        <translation>Espace ou Entrée prend la session sélectionnée pour la placer dans la grille.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>&lt;h2&gt;No agenda yet&lt;/h2&gt;&lt;p&gt;The agenda needs rooms (its columns) and time slots (its rows). Start from a template and adjust it, or add them yourself.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pas encore de programme&lt;/h2&gt;&lt;p&gt;Le programme a besoin de salles (ses colonnes) et de créneaux (ses lignes). Partez d’un modèle et ajustez-le, ou ajoutez-les vous-même.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h2&gt;No rooms yet&lt;/h2&gt;&lt;p&gt;Add the rooms sessions can take place in.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pas encore de salles&lt;/h2&gt;&lt;p&gt;Ajoutez les salles où les sessions peuvent avoir lieu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h2&gt;No session slots yet&lt;/h2&gt;&lt;p&gt;Add time slots of the kind “Sessions”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pas encore de créneaux de sessions&lt;/h2&gt;&lt;p&gt;Ajoutez des créneaux de type « Sessions ».&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Unscheduled sessions (%1)</source>
        <translation>Sessions &amp;hors programme (%1)</translation>
    </message>
    <message>
        <location line="+115" />
        <source>One-day unconference</source>
        <translation>Non-conférence d’une journée</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Four rooms (60, 40, 30 and 20 seats) and a day from 9:00 to 17:00: opening, four session slots with coffee and lunch between them, closing. Change anything afterwards.</source>
        <translation>Quatre salles (60, 40, 30 et 20 places) et une journée de 9 h à 17 h : ouverture, quatre créneaux de sessions entrecoupés de pauses café et du déjeuner, clôture. Tout reste modifiable ensuite.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Only a session on the grid can be pinned.</source>
        <translation>Seule une session placée dans la grille peut être épinglée.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 (free)</source>
        <translation>%1 (libre)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (here now)</source>
        <translation>%1 (actuellement ici)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (swap with “%2”)</source>
        <translation>%1 (échanger avec « %2 »)</translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaSummary</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendasummary.cpp" line="+69" />
        <source>%n ballot(s) in “%1”, but no session comes from the themes they name: use Create Sessions from Themes in the Agenda menu.</source>
        <translation>
            <numerusform>%n bulletin dans « %1 », mais aucune session ne vient des thèmes qu’il désigne : utilisez « Créer des sessions à partir des thèmes » dans le menu Programme.</numerusform>
            <numerusform>%n bulletins dans « %1 », mais aucune session ne vient des thèmes qu’ils désignent : utilisez « Créer des sessions à partir des thèmes » dans le menu Programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>No ballots in “%1” yet; “%2” has %n ballot(s): choose it under Votes from.</source>
        <translation>
            <numerusform>Aucun bulletin dans « %1 » pour l’instant ; « %2 » a %n bulletin : choisissez-le dans « Votes du ».</numerusform>
            <numerusform>Aucun bulletin dans « %1 » pour l’instant ; « %2 » a %n bulletins : choisissez-le dans « Votes du ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No ballots in this round yet: the agenda follows paper tallies and room sizes only.</source>
        <translation>Aucun bulletin dans ce tour de vote pour l’instant : le programme ne tient compte que des votes papier et de la taille des salles.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ballot votes attendable: %1 of %2 · missed: %3 · seat overflow: %4</source>
        <extracomment>A = votes people can attend, T = all ballot votes, M = missed, O = seat overflow Numbers stand after their labels, so no noun has to agree with a count.</extracomment>
        <translation>Votes des bulletins satisfaits : %1 sur %2 · manqués : %3 · places manquantes : %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The best possible: no agenda lets people attend more of what they voted for.</source>
        <translation>Le meilleur résultat possible : aucun programme ne permet d’assister à davantage de sessions votées.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within %1 % of the best possible (no agenda can reach more than %2).</source>
        <extracomment>%1 is a percentage, e.g. "1.2"; %2 the most attendable votes any agenda could reach</extracomment>
        <translation>À moins de %1 % du meilleur résultat possible (aucun programme ne peut satisfaire plus de %2 votes).</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Generated in %1 s: %n session(s) moved</source>
        <translation>
            <numerusform>Généré en %1 s : %n session déplacée</numerusform>
            <numerusform>Généré en %1 s : %n sessions déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n newly scheduled</source>
        <translation>
            <numerusform>%n nouvellement programmée</numerusform>
            <numerusform>%n nouvellement programmées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n left unscheduled</source>
        <translation>
            <numerusform>%n laissée hors programme</numerusform>
            <numerusform>%n laissées hors programme</numerusform>
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
        <translation>Fichier d’événement à ouvrir.</translation>
    </message>
</context>
<context>
    <name>cabildo::BoardPage</name>
    <message>
        <location filename="../ui/boardpage.cpp" line="+122" />
        <source>Paste as notes</source>
        <translation>Coller comme notes</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add %n note(s), one for each line of the pasted text?</source>
        <translation>
            <numerusform>Ajouter %n note, une par ligne du texte collé ?</numerusform>
            <numerusform>Ajouter %n notes, une par ligne du texte collé ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Ajouter %n note</numerusform>
            <numerusform>Ajouter %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Note not added</source>
        <translation>Note non ajoutée</translation>
    </message>
    <message>
        <location line="-53" />
        <source>This event is open read-only: changes are disabled.</source>
        <translation>Cet événement est ouvert en lecture seule : les modifications sont désactivées.</translation>
    </message>
</context>
<context>
    <name>cabildo::BoardView</name>
    <message>
        <location filename="../ui/board/boardview.cpp" line="+36" />
        <location filename="../ui/mainwindow.cpp" line="+344" />
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+496" />
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+68" />
        <location line="+3" />
        <source>Note not changed</source>
        <translation>Note non modifiée</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+5" />
        <source>Remove Picture</source>
        <translation>Supprimer l’image</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Remove this note's picture? Its text stays.

This cannot be undone: the picture is erased from the event file, and Undo does not bring it back.</source>
        <translation>Supprimer l’image de cette note ? Son texte reste.

Cette action est définitive : l’image est effacée du fichier de l’événement, et Annuler ne la rétablit pas.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Picture not removed</source>
        <translation>Image non supprimée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+1" />
        <source>Tab and Shift+Tab select the next or previous note. The arrow keys move the selected notes, with Shift in bigger steps. Enter or F2 edits the selected note, Delete removes the selected notes and Esc clears the selection. Ctrl+Tab leaves the board.</source>
        <translation>Tab et Maj+Tab sélectionnent la note suivante ou précédente. Les flèches déplacent les notes sélectionnées, par grands pas avec Maj. Entrée ou F2 modifie la note sélectionnée, Suppr supprime les notes sélectionnées et Échap annule la sélection. Ctrl+Tab quitte le tableau.</translation>
    </message>
</context>
<context>
    <name>cabildo::CaptureBar</name>
    <message>
        <location filename="../ui/capturebar.cpp" line="+119" />
        <source>Type a note and press Enter (paste several lines to add many)</source>
        <translation>Saisissez une note et appuyez sur Entrée (collez plusieurs lignes pour en ajouter plusieurs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Colour of new notes</source>
        <translation>Couleur des nouvelles notes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <extracomment>Button that adds the typed note to the board</extracomment>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>cabildo::CommandLine</name>
    <message>
        <location filename="../app/cli/clitools.cpp" line="+36" />
        <location filename="../app/cli/exportcommands.cpp" line="+96" />
        <source>(see cabildo --help)</source>
        <translation>(voir cabildo --help)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 takes %n argument(s) (see cabildo --help)</source>
        <translation>
            <numerusform>%1 attend %n argument (voir cabildo --help)</numerusform>
            <numerusform>%1 attend %n arguments (voir cabildo --help)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+86" />
        <source>Event title.</source>
        <translation>Titre de l’événement.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name.</source>
        <translation>Sigle (nom court).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IANA time zone.</source>
        <translation>Fuseau horaire IANA.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>new needs --title (see cabildo --help)</source>
        <translation>new requiert --title (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is not a known time zone (for example Europe/Paris or America/Bogota).</source>
        <translation>« %1 » n’est pas un fuseau horaire connu (par exemple Europe/Paris ou America/Bogota).</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+192" />
        <location filename="../app/cli/photocommand.cpp" line="+68" />
        <source>%1 is read-only: nothing was imported.</source>
        <translation>%1 est en lecture seule : rien n’a été importé.</translation>
    </message>
    <message>
        <location line="-125" />
        <location line="+4" />
        <location line="+124" />
        <location line="+2" />
        <location line="+25" />
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="-219" />
        <location line="+203" />
        <location filename="../app/cli/photocommand.cpp" line="+35" />
        <source>nothing was imported: %1</source>
        <translation>rien n’a été importé : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-33" />
        <source>no backup was written: %1</source>
        <translation>aucune sauvegarde n’a été écrite : %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Include the names of note authors and session hosts who consented.</source>
        <translation>Inclure les noms des auteurs de notes et des animateurs de sessions qui ont consenti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commandline.cpp" line="+1" />
        <source>Imported %n note(s) (%1, %2).</source>
        <translation>
            <numerusform>%n note importée (%1, %2).</numerusform>
            <numerusform>%n notes importées (%1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Number of themes.</source>
        <translation>Nombre de thèmes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Regroup every note.</source>
        <translation>Regrouper toutes les notes.</translation>
    </message>
    <message>
        <location line="-212" />
        <location line="+213" />
        <location line="+91" />
        <location filename="../app/cli/restorecommands.cpp" line="+48" />
        <source>Print JSON.</source>
        <translation>Sortie au format JSON.</translation>
    </message>
    <message>
        <location line="-317" />
        <source>Imported %1, %2, %3 and %4.</source>
        <extracomment>The end of cabildo import EVENT.json, e.g. "Imported 120 notes, 8 themes, 12 sessions and 300 ballots."</extracomment>
        <translation>Importation terminée : %1, %2, %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location filename="../app/cli/exportcommands.cpp" line="+40" />
        <location filename="../app/cli/restorecommands.cpp" line="+93" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location filename="../app/cli/exportcommands.cpp" line="+0" />
        <location filename="../app/cli/restorecommands.cpp" line="+2" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location filename="../app/cli/restorecommands.cpp" line="+1" />
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The voting round whose ballots count.</source>
        <translation>Le tour de vote dont les bulletins comptent.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is read-only: nothing was scheduled.</source>
        <translation>%1 est en lecture seule : rien n’a été programmé.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no voting round named "%1".</source>
        <translation>il n’y a aucun tour de vote nommé « %1 ».</translation>
    </message>
    <message>
        <location line="+8" />
        <source>rooms</source>
        <translation>des salles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>session slots</source>
        <translation>des créneaux de sessions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sessions</source>
        <translation>des sessions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing was scheduled: the event has no %1 (add them on the Agenda page).</source>
        <extracomment>%1 lists what the event lacks, e.g. "rooms and session slots" (each word translated on its own).</extracomment>
        <translation>rien n’a été programmé : il manque %1 à l’événement (ajoutez-les sur la page Programme).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no voting round: the sessions were placed without votes.</source>
        <translation>il n’y a aucun tour de vote : les sessions ont été placées sans votes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>round "%1" has no ballots: the sessions were placed by their paper tallies alone.</source>
        <translation>le tour de vote « %1 » n’a aucun bulletin : les sessions ont été placées d’après les seuls décomptes papier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>round "%1" has no ballots: the sessions were placed without votes.</source>
        <translation>le tour de vote « %1 » n’a aucun bulletin : les sessions ont été placées sans votes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>nothing was scheduled: %1</source>
        <translation>rien n’a été programmé : %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Attendable votes (A): %1 of %2 ballot votes</source>
        <extracomment>cabildo schedule's report. A, M and O: app/engines/scheduling/OBJECTIVE.md. Keep them.</extracomment>
        <translation>Votes satisfaits (A) : %1 sur %2 votes des bulletins</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missed votes (M): %1</source>
        <translation>Votes manqués (M) : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seat overflow (O): %1</source>
        <translation>Places manquantes (O) : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upper bound on A: %1</source>
        <translation>Borne supérieure de A : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s) moved, %1 unscheduled, in %2 s.</source>
        <translation>
            <numerusform>%n session déplacée, %1 hors programme, en %2 s.</numerusform>
            <numerusform>%n sessions déplacées, %1 hors programme, en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-58" />
        <source>%1 is an event file: the backup goes to a .json file of its own.</source>
        <translation>%1 est un fichier d’événement : la sauvegarde doit aller dans un fichier .json distinct.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Include the notes' text.</source>
        <translation>Inclure le texte des notes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Licence (SPDX id).</source>
        <translation>Licence (identifiant SPDX).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>README languages.</source>
        <translation>Langues du README.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL for the programme's QR code.</source>
        <translation>URL du code QR du programme.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper size.</source>
        <translation>Format du papier.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--paper takes a4 or letter (see cabildo --help)</source>
        <translation>--paper attend a4 ou letter (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>nothing was exported: %1</source>
        <translation>rien n’a été exporté : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Exported %1 and %2 into %3 (%n file(s)).</source>
        <extracomment>The end of cabildo export, e.g. "Exported 12 sessions and 300 notes into abrelatam2026-open-data (14 files)."</extracomment>
        <translation>
            <numerusform>Exportation terminée : %1 et %2 dans %3 (%n fichier).</numerusform>
            <numerusform>Exportation terminée : %1 et %2 dans %3 (%n fichiers).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Masked %1 and %2 in the exported text.</source>
        <translation>Masqués dans le texte exporté : %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n adresse e-mail</numerusform>
            <numerusform>%n adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n numéro de téléphone</numerusform>
            <numerusform>%n numéros de téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Published %n consented name(s).</source>
        <translation>
            <numerusform>%n nom publié avec consentement.</numerusform>
            <numerusform>%n noms publiés avec consentement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+46" />
        <source>A photo's notes that are likely already in the event go in too.</source>
        <translation>Les notes d’une photo qui sont probablement déjà dans l’événement sont ajoutées quand même.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the notes' language work for later (the app or cluster).</source>
        <translation>Laisser le travail de langue des notes pour plus tard (l’application ou cluster).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--keep-duplicates is for a photo (see cabildo --help)</source>
        <translation>--keep-duplicates s’applique à une photo (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--no-language is for a notes CSV (see cabildo --help)</source>
        <translation>--no-language s’applique à un CSV de notes (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>reading %1…</source>
        <translation>lecture de %1…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>adding %L1 notes…</source>
        <translation>ajout de %L1 notes…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>language work: %L1 of %L2 notes</source>
        <extracomment>Progress of cabildo import on stderr: %L1 notes done of %L2</extracomment>
        <translation>travail de langue : %L1 notes sur %L2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>--clusters takes a number of themes, 1 or more (see cabildo --help)</source>
        <translation>--clusters attend un nombre de thèmes, 1 ou plus (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is read-only: nothing was grouped.</source>
        <translation>%1 est en lecture seule : rien n’a été regroupé.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>Regroup every note into %n theme(s) (cabildo cluster --all)</source>
        <extracomment>What came next after the restore point cabildo cluster keeps, as File ▸ Restore Points lists it.</extracomment>
        <translation>
            <numerusform>Regrouper toutes les notes en %n thème (cabildo cluster --all)</numerusform>
            <numerusform>Regrouper toutes les notes en %n thèmes (cabildo cluster --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Group notes into %n theme(s) (cabildo cluster)</source>
        <translation>
            <numerusform>Regrouper les notes en %n thème (cabildo cluster)</numerusform>
            <numerusform>Regrouper les notes en %n thèmes (cabildo cluster)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>nothing was grouped: %1</source>
        <translation>rien n’a été regroupé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%1 (%n note(s)): %2</source>
        <translation>
            <numerusform>%1 (%n note) : %2</numerusform>
            <numerusform>%1 (%n notes) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n note(s) grouped into %1.</source>
        <extracomment>The end of cabildo cluster's report, e.g. "397 notes grouped into 8 themes." %1 is "8 themes".</extracomment>
        <translation>
            <numerusform>%n note regroupée en %1.</numerusform>
            <numerusform>%n notes regroupées en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-307" />
        <location line="+308" />
        <location filename="../app/cli/restorecommands.cpp" line="-2" />
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
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
        <translation>Utilisation :
  cabildo [FILE]                          ouvrir l’interface graphique (un événement par défaut si FILE est omis)
  cabildo new FILE --title TITLE [--acronym A] [--timezone TZ]
                                          créer un fichier d’événement
  cabildo import FILE SOURCE.csv [--no-language]
                                          ajouter les notes d’un CSV de notes
  cabildo import FILE EVENT.json          restaurer une sauvegarde dans un événement vide
  cabildo import FILE PHOTO.jpg [--keep-duplicates]
                                          ajouter les notes autocollantes de la photo d’un mur de papier
  cabildo info FILE [--json]              nombres, sigle et version du schéma
  cabildo cluster FILE [--clusters K] [--all] [--json]
                                          regrouper en thèmes les notes qui ne sont encore dans aucun thème
  cabildo schedule FILE [--round NAME] [--json]
                                          générer et enregistrer le programme
  cabildo backup FILE OUT.json            tout l’événement en JSON (privé : contient des données personnelles)
  cabildo export FILE DIR [--include-notes] [--include-consented-names] [--licence SPDX-ID]
                          [--readme en,fr] [--qr-url URL] [--paper a4|letter]
                                          le paquet public de données ouvertes, dans DIR (absent ou vide)
  cabildo serve FILE [--address IP] [--port PORT] [--moderated]
                                          ouvrir l’événement aux téléphones des participants jusqu’à l’arrêt (Ctrl+C)
  cabildo restore-points FILE [--json]    lister les points de restauration conservés dans l’événement
  cabildo restore-points FILE --take LABEL | --delete ID
                                          conserver un point de restauration de l’événement dans son état actuel, ou en supprimer un
  cabildo restore FILE ID                 remettre l’événement dans l’état conservé par le point de restauration ID
  cabildo --version | --help</translation>
    </message>
    <message>
        <location filename="../app/cli/restorecommands.cpp" line="-97" />
        <source>Keep a restore point of the event as it is now.</source>
        <translation>Conserver un point de restauration de l’événement dans son état actuel.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete a restore point.</source>
        <translation>Supprimer un point de restauration.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--take and --delete go one at a time (see cabildo --help)</source>
        <translation>--take et --delete s’utilisent l’un sans l’autre (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--delete takes the number of a restore point, as the list shows it (see cabildo --help)</source>
        <translation>--delete attend le numéro d’un point de restauration, tel que la liste l’affiche (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--take needs a label, such as "Before the vote" (see cabildo --help)</source>
        <translation>--take requiert un libellé, par exemple « Avant le vote » (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is read-only: no restore point was kept or deleted.</source>
        <translation>%1 est en lecture seule : aucun point de restauration n’a été conservé ni supprimé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kept restore point %1.</source>
        <translation>Point de restauration %1 conservé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has no restore point %2.</source>
        <translation>%1 n’a pas de point de restauration %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>restore point %1 was not deleted: %2</source>
        <translation>le point de restauration %1 n’a pas été supprimé : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deleted restore point %1.</source>
        <translation>Point de restauration %1 supprimé.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>restore takes the number of a restore point, as cabildo restore-points lists it (see cabildo --help)</source>
        <translation>restore attend le numéro d’un point de restauration, tel que cabildo restore-points le liste (voir cabildo --help)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is read-only: nothing was restored.</source>
        <translation>%1 est en lecture seule : rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing was restored: %1</source>
        <translation>rien n’a été restauré : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restored point %1: %2, %3, %4 and %5.</source>
        <extracomment>The end of cabildo restore, e.g. "Restored point 3: 120 notes, 8 themes, 12 sessions and 300 ballots."</extracomment>
        <translation>Point %1 restauré : %2, %3, %4 et %5.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore point %1 keeps the event as it was before.</source>
        <translation>Le point de restauration %1 conserve l’événement tel qu’il était avant.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="+59" />
        <source>The address phones reach (default: the Wi-Fi address).</source>
        <translation>L’adresse que les téléphones joignent (par défaut : l’adresse Wi-Fi).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The port (default: any free one).</source>
        <translation>Le port (par défaut : n’importe quel port libre).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes from phones wait for the facilitator's approval.</source>
        <translation>Les notes des téléphones attendent l’approbation de l’équipe d’animation.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port attend un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Participants: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or type %1 and the code %2</source>
        <translation>Ou saisissez %1 et le code %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot wait for Ctrl+C.</source>
        <translation>Impossible d’attendre Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+476" />
        <source>"%1" is not available in this version yet.</source>
        <translation>« %1 » n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown option %1 (see cabildo --help)</source>
        <translation>commande ou option inconnue %1 (voir cabildo --help)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+52" />
        <source>no display to open a window on (see cabildo --help for the commands)</source>
        <translation>aucun affichage disponible pour ouvrir une fenêtre (voir cabildo --help pour les commandes)</translation>
    </message>
    <message>
        <location filename="../app/cli/photocommand.cpp" line="-74" />
        <source>note %1 (no text yet)</source>
        <extracomment>A note with no text yet, named by its number in the event.</extracomment>
        <translation>note %1 (pas encore de texte)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1: nothing was imported.</source>
        <translation>%1 : rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: no sticky notes were found on this photo. Nothing was imported.</source>
        <translation>%1 : aucune note autocollante n’a été trouvée sur cette photo. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>note %1 of the photo is likely %2, already in the event from an earlier photo</source>
        <extracomment>%1: the note's number on the photo (in reading order); %2 the note already in the event.</extracomment>
        <translation>la note %1 de la photo est probablement %2, déjà dans l’événement par une photo précédente</translation>
    </message>
    <message>
        <location line="+4" />
        <source>warning: %1; left out (--keep-duplicates adds it).</source>
        <translation>avertissement : %1 ; laissée de côté (--keep-duplicates l’ajoute).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>warning: %1; added all the same.</source>
        <translation>avertissement : %1 ; ajoutée quand même.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every note on %1 is already in the event: nothing was imported.</source>
        <translation>Toutes les notes de %1 sont déjà dans l’événement : rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n note(s) from the photo, %1 with a proposed text; check them in Transcription.</source>
        <extracomment>The end of cabildo import PHOTO.jpg. %1: how many of them OCR proposed a text for.</extracomment>
        <translation>
            <numerusform>%n note importée de la photo, %1 avec un texte proposé ; vérifiez-la dans la transcription.</numerusform>
            <numerusform>%n notes importées de la photo, %1 avec un texte proposé ; vérifiez-les dans la transcription.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::CsvTable</name>
    <message>
        <location filename="../app/formats/csvtable.cpp" line="+74" />
        <source>Row %1, column %2: more than %L3 characters (a note or other field holds at most %L3).</source>
        <translation>Ligne %1, colonne %2 : plus de %L3 caractères (une note ou un autre champ peut en contenir au plus %L3).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Row %1: the file has more than %L2 cells (rows × columns); Cabildo reads at most that many. Remove the columns it does not use, or split the file.</source>
        <translation>Ligne %1 : le fichier a plus de %L2 cellules (lignes × colonnes) ; Cabildo n’en lit pas davantage. Supprimez les colonnes qu’il n’utilise pas, ou divisez le fichier.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Row %1: the file has more than %L2 rows of notes; Cabildo imports at most %L2 notes at a time (split the file).</source>
        <translation>Ligne %1 : le fichier a plus de %L2 lignes de notes ; Cabildo importe au plus %L2 notes à la fois (divisez le fichier).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+60" />
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="-55" />
        <source>This is not a text file (CSV): it looks like a binary file.</source>
        <translation>Ce n’est pas un fichier texte (CSV) : il semble s’agir d’un fichier binaire.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Row %1: a field has more than %L2 characters (a note or other field holds at most %L2).</source>
        <translation>Ligne %1 : un champ a plus de %L2 caractères (une note ou un autre champ peut en contenir au plus %L2).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Row %1: a quoted field is not closed properly (check the quotes).</source>
        <translation>Ligne %1 : un champ entre guillemets n’est pas correctement fermé (vérifiez les guillemets).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comma</source>
        <translation>virgule</translation>
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
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cabildo::EventDialog</name>
    <message>
        <location filename="../ui/dialogs/eventdialog.cpp" line="+23" />
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event properties</source>
        <translation>Propriétés de l’événement</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Regional Open Government Meeting 2026</source>
        <translation>p. ex. Rencontre régionale pour un gouvernement ouvert 2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used to name exported files: 4 to 32 lower-case letters or digits.</source>
        <translation>Sert à nommer les fichiers exportés : 4 à 32 lettres minuscules sans accents ou chiffres.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The event needs a title.</source>
        <translation>L’événement doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The acronym must be 4 to 32 lower-case letters or digits, like "abrelatam2026".</source>
        <translation>Le sigle doit comporter de 4 à 32 lettres minuscules sans accents ou chiffres, comme « abrelatam2026 ».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a time zone from the list, like Europe/Paris or America/Bogota.</source>
        <translation>Choisissez un fuseau horaire dans la liste, comme Europe/Paris ou America/Bogota.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventDocument</name>
    <message>
        <location filename="../app/document/eventdocument.cpp" line="+61" />
        <source>The event needs a title.</source>
        <translation>L’événement doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The acronym must be 4 to 32 lower-case letters or digits, like "abrelatam2026".</source>
        <translation>Le sigle doit comporter de 4 à 32 lettres minuscules sans accents ou chiffres, comme « abrelatam2026 ».</translation>
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
        <translation>Cet événement est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_content.cpp" line="+2" />
        <source>This event is not empty: a backup is only imported into a new, empty event.</source>
        <translation>Cet événement n’est pas vide : une sauvegarde ne s’importe que dans un nouvel événement vide.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument.cpp" line="-28" />
        <source>A note holds at most %1 characters, and this one has %2. Split it into several notes.</source>
        <translation>Une note peut contenir au plus %1 caractères, et celle-ci en a %2. Divisez-la en plusieurs notes.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_notes.cpp" line="+137" />
        <source>The event needs a title, and an acronym of 4 to 32 lower-case letters or digits.</source>
        <translation>L’événement doit avoir un titre et un sigle de 4 à 32 lettres minuscules sans accents ou chiffres.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+60" />
        <source>A theme needs a name and at least one note.</source>
        <translation>Un thème a besoin d’un nom et d’au moins une note.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_notes.cpp" line="+56" />
        <source>Tidy up the board</source>
        <translation>Ranger le tableau</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+119" />
        <source>A theme needs a name and one of the note colours.</source>
        <translation>Un thème a besoin d’un nom et d’une des couleurs de notes.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="+201" />
        <location line="+23" />
        <source>A room needs a name and a capacity of 0 or more.</source>
        <translation>Une salle a besoin d’un nom et d’une capacité de 0 ou plus.</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+23" />
        <source>There is already a room called %1: people would not know which one.</source>
        <translation>Il y a déjà une salle nommée %1 : personne ne saurait laquelle est la bonne.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+24" />
        <source>A time slot needs a day and a start before its end (a slot past midnight may end up to 12 hours after it starts).</source>
        <translation>Un créneau a besoin d’un jour et d’un début avant sa fin (un créneau qui passe minuit peut finir jusqu’à 12 heures après son début).</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+24" />
        <source>The slot overlaps %1: a participant attends one slot at a time.</source>
        <translation>Le créneau chevauche %1 : on ne peut suivre qu’un créneau à la fois.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The template needs a day.</source>
        <translation>Le modèle a besoin d’un jour.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already has time slots.</source>
        <translation>La journée du %1 a déjà des créneaux.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Room A</source>
        <translation>Salle A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room B</source>
        <translation>Salle B</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room C</source>
        <translation>Salle C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room D</source>
        <translation>Salle D</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>Coffee</source>
        <translation>Pause café</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+17" />
        <source>A session needs a title.</source>
        <translation>Une session a besoin d’un titre.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Every theme already has a session.</source>
        <translation>Chaque thème a déjà une session.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>That session, time slot or room does not exist.</source>
        <translation>Cette session, ce créneau ou cette salle n’existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a break or a plenary: sessions go in session slots.</source>
        <translation>%1 est une pause ou une plénière : les sessions vont dans les créneaux de sessions.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already runs in %2 at %3: swap the two sessions instead.</source>
        <translation>%1 a déjà lieu dans %2 (%3) : échangez plutôt les deux sessions.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Swapping needs two sessions, at least one of them scheduled.</source>
        <translation>Un échange nécessite deux sessions, dont au moins une programmée.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only a scheduled session can be pinned.</source>
        <translation>Seule une session programmée peut être épinglée.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The agenda names a session, time slot or room that does not exist or takes no sessions.</source>
        <translation>Le programme désigne une session, un créneau ou une salle qui n’existe pas ou n’accueille pas de sessions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The agenda puts a session in two cells or two sessions in one cell.</source>
        <translation>Le programme place une session dans deux cases ou deux sessions dans une même case.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_votes.cpp" line="+201" />
        <source>Themes cannot be merged or split while the voting round %1 is open: close it first.</source>
        <translation>Impossible de fusionner ou de scinder des thèmes tant que le tour de vote %1 est ouvert : fermez-le d’abord.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+39" />
        <source>A voting round needs a name, at least one vote per person and a cap of 0 (none) or more.</source>
        <translation>Un tour de vote a besoin d’un nom, d’au moins un vote par personne et d’un plafond de 0 (aucun) ou plus.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Close %1 before deleting it: people may be voting.</source>
        <translation>Fermez %1 avant de le supprimer : des personnes votent peut-être.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Votes per person and the cap cannot change once ballots have been cast.</source>
        <translation>Le nombre de votes par personne et le plafond ne peuvent plus changer une fois des bulletins déposés.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The voting round %1 is open: close it first.</source>
        <translation>Le tour de vote %1 est ouvert : fermez-le d’abord.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>This voting round is not open.</source>
        <translation>Ce tour de vote n’est pas ouvert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A ballot can only name themes of this event.</source>
        <translation>Un bulletin ne peut désigner que des thèmes de cet événement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A ballot needs at least one theme.</source>
        <translation>Un bulletin doit comporter au moins un thème.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A ballot may name at most %n theme(s) in this round.</source>
        <translation>
            <numerusform>Un bulletin peut désigner au plus %n thème dans ce tour.</numerusform>
            <numerusform>Un bulletin peut désigner au plus %n thèmes dans ce tour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already has the most votes a theme may get in this round (%2).</source>
        <translation>%1 a déjà le nombre maximal de votes qu’un thème peut recevoir dans ce tour (%2).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>A tally needs a voting round, a theme and a count of 0 or more.</source>
        <translation>Un décompte a besoin d’un tour de vote, d’un thème et d’un nombre de 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_restore.cpp" line="-41" />
        <source>No restore point could be kept: %1</source>
        <translation>Aucun point de restauration n’a pu être conservé : %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 was not done: %2</source>
        <translation>Action non effectuée (%1) : %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Restore the point of %1</source>
        <extracomment>What came next after a restore point taken just before restoring another; %1 is when that one was taken.</extracomment>
        <translation>Restaurer le point du %1</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_photos.cpp" line="-144" />
        <source>These notes are already on the board.</source>
        <translation>Ces notes sont déjà sur le tableau.</translation>
    </message>
    <message>
        <location line="+88" />
        <source>A checked note needs a text.</source>
        <translation>Une note vérifiée doit avoir un texte.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventJson</name>
    <message>
        <location filename="../app/formats/eventjsonreader.cpp" line="+105" />
        <source>at %1: %2</source>
        <translation>dans %1 : %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the file holds more than %L1 JSON objects; Cabildo reads at most that many (an event of %L2 notes has about %L3).</source>
        <translation>le fichier contient plus de %L1 objets JSON ; Cabildo n’en lit pas davantage (un événement de %L2 notes en a environ %L3).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not an event JSON: the document is not a JSON object.</source>
        <translation>ce n’est pas un JSON d’événement : le document n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the event JSON schema is missing from this build of Cabildo.</source>
        <translation>le schéma JSON des événements manque dans cette version de Cabildo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>does not follow the event JSON schema (%1)</source>
        <translation>ne respecte pas le schéma JSON des événements (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>this UUID is already used by another item of the list.</source>
        <translation>cet UUID est déjà utilisé par un autre élément de la liste.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>names no %1 of this document.</source>
        <translation>ne désigne %1 de ce document.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>theme</source>
        <translation>aucun thème</translation>
    </message>
    <message>
        <location line="+26" />
        <source>not base64: the picture cannot be read.</source>
        <translation>pas en base64 : l’image ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a %1 picture.</source>
        <translation>pas une image %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the picture is %1×%2 pixels, not %3×%4 as stated.</source>
        <translation>l’image fait %1×%2 pixels, et non %3×%4 comme indiqué.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>not a valid date.</source>
        <translation>date non valide.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a slot must end after it starts (past midnight, within 12 hours).</source>
        <translation>un créneau doit finir après son début (après minuit, dans les 12 heures).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>session</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time slot</source>
        <translation>aucun créneau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>room</source>
        <translation>aucune salle</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this slot is a break or a plenary: it takes no sessions.</source>
        <translation>ce créneau est une pause ou une plénière : il n’accueille pas de sessions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this session is already placed.</source>
        <translation>cette session est déjà placée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another session already runs in this slot and room.</source>
        <translation>une autre session a déjà lieu dans ce créneau et cette salle.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>only one voting round can be open at a time.</source>
        <translation>un seul tour de vote peut être ouvert à la fois.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+9" />
        <source>voting round</source>
        <translation>aucun tour de vote</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this theme already has a tally in this round.</source>
        <translation>ce thème a déjà un décompte papier dans ce tour.</translation>
    </message>
    <message>
        <location filename="../app/formats/eventjson.cpp" line="+246" />
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/formats/eventjsonreader.cpp" line="-287" />
        <source>the file is %1 MB; Cabildo reads event JSON files up to %L2 MB.</source>
        <translation>le fichier fait %1 Mo ; Cabildo lit les fichiers JSON d’événement jusqu’à %L2 Mo.</translation>
    </message>
    <message>
        <location filename="../app/formats/jsonvaluecheck.cpp" line="+88" />
        <source>more than %L1 items; Cabildo reads at most %L1 here.</source>
        <translation>plus de %L1 éléments ; Cabildo en lit au plus %L1 ici.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>more than %L1 UUIDs; Cabildo reads at most %L1 here.</source>
        <translation>plus de %L1 UUID ; Cabildo en lit au plus %L1 ici.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>this UUID is already listed.</source>
        <translation>cet UUID figure déjà dans la liste.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>more than %L1 characters; a note's picture holds at most %L1.</source>
        <translation>plus de %L1 caractères ; l’image d’une note en compte au plus %L1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>more than %L1 characters; a note or other text holds at most %L1.</source>
        <translation>plus de %L1 caractères ; une note ou un autre texte peut en contenir au plus %L1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a lone surrogate escape (\ud800 to \udfff without its pair) is not a character.</source>
        <translation>un échappement de demi-paire isolé (\ud800 à \udfff sans son autre moitié) n’est pas un caractère.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the nil UUID (all zeros) names nothing; every item needs a UUID of its own.</source>
        <translation>l’UUID nul (tout à zéro) ne désigne rien ; chaque élément doit avoir son propre UUID.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a date and time (for example 2026-05-04T09:30:00.000Z).</source>
        <translation>« %1 » n’est pas une date et heure (par exemple 2026-05-04T09:30:00.000Z).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a date (for example 2026-05-04).</source>
        <translation>« %1 » n’est pas une date (par exemple 2026-05-04).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a time zone Cabildo knows (an IANA name such as America/Montevideo).</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de Cabildo (un nom IANA comme America/Montevideo).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not a finite number.</source>
        <translation>ce n’est pas un nombre fini.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large; at most %L2.</source>
        <translation>%1 est trop grand ; au plus %L2.</translation>
    </message>
</context>
<context>
    <name>cabildo::EventStore</name>
    <message>
        <location filename="../app/storage/eventstore.cpp" line="+171" />
        <location line="+302" />
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="-294" />
        <source>%1 cannot be created here: %2</source>
        <translation>Impossible de créer %1 ici : %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the folder is not writable.</source>
        <translation>le dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 cannot be created: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is read-only: you can look, but not change it.</source>
        <translation>%1 est en lecture seule : vous pouvez le consulter, mais pas le modifier.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has more than one name on this disk (hard links): changes made through two names at once would be lost, so Cabildo will not change it. Open a copy of it instead.</source>
        <translation>%1 a plus d’un nom sur ce disque (liens physiques) : des modifications faites par deux noms à la fois seraient perdues, donc Cabildo ne le modifiera pas. Ouvrez-en plutôt une copie.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is open in another Cabildo window or command.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre ou commande Cabildo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 was not closed properly and is damaged, so Cabildo will not change it. You can still open it read-only, to look at it or back it up.</source>
        <translation>%1 n’a pas été fermé correctement et est endommagé : Cabildo ne le modifiera donc pas. Vous pouvez toujours l’ouvrir en lecture seule, pour le consulter ou en faire une sauvegarde.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/storage/restorestore.cpp" line="+160" />
        <source>This event file has no restore points.</source>
        <translation>Ce fichier d’événement n’a aucun point de restauration.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no restore point %1.</source>
        <translation>Il n’y a pas de point de restauration %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Restore point %1 is damaged (part of what it kept is missing or changed), so it cannot be restored.</source>
        <translation>Le point de restauration %1 est endommagé (une partie de ce qu’il conservait manque ou a changé) : il ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <location filename="../app/storage/noteimagestore.cpp" line="+98" />
        <location line="+13" />
        <source>Pictures cannot be erased in the middle of another change.</source>
        <translation>Les images ne peuvent pas être effacées au milieu d’une autre modification.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The file is busy; the pictures are removed but their bytes may remain until it is closed.</source>
        <translation>Le fichier est occupé ; les images sont supprimées, mais leurs octets peuvent rester jusqu’à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>cabildo::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+52" />
        <source>Export Open Data</source>
        <translation>Exporter les données ouvertes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bundle folder:</source>
        <translation>Dossier du lot de données :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new or empty folder: the export never writes over files</source>
        <translation>Un dossier nouveau ou vide : l’exportation n’écrase jamais de fichiers</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CC BY 4.0 (attribution)</source>
        <translation>CC BY 4.0 (paternité)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open Government Licence – Canada 2.0</source>
        <translation>Licence du gouvernement ouvert – Canada 2.0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CC0 1.0 (public domain)</source>
        <translation>CC0 1.0 (domaine public)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include the notes' text (e-mail addresses and phone numbers are masked)</source>
        <translation>Inclure le texte des notes (les adresses e-mail et les numéros de téléphone sont masqués)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Include the names of people who consented to publication (note authors, session hosts)</source>
        <translation>Inclure les noms des personnes qui ont consenti à leur publication (auteurs des notes, animateurs des sessions)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+7" />
        <source>README languages:</source>
        <translation>Langues du README :</translation>
    </message>
    <message>
        <location line="-52" />
        <source>A4</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Letter</source>
        <translation>Lettre US (216 × 279 mm)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Programme paper:</source>
        <translation>Format papier du programme :</translation>
    </message>
    <message>
        <location line="-50" />
        <source>https://… where the data will be published (optional)</source>
        <translation>https://… où les données seront publiées (facultatif)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code URL:</source>
        <translation>URL du code QR :</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The bundle contains no personal data unless you include consented names. The report appears here after the export.</source>
        <translation>Le lot ne contient aucune donnée personnelle, sauf si vous incluez les noms publiés avec consentement. Le compte rendu s’affiche ici après l’exportation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Where to put the bundle</source>
        <translation>Où placer le lot de données</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n file(s) into %1.</source>
        <translation>
            <numerusform>%n fichier exporté dans %1.</numerusform>
            <numerusform>%n fichiers exportés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s) in the schedule.</source>
        <translation>
            <numerusform>%n session au programme.</numerusform>
            <numerusform>%n sessions au programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n note(s) included.</source>
        <translation>
            <numerusform>%n note incluse.</numerusform>
            <numerusform>%n notes incluses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masked in the exported text: %1, %2.</source>
        <translation>Données masquées dans le texte exporté : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n adresse e-mail</numerusform>
            <numerusform>%n adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n numéro de téléphone</numerusform>
            <numerusform>%n numéros de téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n consented name(s) published.</source>
        <translation>
            <numerusform>%n nom publié avec consentement.</numerusform>
            <numerusform>%n noms publiés avec consentement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>Export &amp;Open Data…</source>
        <translation>&amp;Exporter les données ouvertes…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Publish the agenda, themes and votes as open data, with no personal data</source>
        <translation>Publier le programme, les thèmes et les votes en données ouvertes, sans données personnelles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;PDF…</source>
        <translation>Exporter le programme en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the printable programme</source>
        <translation>Enregistrer le programme à imprimer</translation>
    </message>
</context>
<context>
    <name>cabildo::FileCheck</name>
    <message>
        <location filename="../app/storage/filecheck.cpp" line="+49" />
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a Cabildo event file.</source>
        <translation>%1 n’est pas un fichier d’événement Cabildo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged and cannot be opened: the file is cut short.</source>
        <translation>%1 est endommagé et ne peut pas être ouvert : le fichier est tronqué.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1 est endommagé et ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+6" />
        <location line="+23" />
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="-25" />
        <source>%1 is an SQLite database, but not a Cabildo event file.</source>
        <translation>%1 est une base de données SQLite, mais pas un fichier d’événement Cabildo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a Cabildo event file (unknown file format %2).</source>
        <translation>%1 n’est pas un fichier d’événement Cabildo (format de fichier %2 inconnu).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was made by a newer version of Cabildo (file format %2; this version reads up to %3). Update Cabildo to open it.</source>
        <translation>%1 a été créé par une version plus récente de Cabildo (format de fichier %2 ; cette version lit jusqu’au format %3). Mettez Cabildo à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not an event file Cabildo can read (unknown file format %2).</source>
        <translation>%1 n’est pas un fichier d’événement que Cabildo sait lire (format de fichier %2 inconnu).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 est endommagé et ne peut pas être ouvert (%2).</translation>
    </message>
</context>
<context>
    <name>cabildo::GroupingEngine</name>
    <message numerus="yes">
        <location filename="../app/engines/grouping/groupingengine.cpp" line="+308" />
        <source>%n note(s) have no words to group by (only punctuation or single letters).</source>
        <translation>
            <numerusform>%n note ne contient aucun mot permettant de la regrouper (seulement de la ponctuation ou des lettres isolées).</numerusform>
            <numerusform>%n notes ne contiennent aucun mot permettant de les regrouper (seulement de la ponctuation ou des lettres isolées).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>There are no notes to group.</source>
        <translation>Il n’y a aucune note à regrouper.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No note has words to group by.</source>
        <translation>Aucune note ne contient de mots permettant de les regrouper.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Only %n distinct note(s): that many themes instead of %1.</source>
        <translation>
            <numerusform>Une seule note distincte (%n) : autant de thèmes au lieu de %1.</numerusform>
            <numerusform>Seulement %n notes distinctes : autant de thèmes au lieu de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ImageExport</name>
    <message>
        <location filename="../ui/imageexport.cpp" line="+17" />
        <source>There is nothing to draw.</source>
        <translation>Il n’y a rien à dessiner.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+3" />
        <location line="+11" />
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The board is empty.</source>
        <translation>Le tableau est vide.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Save Image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Image not saved</source>
        <translation>Image non enregistrée</translation>
    </message>
</context>
<context>
    <name>cabildo::ImportCsvDialog</name>
    <message>
        <location filename="../ui/dialogs/importcsvdialog.cpp" line="+94" />
        <source>Import notes from %1</source>
        <translation>Importer des notes depuis %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Encoding: %1 · Delimiter: %2 · %n note(s) to import</source>
        <translation>
            <numerusform>Encodage : %1 · Séparateur : %2 · %n note à importer</numerusform>
            <numerusform>Encodage : %1 · Séparateur : %2 · %n notes à importer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Nothing will be imported: %1</source>
        <translation>Rien ne sera importé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Importer %n note</numerusform>
            <numerusform>Importer %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::IncomingPanel</name>
    <message>
        <location filename="../ui/participation/incomingpanel.cpp" line="+125" />
        <source>Phone %1</source>
        <extracomment>Who sent a waiting note: the phone's number in joining order</extracomment>
        <translation>Téléphone %1</translation>
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
        <translation>— reçue à %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>— %1 · %2</source>
        <translation>— %1 · reçue à %2</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No note is waiting for approval.</source>
        <translation>Aucune note n’attend d’approbation.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s) from phones waiting for approval, oldest first.</source>
        <translation>
            <numerusform>%n note de téléphone en attente d’approbation.</numerusform>
            <numerusform>%n notes de téléphones en attente d’approbation, les plus anciennes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+8" />
        <source>Cannot approve</source>
        <translation>Impossible d’approuver</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot hide</source>
        <translation>Impossible de masquer</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The room sees this screen: waiting notes are not shown here. Hold F8 to read them.</source>
        <translation>La salle voit cet écran : les notes en attente n’y sont pas affichées. Maintenez F8 pour les lire.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;pprove</source>
        <translation>Appro&amp;uver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the selected notes on the board</source>
        <translation>Placer les notes sélectionnées sur le tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the selected notes off the board; the phone shows them as not shown</source>
        <translation>Garder les notes sélectionnées hors du tableau ; le téléphone les indique comme non affichées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve A&amp;ll</source>
        <translation>Tout app&amp;rouver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put every waiting note on the board</source>
        <translation>Placer toutes les notes en attente sur le tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes waiting for approval</source>
        <translation>Notes en attente d’approbation</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskAgenda</name>
    <message>
        <location filename="../ui/kiosk/kioskagenda.cpp" line="+84" />
        <source>The agenda</source>
        <extracomment>Heading of the kiosk in the Publish phase; in the Agenda phase it is still a draft</extracomment>
        <translation>Le programme</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The agenda so far</source>
        <translation>Le programme provisoire</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The agenda is not ready yet. It will show here.</source>
        <translation>Le programme n’est pas encore prêt. Il s’affichera ici.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskPinDialog</name>
    <message>
        <location filename="../ui/kiosk/kioskpindialog.cpp" line="+25" />
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the facilitator PIN.</source>
        <translation>Saisissez le code PIN de l’animation.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facilitator PIN</source>
        <translation>Code PIN de l’animation</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Clear</source>
        <extracomment>Keypad key that empties the PIN field</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the last digit</source>
        <translation>Supprimer le dernier chiffre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Leave kiosk</source>
        <extracomment>Button in the PIN this: closes kiosk mode and goes back to the main window</extracomment>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location line="+24" />
        <source>That PIN is not right. The kiosk stays open.</source>
        <translation>Ce code PIN est incorrect. La borne reste ouverte.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskSetupDialog</name>
    <message>
        <location filename="../ui/kiosk/kiosksetupdialog.cpp" line="+36" />
        <source>Start kiosk mode</source>
        <translation>Lancer le mode borne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The kiosk fills a screen with a form where participants add their priorities, beside a live view of the board. They cannot change, move or delete notes. To leave the kiosk, tap “Facilitator” and enter the PIN you choose here.</source>
        <translation>La borne occupe tout un écran : un formulaire où le public ajoute ses priorités, à côté d’une vue en direct du tableau. Personne ne peut y modifier, déplacer ou supprimer de notes. Pour quitter la borne, touchez « Animation » et saisissez le code PIN choisi ici.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>While a voting round is open (Votes menu), the kiosk shows its ballot instead of the form, and turns back when the round closes.</source>
        <translation>Pendant qu’un tour de vote est ouvert (menu Vote), la borne affiche son bulletin à la place du formulaire, et y revient quand le tour se ferme.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Screen:</source>
        <extracomment>Which display the kiosk appears on</extracomment>
        <translation>É&amp;cran :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;PIN:</source>
        <extracomment>Label of the field where the facilitator chooses a PIN</extracomment>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Confirm PIN:</source>
        <extracomment>Label of the field where the facilitator types the PIN a second time</extracomment>
        <translation>Con&amp;firmer le code PIN :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Start Kiosk</source>
        <extracomment>The OK button of the "Start kiosk mode" dialog</extracomment>
        <translation>Lancer la borne</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Screen %1</source>
        <extracomment>A screen without a name of its own, numbered in the list of screens</extracomment>
        <translation>Écran %1</translation>
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
        <translation>La borne recouvrira cette fenêtre jusqu’à ce que vous la quittiez avec votre code PIN.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You can keep working in this window while the kiosk is open.</source>
        <translation>Vous pouvez continuer à travailler dans cette fenêtre pendant que la borne est ouverte.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choose a PIN of %1 to %2 digits. You will need it to leave the kiosk.</source>
        <translation>Choisissez un code PIN de %1 à %2 chiffres. Il vous sera demandé pour quitter la borne.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the PIN again to confirm it.</source>
        <translation>Saisissez de nouveau le code PIN pour le confirmer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two PINs do not match.</source>
        <translation>Les deux codes PIN ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remember this PIN: you will need it to leave the kiosk.</source>
        <translation>Retenez bien ce code PIN : il vous sera demandé pour quitter la borne.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskVotePanel</name>
    <message>
        <location filename="../ui/kiosk/kioskvotepanel.cpp" line="+304" />
        <source>You have used all your votes. Tap a chosen theme to take its vote back.</source>
        <translation>Vous avez utilisé tous vos votes. Touchez un thème choisi pour lui retirer votre vote.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Full</source>
        <extracomment>Shown on a theme of the kiosk ballot that has all the votes the round allows</extracomment>
        <translation>Complet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This theme has all the votes it can get.</source>
        <translation>Ce thème a déjà reçu tous les votes possibles.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose your themes</source>
        <extracomment>Heading of the kiosk ballot</extracomment>
        <translation>Choisissez vos thèmes</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1: tap up to %n theme(s), then cast your votes.</source>
        <extracomment>%1 is the voting round's name</extracomment>
        <translation>
            <numerusform>%1 : touchez jusqu’à %n thème, puis validez vos votes.</numerusform>
            <numerusform>%1 : touchez jusqu’à %n thèmes, puis validez vos votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n vote(s) left</source>
        <extracomment>Under the kiosk ballot: how many of a participant's votes are not used yet</extracomment>
        <translation>
            <numerusform>Il vous reste %n vote</numerusform>
            <numerusform>Il vous reste %n votes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are no themes to vote on yet.</source>
        <translation>Aucun thème n’est encore soumis au vote.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cast my votes</source>
        <extracomment>Button that stores a participant's ballot</extracomment>
        <translation>Valider mes votes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes to vote on</source>
        <translation>Thèmes soumis au vote</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sorry, your votes could not be saved: a theme may have just become full, or voting has closed. Please check your choices or ask the facilitator.</source>
        <translation>Vos votes n’ont malheureusement pas pu être enregistrés : un thème vient peut-être d’être complet, ou le vote est clos. Vérifiez vos choix ou demandez de l’aide à l’équipe d’animation.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Thank you! Your votes are counted.</source>
        <translation>Merci ! Vos votes sont bien comptés.</translation>
    </message>
</context>
<context>
    <name>cabildo::KioskWindow</name>
    <message>
        <location filename="../ui/kiosk/kioskwindow.cpp" line="+319" />
        <source>Cabildo kiosk</source>
        <translation>Borne Cabildo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The language you write in</source>
        <extracomment>Tooltip of the four language buttons at the top of the kiosk form</extracomment>
        <translation>La langue dans laquelle vous écrivez</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Facilitator</source>
        <extracomment>Button for the event's facilitator (the person running it) to leave the kiosk</extracomment>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facilitator: leave kiosk mode</source>
        <translation>Animation : quitter le mode borne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board with everyone's priorities</source>
        <translation>Tableau de toutes les priorités</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Language: %1</source>
        <extracomment>On the card a tap on a note opens; %1 is a language's own name, e.g. "français"</extracomment>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language: %1 (detected)</source>
        <translation>Langue : %1 (détectée)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In %1: %2</source>
        <extracomment>A translation stored with a note: %1 is the language's own name, %2 the text</extracomment>
        <translation>En %1 : %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <extracomment>Closes the card that shows a whole note</extracomment>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n priorities on the board</source>
        <translation>
            <numerusform>%n priorité sur le tableau</numerusform>
            <numerusform>%n priorités sur le tableau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The facilitator is grouping the notes</source>
        <translation>L’équipe d’animation regroupe les notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch the board: notes that belong together are gathered into themes. Voting on the themes comes next.</source>
        <translation>Regardez le tableau : les notes qui vont ensemble sont réunies en thèmes. Viendra ensuite le vote sur les thèmes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Voting is closed</source>
        <translation>Le vote est clos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thank you for voting. The agenda is made from the votes.</source>
        <translation>Merci d’avoir voté. Le programme est établi à partir des votes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Voting has not started</source>
        <translation>Le vote n’a pas commencé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ballot shows here as soon as the facilitator opens the vote.</source>
        <translation>Le bulletin s’affichera ici dès que l’équipe d’animation ouvrira le vote.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
</context>
<context>
    <name>cabildo::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-22" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;vent</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Colour</source>
        <translation>C&amp;ouleur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Event opened</source>
        <extracomment>First line of the undo history: the event as it was when opened</extracomment>
        <translation>Ouverture de l’événement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Event</source>
        <translation>&amp;Fermer l’événement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Notes from CSV…</source>
        <translation>&amp;Importer des notes depuis un CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Paste as Notes</source>
        <translation>&amp;Coller comme notes</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add one note per line of the text in the clipboard</source>
        <translation>Ajoute une note par ligne du texte présent dans le presse-papiers</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Edit Note Text</source>
        <translation>&amp;Modifier le texte de la note</translation>
    </message>
    <message>
        <location line="-221" />
        <source>board.png</source>
        <translation>tableau.png</translation>
    </message>
    <message>
        <location line="+198" />
        <source>Suggested themes</source>
        <translation>Thèmes suggérés</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export &amp;Board Image…</source>
        <translation>Exporter l’image du &amp;tableau…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Delete Notes</source>
        <translation>&amp;Supprimer les notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All Notes</source>
        <translation>Sélectionner &amp;toutes les notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit All Notes</source>
        <translation>A&amp;fficher toutes les notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event &amp;Properties…</source>
        <translation>&amp;Propriétés de l’événement…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start &amp;Kiosk Mode…</source>
        <translation>Lancer le mode &amp;borne…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create a new event file</source>
        <translation>Créer un nouveau fichier d’événement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d’événement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a copy of this event under another name and go on working in the copy</source>
        <translation>Enregistrer une copie de cet événement sous un autre nom et continuer dans la copie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this event; everything is already saved</source>
        <translation>Fermer cet événement ; tout est déjà enregistré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the notes of a CSV file, after a preview</source>
        <translation>Ajouter les notes d’un fichier CSV, après un aperçu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the whole board as a PNG or SVG picture for slides</source>
        <translation>Enregistrer tout le tableau en image PNG ou SVG pour des diapositives</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change the text of the selected note</source>
        <translation>Modifier le texte de la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected notes</source>
        <translation>Supprimer les notes sélectionnées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select every note on the board</source>
        <translation>Sélectionner toutes les notes du tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the board bigger</source>
        <translation>Afficher le tableau en plus grand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show more of the board</source>
        <translation>Afficher une plus grande partie du tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the notes at their real size</source>
        <translation>Afficher les notes à leur taille réelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every note on the board at once</source>
        <translation>Afficher toutes les notes du tableau d’un coup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename the event, change its acronym or time zone</source>
        <translation>Renommer l’événement, changer son sigle ou son fuseau horaire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the interface language and the board's contrast</source>
        <translation>Choisir la langue de l’interface et le contraste du tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let participants add their priorities on a shared or touch screen</source>
        <translation>Permet au public d’ajouter ses priorités sur un écran partagé ou tactile</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the selected notes the colour %1</source>
        <extracomment>%1 is a colour name, e.g. "Yellow"</extracomment>
        <translation>Donner la couleur %1 aux notes sélectionnées</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h2&gt;No event is open&lt;/h2&gt;&lt;p&gt;Create a new event with File ▸ New Event, open one with File ▸ Open, or drop an event file here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun événement ouvert&lt;/h2&gt;&lt;p&gt;Créez un événement avec Fichier ▸ Nouvel événement, ouvrez-en un avec Fichier ▸ Ouvrir, ou déposez ici un fichier d’événement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_event.cpp" line="+90" />
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cabildo could not write this change to the event file, so it was not made.

%1</source>
        <translation>Cabildo n’a pas pu écrire cette modification dans le fichier de l’événement : elle n’a donc pas été appliquée.

%1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Event in use</source>
        <translation>Événement déjà ouvert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Event with several names</source>
        <translation>Événement à plusieurs noms</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Open it read-only? You can look at it but not change it.</source>
        <translation>%1

L’ouvrir en lecture seule ? Vous pourrez le consulter, mais pas le modifier.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This event is open in another Cabildo: you are looking at it read-only.</source>
        <translation>Cet événement est ouvert dans une autre instance de Cabildo : vous le consultez en lecture seule.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This event file has more than one name on this disk: you are looking at it read-only. Save As gives a copy you can change.</source>
        <translation>Ce fichier d’événement a plus d’un nom sur ce disque : vous le consultez en lecture seule. « Enregistrer sous » en donne une copie que vous pouvez modifier.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot open event</source>
        <translation>Impossible d’ouvrir l’événement</translation>
    </message>
    <message>
        <location line="+22" />
        <source>My event</source>
        <translation>Mon événement</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+24" />
        <source>Cannot create event</source>
        <translation>Impossible de créer l’événement</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Cabildo events (*.cabildo)</source>
        <translation>Événements Cabildo (*.cabildo)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Open event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cabildo events (*.cabildo);;All files (*)</source>
        <translation>Événements Cabildo (*.cabildo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save event as</source>
        <translation>Enregistrer l’événement sous</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot save event</source>
        <translation>Impossible d’enregistrer l’événement</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot change the event</source>
        <translation>Impossible de modifier l’événement</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+70" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-68" />
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Adding %Ln note(s)…</source>
        <translation>
            <numerusform>Ajout de %Ln note…</numerusform>
            <numerusform>Ajout de %Ln notes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Imported %n note(s) from %1.</source>
        <translation>
            <numerusform>%n note importée depuis %1.</numerusform>
            <numerusform>%n notes importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32" />
        <source>Working out the languages of the notes and translating them: %L1 of %L2</source>
        <extracomment>Progress after a CSV import: %L1 notes done of %L2</extracomment>
        <translation>Détection des langues des notes et traduction : %L1 sur %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>The notes' language work goes on in the background (%Ln note(s) left).</source>
        <translation>
            <numerusform>Le travail de langue des notes continue en arrière-plan (%Ln note restante).</numerusform>
            <numerusform>Le travail de langue des notes continue en arrière-plan (%Ln notes restantes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>Kiosk mode ended.</source>
        <translation>Mode borne terminé.</translation>
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
        <translation>[lecture seule]</translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln waiting</source>
        <translation><numerusform>%Ln en attente</numerusform><numerusform>%Ln en attente</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::NewRoundDialog</name>
    <message>
        <location filename="../ui/votes/newrounddialog.cpp" line="+18" />
        <source>New voting round</source>
        <translation>Nouveau tour de vote</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Limit the votes one theme can get</source>
        <translation>&amp;Limiter les votes qu’un thème peut recevoir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Most votes per theme</source>
        <translation>Nombre maximal de votes par thème</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Hide running totals until revealed</source>
        <translation>&amp;Masquer les totaux en cours jusqu’à leur révélation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Early results on the screen steer the people who vote later</source>
        <translation>Des résultats affichés trop tôt influencent les personnes qui votent ensuite</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Name:</source>
        <extracomment>Name of a voting round, e.g. "Day 1"</extracomment>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Votes per person:</source>
        <translation>&amp;Votes par personne :</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Create Round</source>
        <extracomment>OK button of the "New voting round" dialog</extracomment>
        <translation>Créer le tour</translation>
    </message>
</context>
<context>
    <name>cabildo::NoteGrouping</name>
    <message>
        <location filename="../app/document/notegrouping.cpp" line="+52" />
        <source>Notes in different languages are grouped less well: install %1 to bring them together.</source>
        <translation>Les notes en différentes langues sont moins bien regroupées : installez %1 pour les rapprocher.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Theme %1</source>
        <extracomment>A suggested theme none of whose words is shared by enough of its notes; %1 is its number in the list</extracomment>
        <translation>Thème %1</translation>
    </message>
</context>
<context>
    <name>cabildo::NoteItem</name>
    <message>
        <location filename="../ui/board/notedetails.cpp" line="+39" />
        <source>Language: %1</source>
        <extracomment>%1 is a language's own name, e.g. "français"</extracomment>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language: %1 (detected)</source>
        <translation>Langue : %1 (détectée)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In %1: %2</source>
        <extracomment>A translation stored with a note: %1 is the language's own name, %2 the translated text</extracomment>
        <translation>En %1 : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read from the photo, not checked yet</source>
        <extracomment>Under a note's text read from a photo by OCR, until someone checks it</extracomment>
        <translation>Lu sur la photo, pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../ui/board/noteitem.cpp" line="+110" />
        <source>Face-down note</source>
        <translation>Note face cachée</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1, hidden from the room</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, masquée pour la salle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, face down for the room until revealed</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, face cachée pour la salle jusqu’à sa révélation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, from a photo, text not checked yet</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, d’une photo, texte pas encore vérifié</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, from a photo</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, d’une photo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, text not checked yet</source>
        <extracomment>A note's description for screen readers; %1 is its colour</extracomment>
        <translation>%1, texte pas encore vérifié</translation>
    </message>
    <message>
        <location line="+100" />
        <source>No text yet</source>
        <translation>Pas encore de texte</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Face down</source>
        <translation>Face cachée</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Unchecked</source>
        <translation>Non vérifiée</translation>
    </message>
</context>
<context>
    <name>cabildo::NotePicturePanel</name>
    <message>
        <location filename="../ui/photo/notepicturepanel.cpp" line="+27" />
        <source>Picture of the note</source>
        <translation>Image de la note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove Picture</source>
        <translation>Supprimer l’image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Erases the picture from the event file; this cannot be undone</source>
        <translation>Efface l’image du fichier de l’événement ; action définitive</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The text is not checked yet: compare it with the picture, then press Enter.</source>
        <translation>Le texte n’est pas encore vérifié : comparez-le à l’image, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the text first</source>
        <translation>Vérifiez d’abord le texte</translation>
    </message>
</context>
<context>
    <name>cabildo::NotesCsv</name>
    <message>
        <location filename="../app/formats/notescsv.cpp" line="+21" />
        <source>Row %1, column "%2": %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is %2 MB: Cabildo imports notes CSV files up to %L3 MB (split the file).</source>
        <translation>%1 fait %2 Mo : Cabildo importe les fichiers CSV de notes jusqu’à %L3 Mo (divisez le fichier).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Column "%1" is not used and was ignored.</source>
        <translation>La colonne « %1 » n’est pas utilisée : elle a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%L1 columns are not used and were ignored: %2 and %Ln more.</source>
        <extracomment>%L1 is how many columns were ignored; %2 names the first ones, e.g. ""Votes", "Date", "Email"".</extracomment>
        <translation>
            <numerusform>%L1 colonnes ne sont pas utilisées et ont été ignorées : %2 et %Ln autre.</numerusform>
            <numerusform>%L1 colonnes ne sont pas utilisées et ont été ignorées : %2 et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file has no "text" column. The first row must name the columns, one of them "text".</source>
        <translation>Le fichier n’a pas de colonne « text ». La première ligne doit donner le nom des colonnes, dont une colonne « text ».</translation>
    </message>
    <message numerus="yes">
        <location line="+73" />
        <source>%1 and %n more</source>
        <extracomment>The end of a list of row numbers, e.g. "6, 9, 12 and 40 more"; %1 is "6, 9, 12".</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Skipped %n row(s) with no text: %1</source>
        <extracomment>%1 lists row numbers of the CSV file, e.g. "6, 9" or "6, 9, 12 and 40 more".</extracomment>
        <translation>
            <numerusform>%n ligne sans texte ignorée : %1</numerusform>
            <numerusform>%n lignes sans texte ignorées : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45" />
        <source>"%1" is not a note colour (use one of: %2).</source>
        <translation>« %1 » n’est pas une couleur de note (valeurs possibles : %2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a sector (use one of: government, civil_society, academia, private_sector, media, funder, other).</source>
        <translation>« %1 » n’est pas un secteur (valeurs possibles : government, civil_society, academia, private_sector, media, funder, other).</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>The "text" column is empty in every row (%n row(s)): there is no note to import.</source>
        <translation>
            <numerusform>La colonne « text » est vide dans chaque ligne (%n ligne) : il n’y a aucune note à importer.</numerusform>
            <numerusform>La colonne « text » est vide dans chaque ligne (%n lignes) : il n’y a aucune note à importer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file has a header but no notes.</source>
        <translation>Le fichier a une ligne d’en-tête mais aucune note.</translation>
    </message>
</context>
<context>
    <name>cabildo::OpenDataExport</name>
    <message>
        <location filename="../app/opendata/opendataexport.cpp" line="+31" />
        <location line="+144" />
        <source>%1 cannot be created.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="-140" />
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>unknown licence %1 (choose %2)</source>
        <translation>licence inconnue %1 (choisissez parmi %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the bundle needs a README in one language at least</source>
        <translation>le lot a besoin d’un README dans au moins une langue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no README in "%1" yet (choose among %2)</source>
        <translation>pas encore de README en « %1 » (choisissez parmi %2)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 is not empty: the bundle goes into a new or empty folder.</source>
        <translation>%1 n’est pas vide : le lot va dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+13" />
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 cannot be replaced.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDesk</name>
    <message>
        <location filename="../app/document/participationdesk.cpp" line="+208" />
        <location line="+28" />
        <source>This event is open read-only: phones cannot add to it.</source>
        <translation>Cet événement est ouvert en lecture seule : les téléphones ne peuvent rien y ajouter.</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDialog</name>
    <message>
        <location filename="../ui/participation/participationdialog.cpp" line="+245" />
        <source>This computer only, for trying it out</source>
        <translation>Cet ordinateur uniquement, pour essayer</translation>
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
        <translation>Cet ordinateur n’est connecté à aucun réseau. Connectez-le au Wi-Fi du lieu ou activez son propre point d’accès, puis cliquez sur « Actualiser ».</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Participation could not open on %1: %2</source>
        <translation>Impossible d’ouvrir la participation sur %1 : %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new link and join code? The old ones stop working at once: every phone must scan the new QR code. Notes already sent stay.</source>
        <translation>Créer un nouveau lien et un nouveau code d’accès ? Les anciens cessent aussitôt de fonctionner : chaque téléphone devra scanner le nouveau code QR. Les notes déjà envoyées sont conservées.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New Link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Block phone</source>
        <translation>Bloquer le téléphone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Block this phone? It can no longer send notes or vote.

Also hide its notes from the board? (Undo brings them back.)</source>
        <translation>Bloquer ce téléphone ? Il ne pourra plus envoyer de notes ni voter.

Masquer aussi ses notes sur le tableau ? (Édition ▸ Annuler les fait revenir.)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>or type %1 and the code %2</source>
        <translation>ou saisissez %1 et le code %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Phones connected: %1
Notes received: %2
Ballots cast: %3
Waiting for approval: %4</source>
        <translation>Téléphones connectés : %1
Notes reçues : %2
Bulletins déposés : %3
En attente d’approbation : %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Phone %1 · %2 · %n note(s)</source>
        <extracomment>A phone in the list: its number, its network address, the notes it sent</extracomment>
        <translation>
            <numerusform>Téléphone %1 · %2 · %n note</numerusform>
            <numerusform>Téléphone %1 · %2 · %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>refused %n time(s) for sending too fast</source>
        <translation>
            <numerusform>refusé %n fois pour envoi trop rapide</numerusform>
            <numerusform>refusé %n fois pour envois trop rapides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Phones that joined (%1):</source>
        <translation>&amp;Téléphones ayant rejoint l’événement (%1) :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let this phone send notes and vote again</source>
        <translation>Permettre de nouveau à ce téléphone d’envoyer des notes et de voter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuse everything this phone sends from now on</source>
        <translation>Refuser désormais tout ce que ce téléphone envoie</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&lt;p&gt;&lt;b&gt;Phones cannot connect?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Phones must be on the same Wi-Fi network as this laptop.&lt;/li&gt;&lt;li&gt;Venue Wi-Fi often keeps devices apart from each other (guest networks usually do). Then use this laptop's own hotspot: in GNOME, Settings ▸ Wi-Fi ▸ Turn On Wi-Fi Hotspot. Ask participants to join it, close participation here and open it again on the hotspot's network.&lt;/li&gt;&lt;li&gt;A firewall on this laptop may turn phones away: allow incoming connections on port %1 (TCP).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les téléphones ne parviennent pas à se connecter ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Les téléphones doivent être sur le même réseau Wi-Fi que cet ordinateur.&lt;/li&gt;&lt;li&gt;Le Wi-Fi des lieux d’accueil isole souvent les appareils les uns des autres (c’est en général le cas des réseaux invités). Utilisez alors le point d’accès de cet ordinateur : dans GNOME, Paramètres ▸ Wi-Fi ▸ Activer le point d’accès Wi-Fi. Demandez aux participants de s’y connecter, fermez la participation ici et rouvrez-la sur le réseau du point d’accès.&lt;/li&gt;&lt;li&gt;Un pare-feu sur cet ordinateur peut refouler les téléphones : autorisez les connexions entrantes sur le port %1 (TCP).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open to Phones</source>
        <translation>Ouvrir aux téléphones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants add their priorities and vote from their own phones' browsers, over this laptop's network. Nothing leaves the room and nobody needs an account.</source>
        <translation>Les participants ajoutent leurs priorités et votent depuis le navigateur de leur propre téléphone, par le réseau de cet ordinateur. Rien ne sort de la salle et personne n’a besoin de compte.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The network the phones are on; the laptop's Wi-Fi is proposed</source>
        <translation>Le réseau auquel les téléphones sont connectés ; le Wi-Fi de cet ordinateur est proposé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the networks again (after turning on a hotspot)</source>
        <translation>Mettre à jour la liste des réseaux (après avoir activé un point d’accès)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Approve notes before they show</source>
        <translation>A&amp;pprouver les notes avant leur affichage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes from phones wait in the Incoming list until you approve them</source>
        <translation>Les notes des téléphones attendent dans la liste « En attente » jusqu’à ce que vous les approuviez</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants open:</source>
        <translation>Adresse à ouvrir par les participants :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code of the participants' address</source>
        <translation>Code QR de l’adresse des participants</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show on Pro&amp;jector</source>
        <translation>Afficher sur le pro&amp;jecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The QR code, address and join code full screen, on the second screen if there is one</source>
        <translation>Le code QR, l’adresse et le code d’accès en plein écran, sur le deuxième écran s’il y en a un</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New &amp;Link…</source>
        <translation>Nouveau &amp;lien…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current link and join code working and make new ones</source>
        <translation>Désactiver le lien et le code d’accès actuels et en créer de nouveaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clo&amp;se to Phones</source>
        <translation>&amp;Fermer aux téléphones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop participation: the link and join code stop working</source>
        <translation>Arrêter la participation : le lien et le code d’accès cessent de fonctionner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones cannot connect?</source>
        <translation>Les téléphones ne parviennent pas à se connecter ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phones that joined</source>
        <translation>Téléphones ayant rejoint l’événement</translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationServer</name>
    <message>
        <location filename="../app/network/participationserver.cpp" line="+171" />
        <source>Participation cannot start: it has nothing to store phones' notes in.</source>
        <translation>Impossible de lancer la participation : elle n’a nulle part où enregistrer les notes des téléphones.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Participation cannot start: its link is too easy to guess. Choose New Link.</source>
        <translation>Impossible de lancer la participation : son lien est trop facile à deviner. Choisissez « Nouveau lien ».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a network address (IPv4) of this computer.</source>
        <extracomment>%1 is what was given as the laptop's network address</extracomment>
        <translation>« %1 » n’est pas une adresse réseau (IPv4) de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+25" />
        <source>Participation cannot start: %1</source>
        <extracomment>%1 is the system's reason, such as "Too many open files"</extracomment>
        <translation>Impossible de lancer la participation : %1</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Port %1 is already used by another program. Choose another port, or let Cabildo pick one.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port, ou laissez Cabildo en choisir un.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The address %1 is no longer one of this computer's: it may have left that network. Choose the network again.</source>
        <extracomment>%1 is an IPv4 address</extracomment>
        <translation>L’adresse %1 n’est plus celle de cet ordinateur : il a peut-être quitté ce réseau. Choisissez de nouveau le réseau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cabildo may not use port %1: ports below 1024 need administrator rights. Choose a port above 1024.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Cabildo ne peut pas utiliser le port %1 : les ports inférieurs à 1024 nécessitent des droits d’administrateur. Choisissez un port supérieur à 1024.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Participation cannot start: the web server did not start (see the log).</source>
        <translation>Impossible de lancer la participation : le serveur web n’a pas démarré (voir le journal).</translation>
    </message>
</context>
<context>
    <name>cabildo::PdfExportDialog</name>
    <message>
        <location filename="../ui/dialogs/pdfexportdialog.cpp" line="+28" />
        <location line="+75" />
        <location line="+26" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>PDF (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cabildo::PhoneParticipation</name>
    <message>
        <location filename="../ui/participation/phoneparticipation.cpp" line="+67" />
        <source>Participation was open on %1 and could not start again: %2 Choose a network and open it again; phones then scan the new QR code.</source>
        <translation>La participation était ouverte sur %1 et n’a pas pu redémarrer : %2 Choisissez un réseau et rouvrez-la ; les téléphones devront alors scanner le nouveau code QR.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Participants' phones are connected to this event</source>
        <translation>Des téléphones de participants sont connectés à cet événement</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Open to phones: %n connected</source>
        <extracomment>In the status bar while participation is open; a click shows the dialog</extracomment>
        <translation>
            <numerusform>Ouvert aux téléphones : %n connecté</numerusform>
            <numerusform>Ouvert aux téléphones : %n connectés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open to &amp;Phones…</source>
        <translation>Ouvrir aux &amp;téléphones…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let participants add notes and vote from their own phones, over this network</source>
        <translation>Permet aux participants d’ajouter des notes et de voter depuis leur propre téléphone, par ce réseau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incoming</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Incoming Notes</source>
        <translation>&amp;Notes en attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the participation dialog</source>
        <translation>Afficher la fenêtre de participation</translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoActions</name>
    <message>
        <location filename="../ui/photo/photoactions.cpp" line="+41" />
        <source>Import P&amp;hoto of Notes…</source>
        <translation>Importer une p&amp;hoto de notes…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find the sticky notes on a photo of a paper wall and add them, after a check</source>
        <translation>Trouver les notes autocollantes sur la photo d’un mur de papier et les ajouter, après vérification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Transcribe Photo Notes…</source>
        <translation>Tra&amp;nscrire les notes de photo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the proposed text of each note from a photo, one by one, with its picture</source>
        <translation>Vérifier le texte proposé de chaque note d’une photo, une par une, avec son image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove All Note Pictures…</source>
        <translation>Supprimer toutes les &amp;images des notes…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Erase every note's picture from the event file; the texts stay</source>
        <translation>Effacer l’image de chaque note du fichier de l’événement ; les textes restent</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Import Photo of Notes</source>
        <translation>Importer une photo de notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Photo not imported</source>
        <translation>Photo non importée</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Imported %n note(s) from the photo.</source>
        <translation>
            <numerusform>%n note importée de la photo.</numerusform>
            <numerusform>%n notes importées de la photo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+29" />
        <source>Transcribe Photo Notes</source>
        <translation>Transcrire les notes de photo</translation>
    </message>
    <message numerus="yes">
        <location line="-28" />
        <source>%n note(s) added from the photo, each with its picture. Their texts are proposals to check. Check them now, one by one?</source>
        <translation>
            <numerusform>%n note ajoutée depuis la photo, avec son image. Son texte est une proposition à vérifier. La vérifier maintenant ?</numerusform>
            <numerusform>%n notes ajoutées depuis la photo, chacune avec son image. Leurs textes sont des propositions à vérifier. Les vérifier maintenant, une par une ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Transcribe Now</source>
        <translation>Transcrire maintenant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The notes left to check are face down, and the room sees this screen.</source>
        <translation>Les notes qui restent à vérifier sont face cachée, et la salle voit cet écran.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every note's text is checked: there is nothing to transcribe.</source>
        <translation>Le texte de chaque note est vérifié : il n’y a rien à transcrire.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+11" />
        <source>Remove All Note Pictures</source>
        <translation>Supprimer toutes les images des notes</translation>
    </message>
    <message>
        <location line="-11" />
        <source>No note on the board has a picture.</source>
        <translation>Aucune note du tableau n’a d’image.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Remove the pictures of %n note(s)? Their texts stay on the board.</source>
        <translation>
            <numerusform>Supprimer l’image de %n note ? Son texte reste sur le tableau.</numerusform>
            <numerusform>Supprimer les images de %n notes ? Leurs textes restent sur le tableau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them still wait(s) for their text to be checked against the picture.</source>
        <translation>
            <numerusform>%n d’entre elles attend encore que son texte soit vérifié avec l’image.</numerusform>
            <numerusform>%n d’entre elles attendent encore que leur texte soit vérifié avec l’image.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>This cannot be undone: the pictures are erased from the event file, and Undo does not bring them back.</source>
        <translation>Cette action est définitive : les images sont effacées du fichier de l’événement, et Annuler ne les rétablit pas.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove Pictures</source>
        <translation>Supprimer les images</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pictures not removed</source>
        <translation>Images non supprimées</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Removed the pictures of %n note(s).</source>
        <translation>
            <numerusform>Image de %n note supprimée.</numerusform>
            <numerusform>Images de %n notes supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCanvas</name>
    <message>
        <location filename="../ui/photo/photocanvas.cpp" line="+274" />
        <source>Likely already on the board</source>
        <translation>Probablement déjà sur le tableau</translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCheckDialog</name>
    <message>
        <location filename="../ui/photo/photocheckdialog.cpp" line="+99" />
        <source>Check the Notes Found — %1</source>
        <extracomment>%1 is the photo's file name</extracomment>
        <translation>Vérifier les notes trouvées — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Green outlines are the notes that will be added. Click a note to leave it out (crossed) or bring it back. Drag a rectangle around a note that was missed to add it. Ctrl+wheel or + and - zoom in and out.</source>
        <translation>Les contours verts sont les notes qui seront ajoutées. Cliquez sur une note pour l’écarter (barrée) ou la reprendre. Tracez un rectangle autour d’une note oubliée pour l’ajouter. Ctrl+molette ou + et - pour zoomer et dézoomer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Photo with the notes found</source>
        <translation>Photo avec les notes trouvées</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The arrow keys go from note to note; Space leaves the note out or brings it back</source>
        <translation>Les flèches passent d’une note à l’autre ; Espace écarte la note ou la reprend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding the notes</source>
        <translation>Recherche des notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the Photo</source>
        <translation>Afficher la photo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The room sees this screen and its notes are hidden until revealed: the photo is blurred so that nobody reads the notes on it. The outlines can be checked as they are.</source>
        <translation>La salle voit cet écran et ses notes sont cachées jusqu’à leur révélation : la photo est floutée pour que personne ne lise les notes. Les contours peuvent être vérifiés tels quels.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <source>Finding the notes on the photo…</source>
        <translation>Recherche des notes sur la photo…</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Comparing them with the notes already on the board…</source>
        <translation>Comparaison avec les notes déjà sur le tableau…</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Cabildo cannot use %1: %2. Nothing was added.</source>
        <extracomment>%1 is the file name, %2 why it could not be read, e.g. "not an image"</extracomment>
        <translation>Cabildo ne peut pas utiliser %1 : %2. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No sticky notes were found on this photo. Drag a rectangle around each note to add it by hand, or cancel.</source>
        <translation>Aucune note autocollante n’a été trouvée sur cette photo. Tracez un rectangle autour de chaque note pour l’ajouter à la main, ou annulez.</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n note(s) to add</source>
        <extracomment>The notes ticked on the photo, which Import adds</extracomment>
        <translation>
            <numerusform>%n note à ajouter</numerusform>
            <numerusform>%n notes à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n left out as likely already on the board</source>
        <extracomment>After "12 notes to add": notes of an earlier photo of the same wall, left out unless ticked</extracomment>
        <translation>
            <numerusform>%n écartée car probablement déjà sur le tableau</numerusform>
            <numerusform>%n écartées car probablement déjà sur le tableau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+60" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System language (%1)</source>
        <extracomment>%1 is the name of the system's language, e.g. "français"</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;High-contrast board (stronger colours and borders)</source>
        <translation>Tableau à &amp;contraste élevé (couleurs et bordures renforcées)</translation>
    </message>
</context>
<context>
    <name>cabildo::PresenterView</name>
    <message>
        <location filename="../ui/agenda/presenterview.cpp" line="+121" />
        <location line="+5" />
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Page Down and Page Up change the day · Esc leaves the projector</source>
        <translation>Page suivante et Page précédente changent de jour · Échap pour quitter le projecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esc leaves the projector</source>
        <translation>Échap pour quitter le projecteur</translation>
    </message>
</context>
<context>
    <name>cabildo::PriorityForm</name>
    <message>
        <location filename="../ui/kiosk/priorityform.cpp" line="+174" />
        <source>Add your priority</source>
        <translation>Ajoutez votre priorité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This event is open read-only: no priorities can be added here.</source>
        <translation>Cet événement est ouvert en lecture seule : impossible d’ajouter des priorités ici.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What should we talk about at this event? Write one priority.</source>
        <translation>De quoi devrions-nous parler pendant cet événement ? Écrivez une priorité.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your priority</source>
        <translation>Votre priorité</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About you (optional)</source>
        <extracomment>Heading over the optional name, organisation, country and sector fields</extracomment>
        <translation>À propos de vous (facultatif)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <extracomment>A participant's own name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show my name in published results</source>
        <translation>Afficher mon nom dans les résultats publiés</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type to search</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sector</source>
        <extracomment>Field: the kind of organisation a participant comes from (government, academia, ...)</extracomment>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add my priority</source>
        <extracomment>Button that sends the participant's priority to the board</extracomment>
        <translation>Ajouter ma priorité</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not given</source>
        <extracomment>Sector of a participant: they did not say</extracomment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Government</source>
        <translation>Administration publique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Academia</source>
        <translation>Enseignement et recherche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funder</source>
        <extracomment>Sector: organisations that fund projects (foundations, donors)</extracomment>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <extracomment>Sector: none of the above</extracomment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Sorry, your priority could not be saved. Please ask the facilitator for help.</source>
        <translation>Votre priorité n’a malheureusement pas pu être enregistrée. Demandez de l’aide à l’équipe d’animation.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Thank you! Your priority is on the board.</source>
        <translation>Merci ! Votre priorité est sur le tableau.</translation>
    </message>
</context>
<context>
    <name>cabildo::ProgrammePdf</name>
    <message>
        <location filename="../app/opendata/programmepdf.cpp" line="+159" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/opendata/icalendar.cpp" line="+71" />
        <location filename="../app/opendata/programmepdf.cpp" line="+14" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/opendata/programmepdf.cpp" line="+0" />
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location filename="../app/opendata/programmepdf.cpp" line="+179" />
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Programme. Times are local (%1).</source>
        <extracomment>The programme's subtitle; %1 is the time zone, e.g. Europe/Paris.</extracomment>
        <translation>Programme. Heures locales (%1).</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+147" />
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location line="+99" />
        <source>No agenda yet.</source>
        <translation>Pas encore de programme.</translation>
    </message>
</context>
<context>
    <name>cabildo::ProjectorActions</name>
    <message>
        <location filename="../ui/projector/projectoractions.cpp" line="+140" />
        <source>&amp;Automatic: Another Screen than This Window's</source>
        <translation>&amp;Automatique : un autre écran que celui de cette fenêtre</translation>
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
        <translation>P&amp;rojecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Screen</source>
        <translation>É&amp;cran</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Show Projector</source>
        <translation>&amp;Afficher le projecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the room sees, full screen on the projector: it follows the phase (Esc leaves)</source>
        <translation>Ce que voit la salle, en plein écran sur le projecteur : l’affichage suit la phase (Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow the Phase</source>
        <translation>&amp;Suivre la phase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The wall while notes are written and grouped, the results in the vote, then the agenda</source>
        <translation>Le mur pendant la rédaction et le regroupement des notes, les résultats pendant le vote, puis le programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Wall of Notes</source>
        <translation>&amp;Mur de notes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Theme Cards</source>
        <translation>Cartes des &amp;thèmes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Vote &amp;Results</source>
        <translation>&amp;Résultats du vote</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Agenda</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show this on the projector until the phase changes</source>
        <translation>Afficher ceci sur le projecteur jusqu’au changement de phase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The screen the projector window goes to</source>
        <translation>L’écran sur lequel s’ouvre la fenêtre du projecteur</translation>
    </message>
</context>
<context>
    <name>cabildo::ProjectorWindow</name>
    <message>
        <location filename="../ui/projector/projectorwindow.cpp" line="+196" />
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projector, full screen</source>
        <translation>Projecteur, en plein écran</translation>
    </message>
</context>
<context>
    <name>cabildo::QrProjectorWindow</name>
    <message>
        <location filename="../ui/participation/qrprojectorwindow.cpp" line="+93" />
        <source>Join from your phone</source>
        <translation>Participez depuis votre téléphone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan the code with your phone's camera to add your priorities and vote.</source>
        <translation>Scannez le code avec l’appareil photo de votre téléphone pour ajouter vos priorités et voter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or open in the browser:</source>
        <translation>Ou ouvrez dans le navigateur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>and type the code:</source>
        <translation>et saisissez le code :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esc leaves this screen</source>
        <translation>Échap pour quitter cet écran</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How to join from a phone, full screen</source>
        <translation>Comment participer depuis un téléphone, en plein écran</translation>
    </message>
</context>
<context>
    <name>cabildo::RestorePointsDialog</name>
    <message>
        <location filename="../ui/dialogs/restorepointsdialog.cpp" line="+45" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Take Restore Point…</source>
        <translation>&amp;Créer un point de restauration…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore Points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A restore point is a copy of the whole event, kept in its file before every bulk action (accepting several suggestions, grouping, generating the agenda, importing notes, deleting a voting round, revealing notes) and whenever you take one. Restoring one keeps the notes and ballots participants sent after it.</source>
        <translation>Un point de restauration est une copie de tout l’événement, conservée dans son fichier avant chaque action groupée (accepter plusieurs suggestions, regrouper, générer le programme, importer des notes, supprimer un tour de vote, révéler des notes) et chaque fois que vous en créez un. En restaurer un conserve les notes et les bulletins envoyés par les participants après sa création.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When</source>
        <extracomment>Columns of File ▸ Restore Points: when it was taken, the action it was taken before, what it holds</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What came next</source>
        <translation>Action suivante</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+57" />
        <source>until deleted</source>
        <extracomment>How a restore point is kept: taken on demand (stays until deleted) or automatically (the oldest go)</extracomment>
        <translation>jusqu’à suppression</translation>
    </message>
    <message>
        <location line="+0" />
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n restore point(s), %1 in the event file</source>
        <translation>
            <numerusform>%n point de restauration, %1 dans le fichier d’événement</numerusform>
            <numerusform>%n points de restauration, %1 dans le fichier d’événement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>This event is open read-only: its restore points can be looked at, not used.</source>
        <translation>Cet événement est ouvert en lecture seule : ses points de restauration peuvent être consultés, mais pas utilisés.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the event back as it was on %1, before “%2”?</source>
        <translation>Remettre l’événement dans son état du %1, avant « %2 » ?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cabildo first keeps a restore point of the event as it is now, so restoring that one comes back here. The undo history is cleared. Notes and ballots participants sent after %1 stay; the phase and the timer stay as they are.</source>
        <translation>Cabildo conserve d’abord un point de restauration de l’événement dans son état actuel : le restaurer vous ramène ici. L’historique des modifications est effacé. Les notes et les bulletins envoyés par les participants après le %1 restent ; la phase et le minuteur restent tels quels.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restored as it was on %1. To go back, restore the newest point.</source>
        <translation>Événement restauré dans son état du %1. Pour revenir en arrière, restaurez le point le plus récent.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Take Restore Point</source>
        <translation>Créer un point de restauration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A label, to know this point again (what comes next, for instance):</source>
        <translation>Un libellé, pour reconnaître ce point (l’action qui suit, par exemple) :</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Taken by hand</source>
        <extracomment>The label a restore point taken on demand gets unless the facilitator types another</extracomment>
        <translation>Créé manuellement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot take a restore point</source>
        <translation>Impossible de créer un point de restauration</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete Restore Point</source>
        <translation>Supprimer le point de restauration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the restore point of %1, before “%2”? This cannot be undone.</source>
        <translation>Supprimer le point de restauration du %1, avant « %2 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot delete the restore point</source>
        <translation>Impossible de supprimer le point de restauration</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Restore &amp;Points…</source>
        <translation>&amp;Points de restauration…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go back to a copy of the whole event kept before a bulk action, or keep one now</source>
        <translation>Revenir à une copie de tout l’événement conservée avant une action groupée, ou en conserver une maintenant</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomBar</name>
    <message>
        <location filename="../ui/room/roombar.cpp" line="+227" />
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Capture</source>
        <extracomment>A phase of the event, in the Room menu and bar: participants write notes</extracomment>
        <translation>&amp;Collecte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Group</source>
        <extracomment>A phase of the event: the facilitator groups the notes into themes</extracomment>
        <translation>Re&amp;groupement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Vote</source>
        <extracomment>A phase of the event: participants vote on the themes</extracomment>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Agenda</source>
        <extracomment>A phase of the event: the agenda is made</extracomment>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Publish</source>
        <extracomment>A phase of the event: the final agenda is published</extracomment>
        <translation>Pu&amp;blication</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tell the room's screens the event is in this phase</source>
        <translation>Indiquer aux écrans de la salle que l’événement est dans cette phase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Phase:</source>
        <extracomment>Label before the phase buttons in the room bar</extracomment>
        <translation>Phase :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timer:</source>
        <extracomment>Label before the timer's length in the room bar</extracomment>
        <translation>Minuteur :</translation>
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
        <translation>La durée du minuteur en minutes (90 minutes font 1:30:00)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timer length in minutes</source>
        <translation>Durée du minuteur en minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the End</source>
        <translation>À la fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happens when the time is up</source>
        <translation>Ce qui se passe quand le temps est écoulé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timer &amp;Length…</source>
        <translation>&amp;Durée du minuteur…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a &amp;Minute</source>
        <translation>&amp;Ajouter une minute</translation>
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
        <translation>Arrê&amp;ter le minuteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the &amp;Round When Time Is Up</source>
        <translation>&amp;Fermer le tour à la fin du temps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sou&amp;nd at the End</source>
        <translation>&amp;Signal sonore à la fin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hide Notes Until Revealed</source>
        <translation>&amp;Masquer les notes jusqu’à leur révélation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type how many minutes the timer runs</source>
        <translation>Saisir la durée du minuteur en minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the timer everyone sees, or pause it</source>
        <translation>Lancer le minuteur visible par tous, ou le mettre en pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One more minute on the timer</source>
        <translation>Une minute de plus au minuteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the timer and set it back to its whole length</source>
        <translation>Arrêter le minuteur et le remettre à sa durée complète</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the time is up, close the open voting round</source>
        <translation>Quand le temps est écoulé, fermer le tour de vote ouvert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play a short sound when the time is up</source>
        <translation>Jouer un bref signal sonore quand le temps est écoulé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New notes stay face down on the room's screens until you reveal them</source>
        <translation>Les nouvelles notes restent face cachée sur les écrans de la salle jusqu’à ce que vous les révéliez</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every face-down note to the room at once (one undo step)</source>
        <translation>Montrer d’un coup à la salle toutes les notes face cachée (annulable en une seule fois)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move to Agenda</source>
        <translation>Passer au programme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Pa&amp;use Timer</source>
        <translation>Mettre en pa&amp;use le minuteur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;start Timer</source>
        <translation>&amp;Relancer le minuteur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Start Timer</source>
        <translation>&amp;Lancer le minuteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restart</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>R&amp;eveal %n Note(s)</source>
        <translation>
            <numerusform>Révéler %n &amp;note</numerusform>
            <numerusform>Révéler %n &amp;notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>R&amp;eveal Notes</source>
        <translation>Révéler les &amp;notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reveal (%1)</source>
        <extracomment>The room bar's Reveal button with how many notes are face down, e.g. "Reveal (12)"</extracomment>
        <translation>Révéler (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot change the room</source>
        <translation>Impossible de modifier la salle</translation>
    </message>
    <message>
        <location line="+67" />
        <source>“%1” is closed.</source>
        <extracomment>In the room bar when a voting round closes; %1 is the round's name</extracomment>
        <translation>« %1 » est fermé.</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomEditDialog</name>
    <message>
        <location filename="../ui/agenda/roomsdialog.cpp" line="+20" />
        <source>Edit room</source>
        <translation>Modifier la salle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step-free: sessions that need an accessible room may go here</source>
        <translation>De plain-pied : les sessions qui nécessitent une salle accessible peuvent y avoir lieu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Seats:</source>
        <translation>&amp;Places :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomTimerLabel</name>
    <message>
        <location filename="../ui/projector/roomtimerlabel.cpp" line="+50" />
        <location line="+2" />
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, paused</source>
        <translation>%1, en pause</translation>
    </message>
</context>
<context>
    <name>cabildo::RoomsDialog</name>
    <message>
        <location filename="../ui/agenda/roomsdialog.cpp" line="+25" />
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a room: a new column of the agenda</source>
        <translation>Ajouter une salle : une nouvelle colonne du programme</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cabildo::SearchNavigator</name>
    <message>
        <location filename="../ui/searchnavigator.cpp" line="+47" />
        <source>Find &amp;Next</source>
        <translation>Rechercher le suiva&amp;nt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select and show the next note that matches the search</source>
        <translation>Sélectionner et afficher la note suivante qui correspond à la recherche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select and show the previous note that matches the search</source>
        <translation>Sélectionner et afficher la note précédente qui correspond à la recherche</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1 of %2</source>
        <extracomment>Search: the note gone to with Enter or F3, and how many match, e.g. "2 of 5"</extracomment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>cabildo::SeenByRoom</name>
    <message>
        <location filename="../ui/room/seenbyroom.cpp" line="+74" />
        <source>This Screen Is Seen by the &amp;Room</source>
        <translation>Cet écran est vu par la &amp;salle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show face-down notes face down here too, as on the projector (on when this window is on the projector or mirrored to it); hold F8 to peek</source>
        <translation>Afficher ici aussi les notes face cachée, comme sur le projecteur (activé quand cette fenêtre est sur le projecteur ou dupliquée sur celui-ci) ; maintenir F8 pour jeter un œil</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Peeking: the room sees these notes too</source>
        <translation>Coup d’œil : la salle voit aussi ces notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seen by the room: face-down notes are hidden here. Hold F8 to peek.</source>
        <translation>Vu par la salle : les notes face cachée sont masquées ici. Maintenez F8 pour jeter un œil.</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionEditDialog</name>
    <message>
        <location filename="../ui/agenda/sessionsdialog.cpp" line="+26" />
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Who runs it; one person cannot be in two places at once</source>
        <translation>Qui l’anime ; une personne ne peut pas être à deux endroits à la fois</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The host agreed to be named in the published programme</source>
        <translation>Accepte d’être nommé dans le programme publié</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without this, the open-data export and the printed programme never show the host's name</source>
        <translation>Sans cela, ni l’export en données ouvertes ni le programme imprimé ne montrent le nom de l’animateur</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Any</source>
        <translation>Indifférente</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Needs an accessible (step-free) room</source>
        <translation>Nécessite une salle accessible (de plain-pied)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time slots the host can make</source>
        <translation>Créneaux où l’animateur est disponible</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No session slots yet: add them in Agenda ▸ Time Slots.</source>
        <translation>Pas encore de créneaux de sessions : ajoutez-en dans Programme ▸ Créneaux.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Host:</source>
        <translation>&amp;Animateur :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionMover</name>
    <message>
        <location filename="../ui/agenda/sessionmover.cpp" line="+78" />
        <source>Moving %1: choose a cell with the arrow keys and press Enter (Esc cancels).</source>
        <translation>Déplacement de %1 : choisissez une cellule avec les flèches et appuyez sur Entrée (Échap annule).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 is for everyone: sessions go in the other time slots.</source>
        <translation>%1 est pour tout le monde : les sessions vont dans les autres créneaux.</translation>
    </message>
</context>
<context>
    <name>cabildo::SessionsDialog</name>
    <message>
        <location filename="../ui/agenda/sessionsdialog.cpp" line="+51" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Host</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From theme</source>
        <translation>Thème d’origine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create from &amp;Themes</source>
        <translation>Créer à partir des &amp;thèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session for each theme that has none yet</source>
        <translation>Une session pour chaque thème qui n’en a pas encore</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cabildo::StagingFolder</name>
    <message>
        <location filename="../app/opendata/stagingfolder.cpp" line="+35" />
        <location line="+12" />
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cabildo::SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../ui/suggestionspanel.cpp" line="+216" />
        <source>%n note(s), %1 % alike</source>
        <extracomment>Similarity of a suggested theme's notes, in percent</extracomment>
        <translation>
            <numerusform>%n note, semblable à %1 %</numerusform>
            <numerusform>%n notes, semblables à %1 %</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared terms: %1</source>
        <translation>Termes communs : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n suggestion(s). Nothing changes on the board until you accept one.</source>
        <translation>
            <numerusform>%n suggestion. Rien ne change sur le tableau tant que vous n’en acceptez pas.</numerusform>
            <numerusform>%n suggestions. Rien ne change sur le tableau tant que vous n’en acceptez pas une.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No suggestions left: each was accepted or rejected. Suggest Themes again to group the notes still outside a theme.</source>
        <translation>Plus aucune suggestion : chacune a été acceptée ou rejetée. Relancez « Suggérer des thèmes » pour regrouper les notes qui ne sont encore dans aucun thème.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n group(s) of notes say the same thing.</source>
        <translation>
            <numerusform>%n groupe de notes dit la même chose.</numerusform>
            <numerusform>%n groupes de notes disent la même chose.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+196" />
        <source>&amp;Suggest Themes</source>
        <translation>&amp;Suggérer des thèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The room sees this screen and notes are face down: suggestions are not shown here. Hold F8 to read them.</source>
        <translation>La salle voit cet écran et des notes sont face cachée : les suggestions n’y sont pas affichées. Maintenez F8 pour les lire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Include notes already in a theme</source>
        <translation>Inclure les notes déjà dans un thème</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Broad</source>
        <extracomment>Slider end: few, broad suggested themes</extracomment>
        <translation>Larges</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Narrow</source>
        <extracomment>Slider end: many, narrow suggested themes</extracomment>
        <translation>Précis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From few broad themes to many narrow ones</source>
        <translation>De quelques thèmes larges à de nombreux thèmes précis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept A&amp;ll</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make every suggestion listed a theme, in one step</source>
        <translation>Faire de chaque suggestion de la liste un thème, en une seule étape</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tack Notes That Say the Same Thing</source>
        <translation>&amp;Empiler les notes qui disent la même chose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put each group of notes that say the same thing on top of each other</source>
        <translation>Poser les unes sur les autres les notes de chaque groupe qui disent la même chose</translation>
    </message>
</context>
<context>
    <name>cabildo::TalliesDialog</name>
    <message>
        <location filename="../ui/votes/talliesdialog.cpp" line="+21" />
        <source>Paper tallies: %1</source>
        <translation>Décomptes papier : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the dots counted on paper for each theme. They add to the theme's votes in the results; 0 means none.</source>
        <translation>Saisissez les gommettes comptées sur papier pour chaque thème. Elles s’ajoutent aux votes du thème dans les résultats ; 0 signifie aucune.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Paper votes for %1</source>
        <translation>Votes papier pour %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This event has no themes yet: make themes on the board first.</source>
        <translation>Cet événement n’a pas encore de thèmes : créez d’abord des thèmes sur le tableau.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Tallies not saved</source>
        <translation>Décomptes non enregistrés</translation>
    </message>
</context>
<context>
    <name>cabildo::ThemeActions</name>
    <message>
        <location filename="../ui/themeactions.cpp" line="+69" />
        <source>&amp;Themes</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Create Theme from Selection…</source>
        <translation>&amp;Créer un thème avec la sélection…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group the selected notes into a new theme (from one theme: split it)</source>
        <translation>Regrouper les notes sélectionnées dans un nouveau thème (prises dans un seul thème : le scinder)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move Selection to Theme</source>
        <translation>&amp;Déplacer la sélection vers le thème</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take Selection out of Its Theme</source>
        <translation>&amp;Sortir la sélection de son thème</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename Theme…</source>
        <translation>&amp;Renommer le thème…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theme C&amp;olour</source>
        <translation>C&amp;ouleur du thème</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colla&amp;pse or Expand Theme</source>
        <translation>&amp;Replier ou déplier le thème</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stack a theme's notes so a large board stays readable, or spread them again</source>
        <translation>Empiler les notes d’un thème pour garder lisible un grand tableau, ou les étaler de nouveau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge Themes</source>
        <translation>&amp;Fusionner les thèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the notes of the selected themes together in the oldest of them</source>
        <translation>Réunir les notes des thèmes sélectionnés dans le plus ancien d’entre eux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dissolve Theme</source>
        <translation>D&amp;issoudre le thème</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the theme; its notes stay on the board</source>
        <translation>Supprimer le thème ; ses notes restent sur le tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;idy Up</source>
        <translation>R&amp;anger le tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrange every theme and the loose notes in rows that fit the screen (one undo step)</source>
        <translation>Disposer chaque thème et les notes hors thème en rangées qui tiennent dans l’écran (annulable en une seule fois)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+13" />
        <source>Name of the theme:</source>
        <translation>Nom du thème :</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Cannot create the theme</source>
        <translation>Impossible de créer le thème</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cannot merge the themes</source>
        <translation>Impossible de fusionner les thèmes</translation>
    </message>
</context>
<context>
    <name>cabildo::ThemeItem</name>
    <message>
        <location filename="../ui/board/themeitem.cpp" line="+42" />
        <source>Shared terms: %1</source>
        <translation>Termes communs : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%1 · %n note(s), stacked</source>
        <translation>
            <numerusform>%1 · %n note, empilée</numerusform>
            <numerusform>%1 · %n notes, empilées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ThemesView</name>
    <message numerus="yes">
        <location filename="../ui/projector/themesview.cpp" line="+32" />
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <location line="+91" />
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+5" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="-4" />
        <source>No themes yet.</source>
        <translation>Aucun thème pour l’instant.</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeSlotEditDialog</name>
    <message>
        <location filename="../ui/agenda/timeslotsdialog.cpp" line="+20" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit time slot</source>
        <translation>Modifier le créneau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New time slot</source>
        <translation>Nouveau créneau</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Lunch, Opening</source>
        <translation>p. ex. Déjeuner, Ouverture</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What happens:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ends the next day.</source>
        <translation>Finit le lendemain.</translation>
    </message>
</context>
<context>
    <name>cabildo::TimeSlotsDialog</name>
    <message>
        <location line="+29" />
        <source>Time slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happens</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (next day)</source>
        <translation>%1 (lendemain)</translation>
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
        <translation>Aucune ville, aucun pays ni aucun fuseau horaire ne s’appelle « %1 ». Essayez une autre orthographe, le pays ou une ville plus grande à proximité.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The time zone stays %1 until you pick a place in the list (click it, or highlight it with the arrow keys and press Enter).</source>
        <translation>Le fuseau horaire reste %1 tant que vous ne choisissez pas un lieu dans la liste (cliquez dessus, ou sélectionnez-le avec les flèches et appuyez sur Entrée).</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Type a city or a country, e.g. Montréal or Mexico</source>
        <translation>Saisissez une ville ou un pays, p. ex. Montréal ou Mexique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the event takes place: a city, a country or a time zone such as America/Toronto. Pick an entry in the list to change the time zone.</source>
        <translation>Lieu de l’événement : une ville, un pays ou un fuseau horaire comme America/Toronto. Choisissez une entrée de la liste pour changer de fuseau horaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Matching places</source>
        <translation>Lieux correspondants</translation>
    </message>
</context>
<context>
    <name>cabildo::TranscriptionDialog</name>
    <message>
        <location filename="../ui/photo/transcriptiondialog.cpp" line="+110" />
        <source>Transcribe Photo Notes</source>
        <translation>Transcrire les notes de photo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept and Next</source>
        <translation>Accepter et suivante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter accepts the text and shows the next note · Shift+Enter starts a new line · Alt+S skips · Ctrl+Z goes back to the last note accepted</source>
        <translation>Entrée accepte le texte et montre la note suivante · Maj+Entrée commence une nouvelle ligne · Alt+P passe · Ctrl+Z revient à la dernière note acceptée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type what the note says</source>
        <translation>Tapez ce que dit la note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Picture of the note</source>
        <translation>Image de la note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the proposed text, then press Enter to accept it</source>
        <translation>Corrigez le texte proposé, puis appuyez sur Entrée pour l’accepter</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Every note is checked.</source>
        <translation>Toutes les notes sont vérifiées.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n note(s) still to check.</source>
        <translation>
            <numerusform>Encore %n note à vérifier.</numerusform>
            <numerusform>Encore %n notes à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 of %2</source>
        <extracomment>Where the facilitator is in the notes to check: "12 of 100"</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Type the note's text first, or skip it (Alt+S).</source>
        <translation>Tapez d’abord le texte de la note, ou passez-la (Alt+P).</translation>
    </message>
</context>
<context>
    <name>cabildo::Undo</name>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_notes.cpp" line="-159" />
        <location line="+8" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Ajouter %n note</numerusform>
            <numerusform>Ajouter %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6" />
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Coller %n note</numerusform>
            <numerusform>Coller %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Importer %n note</numerusform>
            <numerusform>Importer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add %n priority(s) from the kiosk</source>
        <translation>
            <numerusform>Ajouter %n priorité depuis la borne</numerusform>
            <numerusform>Ajouter %n priorités depuis la borne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Supprimer %n note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Recolour %n note(s)</source>
        <translation>
            <numerusform>Changer la couleur de %n note</numerusform>
            <numerusform>Changer la couleur de %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rename event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change event details</source>
        <translation>Modifier les informations de l’événement</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="-467" />
        <location filename="../app/document/eventdocument_themes.cpp" line="-151" />
        <location filename="../app/document/eventdocument_votes.cpp" line="-322" />
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_themes.cpp" line="+64" />
        <source>Split theme %1</source>
        <translation>Scinder le thème %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create theme %1</source>
        <translation>Créer le thème %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>Accept %n suggested theme(s)</source>
        <translation>
            <numerusform>Accepter %n thème suggéré</numerusform>
            <numerusform>Accepter %n thèmes suggérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>Merge %n theme(s) into %1</source>
        <translation>
            <numerusform>Fusionner %n thème dans %1</numerusform>
            <numerusform>Fusionner %n thèmes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Dissolve theme %1</source>
        <translation>Dissoudre le thème %1</translation>
    </message>
    <message numerus="yes">
        <location line="-182" />
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n note vers %1</numerusform>
            <numerusform>Déplacer %n notes vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Take %n note(s) out of their theme</source>
        <translation>
            <numerusform>Sortir %n note de son thème</numerusform>
            <numerusform>Sortir %n notes de leur thème</numerusform>
        </translation>
    </message>
    <message>
        <location line="+138" />
        <source>Rename theme %1</source>
        <translation>Renommer le thème %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recolour theme %1</source>
        <translation>Changer la couleur du thème %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collapse theme %1</source>
        <translation>Replier le thème %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expand theme %1</source>
        <translation>Déplier le thème %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change theme %1</source>
        <translation>Modifier le thème %1</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_agenda.cpp" line="+186" />
        <source>Add room %1</source>
        <translation>Ajouter la salle %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change room %1</source>
        <translation>Modifier la salle %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove room %1</source>
        <translation>Supprimer la salle %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add time slot %1</source>
        <translation>Ajouter le créneau %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Change time slot %1</source>
        <translation>Modifier le créneau %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove time slot %1</source>
        <translation>Supprimer le créneau %1</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Apply the one-day unconference template</source>
        <translation>Appliquer le modèle de non-conférence d’une journée</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add session %1</source>
        <translation>Ajouter la session %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change session %1</source>
        <translation>Modifier la session %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove session %1</source>
        <translation>Supprimer la session %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>Create %n session(s) from themes</source>
        <translation>
            <numerusform>Créer %n session à partir des thèmes</numerusform>
            <numerusform>Créer %n sessions à partir des thèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Move session %1</source>
        <translation>Déplacer la session %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule session %1</source>
        <translation>Programmer la session %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Swap sessions %1 and %2</source>
        <translation>Échanger les sessions %1 et %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unschedule session %1</source>
        <translation>Retirer la session %1 du programme</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pin session %1</source>
        <translation>Épingler la session %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unpin session %1</source>
        <translation>Désépingler la session %1</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+2" />
        <source>Generate agenda</source>
        <translation>Générer le programme</translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_votes.cpp" line="+196" />
        <source>Create voting round %1</source>
        <translation>Créer le tour de vote %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete voting round %1</source>
        <translation>Supprimer le tour de vote %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Change voting round %1</source>
        <translation>Modifier le tour de vote %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open voting round %1</source>
        <translation>Ouvrir le tour de vote %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Close voting round %1</source>
        <translation>Fermer le tour de vote %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reveal the totals of %1</source>
        <translation>Révéler les totaux de %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Cast a ballot in %1</source>
        <translation>Déposer un bulletin dans %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set the paper tally of %1</source>
        <translation>Saisir le décompte papier de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_participation.cpp" line="+120" />
        <source>Approve %n note(s)</source>
        <translation>
            <numerusform>Approuver %n note</numerusform>
            <numerusform>Approuver %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Hide %n note(s)</source>
        <translation>
            <numerusform>Masquer %n note</numerusform>
            <numerusform>Masquer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Show %n note(s)</source>
        <translation>
            <numerusform>Afficher %n note</numerusform>
            <numerusform>Afficher %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_room.cpp" line="+92" />
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>Révéler %n note</numerusform>
            <numerusform>Révéler %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/document/eventdocument_photos.cpp" line="-72" />
        <source>Import photo of notes</source>
        <translation>Importer une photo de notes</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Check note</source>
        <translation>Vérifier la note</translation>
    </message>
</context>
<context>
    <name>cabildo::UnscheduledList</name>
    <message numerus="yes">
        <location filename="../ui/agenda/unscheduledlist.cpp" line="+42" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Host: %1</source>
        <translation>Animateur : %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs an accessible room</source>
        <translation>Nécessite une salle accessible</translation>
    </message>
</context>
<context>
    <name>cabildo::VoteActions</name>
    <message>
        <location filename="../ui/votes/voteactions.cpp" line="+32" />
        <source>Cannot open the round</source>
        <translation>Impossible d’ouvrir le tour</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot close the round</source>
        <translation>Impossible de fermer le tour</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot reveal the totals</source>
        <translation>Impossible de révéler les totaux</translation>
    </message>
    <message>
        <location line="+10" />
        <source>votes.png</source>
        <translation>résultats-des-votes.png</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Voting results</source>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Votes</source>
        <translation>V&amp;ote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Round</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Voting Round…</source>
        <translation>&amp;Nouveau tour de vote…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dot voting on the themes, at the kiosk or on paper</source>
        <translation>Vote par gommettes sur les thèmes, à la borne ou sur papier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter &amp;Paper Tallies…</source>
        <translation>Saisir les décomptes &amp;papier…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the dots counted on paper for each theme of the round</source>
        <translation>Saisir les gommettes comptées sur papier pour chaque thème du tour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Results</source>
        <translation>Afficher les &amp;résultats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The round's results as a bar chart on the projector</source>
        <translation>Les résultats du tour en diagramme à barres sur le projecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save Results &amp;Image…</source>
        <translation>Enregistrer l’&amp;image des résultats…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the round's chart as a PNG or SVG picture for slides</source>
        <translation>Enregistrer le diagramme du tour en image PNG ou SVG pour des diapositives</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 (open)</source>
        <extracomment>A voting round in the Votes ▸ Round menu that is open for voting</extracomment>
        <translation>%1 (ouvert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (closed)</source>
        <extracomment>A voting round in the Votes ▸ Round menu that was closed</extracomment>
        <translation>%1 (fermé)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Re&amp;open “%1”</source>
        <extracomment>Opens a closed voting round again; %1 is its name</extracomment>
        <translation>R&amp;ouvrir « %1 »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open “%1” for Voting</source>
        <translation>&amp;Ouvrir « %1 » au vote</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open Round for Voting</source>
        <translation>&amp;Ouvrir le tour au vote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close “%1”</source>
        <translation>&amp;Fermer « %1 »</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close Round</source>
        <translation>&amp;Fermer le tour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;veal Totals of “%1”</source>
        <translation>Ré&amp;véler les totaux de « %1 »</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;veal Totals</source>
        <translation>Ré&amp;véler les totaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete “%1”…</source>
        <translation>&amp;Supprimer « %1 »…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Delete Round…</source>
        <translation>&amp;Supprimer le tour…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Round %1</source>
        <extracomment>Suggested name of a new voting round</extracomment>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot create the round</source>
        <translation>Impossible de créer le tour</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Delete the voting round “%1” and its %n ballot(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer le tour de vote « %1 » et %n bulletin ? Édition ▸ Annuler les fait revenir.</numerusform>
            <numerusform>Supprimer le tour de vote « %1 » et %n bulletins ? Édition ▸ Annuler les fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete Voting Round</source>
        <translation>Supprimer le tour de vote</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot delete the round</source>
        <translation>Impossible de supprimer le tour</translation>
    </message>
</context>
<context>
    <name>cabildo::VoteResultsChart</name>
    <message>
        <location filename="../ui/votes/voteresultschart.cpp" line="+74" />
        <source>Votes: %1</source>
        <extracomment>Heading of the results chart; %1 is the voting round's name</extracomment>
        <translation>Vote : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n bulletin déposé</numerusform>
            <numerusform>%n bulletins déposés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n vote(s) counted on paper</source>
        <translation>
            <numerusform>%n vote compté sur papier</numerusform>
            <numerusform>%n votes comptés sur papier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>No voting round yet.</source>
        <translation>Aucun tour de vote pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n ballot(s) cast. The totals are hidden until the facilitator reveals them.</source>
        <translation>
            <numerusform>%n bulletin déposé. Les totaux restent masqués jusqu’à ce que l’équipe d’animation les révèle.</numerusform>
            <numerusform>%n bulletins déposés. Les totaux restent masqués jusqu’à ce que l’équipe d’animation les révèle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: %n vote(s)</source>
        <translation>
            <numerusform>%1 : %n vote</numerusform>
            <numerusform>%1 : %n votes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+131" />
        <source>No voting round yet: create one in the Votes menu.</source>
        <translation>Aucun tour de vote pour l’instant : créez-en un dans le menu Vote.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The totals are hidden until the facilitator reveals them.</source>
        <translation>Les totaux restent masqués jusqu’à ce que l’équipe d’animation les révèle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No themes to vote on yet.</source>
        <translation>Aucun thème n’est encore soumis au vote.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>et %n autre thème</numerusform>
            <numerusform>et %n autres thèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallCard</name>
    <message>
        <location filename="../ui/projector/wallcard.cpp" line="+136" />
        <source>Face-down note</source>
        <translation>Note face cachée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Just arrived</source>
        <translation>Vient d’arriver</translation>
    </message>
</context>
<context>
    <name>cabildo::WallFrame</name>
    <message numerus="yes">
        <location line="+68" />
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallPhoto</name>
    <message>
        <location filename="../app/engines/photo/wallphoto.cpp" line="+46" />
        <source>%1 cannot be read: no such file</source>
        <translation>%1 ne peut pas être lu : ce fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a JPEG or PNG image</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 n’est pas une image JPEG ou PNG</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is too large: %2 megapixels (at most %3)</source>
        <extracomment>%1 is a file name, %2 and %3 numbers of megapixels</extracomment>
        <translation>%1 est trop grande : %2 mégapixels (au plus %3)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged: the file is cut short</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 est endommagé : le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is damaged and cannot be read</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 est endommagé et ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>cabildo::WallView</name>
    <message numerus="yes">
        <location filename="../ui/projector/wallview.cpp" line="+204" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%1 · %n face down</source>
        <extracomment>How many notes the wall shows, and how many of them are face down until revealed</extracomment>
        <translation>
            <numerusform>%1 · dont %n face cachée</numerusform>
            <numerusform>%1 · dont %n face cachée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+143" />
        <source>The notes appear here as they are written.</source>
        <translation>Les notes apparaissent ici au fur et à mesure de leur rédaction.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wall of notes</source>
        <translation>Mur de notes</translation>
    </message>
</context>
<context>
    <name>cabildo::WholeTextOverlay</name>
    <message>
        <location filename="../ui/wholetextoverlay.cpp" line="+69" />
        <source>Click or press Esc to close</source>
        <translation>Cliquez ou appuyez sur Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>cabildo::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+269" />
        <source>unknown file format %1</source>
        <translation>format de fichier %1 inconnu</translation>
    </message>
</context>
</TS>
