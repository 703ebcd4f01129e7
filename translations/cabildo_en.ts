<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cabildo::AgendaFacts</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendafacts.cpp" line="+100"/>
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n over capacity</numerusform>
            <numerusform>%n over capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n voter(s) also want %1 at this time</source>
        <translation>
            <numerusform>%n voter also wants %1 at this time</numerusform>
            <numerusform>%n voters also want %1 at this time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n voter(s) split with %1</source>
        <translation>
            <numerusform>%n voter split with %1</numerusform>
            <numerusform>%n voters split with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGenerator</name>
    <message numerus="yes">
        <location filename="../app/engines/scheduling/agendamodel.cpp" line="+45"/>
        <source>%n ballot vote(s) name no session and were ignored.</source>
        <translation>
            <numerusform>%n ballot vote names no session and was ignored.</numerusform>
            <numerusform>%n ballot votes name no session and were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaGridModel</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendacelldelegate.cpp" line="+279"/>
        <source>(+%n more)</source>
        <extracomment>After the last warning shown in a cell: how many more its tooltip lists</extracomment>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agenda/agendagridmodel.cpp" line="+165"/>
        <location line="+16"/>
        <location line="+75"/>
        <source>%n seat(s)</source>
        <extracomment>Demand against capacity: "45 votes / 20 seats"</extracomment>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-78"/>
        <source>%n vote(s) + %1 on paper</source>
        <extracomment>Votes from ballots and from paper dots: "40 votes + 5 on paper"</extracomment>
        <translation>
            <numerusform>%n vote + %1 on paper</numerusform>
            <numerusform>%n votes + %1 on paper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::AgendaSummary</name>
    <message numerus="yes">
        <location filename="../ui/agenda/agendasummary.cpp" line="+69"/>
        <source>%n ballot(s) in “%1”, but no session comes from the themes they name: use Create Sessions from Themes in the Agenda menu.</source>
        <translation>
            <numerusform>%n ballot in “%1”, but no session comes from the themes they name: use Create Sessions from Themes in the Agenda menu.</numerusform>
            <numerusform>%n ballots in “%1”, but no session comes from the themes they name: use Create Sessions from Themes in the Agenda menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No ballots in “%1” yet; “%2” has %n ballot(s): choose it under Votes from.</source>
        <translation>
            <numerusform>No ballots in “%1” yet; “%2” has %n ballot: choose it under Votes from.</numerusform>
            <numerusform>No ballots in “%1” yet; “%2” has %n ballots: choose it under Votes from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Generated in %1 s: %n session(s) moved</source>
        <translation>
            <numerusform>Generated in %1 s: %n session moved</numerusform>
            <numerusform>Generated in %1 s: %n sessions moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n newly scheduled</source>
        <translation>
            <numerusform>%n newly scheduled</numerusform>
            <numerusform>%n newly scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left unscheduled</source>
        <translation>
            <numerusform>%n left unscheduled</numerusform>
            <numerusform>%n left unscheduled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::BoardPage</name>
    <message numerus="yes">
        <location filename="../ui/boardpage.cpp" line="+123"/>
        <source>Add %n note(s), one for each line of the pasted text?</source>
        <translation>
            <numerusform>Add %n note, one for each line of the pasted text?</numerusform>
            <numerusform>Add %n notes, one for each line of the pasted text?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Add %n note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/clitools.cpp" line="+41"/>
        <source>%1 takes %n argument(s) (see cabildo --help)</source>
        <translation>
            <numerusform>%1 takes %n argument (see cabildo --help)</numerusform>
            <numerusform>%1 takes %n arguments (see cabildo --help)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commandline.cpp" line="+135"/>
        <location filename="../app/cli/exportcommands.cpp" line="+112"/>
        <location filename="../app/cli/restorecommands.cpp" line="+141"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../app/cli/exportcommands.cpp" line="+0"/>
        <location filename="../app/cli/restorecommands.cpp" line="+2"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/restorecommands.cpp" line="+1"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n session(s) moved, %1 unscheduled, in %2 s.</source>
        <translation>
            <numerusform>%n session moved, %1 unscheduled, in %2 s.</numerusform>
            <numerusform>%n sessions moved, %1 unscheduled, in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="-1"/>
        <source>Exported %1 and %2 into %3 (%n file(s)).</source>
        <extracomment>The end of cabildo export, e.g. "Exported 12 sessions and 300 notes into abrelatam2026-open-data (14 files)."</extracomment>
        <translation>
            <numerusform>Exported %1 and %2 into %3 (%n file).</numerusform>
            <numerusform>Exported %1 and %2 into %3 (%n files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Published %n consented name(s).</source>
        <translation>
            <numerusform>Published %n consented name.</numerusform>
            <numerusform>Published %n consented names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commandline.cpp" line="+90"/>
        <source>Imported %n note(s) (%1, %2).</source>
        <translation>
            <numerusform>Imported %n note (%1, %2).</numerusform>
            <numerusform>Imported %n notes (%1, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Regroup every note into %n theme(s) (cabildo cluster --all)</source>
        <extracomment>What came next after the restore point cabildo cluster keeps, as File ▸ Restore Points lists it.</extracomment>
        <translation>
            <numerusform>Regroup every note into %n theme (cabildo cluster --all)</numerusform>
            <numerusform>Regroup every note into %n themes (cabildo cluster --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Group notes into %n theme(s) (cabildo cluster)</source>
        <translation>
            <numerusform>Group notes into %n theme (cabildo cluster)</numerusform>
            <numerusform>Group notes into %n themes (cabildo cluster)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 (%n note(s)): %2</source>
        <translation>
            <numerusform>%1 (%n note): %2</numerusform>
            <numerusform>%1 (%n notes): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s) grouped into %1.</source>
        <extracomment>The end of cabildo cluster's report, e.g. "397 notes grouped into 8 themes." %1 is "8 themes".</extracomment>
        <translation>
            <numerusform>%n note grouped into %1.</numerusform>
            <numerusform>%n notes grouped into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-307"/>
        <location line="+308"/>
        <location filename="../app/cli/restorecommands.cpp" line="-2"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/photocommand.cpp" line="+105"/>
        <source>Imported %n note(s) from the photo, %1 with a proposed text; check them in Transcription.</source>
        <extracomment>The end of cabildo import PHOTO.jpg. %1: how many of them OCR proposed a text for.</extracomment>
        <translation>
            <numerusform>Imported %n note from the photo, %1 with a proposed text; check them in Transcription.</numerusform>
            <numerusform>Imported %n notes from the photo, %1 with a proposed text; check them in Transcription.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::EventDocument</name>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_votes.cpp" line="+315"/>
        <source>A ballot may name at most %n theme(s) in this round.</source>
        <translation>
            <numerusform>A ballot may name at most %n theme in this round.</numerusform>
            <numerusform>A ballot may name at most %n themes in this round.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="+188"/>
        <source>Exported %n file(s) into %1.</source>
        <translation>
            <numerusform>Exported %n file into %1.</numerusform>
            <numerusform>Exported %n files into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s) in the schedule.</source>
        <translation>
            <numerusform>%n session in the schedule.</numerusform>
            <numerusform>%n sessions in the schedule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) included.</source>
        <translation>
            <numerusform>%n note included.</numerusform>
            <numerusform>%n notes included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n consented name(s) published.</source>
        <translation>
            <numerusform>%n consented name published.</numerusform>
            <numerusform>%n consented names published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::GroupingEngine</name>
    <message numerus="yes">
        <location filename="../app/engines/grouping/groupingengine.cpp" line="+308"/>
        <source>%n note(s) have no words to group by (only punctuation or single letters).</source>
        <translation>
            <numerusform>%n note has no words to group by (only punctuation or single letters).</numerusform>
            <numerusform>%n notes have no words to group by (only punctuation or single letters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Only %n distinct note(s): that many themes instead of %1.</source>
        <translation>
            <numerusform>Only %n distinct note: that many themes instead of %1.</numerusform>
            <numerusform>Only %n distinct notes: that many themes instead of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ImportCsvDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/importcsvdialog.cpp" line="+103"/>
        <source>Encoding: %1 · Delimiter: %2 · %n note(s) to import</source>
        <translation>
            <numerusform>Encoding: %1 · Delimiter: %2 · %n note to import</numerusform>
            <numerusform>Encoding: %1 · Delimiter: %2 · %n notes to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::IncomingPanel</name>
    <message numerus="yes">
        <location filename="../ui/participation/incomingpanel.cpp" line="+183"/>
        <source>%n note(s) from phones waiting for approval, oldest first.</source>
        <translation>
            <numerusform>%n note from phones waiting for approval, oldest first.</numerusform>
            <numerusform>%n notes from phones waiting for approval, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::KioskVotePanel</name>
    <message numerus="yes">
        <location filename="../ui/kiosk/kioskvotepanel.cpp" line="+341"/>
        <source>%1: tap up to %n theme(s), then cast your votes.</source>
        <extracomment>%1 is the voting round's name</extracomment>
        <translation>
            <numerusform>%1: tap up to %n theme, then cast your votes.</numerusform>
            <numerusform>%1: tap up to %n themes, then cast your votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n vote(s) left</source>
        <extracomment>Under the kiosk ballot: how many of a participant's votes are not used yet</extracomment>
        <translation>
            <numerusform>%n vote left</numerusform>
            <numerusform>%n votes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::KioskWindow</name>
    <message numerus="yes">
        <location filename="../ui/kiosk/kioskwindow.cpp" line="+372"/>
        <source>%n priorities on the board</source>
        <translation>
            <numerusform>%n priority on the board</numerusform>
            <numerusform>%n priorities on the board</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow_event.cpp" line="+310"/>
        <source>Adding %Ln note(s)…</source>
        <translation>
            <numerusform>Adding %Ln note…</numerusform>
            <numerusform>Adding %Ln notes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n note(s) from %1.</source>
        <translation>
            <numerusform>Imported %n note from %1.</numerusform>
            <numerusform>Imported %n notes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>The notes' language work goes on in the background (%Ln note(s) left).</source>
        <translation>
            <numerusform>The notes' language work goes on in the background (%Ln note left).</numerusform>
            <numerusform>The notes' language work goes on in the background (%Ln notes left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+501"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::NotesCsv</name>
    <message numerus="yes">
        <location filename="../app/formats/notescsv.cpp" line="+85"/>
        <source>%L1 columns are not used and were ignored: %2 and %Ln more.</source>
        <extracomment>%L1 is how many columns were ignored; %2 names the first ones, e.g. ""Votes", "Date", "Email"".</extracomment>
        <translation>
            <numerusform>%L1 columns are not used and were ignored: %2 and %Ln more.</numerusform>
            <numerusform>%L1 columns are not used and were ignored: %2 and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>The "text" column is empty in every row (%n row(s)): there is no note to import.</source>
        <translation>
            <numerusform>The "text" column is empty in every row (%n row): there is no note to import.</numerusform>
            <numerusform>The "text" column is empty in every row (%n rows): there is no note to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 and %n more</source>
        <extracomment>The end of a list of row numbers, e.g. "6, 9, 12 and 40 more"; %1 is "6, 9, 12".</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped %n row(s) with no text: %1</source>
        <extracomment>%1 lists row numbers of the CSV file, e.g. "6, 9" or "6, 9, 12 and 40 more".</extracomment>
        <translation>
            <numerusform>Skipped %n row with no text: %1</numerusform>
            <numerusform>Skipped %n rows with no text: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ParticipationDialog</name>
    <message numerus="yes">
        <location filename="../ui/participation/participationdialog.cpp" line="+405"/>
        <source>Phone %1 · %2 · %n note(s)</source>
        <extracomment>A phone in the list: its number, its network address, the notes it sent</extracomment>
        <translation>
            <numerusform>Phone %1 · %2 · %n note</numerusform>
            <numerusform>Phone %1 · %2 · %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>refused %n time(s) for sending too fast</source>
        <translation>
            <numerusform>refused %n time for sending too fast</numerusform>
            <numerusform>refused %n times for sending too fast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PhoneParticipation</name>
    <message numerus="yes">
        <location filename="../ui/participation/phoneparticipation.cpp" line="+117"/>
        <source>Open to phones: %n connected</source>
        <extracomment>In the status bar while participation is open; a click shows the dialog</extracomment>
        <translation>
            <numerusform>Open to phones: %n connected</numerusform>
            <numerusform>Open to phones: %n connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoActions</name>
    <message numerus="yes">
        <location filename="../ui/photo/photoactions.cpp" line="+187"/>
        <source>Imported %n note(s) from the photo.</source>
        <translation>
            <numerusform>Imported %n note from the photo.</numerusform>
            <numerusform>Imported %n notes from the photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n note(s) added from the photo, each with its picture. Their texts are proposals to check. Check them now, one by one?</source>
        <translation>
            <numerusform>%n note added from the photo, each with its picture. Their texts are proposals to check. Check them now, one by one?</numerusform>
            <numerusform>%n notes added from the photo, each with its picture. Their texts are proposals to check. Check them now, one by one?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Remove the pictures of %n note(s)? Their texts stay on the board.</source>
        <translation>
            <numerusform>Remove the pictures of %n note? Their texts stay on the board.</numerusform>
            <numerusform>Remove the pictures of %n notes? Their texts stay on the board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them still wait(s) for their text to be checked against the picture.</source>
        <translation>
            <numerusform>%n of them still wait for their text to be checked against the picture.</numerusform>
            <numerusform>%n of them still waits for their text to be checked against the picture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Removed the pictures of %n note(s).</source>
        <translation>
            <numerusform>Removed the pictures of %n note.</numerusform>
            <numerusform>Removed the pictures of %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::PhotoCheckDialog</name>
    <message numerus="yes">
        <location filename="../ui/photo/photocheckdialog.cpp" line="+247"/>
        <source>%n note(s) to add</source>
        <extracomment>The notes ticked on the photo, which Import adds</extracomment>
        <translation>
            <numerusform>%n note to add</numerusform>
            <numerusform>%n notes to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n left out as likely already on the board</source>
        <extracomment>After "12 notes to add": notes of an earlier photo of the same wall, left out unless ticked</extracomment>
        <translation>
            <numerusform>%n left out as likely already on the board</numerusform>
            <numerusform>%n left out as likely already on the board</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::RestorePointsDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/restorepointsdialog.cpp" line="+132"/>
        <source>%n restore point(s), %1 in the event file</source>
        <translation>
            <numerusform>%n restore point, %1 in the event file</numerusform>
            <numerusform>%n restore points, %1 in the event file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::RoomBar</name>
    <message numerus="yes">
        <location filename="../ui/room/roombar.cpp" line="+331"/>
        <source>R&amp;eveal %n Note(s)</source>
        <translation>
            <numerusform>R&amp;eveal %n Note</numerusform>
            <numerusform>R&amp;eveal %n Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../ui/suggestionspanel.cpp" line="+216"/>
        <source>%n note(s), %1 % alike</source>
        <extracomment>Similarity of a suggested theme's notes, in percent</extracomment>
        <translation>
            <numerusform>%n note, %1 % alike</numerusform>
            <numerusform>%n notes, %1 % alike</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n suggestion(s). Nothing changes on the board until you accept one.</source>
        <translation>
            <numerusform>%n suggestion. Nothing changes on the board until you accept one.</numerusform>
            <numerusform>%n suggestions. Nothing changes on the board until you accept one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n group(s) of notes say the same thing.</source>
        <translation>
            <numerusform>%n group of notes says the same thing.</numerusform>
            <numerusform>%n groups of notes say the same thing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ThemeItem</name>
    <message numerus="yes">
        <location filename="../ui/board/themeitem.cpp" line="+75"/>
        <source>%1 · %n note(s), stacked</source>
        <translation>
            <numerusform>%1 · %n note, stacked</numerusform>
            <numerusform>%1 · %n notes, stacked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../ui/projector/themesview.cpp" line="+32"/>
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <location line="+91"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::TranscriptionDialog</name>
    <message numerus="yes">
        <location filename="../ui/photo/transcriptiondialog.cpp" line="+163"/>
        <source>%n note(s) still to check.</source>
        <translation>
            <numerusform>%n note still to check.</numerusform>
            <numerusform>%n notes still to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::Undo</name>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_notes.cpp" line="+34"/>
        <location line="+8"/>
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Add %n note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Paste %n note</numerusform>
            <numerusform>Paste %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n priority(s) from the kiosk</source>
        <translation>
            <numerusform>Add %n priority from the kiosk</numerusform>
            <numerusform>Add %n priorities from the kiosk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Recolour %n note(s)</source>
        <translation>
            <numerusform>Recolour %n note</numerusform>
            <numerusform>Recolour %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_themes.cpp" line="+132"/>
        <source>Accept %n suggested theme(s)</source>
        <translation>
            <numerusform>Accept %n suggested theme</numerusform>
            <numerusform>Accept %n suggested themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Merge %n theme(s) into %1</source>
        <translation>
            <numerusform>Merge %n theme into %1</numerusform>
            <numerusform>Merge %n themes into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-170"/>
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Move %n note to %1</numerusform>
            <numerusform>Move %n notes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Take %n note(s) out of their theme</source>
        <translation>
            <numerusform>Take %n note out of its theme</numerusform>
            <numerusform>Take %n notes out of their theme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_agenda.cpp" line="+409"/>
        <source>Create %n session(s) from themes</source>
        <translation>
            <numerusform>Create %n session from themes</numerusform>
            <numerusform>Create %n sessions from themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_participation.cpp" line="+241"/>
        <source>Approve %n note(s)</source>
        <translation>
            <numerusform>Approve %n note</numerusform>
            <numerusform>Approve %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Hide %n note(s)</source>
        <translation>
            <numerusform>Hide %n note</numerusform>
            <numerusform>Hide %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show %n note(s)</source>
        <translation>
            <numerusform>Show %n note</numerusform>
            <numerusform>Show %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/eventdocument_room.cpp" line="+129"/>
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>Reveal %n note</numerusform>
            <numerusform>Reveal %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::UnscheduledList</name>
    <message numerus="yes">
        <location filename="../ui/agenda/unscheduledlist.cpp" line="+42"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::VoteActions</name>
    <message numerus="yes">
        <location filename="../ui/votes/voteactions.cpp" line="+204"/>
        <source>Delete the voting round “%1” and its %n ballot(s)? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Delete the voting round “%1” and its %n ballot? Edit ▸ Undo brings them back.</numerusform>
            <numerusform>Delete the voting round “%1” and its %n ballots? Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::VoteResultsChart</name>
    <message numerus="yes">
        <location filename="../ui/votes/voteresultschart.cpp" line="+80"/>
        <source>%n ballot(s) cast</source>
        <translation>
            <numerusform>%n ballot cast</numerusform>
            <numerusform>%n ballots cast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vote(s) counted on paper</source>
        <translation>
            <numerusform>%n vote counted on paper</numerusform>
            <numerusform>%n votes counted on paper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n ballot(s) cast. The totals are hidden until the facilitator reveals them.</source>
        <translation>
            <numerusform>%n ballot cast. The totals are hidden until the facilitator reveals them.</numerusform>
            <numerusform>%n ballots cast. The totals are hidden until the facilitator reveals them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n vote(s)</source>
        <translation>
            <numerusform>%1: %n vote</numerusform>
            <numerusform>%1: %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>and %n more theme</numerusform>
            <numerusform>and %n more themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallFrame</name>
    <message numerus="yes">
        <location filename="../ui/projector/wallcard.cpp" line="+205"/>
        <source>%1 · %n note(s)</source>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::WallView</name>
    <message numerus="yes">
        <location filename="../ui/projector/wallview.cpp" line="+204"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n face down</source>
        <extracomment>How many notes the wall shows, and how many of them are face down until revealed</extracomment>
        <translation>
            <numerusform>%1 · %n face down</numerusform>
            <numerusform>%1 · %n face down</numerusform>
        </translation>
    </message>
</context>
</TS>
