<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cabildo::CommandLine</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s) (see cabildo --help)</source>
        <translation type="vanished">
            <numerusform>%1 takes %n argument (see cabildo --help)</numerusform>
            <numerusform>%1 takes %n arguments (see cabildo --help)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation type="vanished">
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) (%1, %2).</source>
        <translation type="vanished">
            <numerusform>Imported %n note (%1, %2).</numerusform>
            <numerusform>Imported %n notes (%1, %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::ImportCsvDialog</name>
    <message numerus="yes">
        <source>Encoding: %1 · Delimiter: %2 · %n note(s) to import</source>
        <translation type="vanished">
            <numerusform>Encoding: %1 · Delimiter: %2 · %n note to import</numerusform>
            <numerusform>Encoding: %1 · Delimiter: %2 · %n notes to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation type="vanished">
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::MainWindow</name>
    <message numerus="yes">
        <source>Add %n note(s), one for each line of the pasted text?</source>
        <translation type="vanished">
            <numerusform>Add %n note, one for each line of the pasted text?</numerusform>
            <numerusform>Add %n notes, one for each line of the pasted text?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation type="vanished">
            <numerusform>Add %n note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n note(s)</source>
        <translation type="vanished">
            <numerusform>Paste %n note</numerusform>
            <numerusform>Paste %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation type="vanished">
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s) from %1.</source>
        <translation type="vanished">
            <numerusform>Imported %n note from %1.</numerusform>
            <numerusform>Imported %n notes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="vanished">
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="vanished">
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cabildo::Undo</name>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation type="vanished">
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation type="vanished">
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recolour %n note(s)</source>
        <translation type="vanished">
            <numerusform>Recolour %n note</numerusform>
            <numerusform>Recolour %n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
