<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>PhoneDesk</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ActivityPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Telefonstatus</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Basiseinstellungen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Phone name</source>
        <translation>Telefonname</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Ausgeführt von:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation>Die neuesten %1 Einträge werden angezeigt; schränken Sie den Filter ein, um ältere zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone created</source>
        <translation>Telefon angelegt</translation>
    </message>
    <message>
        <source>Phone changed</source>
        <translation>Telefon geändert</translation>
    </message>
    <message>
        <source>Phone deleted</source>
        <translation>Telefon gelöscht</translation>
    </message>
    <message>
        <source>Phone imported</source>
        <translation>Telefon importiert</translation>
    </message>
    <message>
        <source>Phone moved to other base settings</source>
        <translation>Telefon zu anderen Basiseinstellungen verschoben</translation>
    </message>
    <message>
        <source>User logged out of the phone</source>
        <translation>Benutzer vom Telefon abgemeldet</translation>
    </message>
    <message>
        <source>User logged out, phone told to re-fetch</source>
        <translation>Benutzer abgemeldet, Telefon zum Neuabruf aufgefordert</translation>
    </message>
    <message>
        <source>Phone restarted</source>
        <translation>Telefon neu gestartet</translation>
    </message>
    <message>
        <source>Phone told to re-fetch its configuration</source>
        <translation>Telefon aufgefordert, seine Konfiguration neu abzurufen</translation>
    </message>
    <message>
        <source>Phone status checked</source>
        <translation>Telefonstatus geprüft</translation>
    </message>
    <message>
        <source>Phone credentials exported</source>
        <translation>Zugangsdaten des Telefons exportiert</translation>
    </message>
    <message>
        <source>Phone status changed</source>
        <translation>Telefonstatus geändert</translation>
    </message>
    <message>
        <source>Base settings created</source>
        <translation>Basiseinstellungen angelegt</translation>
    </message>
    <message>
        <source>Base settings changed</source>
        <translation>Basiseinstellungen geändert</translation>
    </message>
    <message>
        <source>Base settings deleted</source>
        <translation>Basiseinstellungen gelöscht</translation>
    </message>
    <message>
        <source>Site created</source>
        <translation>Standort angelegt</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Standort geändert</translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation>Standort gelöscht</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Benutzer gelöscht</translation>
    </message>
    <message>
        <source>Removed from the provisioning quarantine</source>
        <translation>Aus der Provisioning-Quarantäne entfernt</translation>
    </message>
    <message>
        <source>Team database set up</source>
        <translation>Team-Datenbank eingerichtet</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Team-Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Team member removed</source>
        <translation>Team-Mitglied entfernt</translation>
    </message>
    <message>
        <source>Team member&apos;s password changed</source>
        <translation>Passwort eines Team-Mitglieds geändert</translation>
    </message>
    <message>
        <source>Team member&apos;s role changed</source>
        <translation>Rolle eines Team-Mitglieds geändert</translation>
    </message>
    <message>
        <source>Team member&apos;s sites changed</source>
        <translation>Standorte eines Team-Mitglieds geändert</translation>
    </message>
    <message>
        <source>Firmware added to the library</source>
        <translation>Firmware zur Bibliothek hinzugefügt</translation>
    </message>
    <message>
        <source>Firmware removed from the library</source>
        <translation>Firmware aus der Bibliothek entfernt</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::BaseSettingsEditor</name>
    <message>
        <source>Edit Base Settings</source>
        <translation>Basiseinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation>Neue Basiseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;</source>
        <translation>Unbekanntes Modell „%1“</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Range %1–%2%3.</source>
        <translation>Bereich %1–%2%3.</translation>
    </message>
    <message>
        <source>, even</source>
        <translation>, gerade</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation>name=wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>https:// or http:// address</source>
        <translation>https://- oder http://-Adresse</translation>
    </message>
    <message>
        <source>Base Settings Changed Meanwhile</source>
        <translation>Basiseinstellungen zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Default: none (empty).</source>
        <translation>Standard: keiner (leer).</translation>
    </message>
    <message>
        <source>Opus</source>
        <translation>Opus</translation>
    </message>
    <message>
        <source>G.711 µ-law (PCMU)</source>
        <translation>G.711 µ-law (PCMU)</translation>
    </message>
    <message>
        <source>G.711 A-law (PCMA)</source>
        <translation>G.711 A-law (PCMA)</translation>
    </message>
    <message>
        <source>G.722</source>
        <translation>G.722</translation>
    </message>
    <message>
        <source>G.729</source>
        <translation>G.729</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; were changed%2 while you were editing them.</source>
        <translation>Die Basiseinstellungen „%1“ wurden%2 geändert, während Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>None (keep what the phones run)</source>
        <translation>Keine (die aktuelle Firmware der Telefone beibehalten)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the firmware library)</source>
        <translation>%1 (nicht in der Firmware-Bibliothek)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CheckedFile</name>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>%1 kann nicht nur für den Eigentümer lesbar gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not open.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write to standard output: the disk is full. What was written is incomplete; free some space and try again.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: Der Datenträger ist voll. Die Ausgabe ist unvollständig; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1. What was written is incomplete.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: %1. Die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. The file was not saved; free some space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist voll. Die Datei wurde nicht gespeichert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was not saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>nur %1 von %2 Bytes wurden auf den Datenträger geschrieben</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Cli</name>
    <message>
        <source>phonedesk-cli: cannot open %1: %2</source>
        <translation>phonedesk-cli: %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: unexpected argument &quot;%1&quot;.</source>
        <translation>phonedesk-cli: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>progress: %1 %2/%3</source>
        <translation>Fortschritt: %1 %2/%3</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>create (default): only new phones; upsert-hardware-id or upsert-name: update the phone with the same hardware ID / name, create the others.</source>
        <translation>create (Standard): nur neue Telefone; upsert-hardware-id oder upsert-name: das Telefon mit gleicher Hardware-ID bzw. gleichem Namen aktualisieren, die übrigen anlegen.</translation>
    </message>
    <message>
        <source>Check the file; save nothing.</source>
        <translation>Die Datei prüfen; nichts speichern.</translation>
    </message>
    <message>
        <source>Save the valid rows and skip the others (default: save nothing if any row is invalid).</source>
        <translation>Die gültigen Zeilen speichern und die übrigen überspringen (Standard: nichts speichern, wenn eine Zeile ungültig ist).</translation>
    </message>
    <message>
        <source>Write every problem to FILE as CSV.</source>
        <translation>Jedes Problem als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr melden, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <source>phonedesk-cli: phones import needs the CSV file to import.</source>
        <translation>phonedesk-cli: phones import braucht die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown mode &quot;%1&quot; (create, upsert-hardware-id, upsert-name).</source>
        <translation>phonedesk-cli: unbekannter Modus „%1“ (create, upsert-hardware-id, upsert-name).</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 cannot be imported; nothing was saved.</source>
        <translation>phonedesk-cli: %1 kann nicht importiert werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 to create, %3 to update, %4 rejected.</source>
        <translation>%1 Zeilen geprüft: %2 anzulegen, %3 zu aktualisieren, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the rows above, or use --skip-invalid to import the valid ones.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die obigen Zeilen oder verwenden Sie --skip-invalid, um die gültigen zu importieren.</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Where to write the CSV (default or &quot;-&quot;: stdout).</source>
        <translation>Wohin die CSV geschrieben wird (Standard oder „-“: stdout).</translation>
    </message>
    <message>
        <source>Name or hardware ID contains TEXT.</source>
        <translation>Name oder Hardware-ID enthält TEXT.</translation>
    </message>
    <message>
        <source>Only phones at site NAME.</source>
        <translation>Nur Telefone am Standort NAME.</translation>
    </message>
    <message>
        <source>managed, unmanaged, webrtc or remote.</source>
        <translation>managed, unmanaged, webrtc oder remote.</translation>
    </message>
    <message>
        <source>comma (default) or semicolon.</source>
        <translation>comma (Standard) oder semicolon.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 BOM (for spreadsheets).</source>
        <translation>Die Datei mit einem UTF-8-BOM beginnen (für Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown delimiter &quot;%1&quot; (comma or semicolon).</source>
        <translation>phonedesk-cli: unbekanntes Trennzeichen „%1“ (comma oder semicolon).</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no site named &quot;%1&quot;.</source>
        <translation>phonedesk-cli: Es gibt keinen Standort namens „%1“.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown category &quot;%1&quot;.</source>
        <translation>phonedesk-cli: unbekannte Kategorie „%1“.</translation>
    </message>
    <message>
        <source>Exported %1 phones to %2.</source>
        <translation>%1 Telefone nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import phones from CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]</source>
        <translation>Telefone aus CSV importieren: DATEI [--mode MODUS] [--dry-run] [--skip-invalid] [--report DATEI]</translation>
    </message>
    <message>
        <source>Only phones using base settings NAME.</source>
        <translation>Nur Telefone mit den Basiseinstellungen NAME.</translation>
    </message>
    <message>
        <source>Only phones with STATUS (online, degraded, offline, unknown, restarting, not-monitored; comma-separated).</source>
        <translation>Nur Telefone mit STATUS (online, degraded, offline, unknown, restarting, not-monitored; durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Model id, e.g. poly-vvx-450.</source>
        <translation>Modell-ID, z. B. poly-vvx-450.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown status &quot;%1&quot;.</source>
        <translation>phonedesk-cli: unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown model &quot;%1&quot;.</source>
        <translation>phonedesk-cli: unbekanntes Modell „%1“.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, csv, json).</source>
        <translation>phonedesk-cli: unbekanntes Format „%1“ (table, csv, json).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>Hardware-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n Telefon</numerusform>
            <numerusform>%n Telefone</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>Number of managed phones.</source>
        <translation>Anzahl verwalteter Telefone.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --managed needs a number between 0 and 1000000.</source>
        <translation>phonedesk-cli: --managed erwartet eine Zahl zwischen 0 und 1000000.</translation>
    </message>
    <message>
        <source>Created %1 sites, %2 users, %3 base settings and %4 phones.</source>
        <translation>%1 Standorte, %2 Benutzer, %3 Basiseinstellungen und %4 Telefone angelegt.</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo organisation</source>
        <translation>Eine leere Datenbank mit einer Demo-Organisation füllen</translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]</source>
        <translation>Aufruf: phonedesk-cli [--database URL] [--role ROLLE] [--actor NAME] BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>       phonedesk-cli --version | --help</source>
        <translation>       phonedesk-cli --version | --help</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>  --database URL   sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD); default: the console&apos;s embedded database</source>
        <translation>  --database URL   sqlite:/pfad/datei.sqlite oder postgresql://benutzer@host:port/db (Passwort aus PGPASSWORD); Standard: die eingebettete Datenbank der Konsole</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some items rejected, 2 usage or file error, 3 failure.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 einige Einträge abgelehnt, 2 Aufruf- oder Dateifehler, 3 Fehlschlag.</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs a value.</source>
        <translation>phonedesk-cli: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator).</source>
        <translation>phonedesk-cli: unbekannte Rolle „%1“ (viewer, operator, editor, administrator).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown option %1 (see --help).</source>
        <translation>phonedesk-cli: unbekannte Option %1 (siehe --help).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown command &quot;%1&quot; (see --help).</source>
        <translation>phonedesk-cli: unbekannter Befehl „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>%1: the phone no longer exists.</source>
        <translation>%1: Das Telefon existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1: the model of its base settings is not in the catalog.</source>
        <translation>%1: Das Modell seiner Basiseinstellungen steht nicht im Katalog.</translation>
    </message>
    <message>
        <source>%1: the %2 is not provisioned by PhoneDesk.</source>
        <translation>%1: Das %2 wird nicht von PhoneDesk bereitgestellt.</translation>
    </message>
    <message>
        <source>%1: no line is assigned (give the phone a user or a line key with an extension).</source>
        <translation>%1: Keine Leitung zugewiesen (geben Sie dem Telefon einen Benutzer oder eine Leitungstaste mit Durchwahl).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>Write to FILE (readable by its owner only) instead of stdout; &quot;-&quot; is stdout.</source>
        <translation>In DATEI (nur für ihren Eigentümer lesbar) statt auf stdout schreiben; „-“ ist stdout.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (csv, json).</source>
        <translation>phonedesk-cli: unbekanntes Format „%1“ (csv, json).</translation>
    </message>
    <message>
        <source>phonedesk-cli: --output &quot;%1&quot; is a folder; name a file.</source>
        <translation>phonedesk-cli: --output „%1“ ist ein Ordner; geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>export SIP credentials</source>
        <translation>SIP-Zugangsdaten exportieren</translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation>Telefone neu starten</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>Telefone abmelden</translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation>Telefone neu synchronisieren</translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation>Telefonstatus prüfen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 phones done</source>
        <translation>%1: %2 von %3 Telefonen erledigt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The phone with database ID N; repeat for more phones.</source>
        <translation>Das Telefon mit der Datenbank-ID N; für weitere Telefone wiederholen.</translation>
    </message>
    <message>
        <source>The phone with hardware ID MAC (any notation); repeat for more phones.</source>
        <translation>Das Telefon mit der Hardware-ID MAC (beliebige Schreibweise); für weitere Telefone wiederholen.</translation>
    </message>
    <message>
        <source>Every phone (instead of naming or filtering them).</source>
        <translation>Alle Telefone (statt sie zu benennen oder zu filtern).</translation>
    </message>
    <message>
        <source>Go ahead when more than one phone is selected (restart and logout ask for it).</source>
        <translation>Fortfahren, wenn mehr als ein Telefon ausgewählt ist (restart und logout verlangen es).</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300); phones not finished by then are reported as cancelled.</source>
        <translation>Nach SEKUNDEN aufgeben (Standard: 300); bis dahin nicht abgeschlossene Telefone werden als abgebrochen gemeldet.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --timeout needs a number of seconds between 1 and %1, not &quot;%2&quot;.</source>
        <translation>phonedesk-cli: --timeout erwartet eine Anzahl Sekunden zwischen 1 und %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --id needs a phone&apos;s database ID (a number), not &quot;%1&quot;.</source>
        <translation>phonedesk-cli: --id erwartet die Datenbank-ID eines Telefons (eine Zahl), nicht „%1“.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --hardware-id needs a MAC address.</source>
        <translation>phonedesk-cli: --hardware-id erwartet eine MAC-Adresse.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --%1 is empty; name what to select.</source>
        <translation>phonedesk-cli: --%1 ist leer; geben Sie an, was ausgewählt werden soll.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --all cannot be combined with --id, --hardware-id or the filter options.</source>
        <translation>phonedesk-cli: --all kann nicht mit --id, --hardware-id oder den Filteroptionen kombiniert werden.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1.</source>
        <translation>phonedesk-cli: Es gibt kein Telefon mit der ID %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1.</source>
        <translation>phonedesk-cli: Es gibt kein Telefon mit der Hardware-ID %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: no phone matches the selection; nothing was done.</source>
        <translation>phonedesk-cli: Kein Telefon passt zur Auswahl; nichts wurde ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would restart %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli: Dies würde %n Telefon neu starten. Fügen Sie --yes hinzu, um fortzufahren (phones list mit denselben Optionen zeigt es an).</numerusform>
            <numerusform>phonedesk-cli: Dies würde %n Telefone neu starten. Fügen Sie --yes hinzu, um fortzufahren (phones list mit denselben Optionen zeigt sie an).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would log out %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli: Dies würde %n Telefon abmelden. Fügen Sie --yes hinzu, um fortzufahren (phones list mit denselben Optionen zeigt es an).</numerusform>
            <numerusform>phonedesk-cli: Dies würde %n Telefone abmelden. Fügen Sie --yes hinzu, um fortzufahren (phones list mit denselben Optionen zeigt sie an).</numerusform>
        </translation>
    </message>
    <message>
        <source>phonedesk-cli: the status of the restarted phones could not be probed in time; the next status poll updates it.</source>
        <translation>phonedesk-cli: Der Status der neu gestarteten Telefone konnte nicht rechtzeitig abgefragt werden; die nächste Statusabfrage aktualisiert ihn.</translation>
    </message>
    <message>
        <source>not finished within %1 s</source>
        <translation>innerhalb von %1 s nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded, %4 failed, %5 cancelled.</source>
        <translation>%1: %2 von %3 erfolgreich, %4 fehlgeschlagen, %5 abgebrochen.</translation>
    </message>
    <message>
        <source>Restart phones and wait until they are back: --id/--hardware-id and/or the filter options, --yes for more than one phone</source>
        <translation>Telefone neu starten und warten, bis sie zurück sind: --id/--hardware-id und/oder die Filteroptionen, --yes für mehr als ein Telefon</translation>
    </message>
    <message>
        <source>Remove the user from phones and make them fetch their configuration (--yes for more than one phone)</source>
        <translation>Den Benutzer von Telefonen abmelden und sie ihre Konfiguration abrufen lassen (--yes für mehr als ein Telefon)</translation>
    </message>
    <message>
        <source>Make phones fetch their configuration now</source>
        <translation>Telefone ihre Konfiguration jetzt abrufen lassen</translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2).</source>
        <translation>Exportierte SIP-Leitungen: %1 (Telefone: %2).</translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2), to %3.</source>
        <translation>Exportierte SIP-Leitungen: %1 (Telefone: %2), nach %3.</translation>
    </message>
    <message>
        <source>WebRTC or Remote phones skipped (they have no SIP lines): %1.</source>
        <translation>Übersprungene WebRTC- oder Remote-Telefone (sie haben keine SIP-Leitungen): %1.</translation>
    </message>
    <message>
        <source>Phones that could not be exported (see above): %1.</source>
        <translation>Telefone, die nicht exportiert werden konnten (siehe oben): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown phone(s) wait in the provisioning quarantine.</source>
        <translation>
            <numerusform>%n unbekanntes Telefon wartet in der Provisioning-Quarantäne.</numerusform>
            <numerusform>%n unbekannte Telefone warten in der Provisioning-Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only phones whose last fetched configuration is out of date.</source>
        <translation>Nur Telefone, deren zuletzt abgerufene Konfiguration veraltet ist.</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs the phones to act on: name them with --id or --hardware-id, select them with --name, --site, --base-settings, --status, --category, --model or --pending, or use --all.</source>
        <translation>phonedesk-cli: %1 braucht die Telefone, auf die der Befehl wirken soll: Benennen Sie sie mit --id oder --hardware-id, wählen Sie sie mit --name, --site, --base-settings, --status, --category, --model oder --pending aus oder verwenden Sie --all.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --actor is ignored: the activity log of %1 records your database login, %2.</source>
        <translation>phonedesk-cli: --actor wird ignoriert: Das Aktivitätsprotokoll von %1 erfasst Ihren Datenbank-Login, %2.</translation>
    </message>
    <message>
        <source>phonedesk-cli: your role in %2 is %1 (login %3); --role %4 refused: --role may only lower your role.</source>
        <translation>phonedesk-cli: Ihre Rolle in %2 ist %1 (Login %3); --role %4 abgelehnt: --role darf Ihre Rolle nur herabsetzen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>[global options]</source>
        <translation>[globale Optionen]</translation>
    </message>
    <message>
        <source>Global options (--database, --role, --actor) come before the command; see phonedesk-cli --help.</source>
        <translation>Globale Optionen (--database, --role, --actor) stehen vor dem Befehl; siehe phonedesk-cli --help.</translation>
    </message>
    <message>
        <source>With --format csv, write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula.</source>
        <translation>Mit --format csv jede Zelle unverändert schreiben, ohne das &apos; vor Zellen, die eine Tabellenkalkulation als Formel ausführen würde.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1 at your sites (%2).</source>
        <translation>phonedesk-cli: An Ihren Standorten (%2) gibt es kein Telefon mit der ID %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1 at your sites (%2).</source>
        <translation>phonedesk-cli: An Ihren Standorten (%2) gibt es kein Telefon mit der Hardware-ID %1.</translation>
    </message>
    <message>
        <source>Export the SIP line credentials for the registrar (administrators): [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output FILE] [--raw]</source>
        <translation>SIP-Zugangsdaten der Leitungen für den Registrar exportieren (Administratoren): [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output DATEI] [--raw]</translation>
    </message>
    <message>
        <source>phonedesk-cli: the report was not written: %1</source>
        <translation>phonedesk-cli: Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula (= + - @ first): for programs, not spreadsheets.</source>
        <translation>Jede Zelle unverändert schreiben, ohne das &apos; vor Zellen, die eine Tabellenkalkulation als Formel ausführen würde (= + - @ am Anfang): für Programme, nicht für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>Export phones to CSV: [FILE] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</source>
        <translation>Telefone als CSV exportieren: [DATEI] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot check %1: %2</source>
        <translation>phonedesk-cli: %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Check that the database is intact (SQLite: PRAGMA integrity_check); exit code 3 when it is damaged</source>
        <translation>Prüfen, ob die Datenbank intakt ist (SQLite: PRAGMA integrity_check); Exit-Code 3, wenn sie beschädigt ist</translation>
    </message>
    <message>
        <source>List phones, filtered by --name, --site, --base-settings, --status, --category, --model; --format table|csv|json [--raw]</source>
        <translation>Telefone auflisten, gefiltert nach --name, --site, --base-settings, --status, --category, --model; --format table|csv|json [--raw]</translation>
    </message>
    <message>
        <source>Show the database, its schema version and size, and check that it is intact</source>
        <translation>Datenbank, Schemaversion und Größe anzeigen und prüfen, ob sie intakt ist</translation>
    </message>
    <message>
        <source>PostgreSQL, database owner with CREATEROLE: create the team&apos;s roles and grant each its privileges (idempotent)</source>
        <translation>PostgreSQL, Datenbankeigentümer mit CREATEROLE: die Rollen des Teams anlegen und jeder ihre Rechte gewähren (idempotent)</translation>
    </message>
    <message>
        <source>List the team&apos;s members, roles and sites (administrators): [--format table|csv|json]</source>
        <translation>Mitglieder, Rollen und Standorte des Teams auflisten (Administratoren): [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Add a member (administrators): LOGIN --role ROLE [--site NAME]... [--password-file FILE | --no-password]</source>
        <translation>Ein Mitglied hinzufügen (Administratoren): LOGIN --role ROLLE [--site NAME]... [--password-file DATEI | --no-password]</translation>
    </message>
    <message>
        <source>Remove a member from the team (administrators): LOGIN</source>
        <translation>Ein Mitglied aus dem Team entfernen (Administratoren): LOGIN</translation>
    </message>
    <message>
        <source>Change a member&apos;s role (administrators): LOGIN ROLE</source>
        <translation>Die Rolle eines Mitglieds ändern (Administratoren): LOGIN ROLLE</translation>
    </message>
    <message>
        <source>Limit a member to sites (administrators): LOGIN --site NAME... | --all-sites</source>
        <translation>Ein Mitglied auf Standorte beschränken (Administratoren): LOGIN --site NAME... | --all-sites</translation>
    </message>
    <message>
        <source>Change a member&apos;s password (administrators): LOGIN [--password-file FILE | --no-password]</source>
        <translation>Das Passwort eines Mitglieds ändern (Administratoren): LOGIN [--password-file DATEI | --no-password]</translation>
    </message>
    <message>
        <source>  --role ROLE      viewer, operator, editor or administrator (embedded database: default administrator; PostgreSQL: your role in the database, which --role may only lower)</source>
        <translation>  --role ROLLE     viewer, operator, editor oder administrator (eingebettete Datenbank: Standard administrator; PostgreSQL: Ihre Rolle in der Datenbank, die --role nur herabsetzen darf)</translation>
    </message>
    <message>
        <source>  --actor NAME     name recorded in the audit log of the embedded database (default: the login name; PostgreSQL records your database login)</source>
        <translation>  --actor NAME     Name im Änderungsprotokoll der eingebetteten Datenbank (Standard: der Anmeldename; PostgreSQL erfasst Ihren Datenbank-Login)</translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot read the password file &quot;%1&quot;: %2</source>
        <translation>phonedesk-cli: Die Passwortdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: the password file &quot;%1&quot; is readable by other users.</source>
        <translation>phonedesk-cli: Warnung: Die Passwortdatei „%1“ ist für andere Benutzer lesbar.</translation>
    </message>
    <message>
        <source>phonedesk-cli: give the password of %1 with --password-file FILE (&quot;-&quot; for standard input), or --no-password; it is never taken from the command line.</source>
        <translation>phonedesk-cli: Geben Sie das Passwort von %1 mit --password-file DATEI („-“ für die Standardeingabe) oder --no-password an; von der Befehlszeile wird es nie übernommen.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Password for %1 again: </source>
        <translation>Passwort für %1 wiederholen: </translation>
    </message>
    <message>
        <source>phonedesk-cli: the passwords differ; nothing was changed.</source>
        <translation>phonedesk-cli: Die Passwörter stimmen nicht überein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator, server).</source>
        <translation>phonedesk-cli: unbekannte Rolle „%1“ (viewer, operator, editor, administrator, server).</translation>
    </message>
    <message>
        <source>%1: PostgreSQL role %2%3</source>
        <translation>%1: PostgreSQL-Rolle %2%3</translation>
    </message>
    <message>
        <source> (created)</source>
        <translation> (angelegt)</translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: %1</source>
        <translation>phonedesk-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>Team mode is set up in %1: every role has exactly its privileges. Add people with phonedesk-cli team add LOGIN --role ROLE.</source>
        <translation>Der Team-Modus ist in %1 eingerichtet: Jede Rolle hat genau ihre Rechte. Fügen Sie Personen mit phonedesk-cli team add LOGIN --role ROLLE hinzu.</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <source>viewer, operator, editor, administrator or server (required).</source>
        <translation>viewer, operator, editor, administrator oder server (erforderlich).</translation>
    </message>
    <message>
        <source>Limit a viewer, operator or editor to site NAME (repeatable; default: every site).</source>
        <translation>Einen Betrachter, Operator oder Bearbeiter auf den Standort NAME beschränken (wiederholbar; Standard: alle Standorte).</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (&quot;-&quot;: standard input) instead of the terminal.</source>
        <translation>Das Passwort aus der ersten Zeile von DATEI („-“: Standardeingabe) statt vom Terminal lesen.</translation>
    </message>
    <message>
        <source>Give the login no password: it signs in with a certificate or peer authentication.</source>
        <translation>Dem Login kein Passwort geben: Er meldet sich mit einem Zertifikat oder per Peer-Authentifizierung an.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs the login name: team add LOGIN --role ROLE.</source>
        <translation>phonedesk-cli: team add braucht den Login-Namen: team add LOGIN --role ROLLE.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs --role (viewer, operator, editor, administrator, server).</source>
        <translation>phonedesk-cli: team add braucht --role (viewer, operator, editor, administrator, server).</translation>
    </message>
    <message>
        <source>phonedesk-cli: --password-file and --no-password exclude each other.</source>
        <translation>phonedesk-cli: --password-file und --no-password schließen einander aus.</translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation>das Team verwalten</translation>
    </message>
    <message>
        <source>Login %1 created and added to the team as %2.</source>
        <translation>Login %1 angelegt und dem Team als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Login %1 added to the team as %2.</source>
        <translation>Login %1 dem Team als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team remove needs the login name: team remove LOGIN.</source>
        <translation>phonedesk-cli: team remove braucht den Login-Namen: team remove LOGIN.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and the login was dropped.</source>
        <translation>%1 wurde aus dem Team entfernt und der Login gelöscht.</translation>
    </message>
    <message>
        <source>%1 was removed from the team; the login stays (it was not made for this team or is used elsewhere) without access to this database.</source>
        <translation>%1 wurde aus dem Team entfernt; der Login bleibt bestehen (er wurde nicht für dieses Team angelegt oder wird anderswo verwendet), ohne Zugriff auf diese Datenbank.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-role needs the login and the role: team set-role LOGIN ROLE.</source>
        <translation>phonedesk-cli: team set-role braucht den Login und die Rolle: team set-role LOGIN ROLLE.</translation>
    </message>
    <message>
        <source>%1 now has the %2 role.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>A site the member may touch (repeatable).</source>
        <translation>Ein Standort, auf den das Mitglied zugreifen darf (wiederholbar).</translation>
    </message>
    <message>
        <source>Every site (no limit).</source>
        <translation>Alle Standorte (keine Beschränkung).</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-sites needs the login and either --site NAME (repeatable) or --all-sites.</source>
        <translation>phonedesk-cli: team set-sites braucht den Login und entweder --site NAME (wiederholbar) oder --all-sites.</translation>
    </message>
    <message>
        <source>%1 may now touch the phones of: %2.</source>
        <translation>%1 darf jetzt auf die Telefone folgender Standorte zugreifen: %2.</translation>
    </message>
    <message>
        <source>%1 may now touch the phones of every site.</source>
        <translation>%1 darf jetzt auf die Telefone aller Standorte zugreifen.</translation>
    </message>
    <message>
        <source>Remove the password (certificate or peer authentication only).</source>
        <translation>Das Passwort entfernen (nur Zertifikat oder Peer-Authentifizierung).</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-password needs the login name.</source>
        <translation>phonedesk-cli: team set-password braucht den Login-Namen.</translation>
    </message>
    <message>
        <source>The password of %1 was removed.</source>
        <translation>Das Passwort von %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>%1: %2 online, %3 degraded, %4 offline, %5 not checked, %6 cancelled.</source>
        <translation>%1: %2 online, %3 beeinträchtigt, %4 offline, %5 nicht geprüft, %6 abgebrochen.</translation>
    </message>
    <message>
        <source>Probe phones now; fails for phones that do not answer (degraded phones answered; phones with nothing to probe are not checked)</source>
        <translation>Telefone jetzt prüfen; schlägt fehl für Telefone, die nicht antworten (beeinträchtigte Telefone haben geantwortet; Telefone ohne Prüfziel werden nicht geprüft)</translation>
    </message>
    <message>
        <source>Add a firmware image (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) to the library</source>
        <translation>Ein Firmware-Image (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>List the firmware library with models and the phones running each image</source>
        <translation>Die Firmware-Bibliothek mit den Modellen und den Telefonen auflisten, auf denen die einzelnen Images laufen</translation>
    </message>
    <message>
        <source>Remove a firmware image no base settings use</source>
        <translation>Ein Firmware-Image entfernen, das keine Basiseinstellungen verwenden</translation>
    </message>
    <message>
        <source>poly, yealink or audiocodes (default: from the file&apos;s extension).</source>
        <translation>poly, yealink oder audiocodes (Standard: aus der Dateiendung).</translation>
    </message>
    <message>
        <source>The firmware version, when the file name does not give it.</source>
        <translation>Die Firmware-Version, wenn der Dateiname sie nicht nennt.</translation>
    </message>
    <message>
        <source>Comma-separated model ids (yealink-t46u) or families (poly-vvx) the image is for (default: the models the file name lists).</source>
        <translation>Kommagetrennte Modell-IDs (yealink-t46u) oder Familien (poly-vvx), für die das Image ist (Standard: die Modelle, die der Dateiname nennt).</translation>
    </message>
    <message>
        <source>The firmware file (.zip, .sip.ld, .rom, .img).</source>
        <translation>Die Firmware-Datei (.zip, .sip.ld, .rom, .img).</translation>
    </message>
    <message>
        <source>phonedesk-cli: name the firmware file: phonedesk-cli firmware add FILE</source>
        <translation>phonedesk-cli: Geben Sie die Firmware-Datei an: phonedesk-cli firmware add DATEI</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown vendor &quot;%1&quot; (poly, yealink, audiocodes).</source>
        <translation>phonedesk-cli: unbekannter Hersteller „%1“ (poly, yealink, audiocodes).</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Added firmware #%1: %2 %3 for %4 (%5, %6 bytes, SHA-256 %7).</source>
        <translation>Firmware #%1 hinzugefügt: %2 %3 für %4 (%5, %6 Bytes, SHA-256 %7).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, json).</source>
        <translation>phonedesk-cli: unbekanntes Format „%1“ (table, json).</translation>
    </message>
    <message>
        <source>The firmware library is empty: add an image with phonedesk-cli firmware add FILE.</source>
        <translation>Die Firmware-Bibliothek ist leer: Fügen Sie ein Image mit phonedesk-cli firmware add DATEI hinzu.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation>Telefone damit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The image&apos;s ID (phonedesk-cli firmware list).</source>
        <translation>Die ID des Images (phonedesk-cli firmware list).</translation>
    </message>
    <message>
        <source>phonedesk-cli: name the image by its ID: phonedesk-cli firmware remove ID</source>
        <translation>phonedesk-cli: Geben Sie das Image mit seiner ID an: phonedesk-cli firmware remove ID</translation>
    </message>
    <message>
        <source>Removed firmware #%1 (%2).</source>
        <translation>Firmware #%1 entfernt (%2).</translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [global options] %1 COMMAND [ARGS]</source>
        <translation>Aufruf: phonedesk-cli [globale Optionen] %1 BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Each command answers --help with its own options: %1</source>
        <translation>Jeder Befehl nennt mit --help seine eigenen Optionen: %1</translation>
    </message>
    <message>
        <source>The base settings whose phones move (ID or name).</source>
        <translation>Die Basiseinstellungen, deren Telefone umgestellt werden (ID oder Name).</translation>
    </message>
    <message>
        <source>The target firmware version (in the firmware library).</source>
        <translation>Die Ziel-Firmware-Version (in der Firmware-Bibliothek).</translation>
    </message>
    <message>
        <source>Only the phones at these sites (IDs or names, comma-separated).</source>
        <translation>Nur die Telefone an diesen Standorten (IDs oder Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only this share of the phones, 1-100.</source>
        <translation>Nur dieser Anteil der Telefone, 1-100.</translation>
    </message>
    <message>
        <source>Only these phones (IDs, comma-separated).</source>
        <translation>Nur diese Telefone (IDs, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Phones updating at once, at most (default 10).</source>
        <translation>Höchstzahl gleichzeitig aktualisierter Telefone (Standard 10).</translation>
    </message>
    <message>
        <source>Give turns only between these times, server time (22:00-06:00).</source>
        <translation>Telefone nur zwischen diesen Uhrzeiten an die Reihe nehmen, Serverzeit (22:00-06:00).</translation>
    </message>
    <message>
        <source>Minutes a phone may take to come back on the target (default 60).</source>
        <translation>Minuten, die ein Telefon brauchen darf, um mit der Zielversion zurückzukommen (Standard 60).</translation>
    </message>
    <message>
        <source>Paused rollout #%1.</source>
        <translation>Rollout #%1 pausiert.</translation>
    </message>
    <message>
        <source>Resumed rollout #%1.</source>
        <translation>Rollout #%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Start moving the phones of a base settings profile to a firmware version</source>
        <translation>Die Umstellung der Telefone eines Basiseinstellungsprofils auf eine Firmware-Version starten</translation>
    </message>
    <message>
        <source>List firmware rollouts with their progress</source>
        <translation>Firmware-Rollouts mit ihrem Fortschritt auflisten</translation>
    </message>
    <message>
        <source>Show a rollout and where each phone stands</source>
        <translation>Einen Rollout und den Stand jedes Telefons anzeigen</translation>
    </message>
    <message>
        <source>Pause a rollout: no phone gets its turn</source>
        <translation>Einen Rollout pausieren: Kein Telefon kommt an die Reihe</translation>
    </message>
    <message>
        <source>Resume a paused rollout</source>
        <translation>Einen pausierten Rollout fortsetzen</translation>
    </message>
    <message>
        <source>Stop a rollout and move the phones it moved back to the earlier version</source>
        <translation>Einen Rollout stoppen und die von ihm umgestellten Telefone auf die frühere Version zurücksetzen</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Basiseinstellungen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>--base-settings: there are no base settings &quot;%1&quot; (an ID or a name).</source>
        <translation>--base-settings: Es gibt keine Basiseinstellungen „%1“ (eine ID oder ein Name).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Choose one of --sites, --percent and --phones.</source>
        <translation>Wählen Sie eine der Optionen --sites, --percent und --phones.</translation>
    </message>
    <message>
        <source>--sites: there is no site &quot;%1&quot;.</source>
        <translation>--sites: Es gibt keinen Standort „%1“.</translation>
    </message>
    <message>
        <source>--phones: &quot;%1&quot; is not a phone ID.</source>
        <translation>--phones: „%1“ ist keine Telefon-ID.</translation>
    </message>
    <message>
        <source>name the base settings and the version: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</source>
        <translation>nennen Sie die Basiseinstellungen und die Version: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</translation>
    </message>
    <message>
        <source>Started rollout #%1: %2 phones of &quot;%3&quot; to %4, %5 at once.</source>
        <translation>Rollout #%1 gestartet: %2 Telefone von „%3“ auf %4, %5 gleichzeitig.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table, json).</source>
        <translation>unbekanntes Format „%1“ (table, json).</translation>
    </message>
    <message>
        <source>No firmware rollouts: start one with phonedesk-cli rollout start.</source>
        <translation>Keine Firmware-Rollouts: Starten Sie einen mit phonedesk-cli rollout start.</translation>
    </message>
    <message>
        <source>The rollout&apos;s ID (phonedesk-cli rollout list).</source>
        <translation>Die ID des Rollouts (phonedesk-cli rollout list).</translation>
    </message>
    <message>
        <source>name the rollout by its ID: phonedesk-cli %1 ID</source>
        <translation>nennen Sie den Rollout mit seiner ID: phonedesk-cli %1 ID</translation>
    </message>
    <message>
        <source>there is no firmware rollout #%1.</source>
        <translation>es gibt keinen Firmware-Rollout #%1.</translation>
    </message>
    <message>
        <source>Phone ID</source>
        <translation>Telefon-ID</translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>An der Reihe</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Stopped rollout #%1 before any phone moved; &quot;%2&quot; names %3 again.</source>
        <translation>Rollout #%1 gestoppt, bevor ein Telefon umgestellt wurde; „%2“ nennt wieder %3.</translation>
    </message>
    <message>
        <source>Rolling back rollout #%1: rollout #%2 moves %3 phones back to %4.</source>
        <translation>Rollout #%1 wird zurückgenommen: Rollout #%2 stellt %3 Telefone zurück auf %4.</translation>
    </message>
    <message>
        <source>Its phone applications, each phone asks for its own: %1.</source>
        <translation>Seine Telefonanwendungen, jedes Telefon fragt nach seiner eigenen: %1.</translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation>%1 (keine Anwendungen gespeichert: das Paket erneut hinzufügen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n Anwendung)</numerusform>
            <numerusform>%1 (%n Anwendungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandExecutor</name>
    <message>
        <source>Cannot listen for phone commands: %1</source>
        <translation>Telefonbefehle können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>Das Telefon existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandQueue</name>
    <message>
        <source>looking for a running phonedesk-server</source>
        <translation>beim Suchen eines laufenden phonedesk-server</translation>
    </message>
    <message>
        <source>queueing the command</source>
        <translation>beim Einreihen des Befehls</translation>
    </message>
    <message>
        <source>reading the command&apos;s results</source>
        <translation>beim Lesen der Ergebnisse des Befehls</translation>
    </message>
    <message>
        <source>cancelling the command</source>
        <translation>beim Abbrechen des Befehls</translation>
    </message>
    <message>
        <source>announcing this phonedesk-server</source>
        <translation>beim Anmelden dieses phonedesk-server</translation>
    </message>
    <message>
        <source>taking over this server&apos;s commands</source>
        <translation>beim Übernehmen der Befehle dieses Servers</translation>
    </message>
    <message>
        <source>taking back the commands of a stopped server</source>
        <translation>beim Zurückholen der Befehle eines beendeten Servers</translation>
    </message>
    <message>
        <source>claiming queued commands</source>
        <translation>beim Übernehmen eingereihter Befehle</translation>
    </message>
    <message>
        <source>recording the command&apos;s results</source>
        <translation>beim Speichern der Ergebnisse des Befehls</translation>
    </message>
    <message>
        <source>reading cancelled commands</source>
        <translation>beim Lesen abgebrochener Befehle</translation>
    </message>
    <message>
        <source>cancelling queued commands</source>
        <translation>beim Abbrechen eingereihter Befehle</translation>
    </message>
    <message>
        <source>finishing commands</source>
        <translation>beim Abschließen von Befehlen</translation>
    </message>
    <message>
        <source>looking for the commands of a stopped server</source>
        <translation>beim Suchen nach den Befehlen eines beendeten Servers</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandRunner</name>
    <message>
        <source>this model cannot be restarted remotely</source>
        <translation>dieses Modell kann nicht aus der Ferne neu gestartet werden</translation>
    </message>
    <message>
        <source>REST safeRestart accepted</source>
        <translation>REST-safeRestart angenommen</translation>
    </message>
    <message>
        <source>REST API not used (no admin password or pinned certificate for this phone); sent SIP NOTIFY</source>
        <translation>REST-API nicht verwendet (kein Admin-Passwort oder hinterlegtes Zertifikat für dieses Telefon); SIP NOTIFY gesendet</translation>
    </message>
    <message>
        <source>no network address on record: the phone cannot be reached</source>
        <translation>keine Netzwerkadresse erfasst: das Telefon ist nicht erreichbar</translation>
    </message>
    <message>
        <source>phone accepted the restart (%1)</source>
        <translation>das Telefon hat den Neustart angenommen (%1)</translation>
    </message>
    <message>
        <source>phone accepted the resync (%1)</source>
        <translation>das Telefon hat die Neusynchronisierung angenommen (%1)</translation>
    </message>
    <message>
        <source>phone refused: %1</source>
        <translation>das Telefon hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>phone did not answer (%1)</source>
        <translation>das Telefon hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>back: re-fetched its configuration after %1 s</source>
        <translation>zurück: Konfiguration nach %1 s neu abgerufen</translation>
    </message>
    <message>
        <source>did not come back within %1 s</source>
        <translation>innerhalb von %1 s nicht zurückgekehrt</translation>
    </message>
    <message>
        <source>did not restart within %1 s (it kept answering)</source>
        <translation>innerhalb von %1 s nicht neu gestartet (es antwortete weiter)</translation>
    </message>
    <message>
        <source>back: answers again after %1 s</source>
        <translation>zurück: antwortet nach %1 s wieder</translation>
    </message>
    <message>
        <source>cancelled; the phone may still carry out the command</source>
        <translation>abgebrochen; das Telefon führt den Befehl womöglich dennoch aus</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation>%1: Dokumentationsadresse, nicht kontaktiert</translation>
    </message>
    <message>
        <source>; give it an admin password and trust its web certificate (Phones → Trust Phone Web Certificate…) to restart it over its REST API</source>
        <translation>; geben Sie ihm ein Administratorkennwort und vertrauen Sie seinem Webzertifikat (Telefone → Web-Zertifikat des Telefons vertrauen…), um es über seine REST-API neu zu starten</translation>
    </message>
    <message>
        <source>re-read its configuration but did not restart: this model restarts on a SIP NOTIFY only when its configuration changed</source>
        <translation>hat seine Konfiguration neu gelesen, aber nicht neu gestartet: dieses Modell startet auf ein SIP-NOTIFY nur neu, wenn sich seine Konfiguration geändert hat</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigPreviewWidget</name>
    <message>
        <source>This phone is not provisioned by PhoneDesk. Enter these settings on the device:</source>
        <translation>Dieses Telefon wird nicht von PhoneDesk bereitgestellt. Geben Sie diese Einstellungen am Gerät ein:</translation>
    </message>
    <message>
        <source>SIP registration</source>
        <translation>SIP-Registrierung</translation>
    </message>
    <message>
        <source>&amp;Show Passwords</source>
        <translation>Passwörter &amp;anzeigen</translation>
    </message>
    <message>
        <source>Administrators only: show the passwords in these files</source>
        <translation>Nur Administratoren: die Passwörter in diesen Dateien anzeigen</translation>
    </message>
    <message>
        <source>Passwords are hidden; Show Passwords reveals them. Do not share them.</source>
        <translation>Passwörter sind verborgen; „Passwörter anzeigen“ macht sie sichtbar. Geben Sie sie nicht weiter.</translation>
    </message>
    <message>
        <source>Passwords are hidden; only administrators can see them.</source>
        <translation>Passwörter sind verborgen; nur Administratoren können sie sehen.</translation>
    </message>
    <message>
        <source>These are the exact files the provisioning server gives this phone.</source>
        <translation>Dies sind genau die Dateien, die der Bereitstellungsserver diesem Telefon gibt.</translation>
    </message>
    <message>
        <source>&amp;Hide Passwords</source>
        <translation>Passwörter &amp;verbergen</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigRenderer</name>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>  User name / extension: %1</source>
        <translation>  Benutzername / Durchwahl: %1</translation>
    </message>
    <message>
        <source>  Authentication ID: %1</source>
        <translation>  Authentifizierungs-ID: %1</translation>
    </message>
    <message>
        <source>  Password: %1</source>
        <translation>  Passwort: %1</translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation>  Anzeigename: %1</translation>
    </message>
    <message>
        <source>  Registrar (primary): %1</source>
        <translation>  Registrar (primär): %1</translation>
    </message>
    <message>
        <source>  Registrar (secondary): %1</source>
        <translation>  Registrar (sekundär): %1</translation>
    </message>
    <message>
        <source>No line is assigned: give the phone a user or a line key with an extension first.</source>
        <translation>Keine Leitung zugewiesen: Geben Sie dem Telefon zuerst einen Benutzer oder eine Leitungstaste mit Durchwahl.</translation>
    </message>
    <message>
        <source>RTP events (RFC 4733), payload type %1</source>
        <translation>RTP-Events (RFC 4733), Payload-Typ %1</translation>
    </message>
    <message>
        <source>in-band audio</source>
        <translation>In-Band-Audio</translation>
    </message>
    <message>
        <source>DTMF: %1</source>
        <translation>DTMF: %1</translation>
    </message>
    <message>
        <source>Codecs, in order: %1</source>
        <translation>Codecs, in Reihenfolge: %1</translation>
    </message>
    <message>
        <source>SRTP: %1</source>
        <translation>SRTP: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigService</name>
    <message>
        <source>The model &quot;%1&quot; of base settings &quot;%2&quot; is not in the catalog.</source>
        <translation>Das Modell „%1“ der Basiseinstellungen „%2“ steht nicht im Katalog.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no MAC address yet, so it cannot fetch a configuration.</source>
        <translation>Telefon „%1“ hat noch keine MAC-Adresse und kann daher keine Konfiguration abrufen.</translation>
    </message>
    <message>
        <source>The %1 is not provisioned by PhoneDesk.</source>
        <translation>Das %1 wird nicht von PhoneDesk bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 phones are not provisioned: there is no file to show.</source>
        <translation>%1-Telefone werden nicht bereitgestellt: Es gibt keine Datei anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>SQLite file (this computer only)</source>
        <translation>SQLite-Datei (nur dieser Computer)</translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation>PostgreSQL-Server (Team)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>PhoneDesk opens the chosen database the next time the window opens; it never writes the password to its settings file.</source>
        <translation>PhoneDesk öffnet die gewählte Datenbank beim nächsten Öffnen des Fensters; das Passwort wird nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File: choose where the SQLite database is.</source>
        <translation>Datei: Wählen Sie, wo die SQLite-Datenbank liegt.</translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s host name or IP address.</source>
        <translation>Host: Geben Sie den Hostnamen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Database: enter the database name.</source>
        <translation>Datenbank: Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <source>User: enter the database user.</source>
        <translation>Benutzer: Geben Sie den Datenbankbenutzer ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign In to the Team Database</source>
        <translation>Bei der Team-Datenbank anmelden</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionSpec</name>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation>Die SQLite-URL nennt keine Datei.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database: postgresql://user@host:5432/phonedesk</source>
        <translation>Eine PostgreSQL-URL braucht einen Host und eine Datenbank: postgresql://benutzer@host:5432/phonedesk</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address; use sqlite:/path/file.sqlite or postgresql://user@host:5432/database.</source>
        <translation>„%1“ ist keine Datenbankadresse; verwenden Sie sqlite:/pfad/datei.sqlite oder postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL URL is not a host or host:port.</source>
        <translation>„%1“ in der PostgreSQL-URL ist kein Host und kein Host:Port.</translation>
    </message>
    <message>
        <source>target_session_attrs=%1 is not one of %2.</source>
        <translation>target_session_attrs=%1 ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL parameter &quot;%1&quot; is not supported (sslmode, sslrootcert and target_session_attrs are).</source>
        <translation>Der Parameter „%1“ der PostgreSQL-URL wird nicht unterstützt (sslmode, sslrootcert und target_session_attrs schon).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CredentialStore</name>
    <message>
        <source>The password could not be saved in the system keychain (%1). It is kept in memory for this session only.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Es bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>No saved password could be read from the system keychain (%1).</source>
        <translation>Aus dem Schlüsselbund des Systems konnte kein gespeichertes Passwort gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Csv</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (with or without BOM).</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (mit oder ohne BOM).</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes), not CSV text.</source>
        <translation>die Datei enthält Binärdaten (NUL-Bytes), keinen CSV-Text.</translation>
    </message>
    <message>
        <source>a quoted field is not closed: the quote that opens it has no closing quote.</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen: Dem öffnenden Anführungszeichen fehlt das schließende.</translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes.</source>
        <translation>das Feld ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen; innerhalb von Anführungszeichen schreiben Sie ein Anführungszeichen doppelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Zeichen doppelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the row has more than %1 columns; a phone row has far fewer.</source>
        <translation>die Zeile hat mehr als %1 Spalten; eine Telefonzeile hat weit weniger.</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8 text.</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8-Text.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControl</name>
    <message>
        <source>restart in progress</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <source>WebRTC phones have no SIP probe path</source>
        <translation>WebRTC-Telefone haben keinen SIP-Prüfweg</translation>
    </message>
    <message>
        <source>remote phones are not probed</source>
        <translation>Remote-Telefone werden nicht abgefragt</translation>
    </message>
    <message>
        <source>no network address and no provisioning fetch yet</source>
        <translation>keine Netzwerkadresse und noch kein Konfigurationsabruf</translation>
    </message>
    <message>
        <source>the network address cannot be probed</source>
        <translation>die Netzwerkadresse kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>Could not save phone status: %1</source>
        <translation>Der Telefonstatus konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>user association removed</source>
        <translation>Benutzerzuordnung entfernt</translation>
    </message>
    <message>
        <source>user association removed; the phone has no address to resync, it picks up the change at its next configuration fetch</source>
        <translation>Benutzerzuordnung entfernt; das Telefon hat keine Adresse zum Neusynchronisieren und übernimmt die Änderung beim nächsten Konfigurationsabruf</translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation>Telefonstatus prüfen</translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation>Telefone neu starten</translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation>Telefone neu synchronisieren</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>Telefone abmelden</translation>
    </message>
    <message>
        <source>A certificate pin is a SHA-256 digest of 32 bytes.</source>
        <translation>Ein Zertifikats-Pin ist ein SHA-256-Hashwert von 32 Bytes.</translation>
    </message>
    <message>
        <source>Could not write the audit log: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>pin a phone&apos;s web certificate</source>
        <translation>das Web-Zertifikat eines Telefons hinterlegen</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>Das Telefon existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has no network address to reach.</source>
        <translation>%1 hat keine Netzwerkadresse, unter der es erreichbar ist.</translation>
    </message>
    <message>
        <source>the phone has no address to probe</source>
        <translation>das Telefon hat keine Adresse zum Abfragen</translation>
    </message>
    <message numerus="yes">
        <source>send commands to %n of the chosen phones</source>
        <translation>
            <numerusform>an %n der gewählten Telefone Befehle senden</numerusform>
            <numerusform>an %n der gewählten Telefone Befehle senden</numerusform>
        </translation>
    </message>
    <message>
        <source>No phonedesk-server is running for this database; the command was not sent.</source>
        <translation>Für diese Datenbank läuft kein phonedesk-server; der Befehl wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>another phonedesk-server sharing the database probes this phone</source>
        <translation>ein anderer phonedesk-server an derselben Datenbank fragt dieses Telefon ab</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControlSettings</name>
    <message>
        <source>SIP bind address (%1): &quot;%2&quot; is not a unicast IP address of this machine; leave it empty for every address.</source>
        <translation>SIP-Bind-Adresse (%1): „%2“ ist keine Unicast-IP-Adresse dieses Rechners; lassen Sie das Feld für alle Adressen leer.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Error</name>
    <message numerus="yes">
        <source>%n problem(s) must be corrected.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden.</numerusform>
            <numerusform>%n Probleme müssen behoben werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Export</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ExportAction</name>
    <message>
        <source>Export phones</source>
        <translation>Telefone exportieren</translation>
    </message>
    <message>
        <source>The phones were not exported.

%1</source>
        <translation>Die Telefone wurden nicht exportiert.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n phone(s) to CSV</source>
        <translation>
            <numerusform>%n Telefon als CSV exportieren</numerusform>
            <numerusform>%n Telefone als CSV exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Firmware</name>
    <message>
        <source>the version &quot;%1&quot; is not a firmware version: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64), e.g. 6.4.3.5156</source>
        <translation>die Version „%1“ ist keine Firmware-Version: Verwenden Sie Buchstaben, Ziffern und . - _ (höchstens 64), z. B. 6.4.3.5156</translation>
    </message>
    <message>
        <source>it is not a zip archive (%1)</source>
        <translation>die Datei ist kein ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no end of central directory record</source>
        <translation>kein Endeintrag des zentralen Verzeichnisses</translation>
    </message>
    <message>
        <source>ZIP64 sizes without a ZIP64 end record locator</source>
        <translation>ZIP64-Größen ohne Locator für den ZIP64-Endeintrag</translation>
    </message>
    <message>
        <source>no ZIP64 end of central directory record</source>
        <translation>kein ZIP64-Endeintrag des zentralen Verzeichnisses</translation>
    </message>
    <message>
        <source>an archive split over several files</source>
        <translation>ein auf mehrere Dateien aufgeteiltes Archiv</translation>
    </message>
    <message>
        <source>it does not start with a local file header</source>
        <translation>die Datei beginnt nicht mit einem lokalen Datei-Header</translation>
    </message>
    <message>
        <source>a central directory PhoneDesk does not read</source>
        <translation>ein zentrales Verzeichnis, das PhoneDesk nicht verarbeitet</translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation>ein beschädigtes zentrales Verzeichnis</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is an HTML or XML document (a web page saved instead of the download?), not firmware</source>
        <translation>die Datei ist ein HTML- oder XML-Dokument (eine statt des Downloads gespeicherte Webseite?), keine Firmware</translation>
    </message>
    <message>
        <source>it is a PDF document (release notes?), not firmware</source>
        <translation>die Datei ist ein PDF-Dokument (Versionshinweise?), keine Firmware</translation>
    </message>
    <message>
        <source>it is a zip archive: unpack it and add the firmware file inside</source>
        <translation>die Datei ist ein ZIP-Archiv: Entpacken Sie es und fügen Sie die darin enthaltene Firmware-Datei hinzu</translation>
    </message>
    <message>
        <source>it is a text file, not firmware</source>
        <translation>die Datei ist eine Textdatei, keine Firmware</translation>
    </message>
    <message>
        <source>this is no Poly UC Software package: %1</source>
        <translation>dies ist kein Paket von Poly UC Software: %1</translation>
    </message>
    <message>
        <source>this zip archive is no Poly UC Software package: it holds no phone application (sip.ld or &lt;part number&gt;.sip.ld)</source>
        <translation>dieses ZIP-Archiv ist kein Paket von Poly UC Software: Es enthält keine Telefonanwendung (sip.ld oder &lt;Teilenummer&gt;.sip.ld)</translation>
    </message>
    <message>
        <source>PhoneDesk cannot tell whose firmware this is: Poly software comes as .zip packages and .sip.ld files, Yealink&apos;s as .rom, AudioCodes&apos; as .img (or name the vendor with --vendor)</source>
        <translation>PhoneDesk kann nicht erkennen, von welchem Hersteller diese Firmware ist: Software von Poly wird als .zip-Pakete und .sip.ld-Dateien geliefert, die von Yealink als .rom, die von AudioCodes als .img (oder geben Sie den Hersteller mit --vendor an)</translation>
    </message>
    <message>
        <source>a .zip package or a .ld application file</source>
        <translation>ein .zip-Paket oder eine .ld-Anwendungsdatei</translation>
    </message>
    <message>
        <source>a .rom file</source>
        <translation>eine .rom-Datei</translation>
    </message>
    <message>
        <source>an .img file</source>
        <translation>eine .img-Datei</translation>
    </message>
    <message>
        <source>this is not %1 firmware: %1 firmware is %2</source>
        <translation>dies ist keine %1-Firmware: %1-Firmware ist %2</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: Die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>this is not a Poly phone application: those are named sip.ld or &lt;part number&gt;.sip.ld (bootrom and updater files are not phone software)</source>
        <translation>dies ist keine Telefonanwendung von Poly: Diese heißen sip.ld oder &lt;Teilenummer&gt;.sip.ld (BootROM- und Updater-Dateien sind keine Telefonsoftware)</translation>
    </message>
    <message>
        <source>there is no model or model family &quot;%1&quot; in PhoneDesk&apos;s catalog</source>
        <translation>im Katalog von PhoneDesk gibt es kein Modell und keine Modellfamilie „%1“</translation>
    </message>
    <message>
        <source>its name does not say which models it is for: name them with --models (model ids such as poly-vvx-450, or a family such as poly-vvx)</source>
        <translation>der Dateiname gibt nicht an, für welche Modelle die Firmware ist: Geben Sie die Modelle mit --models an (Modell-IDs wie poly-vvx-450 oder eine Familie wie poly-vvx)</translation>
    </message>
    <message>
        <source>it is for %1, and PhoneDesk&apos;s catalog has none of these models</source>
        <translation>die Firmware ist für %1, aber keines dieser Modelle steht im Katalog von PhoneDesk</translation>
    </message>
    <message>
        <source>%1 is not a model of %2; this is %2 firmware</source>
        <translation>%1 ist kein Modell von %2; dies ist Firmware von %2</translation>
    </message>
    <message>
        <source>it does not fit the %1: it is firmware for %2</source>
        <translation>die Firmware passt nicht zum %1: Sie ist für %2 bestimmt</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation>%1 im Archiv ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted; PhoneDesk reads only unencrypted packages</source>
        <translation>%1 im Archiv ist verschlüsselt; PhoneDesk liest nur unverschlüsselte Pakete</translation>
    </message>
    <message>
        <source>%1 in the archive is compressed with method %2; PhoneDesk reads stored and deflated members</source>
        <translation>%1 im Archiv ist mit Methode %2 komprimiert; PhoneDesk liest nur gespeicherte und mit Deflate komprimierte Einträge</translation>
    </message>
    <message>
        <source>no local file header where the directory says</source>
        <translation>kein lokaler Dateikopf an der im Verzeichnis genannten Stelle</translation>
    </message>
    <message>
        <source>its data does not fit in the file</source>
        <translation>seine Daten passen nicht in die Datei</translation>
    </message>
    <message>
        <source>more bytes than the directory says</source>
        <translation>mehr Bytes, als das Verzeichnis angibt</translation>
    </message>
    <message>
        <source>the decompressor cannot start</source>
        <translation>der Dekomprimierer kann nicht starten</translation>
    </message>
    <message>
        <source>its compressed data ends early</source>
        <translation>seine komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <source>its compressed data cannot be read: %1</source>
        <translation>seine komprimierten Daten sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>its compressed data cannot be read</source>
        <translation>seine komprimierten Daten sind nicht lesbar</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 Bytes statt %2</translation>
    </message>
    <message>
        <source>its CRC-32 does not match</source>
        <translation>seine CRC-32 stimmt nicht</translation>
    </message>
    <message>
        <source>this package holds two applications named %1; PhoneDesk serves a phone its file by name and cannot tell which one is meant</source>
        <translation>dieses Paket enthält zwei Anwendungen namens %1; PhoneDesk liefert einem Telefon seine Datei nach Namen und kann nicht erkennen, welche gemeint ist</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareCache</name>
    <message>
        <source>The firmware cache folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Firmware-Cache-Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the image was removed from the library</source>
        <translation>das Image wurde aus der Bibliothek entfernt</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the bytes read from the database do not have the image&apos;s SHA-256</source>
        <translation>die aus der Datenbank gelesenen Bytes entsprechen nicht dem SHA-256-Hashwert des Images</translation>
    </message>
    <message>
        <source>cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareDialog</name>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Firmware images are kept in the database, so every PhoneDesk server of the team has the same files. Each file is kept once; an image that base settings name in their firmware version cannot be removed.</source>
        <translation>Firmware-Images werden in der Datenbank gespeichert, sodass jeder PhoneDesk-Server des Teams dieselben Dateien hat. Jede Datei wird nur einmal gespeichert; ein Image, dessen Version in Basiseinstellungen als Firmware-Version eingetragen ist, kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation>Telefone damit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Image hinzufügen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>V&amp;endor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>From the file name, when it says</source>
        <translation>Aus dem Dateinamen, falls er sie nennt</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation>Zur &amp;Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>Aus dem Dateinamen</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Add Firmware</source>
        <translation>Firmware hinzufügen</translation>
    </message>
    <message>
        <source>Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;All files (*)</source>
        <translation>Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation>%1 wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove Firmware</source>
        <translation>Firmware entfernen</translation>
    </message>
    <message>
        <source>Remove %1 %2 (%3) from the firmware library?</source>
        <translation>%1 %2 (%3) aus der Firmware-Bibliothek entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation>%1 (keine Anwendungen gespeichert: das Paket erneut hinzufügen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n Anwendung)</numerusform>
            <numerusform>%1 (%n Anwendungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareRepository</name>
    <message>
        <source>reading the firmware library</source>
        <translation>beim Lesen der Firmware-Bibliothek</translation>
    </message>
    <message>
        <source>There is no firmware image #%1.</source>
        <translation>Es gibt kein Firmware-Image #%1.</translation>
    </message>
    <message>
        <source>Firmware image %1 has %2 bytes; bytes from %3 cannot be read.</source>
        <translation>Das Firmware-Image %1 hat %2 Bytes; Bytes ab Position %3 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>reading firmware image %1</source>
        <translation>beim Lesen des Firmware-Images %1</translation>
    </message>
    <message>
        <source>Firmware image %1 is damaged: chunk %2 has %3 bytes instead of %4. Remove the image and add the file again.</source>
        <translation>Das Firmware-Image %1 ist beschädigt: Block %2 hat %3 statt %4 Bytes. Entfernen Sie das Image und fügen Sie die Datei erneut hinzu.</translation>
    </message>
    <message>
        <source>recording firmware downloads</source>
        <translation>beim Erfassen der Firmware-Downloads</translation>
    </message>
    <message>
        <source>reading firmware downloads</source>
        <translation>beim Lesen der Firmware-Downloads</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: its name says version %2, not %3; leave the version out or check the file.</source>
        <translation>%1: Laut Dateiname ist dies Version %2, nicht %3; lassen Sie die Version weg oder prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1: its name does not say which version it is: give the version (--version).</source>
        <translation>%1: Der Dateiname nennt keine Version: Geben Sie die Version an (--version).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: Die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is already in the firmware library as %2, added by %3 on %4; it is kept once.</source>
        <translation>%1 ist bereits als %2 in der Firmware-Bibliothek, hinzugefügt von %3 am %4; jede Datei wird nur einmal gespeichert.</translation>
    </message>
    <message>
        <source>adding %1 to the firmware library</source>
        <translation>beim Hinzufügen von %1 zur Firmware-Bibliothek</translation>
    </message>
    <message>
        <source>%1 changed while it was being added (is it still being copied?); nothing was kept. Add it again once it is complete.</source>
        <translation>%1 hat sich während des Hinzufügens geändert (wird die Datei noch kopiert?); nichts wurde gespeichert. Fügen Sie sie erneut hinzu, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <source>add firmware</source>
        <translation>Firmware hinzufügen</translation>
    </message>
    <message>
        <source>Firmware image #%1 was removed meanwhile.</source>
        <translation>Das Firmware-Image #%1 wurde zwischenzeitlich entfernt.</translation>
    </message>
    <message>
        <source>reading the base settings</source>
        <translation>beim Lesen der Basiseinstellungen</translation>
    </message>
    <message>
        <source>remove firmware</source>
        <translation>Firmware entfernen</translation>
    </message>
    <message>
        <source>Firmware image %1 is in use: the base settings %2 set firmware version %3. Change their firmware version first.</source>
        <translation>Das Firmware-Image %1 wird verwendet: Die Basiseinstellungen %2 legen die Firmware-Version %3 fest. Ändern Sie zuerst deren Firmware-Version.</translation>
    </message>
    <message>
        <source>removing firmware image %1</source>
        <translation>beim Entfernen des Firmware-Images %1</translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware</source>
        <translation>beim Lesen der Firmware der Telefone</translation>
    </message>
    <message>
        <source>#%1 (%2 %3, %4)</source>
        <translation>#%1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation>das Lesen der Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Adding the firmware was cancelled; nothing was kept.</source>
        <translation>Das Hinzufügen der Firmware wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Firmware image %1 is a package: its applications are kept and served, not the package itself.</source>
        <translation>Firmware-Image %1 ist ein Paket: gespeichert und ausgeliefert werden seine Anwendungen, nicht das Paket selbst.</translation>
    </message>
    <message>
        <source>adding %1 from %2 to the firmware library</source>
        <translation>Hinzufügen von %1 aus %2 zur Firmware-Bibliothek</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Firmware image %1 is part of the package %2: remove the package instead.</source>
        <translation>Firmware-Image %1 gehört zum Paket %2: entfernen Sie stattdessen das Paket.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Import</name>
    <message>
        <source>Nothing to import: read a file first.</source>
        <translation>Nichts zu importieren: Lesen Sie zuerst eine Datei ein.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: the file is larger than %2 MB; split it into several files.</source>
        <translation>„%1“ kann nicht importiert werden: Die Datei ist größer als %2 MB; teilen Sie sie in mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be a header row naming the columns, for example name,category,site,base_settings,hardware_id.</source>
        <translation>die Datei ist leer; die erste Zeile muss eine Kopfzeile mit den Spaltennamen sein, zum Beispiel name,category,site,base_settings,hardware_id.</translation>
    </message>
    <message>
        <source>the column has no name; it is ignored.</source>
        <translation>die Spalte hat keinen Namen; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting; see the setting keys in docs/csv-format.md.</source>
        <translation>„%1“ ist keine bekannte Einstellung; siehe die Einstellungsschlüssel in docs/csv-format.md.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; it is ignored.</source>
        <translation>unbekannte Spalte „%1“; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also column %2).</source>
        <translation>die Spalte „%1“ kommt doppelt vor (auch Spalte %2).</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing.</source>
        <translation>die erforderliche Spalte „%1“ fehlt.</translation>
    </message>
    <message>
        <source>the file needs a &quot;base_settings&quot; or a &quot;model&quot; column.</source>
        <translation>die Datei braucht eine Spalte „base_settings“ oder „model“.</translation>
    </message>
    <message>
        <source>the required column &quot;hardware_id&quot; is missing (rows are matched by hardware ID).</source>
        <translation>die erforderliche Spalte „hardware_id“ fehlt (Zeilen werden über die Hardware-ID zugeordnet).</translation>
    </message>
    <message>
        <source>the file has a header row but no phones.</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Telefone.</translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation>beim Lesen der Telefone</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns.</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten.</translation>
    </message>
    <message>
        <source>the category is required: managed, unmanaged, webrtc or remote.</source>
        <translation>die Kategorie ist erforderlich: managed, unmanaged, webrtc oder remote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category; use managed, unmanaged, webrtc or remote.</source>
        <translation>„%1“ ist keine Kategorie; verwenden Sie managed, unmanaged, webrtc oder remote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known phone model (use a model id such as poly-vvx-450, or its name such as Poly VVX 450).</source>
        <translation>„%1“ ist kein bekanntes Telefonmodell (verwenden Sie eine Modell-ID wie poly-vvx-450 oder einen Namen wie Poly VVX 450).</translation>
    </message>
    <message>
        <source>the base settings &quot;%1&quot; are for the %2, not the %3.</source>
        <translation>die Basiseinstellungen „%1“ sind für das %2, nicht für das %3.</translation>
    </message>
    <message>
        <source>several base settings are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation>mehrere Basiseinstellungen heißen „%1“ (unterschiedliche Groß-/Kleinschreibung); schreiben Sie den Namen genau.</translation>
    </message>
    <message>
        <source>there are no base settings named &quot;%1&quot;.</source>
        <translation>es gibt keine Basiseinstellungen namens „%1“.</translation>
    </message>
    <message>
        <source>there are no base settings for the %1; create a profile first, or name one in the base_settings column.</source>
        <translation>es gibt keine Basiseinstellungen für das %1; legen Sie zuerst ein Profil an oder nennen Sie eines in der Spalte base_settings.</translation>
    </message>
    <message>
        <source>the %1 has %2 base settings profiles (%3); name one in the base_settings column.</source>
        <translation>für das %1 gibt es %2 Profile (%3); nennen Sie eines in der Spalte base_settings.</translation>
    </message>
    <message>
        <source>base settings are required: name a profile in base_settings, or give the model.</source>
        <translation>Basiseinstellungen sind erforderlich: Nennen Sie ein Profil in base_settings oder geben Sie das Modell an.</translation>
    </message>
    <message>
        <source>the site is required.</source>
        <translation>der Standort ist erforderlich.</translation>
    </message>
    <message>
        <source>several sites are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation>mehrere Standorte heißen „%1“ (unterschiedliche Groß-/Kleinschreibung); schreiben Sie den Namen genau.</translation>
    </message>
    <message>
        <source>there is no site named &quot;%1&quot;.</source>
        <translation>es gibt keinen Standort namens „%1“.</translation>
    </message>
    <message>
        <source>several users have the email address &quot;%1&quot;.</source>
        <translation>mehrere Benutzer haben die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>several users are called &quot;%1&quot;; use the email address.</source>
        <translation>mehrere Benutzer heißen „%1“; verwenden Sie die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>there is no user with the email address or name &quot;%1&quot;.</source>
        <translation>es gibt keinen Benutzer mit der E-Mail-Adresse oder dem Namen „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is also used on line %2.</source>
        <translation>der Name „%1“ wird auch in Zeile %2 verwendet.</translation>
    </message>
    <message>
        <source>the hardware ID %1 is also used on line %2.</source>
        <translation>die Hardware-ID %1 wird auch in Zeile %2 verwendet.</translation>
    </message>
    <message>
        <source>a phone named &quot;%1&quot; already exists; import in an update mode to change it.</source>
        <translation>ein Telefon namens „%1“ existiert bereits; importieren Sie in einem Aktualisierungsmodus, um es zu ändern.</translation>
    </message>
    <message>
        <source>the hardware ID %1 already belongs to phone &quot;%2&quot;.</source>
        <translation>die Hardware-ID %1 gehört bereits zum Telefon „%2“.</translation>
    </message>
    <message>
        <source>another phone is already called &quot;%1&quot;.</source>
        <translation>ein anderes Telefon heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the phone to update was deleted meanwhile.</source>
        <translation>das zu aktualisierende Telefon wurde zwischenzeitlich gelöscht.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>import phones</source>
        <translation>Telefone importieren</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported.</source>
        <translation>%1 von %2 Zeilen sind fehlerhaft; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 rows skipped</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 Zeilen übersprungen</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ImportWizard</name>
    <message>
        <source>Import Phones from CSV</source>
        <translation>Telefone aus CSV importieren</translation>
    </message>
    <message>
        <source>Saving phone %1 of %2…</source>
        <translation>Telefon %1 von %2 wird gespeichert…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>One phone per row, with a header row naming the columns (see the CSV format in the user guide). UTF-8, comma or semicolon.</source>
        <translation>Ein Telefon pro Zeile, mit einer Kopfzeile, die die Spalten benennt (siehe CSV-Format im Benutzerhandbuch). UTF-8, Komma oder Semikolon.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Import phones</source>
        <translation>Telefone importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create new phones only</source>
        <translation>Nur neue Telefone anlegen</translation>
    </message>
    <message>
        <source>Update phones with the same hardware ID, create the others</source>
        <translation>Telefone mit gleicher Hardware-ID aktualisieren, die übrigen anlegen</translation>
    </message>
    <message>
        <source>Update phones with the same name, create the others</source>
        <translation>Telefone mit gleichem Namen aktualisieren, die übrigen anlegen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>How the columns of the file are understood, and its first rows.</source>
        <translation>Wie die Spalten der Datei verstanden werden, und ihre ersten Zeilen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>Every problem with its line and column. Save the report to fix the file.</source>
        <translation>Jedes Problem mit Zeile und Spalte. Speichern Sie den Bericht, um die Datei zu korrigieren.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is valid (all or nothing)</source>
        <translation>&amp;Nichts importieren, bis jede Zeile gültig ist (alles oder nichts)</translation>
    </message>
    <message>
        <source>S&amp;kip the rows with problems and import the others</source>
        <translation>Zeilen mit Problemen ü&amp;berspringen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the import; nothing is saved.</source>
        <translation>Import anhalten; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>%1 wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>(unknown column: ignored)</source>
        <translation>(unbekannte Spalte: ignoriert)</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Diese Datei kann nicht importiert werden:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n Zeile in der Datei: </numerusform>
            <numerusform>%n Zeilen in der Datei: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 with problems.</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 mit Problemen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems.</source>
        <translation>
            <numerusform>%n Zeile hat Probleme.</numerusform>
            <numerusform>%n Zeilen haben Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 problems are shown; the saved report has all %2.</source>
        <translation>Die ersten %1 Probleme werden angezeigt; der gespeicherte Bericht enthält alle %2.</translation>
    </message>
    <message>
        <source>Nothing can be imported until they are fixed: save the report, fix the file and import it again, or choose to skip them.</source>
        <translation>Nichts kann importiert werden, bis sie behoben sind: Speichern Sie den Bericht, korrigieren Sie die Datei und importieren Sie sie erneut, oder lassen Sie diese Zeilen überspringen.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported.</source>
        <translation>
            <numerusform>%n gültige Zeile wird importiert.</numerusform>
            <numerusform>%n gültige Zeilen werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Angehalten. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>Der Bericht wurde nicht gespeichert.

%1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::IntegrityCheck</name>
    <message>
        <source>%1 is intact (checked: %2).</source>
        <translation>%1 ist intakt (geprüft: %2).</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>%1 is damaged. Problems found: %2 (checked: %3).</source>
        <translation>%1 ist beschädigt. Gefundene Probleme: %2 (geprüft: %3).</translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation>Die ersten %1:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Stop using it and restore it from a backup (PhoneDesk keeps one next to an SQLite file before each upgrade, as &lt;file&gt;.schemaN.bak).</source>
        <translation>Verwenden Sie sie nicht weiter und stellen Sie sie aus einer Sicherung wieder her (PhoneDesk legt vor jeder Aktualisierung eine neben der SQLite-Datei ab, als &lt;file&gt;.schemaN.bak).</translation>
    </message>
    <message>
        <source>every table present and readable to the last row, schema version</source>
        <translation>alle Tabellen vorhanden und bis zur letzten Zeile lesbar, Schemaversion</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check (every page, index and constraint), every table present, schema version</source>
        <translation>PRAGMA integrity_check (jede Seite, jeder Index, jede Einschränkung), alle Tabellen vorhanden, Schemaversion</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>beim Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>schema_version has %1 rows instead of one</source>
        <translation>schema_version hat %1 Zeilen statt einer</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>Schemaversion %1, erwartet %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::LineKeyNotation</name>
    <message>
        <source>the notation ends with a backslash; write \\ for a backslash.</source>
        <translation>die Schreibweise endet mit einem Backslash; schreiben Sie \\ für einen Backslash.</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: %3</source>
        <translation>Eintrag %1 „%2“: %3</translation>
    </message>
    <message>
        <source>expected position=type, for example 2=blf:1002 Alice.</source>
        <translation>erwartet position=typ, zum Beispiel 2=blf:1002 Alice.</translation>
    </message>
    <message>
        <source>the position &quot;%1&quot; is not a key number from 1 to 999.</source>
        <translation>die Position „%1“ ist keine Tastennummer von 1 bis 999.</translation>
    </message>
    <message>
        <source>the key type is missing; use line, speed, blf or none.</source>
        <translation>der Tastentyp fehlt; verwenden Sie line, speed, blf oder none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key type; use line, speed, blf or none.</source>
        <translation>„%1“ ist kein Tastentyp; verwenden Sie line, speed, blf oder none.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MainWindow</name>
    <message>
        <source>PhoneDesk</source>
        <translation>PhoneDesk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation>Primärer SIP-Server</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation>E911-Standort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;Base Settings</source>
        <translation>&amp;Basiseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add Phone…</source>
        <translation>Telefon &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Phone…</source>
        <translation>Telefon &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Phones…</source>
        <translation>Telefone &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Migrate Base Settings…</source>
        <translation>Basiseinstellungen &amp;migrieren…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation>&amp;Status prüfen</translation>
    </message>
    <message>
        <source>&amp;Find Phones</source>
        <translation>&amp;Telefone suchen</translation>
    </message>
    <message>
        <source>&amp;New Base Settings…</source>
        <translation>&amp;Neue Basiseinstellungen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Base Settings…</source>
        <translation>Basiseinstellungen &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Edit Base Settings…</source>
        <translation>Basiseinstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Base Settings…</source>
        <translation>Basiseinstellungen &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Neuer Standort…</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>Standort &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Site…</source>
        <translation>Standort &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Edit User…</source>
        <translation>Benutzer &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>Benutzer &amp;löschen…</translation>
    </message>
    <message>
        <source>Provisioning &amp;Quarantine…</source>
        <translation>Bereitstellungs-&amp;Quarantäne…</translation>
    </message>
    <message>
        <source>Provisioning &amp;Server Settings…</source>
        <translation>Einstellungen des Bereitstellungs&amp;servers…</translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation>&amp;Über PhoneDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Filter by name or hardware ID (Ctrl+F)</source>
        <translation>Nach Name oder Hardware-ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Basiseinstellungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 phones matching the other filters</source>
        <translation>%1 Telefone passen zu den übrigen Filtern</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All base settings</source>
        <translation>Alle Basiseinstellungen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 phones shown</source>
        <translation>%1 von %2 Telefonen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Phone Details…</source>
        <translation>Telefon&amp;details…</translation>
    </message>
    <message>
        <source>&amp;View Base Settings…</source>
        <translation>Basiseinstellungen &amp;anzeigen…</translation>
    </message>
    <message>
        <source>&amp;View Site…</source>
        <translation>Standort &amp;anzeigen…</translation>
    </message>
    <message>
        <source>&amp;View User…</source>
        <translation>Benutzer &amp;anzeigen…</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Not available: no device control is running for this database.</source>
        <translation>Nicht verfügbar: Für diese Datenbank läuft keine Gerätesteuerung.</translation>
    </message>
    <message>
        <source>Not available: this build has no CSV import wizard.</source>
        <translation>Nicht verfügbar: Diese Ausgabe hat keinen CSV-Import-Assistenten.</translation>
    </message>
    <message>
        <source>Show &amp;Activity</source>
        <translation>A&amp;ktivität anzeigen</translation>
    </message>
    <message>
        <source>Phone Details</source>
        <translation>Telefondetails</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; saved.</source>
        <translation>Telefon „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete phone &quot;%1&quot;? Its configuration and history stay in the activity log.</source>
        <translation>Telefon „%1“ löschen? Seine Konfiguration und sein Verlauf bleiben im Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Delete Phones</source>
        <translation>Telefone löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) deleted.</source>
        <translation>
            <numerusform>%n Telefon gelöscht.</numerusform>
            <numerusform>%n Telefone gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate Base Settings</source>
        <translation>Basiseinstellungen migrieren</translation>
    </message>
    <message>
        <source>Select phones, or filter the list to the phones to migrate.</source>
        <translation>Wählen Sie Telefone aus oder filtern Sie die Liste auf die zu migrierenden Telefone.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) migrated.</source>
        <translation>
            <numerusform>%n Telefon migriert.</numerusform>
            <numerusform>%n Telefone migriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1: %v von %m</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) logged out.</source>
        <translation>
            <numerusform>%n Telefon abgemeldet.</numerusform>
            <numerusform>%n Telefone abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV import is not available in this build.</source>
        <translation>Der CSV-Import ist in dieser Ausgabe nicht verfügbar.</translation>
    </message>
    <message>
        <source>Export Selected Phones</source>
        <translation>Ausgewählte Telefone exportieren</translation>
    </message>
    <message>
        <source>Export Phones Shown</source>
        <translation>Angezeigte Telefone exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) exported to %1.</source>
        <translation>
            <numerusform>%n Telefon nach %1 exportiert.</numerusform>
            <numerusform>%n Telefone nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation>Neue Basiseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The profile starts with the model&apos;s defaults.</source>
        <translation>Das Profil beginnt mit den Standardwerten des Modells.</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; created.</source>
        <translation>Basiseinstellungen „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Duplicate Base Settings</source>
        <translation>Basiseinstellungen duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Edit Base Settings</source>
        <translation>Basiseinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Delete Base Settings</source>
        <translation>Basiseinstellungen löschen</translation>
    </message>
    <message>
        <source>Delete base settings &quot;%1&quot;?</source>
        <translation>Basiseinstellungen „%1“ löschen?</translation>
    </message>
    <message>
        <source>Edit Site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Delete Site</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;?</source>
        <translation>Standort „%1“ löschen?</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete user &quot;%1&quot;?</source>
        <translation>Benutzer „%1“ löschen?</translation>
    </message>
    <message>
        <source>Provisioning Quarantine</source>
        <translation>Bereitstellungs-Quarantäne</translation>
    </message>
    <message>
        <source>Provisioning Server Settings</source>
        <translation>Einstellungen des Bereitstellungsservers</translation>
    </message>
    <message>
        <source>About PhoneDesk</source>
        <translation>Über PhoneDesk</translation>
    </message>
    <message>
        <source>PhoneDesk %1

Manages desk phones, softphones and remote phones: base settings per model, sites, users, line keys, zero-touch provisioning and live status.

Qt %2. Database: %3.</source>
        <translation>PhoneDesk %1

Verwaltet Tischtelefone, Softphones und Remote-Telefone: Basiseinstellungen je Modell, Standorte, Benutzer, Leitungstasten, Zero-Touch-Bereitstellung und Live-Status.

Qt %2. Datenbank: %3.</translation>
    </message>
    <message>
        <source>Trust Phone &amp;Web Certificate…</source>
        <translation>&amp;Web-Zertifikat des Telefons vertrauen…</translation>
    </message>
    <message>
        <source>Connecting to the web server of %1…</source>
        <translation>Verbindung zum Webserver von %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Trust Phone Web Certificate</source>
        <translation>Web-Zertifikat des Telefons vertrauen</translation>
    </message>
    <message>
        <source>%1 presents this certificate:

Subject: %2
Valid until: %3
SHA-256: %4

</source>
        <translation>%1 legt dieses Zertifikat vor:

Inhaber: %2
Gültig bis: %3
SHA-256: %4

</translation>
    </message>
    <message>
        <source>It is already trusted for this phone.</source>
        <translation>Ihm wird für dieses Telefon bereits vertraut.</translation>
    </message>
    <message>
        <source>A DIFFERENT certificate is trusted for this phone now. If the phone was not replaced or reset, someone may be impersonating it.

</source>
        <translation>Für dieses Telefon wird derzeit einem ANDEREN Zertifikat vertraut. Wenn das Telefon nicht ausgetauscht oder zurückgesetzt wurde, gibt sich möglicherweise jemand als dieses Telefon aus.

</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your web browser shows for the phone&apos;s web interface (https:// and its address) before trusting it: Restart then sends the phone&apos;s admin password to the server presenting this certificate, and to no other.

Trust it?</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihr Webbrowser für die Weboberfläche des Telefons (https:// und seine Adresse) anzeigt, bevor Sie dem Zertifikat vertrauen: „Neu starten“ sendet das Admin-Passwort des Telefons danach an den Server, der dieses Zertifikat vorlegt, und an keinen anderen.

Dem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The web certificate of %1 is trusted.</source>
        <translation>Dem Web-Zertifikat von %1 wird jetzt vertraut.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Clear Fil&amp;ters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>Provisioning: %1</translation>
    </message>
    <message>
        <source>The provisioning server runs in this console and serves phones at %1.</source>
        <translation>Der Provisioning-Server läuft in dieser Konsole und bedient Telefone unter %1.</translation>
    </message>
    <message>
        <source>Provisioning: not running</source>
        <translation>Provisioning: läuft nicht</translation>
    </message>
    <message>
        <source>Configuration pending could not be worked out: %1</source>
        <translation>Ausstehende Konfigurationen konnten nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Team Members…</source>
        <translation>&amp;Teammitglieder…</translation>
    </message>
    <message>
        <source>The embedded database of this desk: the role was chosen with --role.</source>
        <translation>Die eingebettete Datenbank dieses Arbeitsplatzes: Die Rolle wurde mit --role gewählt.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (Server)</translation>
    </message>
    <message>
        <source>Signed in as %1: %2 for %3</source>
        <translation>Angemeldet als %1: %2 für %3</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>keinen Standort</translation>
    </message>
    <message>
        <source>Signed in as %1: %2, all sites</source>
        <translation>Angemeldet als %1: %2, alle Standorte</translation>
    </message>
    <message>
        <source>You own this database: every right, no site limit.</source>
        <translation>Sie sind Eigentümer dieser Datenbank: alle Rechte, keine Standortbeschränkung.</translation>
    </message>
    <message>
        <source>The database gives %1 the %2 role.</source>
        <translation>Die Datenbank gibt %1 die Rolle %2.</translation>
    </message>
    <message>
        <source>This console acts as %1 (lowered with --role).</source>
        <translation>Diese Konsole handelt als %1 (mit --role herabgesetzt).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phones: %1? Their history stays in the activity log.</source>
        <translation>
            <numerusform>%n Telefon löschen: %1? Sein Verlauf bleibt im Aktivitätsprotokoll.</numerusform>
            <numerusform>%n Telefone löschen: %1? Ihr Verlauf bleibt im Aktivitätsprotokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Log out phone &quot;%1&quot;? Its user is removed from it.</source>
        <translation>Telefon „%1“ abmelden? Sein Benutzer wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Log out %n phones: %1? Their users are removed from them.</source>
        <translation>
            <numerusform>%n Telefon abmelden: %1? Sein Benutzer wird entfernt.</numerusform>
            <numerusform>%n Telefone abmelden: %1? Ihre Benutzer werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart phone &quot;%1&quot;? A call in progress on it is dropped.</source>
        <translation>Telefon „%1“ neu starten? Ein laufendes Gespräch darauf wird getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n phones: %1? Calls in progress on them are dropped.</source>
        <translation>
            <numerusform>%n Telefon neu starten: %1? Ein laufendes Gespräch darauf wird getrennt.</numerusform>
            <numerusform>%n Telefone neu starten: %1? Laufende Gespräche darauf werden getrennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search base settings by name, model or description</source>
        <translation>Basiseinstellungen nach Name, Modell oder Beschreibung durchsuchen</translation>
    </message>
    <message>
        <source>Search sites by name, server, time zone or location</source>
        <translation>Standorte nach Name, Server, Zeitzone oder Ort durchsuchen</translation>
    </message>
    <message>
        <source>Search users by name, email or extension</source>
        <translation>Benutzer nach Name, E-Mail oder Durchwahl durchsuchen</translation>
    </message>
    <message>
        <source>Database connection lost — reconnecting…</source>
        <translation>Datenbankverbindung verloren — Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The connection to the database was lost (%1). PhoneDesk reconnects by itself; open forms keep your changes.</source>
        <translation>Die Verbindung zur Datenbank ist verloren (%1). PhoneDesk stellt sie selbst wieder her; offene Formulare behalten Ihre Änderungen.</translation>
    </message>
    <message>
        <source>The database connection is back (after %1 s).</source>
        <translation>Die Datenbankverbindung steht wieder (nach %1 s).</translation>
    </message>
    <message>
        <source>Set S&amp;ite…</source>
        <translation>S&amp;tandort festlegen…</translation>
    </message>
    <message>
        <source>Set &amp;User…</source>
        <translation>&amp;Benutzer festlegen…</translation>
    </message>
    <message>
        <source>Open Phone &amp;Web Page</source>
        <translation>&amp;Webseite des Telefons öffnen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Configuration pending</source>
        <translation>Konfiguration ausstehend</translation>
    </message>
    <message>
        <source>Phones whose configuration changed since they last fetched it, as &quot;phonedesk-cli phones list --pending&quot; lists them</source>
        <translation>Telefone, deren Konfiguration sich seit dem letzten Abruf geändert hat, wie „phonedesk-cli phones list --pending“ sie auflistet</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Select a phone to see its details.</source>
        <translation>Wählen Sie ein Telefon aus, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n phones selected.</source>
        <translation>
            <numerusform>%n Telefon ausgewählt.</numerusform>
            <numerusform>%n Telefone ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Set Site</source>
        <translation>Standort festlegen</translation>
    </message>
    <message>
        <source>Set User</source>
        <translation>Benutzer festlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): %1</source>
        <translation>
            <numerusform>%n Telefon: %1</numerusform>
            <numerusform>%n Telefone: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Kein Benutzer</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Set S&amp;ite</source>
        <translation>S&amp;tandort festlegen</translation>
    </message>
    <message>
        <source>Set &amp;User</source>
        <translation>&amp;Benutzer festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Standort „%1“ für %n Telefon festgelegt.</numerusform>
            <numerusform>Standort „%1“ für %n Telefone festgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Benutzer „%1“ für %n Telefon festgelegt.</numerusform>
            <numerusform>Benutzer „%1“ für %n Telefone festgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; saved.</source>
        <translation>Basiseinstellungen „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a web browser or text editor.</source>
        <translation>Kein Programm konnte %1 öffnen. Öffnen Sie die Datei in einem Webbrowser oder Texteditor.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Clear the filter box (in it)</source>
        <translation>Das Filterfeld leeren (darin)</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>Zu einem Reiter wechseln</translation>
    </message>
    <message>
        <source>Alt + the tab&apos;s underlined letter</source>
        <translation>Alt + der unterstrichene Buchstabe des Reiters</translation>
    </message>
    <message>
        <source>Open Phone Web Page</source>
        <translation>Webseite des Telefons öffnen</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>&amp;Firmware…</source>
        <translation>&amp;Firmware…</translation>
    </message>
    <message>
        <source>Firmware R&amp;ollouts…</source>
        <translation>Firmware-R&amp;ollouts…</translation>
    </message>
    <message>
        <source>&amp;Redirection Services…</source>
        <translation>&amp;Umleitungsdienste…</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ManagedSettings</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>The managed settings in %1 could not be read; nothing in them applies.</source>
        <translation>Die verwalteten Einstellungen in %1 konnten nicht gelesen werden; keine davon gilt.</translation>
    </message>
    <message>
        <source>the URL carries a password, which is ignored; each user signs in and the password is kept in their keychain.</source>
        <translation>die URL enthält ein Passwort, das ignoriert wird; jeder Benutzer meldet sich selbst an, und das Passwort bleibt in seinem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the database stays locked.</source>
        <translation>„%1“ ist weder true noch false; die Datenbank bleibt gesperrt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not viewer, operator, editor or administrator; this console is limited to Viewer until it is corrected.</source>
        <translation>„%1“ ist weder viewer, operator, editor noch administrator; diese Konsole ist auf Betrachter beschränkt, bis der Wert korrigiert ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the provisioning server stays off.</source>
        <translation>„%1“ ist weder true noch false; der Bereitstellungsserver bleibt aus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>--database: the database is managed by your organisation (%1); this console opens no other.</source>
        <translation>--database: Die Datenbank wird von Ihrer Organisation verwaltet (%1); diese Konsole öffnet keine andere.</translation>
    </message>
    <message>
        <source>--role %1: your organisation allows this console at most the role %2.</source>
        <translation>--role %1: Ihre Organisation erlaubt dieser Konsole höchstens die Rolle %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the CA certificate bundle.</source>
        <translation>Der Ordner %1 für das CA-Zertifikatsbündel kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the CA certificate bundle %1: %2</source>
        <translation>Das CA-Zertifikatsbündel %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the connection to the database is lost. PhoneDesk is reconnecting by itself; your changes are still here. Save again once the status bar says the connection is back.

%1</source>
        <translation>Nicht gespeichert: Die Verbindung zur Datenbank ist verloren. PhoneDesk stellt sie selbst wieder her; Ihre Änderungen sind noch da. Speichern Sie erneut, sobald die Statusleiste meldet, dass die Verbindung wieder steht.

%1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrateDialog</name>
    <message>
        <source>Migrate Base Settings</source>
        <translation>Basiseinstellungen migrieren</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) cannot use the chosen base settings; choose another profile or leave them out.</source>
        <translation>
            <numerusform>%n Telefon kann die gewählten Basiseinstellungen nicht verwenden; wählen Sie ein anderes Profil oder lassen Sie es weg.</numerusform>
            <numerusform>%n Telefone können die gewählten Basiseinstellungen nicht verwenden; wählen Sie ein anderes Profil oder lassen Sie sie weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) no longer exist and are skipped.</source>
        <translation>
            <numerusform>%n Telefon existiert nicht mehr und wird übersprungen.</numerusform>
            <numerusform>%n Telefone existieren nicht mehr und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line key(s) and %1 override(s) will be removed.</source>
        <translation>
            <numerusform>%n Leitungstaste und %1 Überschreibung(en) werden entfernt.</numerusform>
            <numerusform>%n Leitungstasten und %1 Überschreibung(en) werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>All phones move together or none does.</source>
        <translation>Alle Telefone werden gemeinsam verschoben oder keines.</translation>
    </message>
    <message>
        <source>&amp;Target base settings:</source>
        <translation>&amp;Ziel-Basiseinstellungen:</translation>
    </message>
    <message>
        <source>Choose the base settings to move to</source>
        <translation>Die Basiseinstellungen wählen, in die verschoben wird</translation>
    </message>
    <message numerus="yes">
        <source>No phones are selected: all %n phone(s) shown will move: %1.</source>
        <translation>
            <numerusform>Keine Telefone ausgewählt: Das angezeigte %n Telefon wird verschoben: %1.</numerusform>
            <numerusform>Keine Telefone ausgewählt: Alle %n angezeigten Telefone werden verschoben: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s) will move: %1.</source>
        <translation>
            <numerusform>%n ausgewähltes Telefon wird verschoben: %1.</numerusform>
            <numerusform>%n ausgewählte Telefone werden verschoben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No base settings fit these phones</source>
        <translation>Keine Basiseinstellungen passen zu diesen Telefonen</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 phone(s) will become %2.</source>
        <translation>
            <numerusform>%n %1-Telefon wird zu %2.</numerusform>
            <numerusform>%n %1-Telefone werden zu %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) of %1 models will become %2.</source>
        <translation>
            <numerusform>%n Telefon von %1 Modellen wird zu %2.</numerusform>
            <numerusform>%n Telefone von %1 Modellen werden zu %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only do this when the phones were replaced by that model: their configuration is written for it from now on.</source>
        <translation>Tun Sie dies nur, wenn die Telefone durch dieses Modell ersetzt wurden: Ihre Konfiguration wird ab jetzt dafür geschrieben.</translation>
    </message>
    <message>
        <source>Choose the base settings to move the phones to.</source>
        <translation>Wählen Sie die Basiseinstellungen, in die die Telefone verschoben werden.</translation>
    </message>
    <message>
        <source>Change the hardware model? Do this only when the phones were replaced by that model.</source>
        <translation>Das Hardwaremodell ändern? Tun Sie dies nur, wenn die Telefone durch dieses Modell ersetzt wurden.</translation>
    </message>
    <message>
        <source>Change Hardware Model</source>
        <translation>Hardwaremodell ändern</translation>
    </message>
    <message>
        <source>Change Model</source>
        <translation>Modell ändern</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrationPlan</name>
    <message>
        <source>model %1 → %2</source>
        <translation>Modell %1 → %2</translation>
    </message>
    <message>
        <source>line keys %1 removed (the new model has fewer keys)</source>
        <translation>Leitungstasten %1 entfernt (das neue Modell hat weniger Tasten)</translation>
    </message>
    <message>
        <source>overrides no longer applying removed: %1</source>
        <translation>nicht mehr gültige Überschreibungen entfernt: %1</translation>
    </message>
    <message>
        <source>no change besides the profile</source>
        <translation>keine Änderung außer dem Profil</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; use the unknown model &quot;%2&quot;.</source>
        <translation>Die Basiseinstellungen „%1“ verwenden das unbekannte Modell „%2“.</translation>
    </message>
    <message>
        <source>Base settings for the %2 are not for %1 phones.</source>
        <translation>Basiseinstellungen für das %2 sind nicht für Telefone der Kategorie „%1“.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ModelCatalog</name>
    <message>
        <source>The model catalog is not valid JSON: %1</source>
        <translation>Der Modellkatalog ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation>Modell Nr. %1</translation>
    </message>
    <message>
        <source>%1: every model needs an &quot;id&quot; and a &quot;model&quot; name</source>
        <translation>%1: Jedes Modell braucht eine „id“ und einen „model“-Namen</translation>
    </message>
    <message>
        <source>%1: the model id is listed twice</source>
        <translation>%1: Die Modell-ID ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1: maxLineKeys must be between 0 and 200</source>
        <translation>%1: maxLineKeys muss zwischen 0 und 200 liegen</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation>%1: unbekannte Kategorie „%2“</translation>
    </message>
    <message>
        <source>%1: at least one category is needed</source>
        <translation>%1: Mindestens eine Kategorie ist nötig</translation>
    </message>
    <message>
        <source>%1: unknown hardwareId type &quot;%2&quot;</source>
        <translation>%1: unbekannter hardwareId-Typ „%2“</translation>
    </message>
    <message>
        <source>%1: unknown restart channel &quot;%2&quot;</source>
        <translation>%1: unbekannter Neustartkanal „%2“</translation>
    </message>
    <message>
        <source>%1: a model that can restart needs a resyncEvent</source>
        <translation>%1: Ein Modell, das neu starten kann, braucht ein resyncEvent</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::NewRolloutDialog</name>
    <message>
        <source>New Firmware Rollout</source>
        <translation>Neuer Firmware-Rollout</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>&amp;Basiseinstellungen:</translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation>&amp;Zielversion:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n phone(s))</source>
        <translation>
            <numerusform>%1 (%n Telefon)</numerusform>
            <numerusform>%1 (%n Telefone)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>&amp;All phones of these base settings</source>
        <translation>&amp;Alle Telefone dieser Basiseinstellungen</translation>
    </message>
    <message>
        <source>Phones at these &amp;sites:</source>
        <translation>Telefone an diesen &amp;Standorten:</translation>
    </message>
    <message>
        <source>A &amp;share of them:</source>
        <translation>Ein Ant&amp;eil davon:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) selected in the Phones tab</source>
        <translation>
            <numerusform>Das im Reiter „Telefone“ ausgewählte %n Telefon</numerusform>
            <numerusform>Die %n im Reiter „Telefone“ ausgewählten Telefone</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Updating at once, at most:</source>
        <translation>&amp;Gleichzeitige Aktualisierungen, höchstens:</translation>
    </message>
    <message>
        <source>&amp;Only between</source>
        <translation>&amp;Nur zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>(server time)</source>
        <translation>(Serverzeit)</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A phone not back on the target &amp;within:</source>
        <translation>&amp;Höchstdauer bis zur Rückkehr mit der Zielversion:</translation>
    </message>
    <message>
        <source>Starting sets the base settings&apos; firmware version to the target. Phones outside the rollout keep the version they were told until another rollout moves them.</source>
        <translation>Beim Start wird die Firmware-Version der Basiseinstellungen auf das Ziel gesetzt. Telefone außerhalb des Rollouts behalten die ihnen zugewiesene Version, bis ein anderer Rollout sie umstellt.</translation>
    </message>
    <message>
        <source>&amp;Start Rollout</source>
        <translation>Rollout s&amp;tarten</translation>
    </message>
    <message>
        <source>%1 (what the base settings name now)</source>
        <translation>%1 (derzeit in den Basiseinstellungen angegeben)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Operation</name>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Neu synchronisieren</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded</source>
        <translation>%1: %2 von %3 erfolgreich</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 online</source>
        <translation>%1: %2 online</translation>
    </message>
    <message>
        <source>, %1 degraded</source>
        <translation>, %1 beeinträchtigt</translation>
    </message>
    <message>
        <source>, %1 offline</source>
        <translation>, %1 offline</translation>
    </message>
    <message>
        <source>, %1 not checked</source>
        <translation>, %1 nicht geprüft</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::OperationResultsDialog</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Nur &amp;Fehler zeigen</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneEditor</name>
    <message>
        <source>Edit Phone</source>
        <translation>Telefon bearbeiten</translation>
    </message>
    <message>
        <source>Add Phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>&amp;Basiseinstellungen:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Hardware ID:</source>
        <translation>&amp;Hardware-ID:</translation>
    </message>
    <message>
        <source>+15551234567 or sip:desk@example.com</source>
        <translation>+15551234567 oder sip:desk@example.com</translation>
    </message>
    <message>
        <source>&amp;Remote number:</source>
        <translation>&amp;Remote-Nummer:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>empty: the address of its last provisioning fetch</source>
        <translation>leer: die Adresse seines letzten Konfigurationsabrufs</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>Netz&amp;werkadresse:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>Taste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>Taste &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Line Keys</source>
        <translation>Leitungstasten</translation>
    </message>
    <message>
        <source>Settings that differ for this phone from its base settings. Values use the same text as CSV files: true/false, numbers, codec lists joined with |.</source>
        <translation>Einstellungen, die für dieses Telefon von seinen Basiseinstellungen abweichen. Werte haben dieselbe Schreibweise wie in CSV-Dateien: true/false, Zahlen, Codec-Listen mit | verbunden.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Add &amp;Override</source>
        <translation>Überschreibung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status &amp;&amp; Provisioning</source>
        <translation>Status &amp;&amp; Bereitstellung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(Standort wählen)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(choose base settings)</source>
        <translation>(Basiseinstellungen wählen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Softphone &amp;host:</source>
        <translation>Softphone-&amp;Host:</translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation>MAC-&amp;Adresse:</translation>
    </message>
    <message>
        <source>softphone-12.example.com</source>
        <translation>softphone-12.example.com</translation>
    </message>
    <message>
        <source>00:04:F2:AB:CD:EF</source>
        <translation>00:04:F2:AB:CD:EF</translation>
    </message>
    <message>
        <source>&amp;User (required):</source>
        <translation>&amp;Benutzer (erforderlich):</translation>
    </message>
    <message>
        <source>The database could not be read; the phone cannot be checked.</source>
        <translation>Die Datenbank konnte nicht gelesen werden; das Telefon kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid value.</source>
        <translation>%1: „%2“ ist kein gültiger Wert.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s).</source>
        <translation>
            <numerusform>Das %1 hat %n Leitungstaste.</numerusform>
            <numerusform>Das %1 hat %n Leitungstasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose base settings to see how many line keys the model has.</source>
        <translation>Wählen Sie Basiseinstellungen, um zu sehen, wie viele Leitungstasten das Modell hat.</translation>
    </message>
    <message>
        <source>A new phone has no status yet.</source>
        <translation>Ein neues Telefon hat noch keinen Status.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Umlaufzeit: %1 ms</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Status since: %1</source>
        <translation>Status seit: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Last configuration fetch: %1</source>
        <translation>Letzter Konfigurationsabruf: %1</translation>
    </message>
    <message>
        <source>   from %1, %2, firmware %3</source>
        <translation>   von %1, %2, Firmware %3</translation>
    </message>
    <message>
        <source>Phone Changed Meanwhile</source>
        <translation>Telefon zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Configuration: up to date (the phone has its current files)</source>
        <translation>Konfiguration: aktuell (das Telefon hat seine aktuellen Dateien)</translation>
    </message>
    <message>
        <source>Configuration: pending (the phone gets its current files at its next fetch)</source>
        <translation>Konfiguration: ausstehend (das Telefon erhält seine aktuellen Dateien beim nächsten Abruf)</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s), all in use: remove one to add another.</source>
        <translation>
            <numerusform>Das %1 hat %n Leitungstaste, alle belegt: entfernen Sie eine, um eine weitere hinzuzufügen.</numerusform>
            <numerusform>Das %1 hat %n Leitungstasten, alle belegt: entfernen Sie eine, um eine weitere hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>Telefon „%1“ wurde%2 geändert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <source>Ser&amp;ial number:</source>
        <translation>Ser&amp;iennummer:</translation>
    </message>
    <message>
        <source>as on the phone&apos;s label (Yealink RPS needs it)</source>
        <translation>wie auf dem Etikett des Telefons (Yealink RPS benötigt sie)</translation>
    </message>
    <message>
        <source>Redirection: %1</source>
        <translation>Umleitung: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneSim</name>
    <message>
        <source>The number of phones must be between 1 and %1.</source>
        <translation>Die Anzahl der Telefone muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Loss, dead and garbage are shares between 0 and 1.</source>
        <translation>Verlust, tote Telefone und Müllantworten sind Anteile zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>Cannot open SIP port %1: %2</source>
        <translation>SIP-Port %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate or key file.</source>
        <translation>Die Zertifikats- oder Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The REST certificate or key could not be loaded.</source>
        <translation>Das REST-Zertifikat oder der Schlüssel konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Cannot open REST port %1: %2</source>
        <translation>REST-Port %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>Die Bereitstellungs-URL „%1“ ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>Fetching the configuration at start needs a provisioning URL.</source>
        <translation>Das Abrufen der Konfiguration beim Start erfordert eine Bereitstellungs-URL.</translation>
    </message>
    <message>
        <source>The number of fetches at once must be between 1 and 10000.</source>
        <translation>Die Anzahl gleichzeitiger Abrufe muss zwischen 1 und 10000 liegen.</translation>
    </message>
    <message>
        <source>The boot spread must be between 0 and 3600000 ms.</source>
        <translation>Die Streuung der Startzeitpunkte muss zwischen 0 und 3600000 ms liegen.</translation>
    </message>
    <message>
        <source>The fetch timeout must be at least 100 ms.</source>
        <translation>Das Zeitlimit für Abrufe muss mindestens 100 ms betragen.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation>%1 ist kein privater PEM-Schlüssel (oder er ist verschlüsselt).</translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist.</source>
        <translation>Der Ordner für Client-Zertifikate %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The certificate or key of %1 in %2 cannot be loaded.</source>
        <translation>Das Zertifikat oder der Schlüssel von %1 in %2 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>cannot use the address %1: %2</source>
        <translation>die Adresse %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>no answer within the fetch timeout</source>
        <translation>keine Antwort innerhalb des Zeitlimits für Abrufe</translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for credentials and the phone has none</source>
        <translation>HTTP 401: Der Server verlangt Zugangsdaten, und das Telefon hat keine</translation>
    </message>
    <message>
        <source>HTTP 401: the server refused the phone&apos;s credentials</source>
        <translation>HTTP 401: Der Server hat die Zugangsdaten des Telefons abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1 for %2</source>
        <translation>HTTP %1 für %2</translation>
    </message>
    <message>
        <source>%1 is not a file name the phone stores.</source>
        <translation>%1 ist kein Dateiname, den das Telefon speichert.</translation>
    </message>
    <message>
        <source>Demo phone %1 could not record its fetch: %2</source>
        <translation>Das Demo-Telefon %1 konnte seinen Abruf nicht erfassen: %2</translation>
    </message>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>Could not make the REST certificate (%1): %2</source>
        <translation>Das REST-Zertifikat konnte nicht erzeugt werden (%1): %2</translation>
    </message>
    <message>
        <source>The REST certificate made with OpenSSL could not be loaded by Qt&apos;s TLS backend.</source>
        <translation>Das mit OpenSSL erzeugte REST-Zertifikat konnte vom TLS-Backend von Qt nicht geladen werden.</translation>
    </message>
    <message>
        <source>the openssl command was not found</source>
        <translation>der Befehl openssl wurde nicht gefunden</translation>
    </message>
    <message>
        <source>This build has no OpenSSL library support (OpenSSL&apos;s headers were missing when it was built), so the REST API&apos;s certificate is made with the openssl command, which failed: %1. Install openssl, build with OpenSSL&apos;s headers (libssl-dev), or turn the REST API off (--no-rest).</source>
        <translation>Dieser Build unterstützt die OpenSSL-Bibliothek nicht (beim Bauen fehlten die Header von OpenSSL), daher wird das Zertifikat der REST-API mit dem Befehl openssl erzeugt, und das ist fehlgeschlagen: %1. Installieren Sie openssl, bauen Sie mit den Headern von OpenSSL (libssl-dev) oder schalten Sie die REST-API ab (--no-rest).</translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; must name a loopback address (127.0.0.1, [::1] or localhost): simulated phones fetch on this computer only.</source>
        <translation>Die Bereitstellungs-URL „%1“ muss eine Loopback-Adresse nennen (127.0.0.1, [::1] oder localhost): Simulierte Telefone rufen nur auf diesem Computer ab.</translation>
    </message>
    <message>
        <source>the firmware answer has no end of headers</source>
        <translation>die Firmware-Antwort hat kein Ende der Kopfzeilen</translation>
    </message>
    <message>
        <source>HTTP 401 for the firmware</source>
        <translation>HTTP 401 für die Firmware</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>the firmware download timed out</source>
        <translation>der Firmware-Download hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the resumed firmware answer does not continue at byte %1</source>
        <translation>die fortgesetzte Firmware-Antwort beginnt nicht bei Byte %1</translation>
    </message>
    <message>
        <source>HTTP %1 for the firmware</source>
        <translation>HTTP %1 für die Firmware</translation>
    </message>
    <message>
        <source>the firmware has %1 bytes, not %2</source>
        <translation>die Firmware hat %1 Bytes, nicht %2</translation>
    </message>
    <message>
        <source>the firmware&apos;s SHA-256 is not the one its ETag names</source>
        <translation>der SHA-256 der Firmware ist nicht der, den ihr ETag nennt</translation>
    </message>
    <message>
        <source>the application names no version in its first bytes</source>
        <translation>die Anwendung nennt in ihren ersten Bytes keine Version</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Base Settings</source>
        <translation>Basiseinstellungen</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>Hardware-ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>The files this phone last fetched differ from its configuration now. It gets the new files at its next fetch: Resync or Restart it, or wait for its periodic check.</source>
        <translation>Die zuletzt abgerufenen Dateien dieses Telefons weichen von seiner jetzigen Konfiguration ab. Es erhält die neuen Dateien beim nächsten Abruf: synchronisieren oder neu starten Sie es, oder warten Sie auf seine regelmäßige Prüfung.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Target firmware</source>
        <translation>Ziel-Firmware</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Firmware-Aktualisierung</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Aktualisierung fällig</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyRestClient</name>
    <message>
        <source>%1 presents a certificate that does not verify and none is pinned for this phone</source>
        <translation>%1 legt ein Zertifikat vor, das sich nicht prüfen lässt, und für dieses Telefon ist keines hinterlegt</translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone (SHA-256 %2)</source>
        <translation>%1 legt ein Zertifikat vor, das nicht zum hinterlegten dieses Telefons passt (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone</source>
        <translation>%1 legt ein Zertifikat vor, das nicht zum hinterlegten dieses Telefons passt</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>REST API of %1 unreachable: %2</source>
        <translation>REST-API von %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 did not accept the request (status &quot;%2&quot;)</source>
        <translation>%1 hat die Anfrage nicht angenommen (Status „%2“)</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation>%1: Dokumentationsadresse, nicht kontaktiert</translation>
    </message>
    <message>
        <source>%1 refused the admin password (HTTP %2): the phone does not have the admin password its PhoneDesk configuration sets. Let it fetch its configuration (Resync, or provision it from PhoneDesk) and try again; if another phone now has this address, check the phone&apos;s network address and trust its web certificate again (Phones &gt; Trust Phone Web Certificate).</source>
        <translation>%1 hat das Admin-Passwort abgelehnt (HTTP %2): Das Telefon hat nicht das Admin-Passwort, das seine PhoneDesk-Konfiguration setzt. Lassen Sie es seine Konfiguration abrufen („Neu synchronisieren“ oder über PhoneDesk bereitstellen) und versuchen Sie es erneut; falls jetzt ein anderes Telefon diese Adresse hat, prüfen Sie die Netzwerkadresse des Telefons und vertrauen Sie seinem Web-Zertifikat erneut (Telefone &gt; Web-Zertifikat des Telefons vertrauen).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyZtpService</name>
    <message>
        <source>the device stays at another profile</source>
        <translation>das Gerät bleibt bei einem anderen Profil</translation>
    </message>
    <message>
        <source>Poly ZTP accepted the API key.</source>
        <translation>Poly ZTP hat den API-Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Poly ZTP refused the API key (%1). Copy the key from the ZTP portal again.</source>
        <translation>Poly ZTP hat den API-Schlüssel abgelehnt (%1). Kopieren Sie den Schlüssel erneut aus dem ZTP-Portal.</translation>
    </message>
    <message>
        <source>Poly ZTP did not answer as expected: %1</source>
        <translation>Poly ZTP hat nicht wie erwartet geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningController</name>
    <message>
        <source>%1: the provisioning server does not run in this console (use phonedesk-server).</source>
        <translation>%1: Der Bereitstellungsserver läuft nicht in dieser Konsole (verwenden Sie phonedesk-server).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningServer</name>
    <message>
        <source>This system has no TLS support (the OpenSSL library is missing).</source>
        <translation>Dieses System hat keine TLS-Unterstützung (die OpenSSL-Bibliothek fehlt).</translation>
    </message>
    <message>
        <source>Cannot read the server certificate &quot;%1&quot;: %2</source>
        <translation>Das Serverzertifikat „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Das Serverzertifikat „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the private key &quot;%1&quot;: %2</source>
        <translation>Der private Schlüssel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not an unencrypted PEM RSA or EC key.</source>
        <translation>Der private Schlüssel „%1“ ist kein unverschlüsselter PEM-RSA- oder EC-Schlüssel.</translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Die Geräte-CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>TLS could not be set up</source>
        <translation>TLS konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; cannot be used</source>
        <translation>Das Serverzertifikat „%1“ ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used</source>
        <translation>Der private Schlüssel „%1“ ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the certificate</source>
        <translation>Der private Schlüssel „%1“ gehört nicht zum Zertifikat</translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; cannot be used</source>
        <translation>Die Geräte-CA-Datei „%1“ ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht empfangen werden: %3</translation>
    </message>
    <message>
        <source>fetched its configuration</source>
        <translation>hat seine Konfiguration abgerufen</translation>
    </message>
    <message>
        <source>TLS could not be limited to AEAD cipher suites</source>
        <translation>TLS konnte nicht auf AEAD-Cipher-Suites beschränkt werden</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettings</name>
    <message>
        <source>Listen address is not a valid IP address.</source>
        <translation>Die Empfangsadresse ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>Server certificate &quot;%1&quot; is missing or not readable.</source>
        <translation>Das Serverzertifikat „%1“ fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Private key &quot;%1&quot; is missing or not readable.</source>
        <translation>Der private Schlüssel „%1“ fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Client certificates are %1 but the device CA file &quot;%2&quot; is missing or not readable.</source>
        <translation>Client-Zertifikate sind %1, aber die Geräte-CA-Datei „%2“ fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Phones need a way to authenticate: turn on client certificates or Digest authentication.</source>
        <translation>Telefone brauchen eine Möglichkeit zur Authentifizierung: Aktivieren Sie Client-Zertifikate oder Digest-Authentifizierung.</translation>
    </message>
    <message>
        <source>Idle timeout must be between 500 and 300000 ms.</source>
        <translation>Die Leerlaufzeit muss zwischen 500 und 300000 ms liegen.</translation>
    </message>
    <message>
        <source>Connection limits must be at least 1.</source>
        <translation>Verbindungsgrenzen müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The failure budget must allow at least one failure.</source>
        <translation>Das Fehlerbudget muss mindestens einen Fehler erlauben.</translation>
    </message>
    <message>
        <source>Quarantine capacity must be between 0 and 1000000.</source>
        <translation>Die Quarantänegröße muss zwischen 0 und 1000000 liegen.</translation>
    </message>
    <message>
        <source>Quarantine entries per address must be between 1 and 1000000.</source>
        <translation>Die Quarantäne-Einträge pro Adresse müssen zwischen 1 und 1000000 liegen.</translation>
    </message>
    <message>
        <source>allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone&apos;s MAC address with its vendor&apos;s User-Agent is served that phone&apos;s configuration, including its SIP passwords and local admin password. Use it in an isolated lab only.</source>
        <translation>allowUnauthenticated ist eingeschaltet: Jeder, der den Bereitstellungsserver erreicht und die MAC-Adresse eines bekannten Telefons mit dem User-Agent seines Herstellers nennt, erhält die Konfiguration dieses Telefons, einschließlich seiner SIP-Passwörter und seines lokalen Admin-Passworts. Verwenden Sie das nur in einem isolierten Labor.</translation>
    </message>
    <message>
        <source>The rollout interval must be between 100 ms and one hour.</source>
        <translation>Das Rollout-Intervall muss zwischen 100 ms und einer Stunde liegen.</translation>
    </message>
    <message>
        <source>The time after which a phone given its turn is told to resync again must be between 1 s and one hour.</source>
        <translation>Die Zeit, nach der ein Telefon, das an der Reihe ist, erneut zur Synchronisierung aufgefordert wird, muss zwischen 1 s und einer Stunde liegen.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettingsWidget</name>
    <message>
        <source>Run the provisioning server in this console</source>
        <translation>Den Bereitstellungsserver in dieser Konsole betreiben</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>Private Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Accept HTTP Digest with each phone&apos;s own secret</source>
        <translation>HTTP Digest mit dem eigenen Geheimnis jedes Telefons annehmen</translation>
    </message>
    <message>
        <source>Not asked for (Digest only)</source>
        <translation>Nicht angefordert (nur Digest)</translation>
    </message>
    <message>
        <source>Optional: a valid certificate replaces Digest</source>
        <translation>Optional: Ein gültiges Zertifikat ersetzt Digest</translation>
    </message>
    <message>
        <source>Required (mutual TLS)</source>
        <translation>Erforderlich (gegenseitiges TLS)</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Empfangs&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation>Server&amp;zertifikat:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Device CA:</source>
        <translation>&amp;Geräte-CA:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificates:</source>
        <translation>Client-Z&amp;ertifikate:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Phones fetch their files from https://%1:%2/ — give them this address as DHCP option 66 or 160, or in their provisioning server setting.</source>
        <translation>Telefone holen ihre Dateien von https://%1:%2/ – geben Sie ihnen diese Adresse als DHCP-Option 66 oder 160 oder in ihrer Provisioning-Server-Einstellung.</translation>
    </message>
    <message>
        <source>Serve known phones without authentication (isolated lab only)</source>
        <translation>Bekannte Telefone ohne Authentifizierung bedienen (nur isoliertes Labor)</translation>
    </message>
    <message>
        <source>Run the provisioning server in this console (%1: not allowed)</source>
        <translation>Den Bereitstellungsserver in dieser Konsole betreiben (%1: nicht erlaubt)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineModel</name>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineView</name>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Devices that asked for a configuration but are not on record. They were not served. Claim one to add it as a managed phone.</source>
        <translation>Geräte, die eine Konfiguration angefordert haben, aber nicht erfasst sind. Sie wurden nicht bedient. Übernehmen Sie eines, um es als verwaltetes Telefon hinzuzufügen.</translation>
    </message>
    <message>
        <source>Remove from quarantine</source>
        <translation>Aus der Quarantäne entfernen</translation>
    </message>
    <message>
        <source>Claim device</source>
        <translation>Gerät übernehmen</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>&amp;Basiseinstellungen:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>The quarantine could not be read: %1</source>
        <translation>Die Quarantäne konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) dropped from the quarantine to make room for newer ones, the last on %1. The server&apos;s log names the addresses they came from.</source>
        <translation>
            <numerusform>%n unbekanntes Gerät wurde aus der Quarantäne entfernt, um Platz für neuere zu schaffen, zuletzt am %1. Das Protokoll des Servers nennt die Adresse, von der es kam.</numerusform>
            <numerusform>%n unbekannte Geräte wurden aus der Quarantäne entfernt, um Platz für neuere zu schaffen, zuletzt am %1. Das Protokoll des Servers nennt die Adressen, von denen sie kamen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Redirection</name>
    <message>
        <source>%1: &quot;%2&quot; is not an https:// address with a host (for example https://api.ztp.poly.com/v1).</source>
        <translation>%1: „%2“ ist keine https://-Adresse mit Host (zum Beispiel https://api.ztp.poly.com/v1).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates &quot;%1&quot;: %2</source>
        <translation>Die CA-Zertifikate „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>„%1“ enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not: Yealink RPS needs the AccessKey ID and its secret.</source>
        <translation>%1 ist gesetzt, %2 aber nicht: Yealink RPS benötigt die AccessKey-ID und ihr Geheimnis.</translation>
    </message>
    <message numerus="yes">
        <source>Yealink RPS accepted the AccessKey (%n server(s) in the account).</source>
        <translation>
            <numerusform>Yealink RPS hat den AccessKey akzeptiert (%n Server im Konto).</numerusform>
            <numerusform>Yealink RPS hat den AccessKey akzeptiert (%n Server im Konto).</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the redirection states</source>
        <translation>beim Lesen der Umleitungsstatus</translation>
    </message>
    <message>
        <source>saving the redirection states</source>
        <translation>beim Speichern der Umleitungsstatus</translation>
    </message>
    <message>
        <source>%1 refused PhoneDesk&apos;s credentials (HTTP 401). Check the key under Manage → Redirection Services (for phonedesk-server: its environment file); the phones are sent again once it changes.</source>
        <translation>%1 hat die Zugangsdaten von PhoneDesk abgelehnt (HTTP 401). Prüfen Sie den Schlüssel unter Verwalten → Umleitungsdienste (bei phonedesk-server: in seiner Umgebungsdatei); die Telefone werden erneut gesendet, sobald er sich ändert.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): the account may not do this.</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP 403): Das Konto darf dies nicht.</translation>
    </message>
    <message>
        <source>%1 asked PhoneDesk to slow down (HTTP 429).</source>
        <translation>%1 hat PhoneDesk gebeten, langsamer zu werden (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own.</source>
        <translation>Bei %1 ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 war nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 refused this phone.</source>
        <translation>%1 hat dieses Telefon abgelehnt.</translation>
    </message>
    <message>
        <source>The phone is registered with another %1 account. Ask its owner (or the vendor) to release it, then retry.</source>
        <translation>Das Telefon ist bei einem anderen %1-Konto registriert. Bitten Sie dessen Inhaber (oder den Hersteller), es freizugeben, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 adds this account&apos;s phones only with their serial number. Enter the serial number from the phone&apos;s label.</source>
        <translation>%1 nimmt die Telefone dieses Kontos nur mit ihrer Seriennummer auf. Geben Sie die Seriennummer vom Etikett des Telefons ein.</translation>
    </message>
    <message>
        <source>The phone&apos;s site has no provisioning host, so there is nowhere to send it. Set the provisioning host of the site.</source>
        <translation>Der Standort des Telefons hat keinen Bereitstellungs-Host, daher gibt es kein Ziel, an das es weitergeleitet werden kann. Legen Sie den Bereitstellungs-Host des Standorts fest.</translation>
    </message>
    <message>
        <source>%1 failed too many times in a row; PhoneDesk stopped trying. Use Retry under Manage → Redirection Services.</source>
        <translation>%1 ist zu oft nacheinander fehlgeschlagen; PhoneDesk hat die Versuche eingestellt. Verwenden Sie „Fehlgeschlagene Telefone erneut versuchen“ unter Verwalten → Umleitungsdienste.</translation>
    </message>
    <message>
        <source>It was registered already.</source>
        <translation>Es war bereits registriert.</translation>
    </message>
    <message>
        <source>Waiting to be registered with %1.</source>
        <translation>Wartet auf die Registrierung bei %1.</translation>
    </message>
    <message>
        <source>%1 sends this phone to PhoneDesk when it starts unconfigured.</source>
        <translation>%1 leitet dieses Telefon an PhoneDesk weiter, wenn es unkonfiguriert startet.</translation>
    </message>
    <message>
        <source>%1 did not register this phone.</source>
        <translation>%1 hat dieses Telefon nicht registriert.</translation>
    </message>
    <message>
        <source>%1 is not set up here, so nothing is sent to it.</source>
        <translation>%1 ist hier nicht eingerichtet, daher wird nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>To be removed from %1.</source>
        <translation>Soll aus %1 entfernt werden.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Next try at %1 (attempt %2).</source>
        <translation>Nächster Versuch: %1 (Versuch %2).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionSettingsDialog</name>
    <message>
        <source>Redirection Services</source>
        <translation>Umleitungsdienste</translation>
    </message>
    <message>
        <source>A phone that starts without a provisioning server (none from DHCP option 66 or 160) asks its maker&apos;s redirection service where to go. PhoneDesk registers its managed phones there, so that they are sent to their site&apos;s provisioning host, and removes them when they are deleted. The keys are kept in this computer&apos;s keychain.</source>
        <translation>Ein Telefon, das ohne Bereitstellungsserver startet (keiner über DHCP-Option 66 oder 160), fragt den Umleitungsdienst seines Herstellers, wohin es sich wenden soll. PhoneDesk registriert seine verwalteten Telefone dort, damit sie an den Bereitstellungs-Host ihres Standorts weitergeleitet werden, und entfernt sie, wenn sie gelöscht werden. Die Schlüssel werden im Schlüsselbund dieses Computers aufbewahrt.</translation>
    </message>
    <message>
        <source>Poly Zero Touch Provisioning (ZTP)</source>
        <translation>Poly Zero Touch Provisioning (ZTP)</translation>
    </message>
    <message>
        <source>Register &amp;Poly phones with Poly ZTP</source>
        <translation>&amp;Poly-Telefone bei Poly ZTP registrieren</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Poly &amp;address:</source>
        <translation>Poly-&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://api.ztp.poly.com/v1</source>
        <translation>https://api.ztp.poly.com/v1</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Yealink Redirection and Provisioning Service (RPS)</source>
        <translation>Yealink Redirection and Provisioning Service (RPS)</translation>
    </message>
    <message>
        <source>Register &amp;Yealink phones with Yealink RPS</source>
        <translation>&amp;Yealink-Telefone bei Yealink RPS registrieren</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey-&amp;ID:</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Yealink a&amp;ddress:</source>
        <translation>Yealink-Adr&amp;esse:</translation>
    </message>
    <message>
        <source>https://us-api.ymcs.yealink.com (EU accounts: https://eu-api.ymcs.yealink.com)</source>
        <translation>https://us-api.ymcs.yealink.com (EU-Konten: https://eu-api.ymcs.yealink.com)</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Verbi&amp;ndung testen</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>the system&apos;s only (a PEM file for an on-premises YMCS)</source>
        <translation>nur die des Systems (eine PEM-Datei für ein YMCS vor Ort)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Phones</source>
        <translation>Fehlgeschlagene Telefone e&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>In this team database phonedesk-server registers the phones. Its keys are in its environment file (/etc/phonedesk/phonedesk-server.env), its addresses in [redirection] of phonedesk-server.conf; see docs/redirection.md. The settings here are not used.</source>
        <translation>In dieser Team-Datenbank registriert phonedesk-server die Telefone. Seine Schlüssel stehen in seiner Umgebungsdatei (/etc/phonedesk/phonedesk-server.env), seine Adressen in [redirection] von phonedesk-server.conf; siehe docs/redirection.md. Die Einstellungen hier werden nicht verwendet.</translation>
    </message>
    <message>
        <source>This console registers no phones now (the demo, or a role that may not control phones). The settings here are used when it does.</source>
        <translation>Diese Konsole registriert derzeit keine Telefone (die Demo oder eine Rolle, die keine Telefone steuern darf). Die Einstellungen hier werden verwendet, sobald sie es tut.</translation>
    </message>
    <message>
        <source>Poly address</source>
        <translation>Poly-Adresse</translation>
    </message>
    <message>
        <source>Yealink address</source>
        <translation>Yealink-Adresse</translation>
    </message>
    <message>
        <source>API key: Poly ZTP needs the API key of your ZTP account to register phones.</source>
        <translation>API-Schlüssel: Poly ZTP benötigt den API-Schlüssel Ihres ZTP-Kontos, um Telefone zu registrieren.</translation>
    </message>
    <message>
        <source>AccessKey: Yealink RPS needs the AccessKey ID and its secret (YMCS → System → Integration → API).</source>
        <translation>AccessKey: Yealink RPS benötigt die AccessKey-ID und ihr Geheimnis (YMCS → System → Integration → API).</translation>
    </message>
    <message>
        <source>Enter the key first.</source>
        <translation>Geben Sie zuerst den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Phones: %1 registered, %2 waiting, %3 failed, %4 not sent (not set up), %5 to remove.</source>
        <translation>Telefone: %1 registriert, %2 wartend, %3 fehlgeschlagen, %4 nicht gesendet (nicht eingerichtet), %5 zu entfernen.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionWorker</name>
    <message>
        <source>an in-memory database has no phones to register with a service.</source>
        <translation>eine In-Memory-Datenbank hat keine Telefone, die bei einem Dienst registriert werden könnten.</translation>
    </message>
    <message>
        <source>Set up; nothing sent yet.</source>
        <translation>Eingerichtet; noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Not set up: nothing is sent.</source>
        <translation>Nicht eingerichtet: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Another PhoneDesk (a console or phonedesk-server) registers the phones of this database; this one waits.</source>
        <translation>Ein anderes PhoneDesk (eine Konsole oder phonedesk-server) registriert die Telefone dieser Datenbank; dieses wartet.</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>Die Datenbank ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Up to date; some phones are tried again at %1.</source>
        <translation>Aktuell; einige Telefone werden um %1 erneut versucht.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n phone(s)…</source>
        <translation>
            <numerusform>%n Telefon wird entfernt…</numerusform>
            <numerusform>%n Telefone werden entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n phone(s)…</source>
        <translation>
            <numerusform>%n Telefon wird registriert…</numerusform>
            <numerusform>%n Telefone werden registriert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2); nothing is sent until they change.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (%2); bis sie sich ändern, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>Pausiert bis %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutDialog</name>
    <message>
        <source>Firmware Rollouts</source>
        <translation>Firmware-Rollouts</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Basiseinstellungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>An der Reihe</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;New Rollout…</source>
        <translation>&amp;Neuer Rollout…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Stop this rollout and move the phones it moved back to the earlier version</source>
        <translation>Diesen Rollout stoppen und die von ihm umgestellten Telefone auf die frühere Version zurücksetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>alle (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, rolling back #%2</source>
        <translation>%1, rollt #%2 zurück</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>%1 waiting, %2 updating, %3 up to date, %4 failed</source>
        <translation>%1 wartend, %2 in Aktualisierung, %3 aktuell, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Only Administrators start, pause and roll back rollouts.</source>
        <translation>Nur Administratoren können Rollouts starten, pausieren und zurückrollen.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutRepository</name>
    <message>
        <source>reading the firmware rollouts</source>
        <translation>beim Lesen der Firmware-Rollouts</translation>
    </message>
    <message>
        <source>reading the phones of firmware rollout #%1</source>
        <translation>beim Lesen der Telefone des Firmware-Rollouts #%1</translation>
    </message>
    <message>
        <source>reading the phones held at a firmware version</source>
        <translation>beim Lesen der auf einer Firmware-Version festgehaltenen Telefone</translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware rollouts</source>
        <translation>beim Lesen der Firmware-Rollouts der Telefone</translation>
    </message>
    <message>
        <source>start a firmware rollout</source>
        <translation>einen Firmware-Rollout starten</translation>
    </message>
    <message>
        <source>Target version: the firmware library has no image of version &quot;%1&quot; for the model of &quot;%2&quot;. Add it under Manage &gt; Firmware… first.</source>
        <translation>Zielversion: Die Firmware-Bibliothek hat kein Image der Version „%1“ für das Modell von „%2“. Fügen Sie es zuerst unter Verwalten &gt; Firmware… hinzu.</translation>
    </message>
    <message>
        <source>starting a firmware rollout of &quot;%1&quot;</source>
        <translation>beim Starten eines Firmware-Rollouts von „%1“</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 was removed meanwhile.</source>
        <translation>Der Firmware-Rollout #%1 wurde zwischenzeitlich entfernt.</translation>
    </message>
    <message>
        <source>There is no firmware rollout #%1.</source>
        <translation>Es gibt keinen Firmware-Rollout #%1.</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 is %2, not %3.</source>
        <translation>Der Firmware-Rollout #%1 hat den Status „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <source>pause a firmware rollout</source>
        <translation>einen Firmware-Rollout pausieren</translation>
    </message>
    <message>
        <source>resume a firmware rollout</source>
        <translation>einen Firmware-Rollout fortsetzen</translation>
    </message>
    <message>
        <source>roll back a firmware rollout</source>
        <translation>einen Firmware-Rollout zurückrollen</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 cannot be rolled back: &quot;%2&quot; named no firmware version before it.</source>
        <translation>Der Firmware-Rollout #%1 kann nicht zurückgerollt werden: „%2“ nannte davor keine Firmware-Version.</translation>
    </message>
    <message>
        <source>rolling back firmware rollout #%1</source>
        <translation>beim Zurückrollen des Firmware-Rollouts #%1</translation>
    </message>
    <message>
        <source>advancing firmware rollout #%1</source>
        <translation>beim Fortführen des Firmware-Rollouts #%1</translation>
    </message>
    <message>
        <source>reading the phones of the base settings</source>
        <translation>beim Lesen der Telefone der Basiseinstellungen</translation>
    </message>
    <message>
        <source>Phones updating at once: %1 is out of range (1-10000).</source>
        <translation>Gleichzeitige Aktualisierungen: %1 liegt außerhalb des zulässigen Bereichs (1-10000).</translation>
    </message>
    <message>
        <source>Timeout: %1 minutes is out of range (1-10080).</source>
        <translation>Zeitlimit: %1 Minuten liegen außerhalb des zulässigen Bereichs (1-10080).</translation>
    </message>
    <message>
        <source>Percentage: %1 is out of range (1-100).</source>
        <translation>Prozentsatz: %1 liegt außerhalb des zulässigen Bereichs (1-100).</translation>
    </message>
    <message>
        <source>Sites: choose at least one site.</source>
        <translation>Standorte: Wählen Sie mindestens einen Standort.</translation>
    </message>
    <message>
        <source>Phones: choose at least one phone.</source>
        <translation>Telefone: Wählen Sie mindestens ein Telefon.</translation>
    </message>
    <message>
        <source>Time window: start and end must be different times of day.</source>
        <translation>Zeitfenster: Beginn und Ende müssen unterschiedliche Uhrzeiten sein.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Time window &quot;%1&quot; is not two different times of day as HH:MM-HH:MM (22:00-06:00).</source>
        <translation>Das Zeitfenster „%1“ besteht nicht aus zwei unterschiedlichen Uhrzeiten im Format HH:MM-HH:MM (22:00-06:00).</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a managed phone of the base settings &quot;%2&quot;.</source>
        <translation>Telefon „%1“ ist kein verwaltetes Telefon der Basiseinstellungen „%2“.</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>No managed phone of the base settings &quot;%1&quot; is in this rollout.</source>
        <translation>Kein verwaltetes Telefon der Basiseinstellungen „%1“ gehört zu diesem Rollout.</translation>
    </message>
    <message>
        <source>stopping the rollouts under way</source>
        <translation>beim Stoppen der laufenden Rollouts</translation>
    </message>
    <message>
        <source>a later rollout of the same base settings took over</source>
        <translation>ein späterer Rollout derselben Basiseinstellungen hat übernommen</translation>
    </message>
    <message>
        <source>already ran %1</source>
        <translation>lief bereits mit %1</translation>
    </message>
    <message>
        <source>came back on %1</source>
        <translation>kam mit %1 zurück</translation>
    </message>
    <message>
        <source>not back on %1 within %2 min</source>
        <translation>nicht innerhalb von %2 min mit %1 zurück</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SaveConflict</name>
    <message>
        <source> by %1 at %2</source>
        <translation> von %1 am %2</translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes are discarded). Overwrite saves your version over it. Cancel returns to your changes.</source>
        <translation>„Neu laden“ zeigt die gespeicherte Fassung (Ihre Änderungen werden verworfen). „Überschreiben“ speichert Ihre Fassung darüber. „Abbrechen“ kehrt zu Ihren Änderungen zurück.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Scram</name>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password contains a control character.</source>
        <translation>Das Passwort enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ScreenshotTour</name>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>%1 konnte nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Server</name>
    <message>
        <source>PhoneDesk server: HTTPS provisioning, SIP status polling and phone commands for a shared database.</source>
        <translation>PhoneDesk-Server: HTTPS-Bereitstellung, SIP-Statusabfrage und Telefonbefehle für eine gemeinsame Datenbank.</translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD).</source>
        <translation>Datenbank-URL: sqlite:/pfad/datei.sqlite oder postgresql://benutzer@host:port/db (Passwort aus PGPASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>INI configuration file (default %1).</source>
        <translation>INI-Konfigurationsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Serve provisioning only: no status polling and no commands.</source>
        <translation>Nur Bereitstellung: keine Statusabfrage und keine Befehle.</translation>
    </message>
    <message>
        <source>Check the configuration and the database, then exit.</source>
        <translation>Konfiguration und Datenbank prüfen, dann beenden.</translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; cannot be read.</source>
        <translation>Die Konfigurationsdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; is not a valid INI file.</source>
        <translation>Die Konfigurationsdatei „%1“ ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>No database: give --database or set [database] url in %1.</source>
        <translation>Keine Datenbank: Geben Sie --database an oder setzen Sie [database] url in %1.</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>Die Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>The [provisioning] settings in %1 are not valid:
%2</source>
        <translation>Die [provisioning]-Einstellungen in %1 sind ungültig:
%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Configuration and database %1 are fine.</source>
        <translation>Konfiguration und Datenbank %1 sind in Ordnung.</translation>
    </message>
    <message>
        <source>The [deviceControl] settings in %1 are not valid:
%2</source>
        <translation>Die Einstellungen [deviceControl] in %1 sind ungültig:
%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The login %1 has the %2 role in %3, which may not read the phones&apos; secrets or record their status. Connect with a login in the server role (phonedesk-cli team add LOGIN --role server).</source>
        <translation>Der Login %1 hat in %3 die Rolle %2, die die Geheimnisse der Telefone weder lesen noch ihren Status erfassen darf. Verbinden Sie sich mit einem Login in der Server-Rolle (phonedesk-cli team add LOGIN --role server).</translation>
    </message>
    <message>
        <source>Cannot check the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Database: connected (%1)</source>
        <translation>Datenbank: verbunden (%1)</translation>
    </message>
    <message>
        <source>Database: reconnecting since %1 (%2)</source>
        <translation>Datenbank: Verbindung wird seit %1 wiederhergestellt (%2)</translation>
    </message>
    <message>
        <source>Shards: holding %1 of %2, %3 server(s) seen</source>
        <translation>Shards: %1 von %2 gehalten, %3 Server gesehen</translation>
    </message>
    <message>
        <source> (lock connection reconnecting: the last shards are kept)</source>
        <translation> (Sperrverbindung wird wiederhergestellt: die letzten Shards bleiben erhalten)</translation>
    </message>
    <message>
        <source> (SQLite: this server holds every shard)</source>
        <translation> (SQLite: dieser Server hält jeden Shard)</translation>
    </message>
    <message>
        <source>Last sweep: %1, %2 ms, %3 phones probed</source>
        <translation>Letzter Durchlauf: %1, %2 ms, %3 Telefone abgefragt</translation>
    </message>
    <message>
        <source>Last sweep: none finished yet</source>
        <translation>Letzter Durchlauf: noch keiner abgeschlossen</translation>
    </message>
    <message>
        <source>Last sweep: status polling is off</source>
        <translation>Letzter Durchlauf: Statusabfrage ist aus</translation>
    </message>
    <message>
        <source>Write backlog: status of %1 phone(s), %2 fetch record(s) waiting</source>
        <translation>Schreibrückstand: Status von %1 Telefon(en), %2 Abrufeinträge warten</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>Commands in progress: %1</source>
        <translation>Laufende Befehle: %1</translation>
    </message>
    <message>
        <source>health/port: &quot;%1&quot; is not a port number (0 = no health endpoint).</source>
        <translation>health/port: „%1“ ist keine Portnummer (0 = kein Health-Endpunkt).</translation>
    </message>
    <message>
        <source>health/address: &quot;%1&quot; is not a loopback address; the health endpoint answers anyone who reaches it, so it binds to 127.0.0.1 or ::1 only.</source>
        <translation>health/address: „%1“ ist keine Loopback-Adresse; der Health-Endpunkt antwortet jedem, der ihn erreicht, daher bindet er nur an 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>The health endpoint binds to a loopback address only, not %1.</source>
        <translation>Der Health-Endpunkt bindet nur an eine Loopback-Adresse, nicht an %1.</translation>
    </message>
    <message>
        <source>The health endpoint cannot listen on %1 port %2: %3</source>
        <translation>Der Health-Endpunkt kann auf %1 Port %2 nicht lauschen: %3</translation>
    </message>
    <message>
        <source>No health endpoint: set [health] port= in the configuration file and restart the service.</source>
        <translation>Kein Health-Endpunkt: Setzen Sie [health] port= in der Konfigurationsdatei und starten Sie den Dienst neu.</translation>
    </message>
    <message>
        <source>The service does not answer on %1 port %2 (is it running?).</source>
        <translation>Der Dienst antwortet nicht auf %1 Port %2 (läuft er?).</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid: %1</source>
        <translation>Die Antwort des Dienstes ist ungültig: %1</translation>
    </message>
    <message>
        <source>Ask the running service how it is (its [health] endpoint) and exit: 0 running and connected, 1 no endpoint configured, 2 the database is away, 4 no answer.</source>
        <translation>Den laufenden Dienst nach seinem Zustand fragen (sein [health]-Endpunkt) und beenden: 0 läuft und verbunden, 1 kein Endpunkt konfiguriert, 2 die Datenbank ist weg, 4 keine Antwort.</translation>
    </message>
    <message>
        <source>With --status: text (default) or json.</source>
        <translation>Mit --status: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>With --status: wait up to this many seconds for the service to answer and exit 0 once it does (also when no endpoint is configured).</source>
        <translation>Mit --status: bis zu so vielen Sekunden auf die Antwort des Dienstes warten und mit 0 beenden, sobald er antwortet (auch wenn kein Endpunkt konfiguriert ist).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>The [health] settings in %1 are not valid: %2</source>
        <translation>Die [health]-Einstellungen in %1 sind ungültig: %2</translation>
    </message>
    <message>
        <source>--format is text or json, --wait a number of seconds.</source>
        <translation>--format ist text oder json, --wait eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>deviceControl/pollInterval in %1 must be a number of seconds from 1 to 86400.</source>
        <translation>deviceControl/pollInterval in %1 muss eine Anzahl Sekunden von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <source>Cannot open the shard lock connection to %1: %2</source>
        <translation>Die Shard-Sperrverbindung zu %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The [redirection] settings in %1 or its keys are not valid:
%2</source>
        <translation>Die [redirection]-Einstellungen in %1 oder ihre Schlüssel sind ungültig:
%2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SettingsSchema</name>
    <message>
        <source>Dynamic reload</source>
        <translation>Dynamisches Neuladen</translation>
    </message>
    <message>
        <source>Apply configuration changes without a restart: when these settings change, the phones using them are told to re-fetch their configuration.</source>
        <translation>Konfigurationsänderungen ohne Neustart anwenden: Ändern sich diese Einstellungen, werden die betroffenen Telefone aufgefordert, ihre Konfiguration neu abzurufen.</translation>
    </message>
    <message>
        <source>Persist user settings</source>
        <translation>Benutzereinstellungen beibehalten</translation>
    </message>
    <message>
        <source>Keep settings the user changed on the phone (ring tone, volume) across re-provisioning.</source>
        <translation>Am Telefon geänderte Einstellungen (Klingelton, Lautstärke) bei erneuter Bereitstellung beibehalten.</translation>
    </message>
    <message>
        <source>DSCP for RTP</source>
        <translation>DSCP für RTP</translation>
    </message>
    <message>
        <source>Differentiated Services code point for voice packets (0-63; 46 = Expedited Forwarding).</source>
        <translation>DiffServ-Codepunkt für Sprachpakete (0-63; 46 = Expedited Forwarding).</translation>
    </message>
    <message>
        <source>DSCP for SIP</source>
        <translation>DSCP für SIP</translation>
    </message>
    <message>
        <source>Differentiated Services code point for SIP signalling (0-63).</source>
        <translation>DiffServ-Codepunkt für SIP-Signalisierung (0-63).</translation>
    </message>
    <message>
        <source>RTP audio port range start</source>
        <translation>Beginn des RTP-Audio-Portbereichs</translation>
    </message>
    <message>
        <source>First UDP port used for RTP audio (1024-65534, even: RTCP uses the next odd port).</source>
        <translation>Erster UDP-Port für RTP-Audio (1024-65534, gerade: RTCP verwendet den nächsten ungeraden Port).</translation>
    </message>
    <message>
        <source>Preferred codecs</source>
        <translation>Bevorzugte Codecs</translation>
    </message>
    <message>
        <source>DTMF method</source>
        <translation>DTMF-Verfahren</translation>
    </message>
    <message>
        <source>RTP events (out-of-band, RFC 4733) or in-band audio tones.</source>
        <translation>RTP-Events (Out-of-Band, RFC 4733) oder In-Band-Töne.</translation>
    </message>
    <message>
        <source>RTP event payload type</source>
        <translation>Payload-Typ für RTP-Events</translation>
    </message>
    <message>
        <source>Dynamic RTP payload type for telephone events (96-127).</source>
        <translation>Dynamischer RTP-Payload-Typ für Telefon-Events (96-127).</translation>
    </message>
    <message>
        <source>TLS certificate authority</source>
        <translation>TLS-Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Which certificate authorities the phone trusts for SIP and provisioning TLS.</source>
        <translation>Welchen Zertifizierungsstellen das Telefon für SIP- und Bereitstellungs-TLS vertraut.</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>SIP-Transport</translation>
    </message>
    <message>
        <source>Transport for SIP signalling: UDP, TCP or TLS.</source>
        <translation>Transport für SIP-Signalisierung: UDP, TCP oder TLS.</translation>
    </message>
    <message>
        <source>SRTP</source>
        <translation>SRTP</translation>
    </message>
    <message>
        <source>Encrypt media with SRTP: disabled, offered (optional) or required.</source>
        <translation>Medien mit SRTP verschlüsseln: deaktiviert, angeboten (optional) oder erforderlich.</translation>
    </message>
    <message>
        <source>Mutual authentication</source>
        <translation>Gegenseitige Authentifizierung</translation>
    </message>
    <message>
        <source>The phone presents its device certificate when it fetches its configuration.</source>
        <translation>Das Telefon weist sich beim Abruf seiner Konfiguration mit seinem Gerätezertifikat aus.</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Firmware-Version</translation>
    </message>
    <message>
        <source>Firmware update policy</source>
        <translation>Firmware-Aktualisierung</translation>
    </message>
    <message>
        <source>Manual: never update on its own. Automatic: update when the firmware version changes.</source>
        <translation>Manuell: nie selbständig aktualisieren. Automatisch: aktualisieren, wenn sich die Firmware-Version ändert.</translation>
    </message>
    <message>
        <source>Firmware server URL</source>
        <translation>URL des Firmware-Servers</translation>
    </message>
    <message>
        <source>HTTPS address the phones download firmware from.</source>
        <translation>HTTPS-Adresse, von der die Telefone die Firmware laden.</translation>
    </message>
    <message>
        <source>Resync period (minutes)</source>
        <translation>Abrufintervall (Minuten)</translation>
    </message>
    <message>
        <source>How often phones check for a new configuration (0 = only on boot or when told; at most one week).</source>
        <translation>Wie oft Telefone nach einer neuen Konfiguration fragen (0 = nur beim Start oder auf Anforderung; höchstens eine Woche).</translation>
    </message>
    <message>
        <source>Enable HELD</source>
        <translation>HELD aktivieren</translation>
    </message>
    <message>
        <source>LIS URL</source>
        <translation>LIS-URL</translation>
    </message>
    <message>
        <source>HTTPS address of the Location Information Server.</source>
        <translation>HTTPS-Adresse des Location Information Servers.</translation>
    </message>
    <message>
        <source>Emergency Routing Service account ID</source>
        <translation>Konto-ID beim Emergency Routing Service</translation>
    </message>
    <message>
        <source>Account identifier at the emergency routing provider.</source>
        <translation>Kontokennung beim Anbieter des Notruf-Routings.</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Notrufnummern</translation>
    </message>
    <message>
        <source>Comma-separated numbers treated as emergency calls.</source>
        <translation>Durch Kommas getrennte Nummern, die als Notrufe gelten.</translation>
    </message>
    <message>
        <source>Raw vendor parameters</source>
        <translation>Herstellerparameter (roh)</translation>
    </message>
    <message>
        <source>One vendor parameter per line as name=value, for what the other settings do not cover. Written last, so it wins.</source>
        <translation>Ein Herstellerparameter pro Zeile als name=wert, für das, was die übrigen Einstellungen nicht abdecken. Wird zuletzt geschrieben und gilt daher vorrangig.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Media / QoS</source>
        <translation>Medien / QoS</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>E911 / HELD</source>
        <translation>E911 / HELD</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>RTP events (RFC 4733)</source>
        <translation>RTP-Events (RFC 4733)</translation>
    </message>
    <message>
        <source>In-band audio</source>
        <translation>In-Band-Audio</translation>
    </message>
    <message>
        <source>Public certificate authorities</source>
        <translation>Öffentliche Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Organisation&apos;s private CA</source>
        <translation>Private CA der Organisation</translation>
    </message>
    <message>
        <source>Public and private CAs</source>
        <translation>Öffentliche und private CAs</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>%1 must be on or off (true or false).</source>
        <translation>%1 muss ein- oder ausgeschaltet sein (true oder false).</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
    </message>
    <message>
        <source>%1 must be an even number (got %2).</source>
        <translation>%1 muss eine gerade Zahl sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2 (got &quot;%3&quot;).</source>
        <translation>%1 muss einer dieser Werte sein: %2 (erhalten: „%3“).</translation>
    </message>
    <message>
        <source>%1 needs at least one codec.</source>
        <translation>%1 braucht mindestens einen Codec.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known codec (use %3).</source>
        <translation>%1: „%2“ ist kein bekannter Codec (verwenden Sie %3).</translation>
    </message>
    <message>
        <source>%1: the %2 does not support %3.</source>
        <translation>%1: Das %2 unterstützt %3 nicht.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1: %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is not a valid address (for example https://lis.example.com/held).</source>
        <translation>%1 ist keine gültige Adresse (zum Beispiel https://lis.example.com/held).</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1 muss https verwenden.</translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation>%1 muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 ist zu lang.</translation>
    </message>
    <message>
        <source>%1, line %2: expected name=value.</source>
        <translation>%1, Zeile %2: name=wert erwartet.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid parameter name (letters, digits, . _ - / only).</source>
        <translation>%1, Zeile %2: „%3“ ist kein gültiger Parametername (nur Buchstaben, Ziffern, . _ - /).</translation>
    </message>
    <message>
        <source>%1, line %2: control characters are not allowed.</source>
        <translation>%1, Zeile %2: Steuerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting.</source>
        <translation>„%1“ ist keine bekannte Einstellung.</translation>
    </message>
    <message>
        <source>%1 does not apply to the %2.</source>
        <translation>%1 gilt nicht für das %2.</translation>
    </message>
    <message>
        <source>LIS URL is required when HELD is enabled.</source>
        <translation>Die LIS-URL ist erforderlich, wenn HELD aktiviert ist.</translation>
    </message>
    <message>
        <source>Let the phone fetch its location from a Location Information Server for emergency calls. Poly phones: PhoneDesk keeps the LIS URL and account but does not write Poly&apos;s location parameters yet (their names are not confirmed); add them under Advanced for the firmware in use.</source>
        <translation>Das Telefon seinen Standort für Notrufe von einem Location Information Server abrufen lassen. Poly-Telefone: PhoneDesk speichert die LIS-URL und das Konto, schreibt die Standortparameter von Poly aber noch nicht (ihre Namen sind nicht bestätigt); fügen Sie sie unter „Erweitert“ für die verwendete Firmware hinzu.</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference: the phone offers them in this order.</source>
        <translation>Audio-Codecs in Reihenfolge der Präferenz: Das Telefon bietet sie in dieser Reihenfolge an.</translation>
    </message>
    <message>
        <source>Firmware the phones should run, from the firmware library; none keeps what they have. A change reaches every phone at its next fetch; a rollout (Manage &gt; Firmware Rollouts…) moves them a few at a time.</source>
        <translation>Firmware, die die Telefone ausführen sollen, aus der Firmware-Bibliothek; „Keine“ belässt ihnen ihre aktuelle Firmware. Eine Änderung erreicht jedes Telefon bei seinem nächsten Abruf; ein Rollout (Verwalten &gt; Firmware-Rollouts…) stellt sie nach und nach in kleinen Gruppen um.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipClient</name>
    <message numerus="yes">
        <source>no answer after %n transmissions</source>
        <translation>
            <numerusform>keine Antwort nach %n Sendung</numerusform>
            <numerusform>keine Antwort nach %n Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the SIP socket on %1 port %2: %3</source>
        <translation>Der SIP-Socket auf %1 Port %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>The SIP client is not started.</source>
        <translation>Der SIP-Client ist nicht gestartet.</translation>
    </message>
    <message>
        <source>SIP over TLS is not supported for %1; use UDP or TCP.</source>
        <translation>SIP über TLS wird für %1 nicht unterstützt; verwenden Sie UDP oder TCP.</translation>
    </message>
    <message>
        <source>no IPv6 socket</source>
        <translation>kein IPv6-Socket</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>An %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Too many open SIP TCP connections; %1 was not contacted.</source>
        <translation>Zu viele offene SIP-TCP-Verbindungen; %1 wurde nicht kontaktiert.</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>TCP error with %1: %2</source>
        <translation>TCP-Fehler mit %1: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed or oversized SIP message</source>
        <translation>%1 hat eine fehlerhafte oder übergroße SIP-Nachricht gesendet</translation>
    </message>
    <message>
        <source>the TCP connection was closed</source>
        <translation>die TCP-Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the SIP socket is bound to %1, which cannot reach this address</source>
        <translation>der SIP-Socket ist an %1 gebunden, von dort ist diese Adresse nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipTarget</name>
    <message>
        <source>The phone has no network address.</source>
        <translation>Das Telefon hat keine Netzwerkadresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown transport &quot;%2&quot;.</source>
        <translation>„%1“: unbekannter Transport „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the user part is not valid.</source>
        <translation>„%1“: Der Benutzerteil ist ungültig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address is missing its closing bracket.</source>
        <translation>„%1“: Der IPv6-Adresse fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unexpected text after the address.</source>
        <translation>„%1“: unerwarteter Text nach der Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>„%1“: Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only IP addresses are probed; enter the phone&apos;s IP address.</source>
        <translation>„%1“: Nur IP-Adressen werden abgefragt; geben Sie die IP-Adresse des Telefons ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone indices are not supported; use a global address.</source>
        <translation>„%1“: IPv6-Zonenindizes werden nicht unterstützt; verwenden Sie eine globale Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not the address of a single phone.</source>
        <translation>„%1“: nicht die Adresse eines einzelnen Telefons.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: documentation address, not probed (it stands for a made-up phone; enter the phone&apos;s real IP address).</source>
        <translation>„%1“: Dokumentationsadresse, nicht abgefragt (sie steht für ein erfundenes Telefon; geben Sie die echte IP-Adresse des Telefons ein).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SiteDialog</name>
    <message>
        <source>Edit Site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>New Site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>&amp;Medien:</translation>
    </message>
    <message>
        <source>&amp;Primary SIP server:</source>
        <translation>&amp;Primärer SIP-Server:</translation>
    </message>
    <message>
        <source>S&amp;econdary SIP server:</source>
        <translation>S&amp;ekundärer SIP-Server:</translation>
    </message>
    <message>
        <source>provisioning.example.com:8443</source>
        <translation>provisioning.example.com:8443</translation>
    </message>
    <message>
        <source>Pro&amp;visioning host:</source>
        <translation>Bereitstellungs-&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>E&amp;911 location:</source>
        <translation>E&amp;911-Standort:</translation>
    </message>
    <message>
        <source>N&amp;umber plan:</source>
        <translation>N&amp;ummernplan:</translation>
    </message>
    <message>
        <source>sip.example.com</source>
        <translation>sip.example.com</translation>
    </message>
    <message>
        <source>Site Changed Meanwhile</source>
        <translation>Standort zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>Standort „%1“ wurde%2 geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Sql</name>
    <message>
        <source>manage the team (Administrator)</source>
        <translation>das Team verwalten (Administrator)</translation>
    </message>
    <message>
        <source>change these phones or read their device secrets (Editor, or Administrator for secrets)</source>
        <translation>diese Telefone ändern oder ihre Gerätegeheimnisse lesen (Bearbeiter, für Geheimnisse Administrator)</translation>
    </message>
    <message>
        <source>record phone status (Operator)</source>
        <translation>den Telefonstatus erfassen (Operator)</translation>
    </message>
    <message>
        <source>change the activity log (it is append-only; Operator to add entries)</source>
        <translation>das Aktivitätsprotokoll ändern (es wird nur ergänzt; Operator, um Einträge hinzuzufügen)</translation>
    </message>
    <message>
        <source>change the provisioning quarantine (Editor)</source>
        <translation>die Bereitstellungs-Quarantäne ändern (Bearbeiter)</translation>
    </message>
    <message>
        <source>change sites, users, base settings or settings (Administrator)</source>
        <translation>Standorte, Benutzer, Basiseinstellungen oder Einstellungen ändern (Administrator)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::StatusMapping</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>antwortete mit %1</translation>
    </message>
    <message>
        <source>slow answer: %1 ms (limit %2 ms)</source>
        <translation>langsame Antwort: %1 ms (Grenze %2 ms)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Storage</name>
    <message>
        <source>writing the audit log</source>
        <translation>beim Schreiben des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>beim Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot;</source>
        <translation>Basiseinstellungen „%1“</translation>
    </message>
    <message>
        <source>Base settings named &quot;%1&quot; already exist.</source>
        <translation>Basiseinstellungen namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>reading base settings</source>
        <translation>beim Lesen der Basiseinstellungen</translation>
    </message>
    <message>
        <source>The base settings no longer exist.</source>
        <translation>Die Basiseinstellungen existieren nicht mehr.</translation>
    </message>
    <message>
        <source>There are no base settings named &quot;%1&quot;.</source>
        <translation>Es gibt keine Basiseinstellungen namens „%1“.</translation>
    </message>
    <message>
        <source>create base settings</source>
        <translation>Basiseinstellungen anlegen</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>beim Anlegen von %1</translation>
    </message>
    <message>
        <source>edit base settings</source>
        <translation>Basiseinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Model: the model of existing base settings cannot change; create new base settings and migrate the phones.</source>
        <translation>Modell: Das Modell bestehender Basiseinstellungen kann sich nicht ändern; legen Sie neue Basiseinstellungen an und migrieren Sie die Telefone.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>beim Speichern von %1</translation>
    </message>
    <message>
        <source>counting phones</source>
        <translation>beim Zählen der Telefone</translation>
    </message>
    <message>
        <source>delete base settings</source>
        <translation>Basiseinstellungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Base settings &quot;%1&quot; are used by %n phone(s); migrate them to other base settings first.</source>
        <translation>
            <numerusform>Die Basiseinstellungen „%1“ werden von %n Telefon verwendet; migrieren Sie es zuerst zu anderen Basiseinstellungen.</numerusform>
            <numerusform>Die Basiseinstellungen „%1“ werden von %n Telefonen verwendet; migrieren Sie diese zuerst zu anderen Basiseinstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>beim Löschen von %1</translation>
    </message>
    <message>
        <source>The database already has phones; demo data is only added to an empty database.</source>
        <translation>Die Datenbank enthält bereits Telefone; Demodaten werden nur einer leeren Datenbank hinzugefügt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation>beim Lesen der Telefone</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;</source>
        <translation>Telefon „%1“</translation>
    </message>
    <message>
        <source>reading sites</source>
        <translation>beim Lesen der Standorte</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>beim Lesen der Benutzer</translation>
    </message>
    <message>
        <source>reading a phone</source>
        <translation>beim Lesen eines Telefons</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>Das Telefon existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Name: another phone is already called &quot;%1&quot;.</source>
        <translation>Name: Ein anderes Telefon heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 already belongs to phone &quot;%2&quot;.</source>
        <translation>Hardware-ID: %1 gehört bereits zum Telefon „%2“.</translation>
    </message>
    <message>
        <source>add or edit phones</source>
        <translation>Telefone hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no id to update.</source>
        <translation>Telefon „%1“ hat keine ID zum Aktualisieren.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; is used by two phones in this batch.</source>
        <translation>Name: „%1“ wird in diesem Stapel von zwei Telefonen verwendet.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 is used by &quot;%2&quot; and &quot;%3&quot; in this batch.</source>
        <translation>Hardware-ID: %1 wird in diesem Stapel von „%2“ und „%3“ verwendet.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation>Telefon „%1“: %2</translation>
    </message>
    <message>
        <source>saving phones</source>
        <translation>beim Speichern der Telefone</translation>
    </message>
    <message>
        <source>Phones %1 to %2 of the batch</source>
        <translation>Telefone %1 bis %2 des Stapels</translation>
    </message>
    <message>
        <source>Saving %1 returned no id.</source>
        <translation>Das Speichern von %1 lieferte keine ID.</translation>
    </message>
    <message>
        <source>delete phones</source>
        <translation>Telefone löschen</translation>
    </message>
    <message>
        <source>deleting phones</source>
        <translation>beim Löschen der Telefone</translation>
    </message>
    <message>
        <source>One of the selected phones no longer exists; nothing was deleted.</source>
        <translation>Eines der ausgewählten Telefone existiert nicht mehr; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>deleting phone &quot;%1&quot;</source>
        <translation>beim Löschen des Telefons „%1“</translation>
    </message>
    <message>
        <source>migrate base settings</source>
        <translation>Basiseinstellungen migrieren</translation>
    </message>
    <message>
        <source>The target base settings use an unknown model.</source>
        <translation>Die Ziel-Basiseinstellungen verwenden ein unbekanntes Modell.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is a %2 phone; base settings &quot;%3&quot; are for %4 phones.</source>
        <translation>Telefon „%1“ ist ein Telefon der Kategorie %2; die Basiseinstellungen „%3“ sind für %4.</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>Telefone abmelden</translation>
    </message>
    <message>
        <source>logging out %1</source>
        <translation>beim Abmelden von %1</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot;</source>
        <translation>Standort „%1“</translation>
    </message>
    <message>
        <source>A site named &quot;%1&quot; already exists.</source>
        <translation>Einen Standort namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>reading a site</source>
        <translation>beim Lesen eines Standorts</translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation>Der Standort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>create sites</source>
        <translation>Standorte anlegen</translation>
    </message>
    <message>
        <source>edit sites</source>
        <translation>Standorte bearbeiten</translation>
    </message>
    <message>
        <source>counting the site&apos;s phones</source>
        <translation>beim Zählen der Telefone des Standorts</translation>
    </message>
    <message>
        <source>delete sites</source>
        <translation>Standorte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; is used by %n phone(s); move them to another site first.</source>
        <translation>
            <numerusform>Standort „%1“ wird von %n Telefon verwendet; verschieben Sie es zuerst an einen anderen Standort.</numerusform>
            <numerusform>Standort „%1“ wird von %n Telefonen verwendet; verschieben Sie diese zuerst an einen anderen Standort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish %1: a record with the same unique value exists (%2).</source>
        <translation>Fehler %1: Ein Datensatz mit demselben eindeutigen Wert existiert bereits (%2).</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>Fehler %1: Die Datenbank ist durch ein anderes Programm gesperrt. Nichts wurde geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is read-only. Nothing was changed.</source>
        <translation>Fehler %1: Die Datenbank ist schreibgeschützt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not finish %1: a required value is missing or refers to a record that does not exist (%2). Nothing was changed.</source>
        <translation>Fehler %1: Ein erforderlicher Wert fehlt oder verweist auf einen nicht vorhandenen Datensatz (%2). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Restore it from a backup.</source>
        <translation>Fehler %1: Die Datenbankdatei ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not finish %1: the connection to the database was lost (%2). Nothing was changed.</source>
        <translation>Fehler %1: Die Verbindung zur Datenbank ist abgerissen (%2). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not finish %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone deleted it. Your changes were not saved.</source>
        <translation>%1 existiert nicht mehr: Jemand hat es gelöscht. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> von %1 am %2</translation>
    </message>
    <message>
        <source>%1 was changed%2 after you opened it. Your changes were not saved: reload to see the current version, then apply your changes again.</source>
        <translation>%1 wurde%2 geändert, nachdem Sie es geöffnet haben. Ihre Änderungen wurden nicht gespeichert: Laden Sie neu, um die aktuelle Fassung zu sehen, und wenden Sie Ihre Änderungen erneut an.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>reading phone status</source>
        <translation>beim Lesen des Telefonstatus</translation>
    </message>
    <message>
        <source>saving phone status</source>
        <translation>beim Speichern des Telefonstatus</translation>
    </message>
    <message>
        <source>recording a configuration fetch</source>
        <translation>beim Erfassen eines Konfigurationsabrufs</translation>
    </message>
    <message>
        <source>SQLite support is missing from this installation (Qt&apos;s QSQLITE driver).</source>
        <translation>Dieser Installation fehlt die SQLite-Unterstützung (Qt-Treiber QSQLITE).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. PhoneDesk needs to write to it: check its permissions, or open a copy.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt. PhoneDesk muss in sie schreiben: Prüfen Sie ihre Berechtigungen oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. PhoneDesk needs to create its journal files next to the database: check the folder&apos;s permissions.</source>
        <translation>Der Ordner %1 ist schreibgeschützt. PhoneDesk muss neben der Datenbank Journaldateien anlegen: Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PhoneDesk database or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>%1 ist keine PhoneDesk-Datenbank oder sie ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL support is missing from this installation (Qt&apos;s QPSQL driver; on Debian and Ubuntu install libqt6sql6-psql).</source>
        <translation>Dieser Installation fehlt die PostgreSQL-Unterstützung (Qt-Treiber QPSQL; unter Debian und Ubuntu libqt6sql6-psql installieren).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation>Keine Verbindung zu PostgreSQL unter %1:%2 (Datenbank %3): %4</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>beim Vorbereiten der Datenbank</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>beim Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>This database was created by a newer PhoneDesk (schema %1; this version knows up to %2). Update PhoneDesk to open it; the database was not changed.</source>
        <translation>Diese Datenbank wurde von einem neueren PhoneDesk angelegt (Schema %1; diese Version kennt bis %2). Aktualisieren Sie PhoneDesk, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>beim Beginn der Schemaaktualisierung</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>beim Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>beim Erfassen der Schemaversion %1</translation>
    </message>
    <message>
        <source>%1 may not %2: the %3 role does not allow it.</source>
        <translation>%1 darf nicht: %2 – die Rolle %3 erlaubt es nicht.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>beim Beginn einer Transaktion</translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation>beim Bekanntgeben der Änderung</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>beim Speichern der Änderungen</translation>
    </message>
    <message>
        <source>reading setting %1</source>
        <translation>beim Lesen der Einstellung %1</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>beim Speichern der Einstellung %1</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>beim Lesen eines Benutzers</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>create users</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>edit users</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>counting the user&apos;s phones</source>
        <translation>beim Zählen der Telefone des Benutzers</translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; is assigned to %n phone(s); log them out of those phones first.</source>
        <translation>
            <numerusform>Benutzer „%1“ ist %n Telefon zugeordnet; melden Sie ihn dort zuerst ab.</numerusform>
            <numerusform>Benutzer „%1“ ist %n Telefonen zugeordnet; melden Sie ihn dort zuerst ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the provisioning quarantine</source>
        <translation>beim Lesen der Bereitstellungs-Quarantäne</translation>
    </message>
    <message>
        <source>updating the provisioning quarantine</source>
        <translation>beim Aktualisieren der Bereitstellungs-Quarantäne</translation>
    </message>
    <message>
        <source>remove quarantined devices</source>
        <translation>Geräte aus der Quarantäne entfernen</translation>
    </message>
    <message>
        <source>Could not finish %1: this build has no SQLite library.</source>
        <translation>Fehler %1: Dieser Build enthält keine SQLite-Bibliothek.</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>beim Lesen der Datenbank</translation>
    </message>
    <message>
        <source>Site: you may only put phones at your own sites.</source>
        <translation>Standort: Sie dürfen Telefone nur Ihren eigenen Standorten zuordnen.</translation>
    </message>
    <message>
        <source>%1 may not read device secrets: only Administrators and the PhoneDesk server may.</source>
        <translation>%1 darf keine Gerätegeheimnisse lesen: Das dürfen nur Administratoren und der PhoneDesk-Server.</translation>
    </message>
    <message>
        <source>%1 may not render configuration files: they hold the phones&apos; passwords, which only Administrators and the PhoneDesk server may read.</source>
        <translation>%1 darf keine Konfigurationsdateien erzeugen: Sie enthalten die Passwörter der Telefone, die nur Administratoren und der PhoneDesk-Server lesen dürfen.</translation>
    </message>
    <message>
        <source>Could not finish %1: it concerns a phone at a site outside your sites, and the database refused it (permission: site scope). Nothing was changed.</source>
        <translation>Fehler %1: Es betrifft ein Telefon an einem Standort außerhalb Ihrer Standorte, und die Datenbank hat es abgelehnt (Berechtigung: Standortbeschränkung). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not finish %1: your role may not %2, and the database refused it. Nothing was changed.</source>
        <translation>Fehler %1: Ihre Rolle darf nicht: %2 – die Datenbank hat es abgelehnt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database refused it for your role (%2). Nothing was changed.</source>
        <translation>Fehler %1: Die Datenbank hat es für Ihre Rolle abgelehnt (%2). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk holding the database is full (%2). Nothing was changed; free some space on it and try again.</source>
        <translation>Fehler %1: Der Datenträger der Datenbank ist voll (%2). Nichts wurde geändert; schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer could read it: PhoneDesk made it private to you: %1.</source>
        <translation>Die Datenbank enthält die Geheimnisse der Telefone, und andere Benutzer dieses Computers konnten sie lesen: PhoneDesk hat sie nur für Sie zugänglich gemacht: %1.</translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer can read it; PhoneDesk could not change that: %1. Ask the file&apos;s owner to make it private (chmod 600).</source>
        <translation>Die Datenbank enthält die Geheimnisse der Telefone, und andere Benutzer dieses Computers können sie lesen; PhoneDesk konnte das nicht ändern: %1. Bitten Sie den Eigentümer der Datei, sie privat zu machen (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the system could not read or write it (%2). Nothing was changed.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: Das System konnte sie nicht lesen oder schreiben (%2). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the disk holding it is full (%2). The file is not damaged and nothing was changed; free some space on that disk and try again.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: Der Datenträger, auf dem sie liegt, ist voll (%2). Die Datei ist nicht beschädigt und nichts wurde geändert; schaffen Sie auf diesem Datenträger Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2: the database refused to let it read anything. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation>Der Login %1 ist kein Mitglied des PhoneDesk-Teams der Datenbank %2: Die Datenbank lässt ihn nichts lesen. Bitten Sie einen PhoneDesk-Administrator, ihn hinzuzufügen (phonedesk-cli team add).</translation>
    </message>
    <message>
        <source>backing up the database</source>
        <translation>beim Sichern der Datenbank</translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it; nothing was changed. %2</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht nach %1 gesichert werden; nichts wurde geändert. %2</translation>
    </message>
    <message>
        <source>Database %1 needs an upgrade to schema %2, which only its owner can do: ask them to open it once with this version of PhoneDesk (for example with phonedesk-cli db setup-team). Nothing was changed.</source>
        <translation>Die Datenbank %1 braucht eine Aktualisierung auf Schema %2, die nur ihr Eigentümer vornehmen kann: Bitten Sie ihn, sie einmal mit dieser Version von PhoneDesk zu öffnen (zum Beispiel mit phonedesk-cli db setup-team). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>reading who you are</source>
        <translation>beim Ermitteln Ihrer Identität</translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation>Der Login %1 ist kein Mitglied des PhoneDesk-Teams der Datenbank %2. Bitten Sie einen PhoneDesk-Administrator, ihn hinzuzufügen (phonedesk-cli team add).</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role in this database; the %3 role was refused: a chosen role may only be lower than the one the database gives you.</source>
        <translation>Sie sind als %1 mit der Rolle %2 in dieser Datenbank angemeldet; die Rolle %3 wurde abgelehnt: Eine gewählte Rolle darf nur niedriger sein als die, die Ihnen die Datenbank gibt.</translation>
    </message>
    <message>
        <source>%1 may not %2: that is outside their sites (%3). Nothing was changed.</source>
        <translation>%1 darf nicht: %2 – das liegt außerhalb der eigenen Standorte (%3). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot listen for changes in PostgreSQL database %1: %2</source>
        <translation>Änderungen in der PostgreSQL-Datenbank %1 können nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>setting up the change feed</source>
        <translation>beim Einrichten der Änderungsmeldungen</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMemberEditor</name>
    <message>
        <source>Team Member %1</source>
        <translation>Teammitglied %1</translation>
    </message>
    <message>
        <source>Add Team Member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>PostgreSQL login, e.g. anna.keller</source>
        <translation>PostgreSQL-Login, z. B. anna.keller</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;All sites</source>
        <translation>&amp;Alle Standorte</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Leer lassen, um das Passwort zu behalten</translation>
    </message>
    <message>
        <source>&amp;No password: the login signs in with a certificate or peer authentication</source>
        <translation>&amp;Kein Passwort: Der Login meldet sich mit einem Zertifikat oder per Peer-Authentifizierung an</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Login: enter the PostgreSQL login name.</source>
        <translation>Login: Geben Sie den Namen des PostgreSQL-Logins ein.</translation>
    </message>
    <message>
        <source>Login: use letters, digits and _ . @ - (at most 63).</source>
        <translation>Login: Verwenden Sie Buchstaben, Ziffern und _ . @ - (höchstens 63).</translation>
    </message>
    <message>
        <source>Login: names starting with pg_ are reserved by PostgreSQL.</source>
        <translation>Login: Namen, die mit pg_ beginnen, sind für PostgreSQL reserviert.</translation>
    </message>
    <message>
        <source>Sites: choose at least one site, or All sites.</source>
        <translation>Standorte: Wählen Sie mindestens einen Standort oder „Alle Standorte“.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ.</source>
        <translation>Bestätigen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Each person signs in to the team database with a login of their own. PostgreSQL enforces the role and the sites for the console, phonedesk-cli and psql alike.</source>
        <translation>Jede Person meldet sich mit einem eigenen Login bei der Team-Datenbank an. PostgreSQL setzt Rolle und Standorte für die Konsole, phonedesk-cli und psql gleichermaßen durch.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n Mitglied.</numerusform>
            <numerusform>%n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>Teammitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team? The login loses every right in this database at once.</source>
        <translation>%1 aus dem Team entfernen? Der Login verliert sofort alle Rechte in dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamRepository</name>
    <message>
        <source>Cannot %1: team members exist in a team database on PostgreSQL. The embedded database has one person at this desk; choose the role with --role.</source>
        <translation>Nicht möglich: %1 – Teammitglieder gibt es in einer Team-Datenbank auf PostgreSQL. Die eingebettete Datenbank hat eine Person an diesem Arbeitsplatz; wählen Sie die Rolle mit --role.</translation>
    </message>
    <message>
        <source>reading the team&apos;s roles</source>
        <translation>beim Lesen der Rollen des Teams</translation>
    </message>
    <message>
        <source>set up team mode</source>
        <translation>den Team-Modus einrichten</translation>
    </message>
    <message>
        <source>Only the owner of database %1 can set up team mode; you are signed in as %2.</source>
        <translation>Nur der Eigentümer der Datenbank %1 kann den Team-Modus einrichten; Sie sind als %2 angemeldet.</translation>
    </message>
    <message>
        <source>setting up team mode</source>
        <translation>beim Einrichten des Team-Modus</translation>
    </message>
    <message>
        <source>Setting up team mode creates PostgreSQL roles, and the login %1 may not create roles. A superuser can allow it: ALTER ROLE %1 CREATEROLE;</source>
        <translation>Das Einrichten des Team-Modus legt PostgreSQL-Rollen an, und der Login %1 darf keine Rollen anlegen. Ein Superuser kann es erlauben: ALTER ROLE %1 CREATEROLE;</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 already exists and was not made by PhoneDesk as the %2 role of database %3 (role names are shared by every database of the server). Rename or drop it, then set up team mode again; nothing was changed.</source>
        <translation>Die PostgreSQL-Rolle %1 existiert bereits und wurde nicht von PhoneDesk als Rolle %2 der Datenbank %3 angelegt (Rollennamen gelten für alle Datenbanken des Servers). Benennen Sie sie um oder löschen Sie sie und richten Sie den Team-Modus dann erneut ein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>beim Anlegen der Rolle %1</translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still create objects in the schema of the tables (its owner is not you): ask its owner to run REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</source>
        <translation>Jeder Login des PostgreSQL-Servers darf noch Objekte im Schema der Tabellen anlegen (sein Eigentümer sind nicht Sie): Bitten Sie den Eigentümer, dies auszuführen: REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still connect to database %1 (its owner is not you): ask its owner to run REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</source>
        <translation>Jeder Login des PostgreSQL-Servers darf sich noch mit der Datenbank %1 verbinden (ihr Eigentümer sind nicht Sie): Bitten Sie den Eigentümer, dies auszuführen: REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</translation>
    </message>
    <message>
        <source>granting the team&apos;s privileges</source>
        <translation>beim Gewähren der Rechte des Teams</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Nicht möglich: %1 – %2.</translation>
    </message>
    <message>
        <source>list the team</source>
        <translation>das Team auflisten</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>beim Lesen des Teams</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is not a login name PhoneDesk can add: use letters, digits and _ . @ - (at most 63, not starting with pg_).</source>
        <translation>Login: „%1“ ist kein Login-Name, den PhoneDesk hinzufügen kann: Verwenden Sie Buchstaben, Ziffern und _ . @ - (höchstens 63, nicht mit pg_ am Anfang).</translation>
    </message>
    <message>
        <source>Sites: the %1 role is not limited to sites; only Viewers, Operators and Editors are.</source>
        <translation>Standorte: Die Rolle %1 ist nicht auf Standorte beschränkt; das sind nur Betrachter, Operatoren und Bearbeiter.</translation>
    </message>
    <message>
        <source>add %1 to the team</source>
        <translation>%1 zum Team hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 from the team</source>
        <translation>%1 aus dem Team entfernen</translation>
    </message>
    <message>
        <source>give %1 the %2 role</source>
        <translation>%1 die Rolle %2 geben</translation>
    </message>
    <message>
        <source>change the sites of %1</source>
        <translation>die Standorte von %1 ändern</translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation>das Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>Server (phonedesk-server)</source>
        <translation>Server (phonedesk-server)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Types</name>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation>Nicht verwaltet</translation>
    </message>
    <message>
        <source>WebRTC</source>
        <translation>WebRTC</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Speed dial</source>
        <translation>Kurzwahl</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht belegt</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::UserDialog</name>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Durchwahl:</translation>
    </message>
    <message>
        <source>User Changed Meanwhile</source>
        <translation>Benutzer zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>Benutzer „%1“ wurde%2 geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Line keys: the %1 has %2 line keys, %3 are configured.</source>
        <translation>Leitungstasten: Das %1 hat %2 Leitungstasten, konfiguriert sind %3.</translation>
    </message>
    <message>
        <source>Line key %1: position must be between 1 and %2 on the %3.</source>
        <translation>Leitungstaste %1: Die Position muss beim %3 zwischen 1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Line key %1 is configured twice.</source>
        <translation>Leitungstaste %1 ist doppelt konfiguriert.</translation>
    </message>
    <message>
        <source>Line key %1: the label must be at most 64 printable characters.</source>
        <translation>Leitungstaste %1: Die Beschriftung darf höchstens 64 druckbare Zeichen haben.</translation>
    </message>
    <message>
        <source>Line key %1: a speed dial needs a number (+15551234567 or an extension) or a SIP address, not &quot;%2&quot;.</source>
        <translation>Leitungstaste %1: Eine Kurzwahl braucht eine Nummer (+15551234567 oder eine Durchwahl) oder eine SIP-Adresse, nicht „%2“.</translation>
    </message>
    <message>
        <source>Line key %1: a BLF key needs the extension or SIP address to watch, not &quot;%2&quot;.</source>
        <translation>Leitungstaste %1: Eine BLF-Taste braucht die zu beobachtende Durchwahl oder SIP-Adresse, nicht „%2“.</translation>
    </message>
    <message>
        <source>Line key %1: the value is not valid.</source>
        <translation>Leitungstaste %1: Der Wert ist ungültig.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Base settings are required.</source>
        <translation>Basiseinstellungen sind erforderlich.</translation>
    </message>
    <message>
        <source>Base settings: the selected profile does not exist.</source>
        <translation>Basiseinstellungen: Das gewählte Profil existiert nicht.</translation>
    </message>
    <message>
        <source>Base settings: the profile&apos;s model &quot;%1&quot; is not in the catalog.</source>
        <translation>Basiseinstellungen: Das Modell „%1“ des Profils steht nicht im Katalog.</translation>
    </message>
    <message>
        <source>Site is required.</source>
        <translation>Ein Standort ist erforderlich.</translation>
    </message>
    <message>
        <source>Site: the selected site does not exist.</source>
        <translation>Standort: Der gewählte Standort existiert nicht.</translation>
    </message>
    <message>
        <source>User: the selected user does not exist.</source>
        <translation>Benutzer: Der gewählte Benutzer existiert nicht.</translation>
    </message>
    <message>
        <source>Hardware ID: a managed phone needs its MAC address (for example 00:04:F2:AB:CD:EF).</source>
        <translation>Hardware-ID: Ein verwaltetes Telefon braucht seine MAC-Adresse (zum Beispiel 00:04:F2:AB:CD:EF).</translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef.</source>
        <translation>Hardware-ID: „%1“ ist keine MAC-Adresse. Verwenden Sie 12 Hexadezimalziffern, z. B. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef oder 0004f2abcdef.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 is a broadcast or multicast address, not a phone&apos;s MAC.</source>
        <translation>Hardware-ID: %1 ist eine Broadcast- oder Multicast-Adresse, nicht die MAC eines Telefons.</translation>
    </message>
    <message>
        <source>Remote address applies to remote phones only.</source>
        <translation>Die Remote-Adresse gilt nur für Remote-Telefone.</translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a host name (for example softphone-12.example.com).</source>
        <translation>Hardware-ID: „%1“ ist kein Hostname (zum Beispiel softphone-12.example.com).</translation>
    </message>
    <message>
        <source>User: a WebRTC phone belongs to a user; choose one.</source>
        <translation>Benutzer: Ein WebRTC-Telefon gehört zu einem Benutzer; wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Hardware ID: a remote phone has no hardware ID.</source>
        <translation>Hardware-ID: Ein Remote-Telefon hat keine Hardware-ID.</translation>
    </message>
    <message>
        <source>Remote address is required: an E.164 number (+15551234567) or a SIP address.</source>
        <translation>Die Remote-Adresse ist erforderlich: eine E.164-Nummer (+15551234567) oder eine SIP-Adresse.</translation>
    </message>
    <message>
        <source>Remote address: &quot;%1&quot; is neither an E.164 number (+15551234567) nor a SIP address (sip:alice@example.com).</source>
        <translation>Remote-Adresse: „%1“ ist weder eine E.164-Nummer (+15551234567) noch eine SIP-Adresse (sip:alice@example.com).</translation>
    </message>
    <message>
        <source>Line keys: a remote phone has no line keys.</source>
        <translation>Leitungstasten: Ein Remote-Telefon hat keine Leitungstasten.</translation>
    </message>
    <message>
        <source>Network address: &quot;%1&quot; is not a host or IP address with an optional port.</source>
        <translation>Netzwerkadresse: „%1“ ist kein Host und keine IP-Adresse mit optionalem Port.</translation>
    </message>
    <message>
        <source>Network address: remote phones are not probed.</source>
        <translation>Netzwerkadresse: Remote-Telefone werden nicht abgefragt.</translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation>E911-Standort</translation>
    </message>
    <message>
        <source>Number plan</source>
        <translation>Nummernplan</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address.</source>
        <translation>%1: „%2“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1: enter the port in the port field, not in the host.</source>
        <translation>%1: Geben Sie den Port im Portfeld ein, nicht im Host.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation>%1: Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation>Primärer SIP-Server</translation>
    </message>
    <message>
        <source>Secondary SIP server</source>
        <translation>Sekundärer SIP-Server</translation>
    </message>
    <message>
        <source>Secondary SIP server: must differ from the primary server.</source>
        <translation>Sekundärer SIP-Server: muss sich vom primären Server unterscheiden.</translation>
    </message>
    <message>
        <source>Provisioning host: &quot;%1&quot; is not a host name or address with optional port.</source>
        <translation>Bereitstellungs-Host: „%1“ ist kein Hostname und keine Adresse mit optionalem Port.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone name such as Europe/Berlin.</source>
        <translation>Zeitzone: „%1“ ist kein Zeitzonenname wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation>E-Mail: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Extension: &quot;%1&quot; must be 2 to 15 digits.</source>
        <translation>Durchwahl: „%1“ muss aus 2 bis 15 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation>Ein Modell ist erforderlich.</translation>
    </message>
    <message>
        <source>Model: &quot;%1&quot; is not a known phone model.</source>
        <translation>Modell: „%1“ ist kein bekanntes Telefonmodell.</translation>
    </message>
    <message>
        <source>The %1 is not compatible with cloud media; calls at this cloud-media site may fail.</source>
        <translation>Das %1 ist nicht mit Cloud-Medien kompatibel; Anrufe an diesem Cloud-Medien-Standort können fehlschlagen.</translation>
    </message>
    <message>
        <source>Unmanaged phones are not supported with cloud media; use a premises site or a managed model.</source>
        <translation>Nicht verwaltete Telefone werden mit Cloud-Medien nicht unterstützt; verwenden Sie einen Vor-Ort-Standort oder ein verwaltetes Modell.</translation>
    </message>
    <message>
        <source>%1 must not contain invisible or text-direction characters (%2 at character %3).</source>
        <translation>%1 darf keine unsichtbaren Zeichen oder Textrichtungszeichen enthalten (%2 an Position %3).</translation>
    </message>
    <message>
        <source>Line key %1: the label</source>
        <translation>Leitungstaste %1: die Beschriftung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Base settings: a %2 profile is not for %1 phones.</source>
        <translation>Basiseinstellungen: Ein %2-Profil ist nicht für Telefone der Kategorie „%1“.</translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic needs a Firmware version from the firmware library, or a Firmware server URL.</source>
        <translation>Firmware-Aktualisierung: Automatisch braucht eine Firmware-Version aus der Firmware-Bibliothek oder eine URL des Firmware-Servers.</translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic, but the firmware library has no image of version %1 for the %2 (Firmware version), and no Firmware server URL is set. Add the image (Manage &gt; Firmware…), set the URL, or choose Manual.</source>
        <translation>Firmware-Aktualisierung: Automatisch, aber die Firmware-Bibliothek hat kein Image der Version %1 für das %2 (Firmware-Version), und keine URL des Firmware-Servers ist gesetzt. Fügen Sie das Image hinzu (Verwalten &gt; Firmware…), setzen Sie die URL oder wählen Sie Manuell.</translation>
    </message>
    <message>
        <source>Serial number: only desk phones (managed or unmanaged) have one.</source>
        <translation>Seriennummer: Nur Tischtelefone (verwaltet oder nicht verwaltet) haben eine.</translation>
    </message>
    <message>
        <source>Serial number: &quot;%1&quot; is not a serial number. Use the one on the phone&apos;s label: up to 64 letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos;.</source>
        <translation>Seriennummer: „%1“ ist keine Seriennummer. Verwenden Sie die auf dem Etikett des Telefons: bis zu 64 Buchstaben, Ziffern, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; oder &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::YealinkRpsService</name>
    <message>
        <source>the device stays at another server</source>
        <translation>das Gerät bleibt bei einem anderen Server</translation>
    </message>
    <message>
        <source>Yealink RPS refused the AccessKey ID or secret (%1). Create a new AccessKey under YMCS → System → Integration → API.</source>
        <translation>Yealink RPS hat die AccessKey-ID oder das Geheimnis abgelehnt (%1). Erstellen Sie einen neuen AccessKey unter YMCS → System → Integration → API.</translation>
    </message>
    <message>
        <source>Yealink RPS did not answer as expected: %1</source>
        <translation>Yealink RPS hat nicht wie erwartet geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk phone management console</source>
        <translation>Konsole zur Verwaltung von Tischtelefonen</translation>
    </message>
    <message>
        <source>Open a demo organisation in a temporary database.</source>
        <translation>Eine Demo-Organisation in einer temporären Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.sqlite or postgresql://user@host:5432/phonedesk (password from PGPASSWORD or the system keychain).</source>
        <translation>Zu öffnende Datenbank: sqlite:/pfad/datei.sqlite oder postgresql://benutzer@host:5432/phonedesk (Passwort aus PGPASSWORD oder dem Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>Write screenshots of the console into a folder and exit.</source>
        <translation>Bildschirmfotos der Konsole in einen Ordner schreiben und beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use viewer, operator, editor or administrator.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie viewer, operator, editor oder administrator.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo.</source>
        <translation>Für die Demo konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>PhoneDesk</source>
        <translation>PhoneDesk</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Phone status is not available: %1</source>
        <translation>Der Telefonstatus ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Resync after a configuration change failed: %1</source>
        <translation>Die Neusynchronisierung nach einer Konfigurationsänderung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The provisioning server did not start: %1</source>
        <translation>Der Bereitstellungsserver ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Role: viewer, operator, editor or administrator. Embedded database: default administrator. Team database: your role in the database, which this may only lower.</source>
        <translation>Rolle: viewer, operator, editor oder administrator. Eingebettete Datenbank: Standard administrator. Team-Datenbank: Ihre Rolle in der Datenbank, die diese Option nur herabsetzen darf.</translation>
    </message>
    <message>
        <source>The simulated phones could not start: %1
The demo&apos;s phones are shown without status.</source>
        <translation>Die simulierten Telefone konnten nicht starten: %1
Die Telefone der Demo werden ohne Status angezeigt.</translation>
    </message>
    <message>
        <source>Could not open %1 with --role %2:
%3</source>
        <translation>%1 konnte nicht mit --role %2 geöffnet werden:
%3</translation>
    </message>
    <message>
        <source>Phone status is not available: %1 (in %2)</source>
        <translation>Der Telefonstatus ist nicht verfügbar: %1 (in %2)</translation>
    </message>
    <message>
        <source>Redirection services: %1</source>
        <translation>Umleitungsdienste: %1</translation>
    </message>
</context>
<context>
    <name>phonesim</name>
    <message>
        <source>Simulated SIP desk phones on loopback. Phone i answers at 127.1.0.1 + i (skipping .0 and .255) on the SIP port; its Poly-style REST API is on the REST port of the same address.</source>
        <translation>Simulierte SIP-Tischtelefone auf Loopback. Telefon i antwortet unter 127.1.0.1 + i (ohne .0 und .255) auf dem SIP-Port; seine REST-API im Poly-Stil liegt auf dem REST-Port derselben Adresse.</translation>
    </message>
    <message>
        <source>Do not serve the REST API.</source>
        <translation>Die REST-API nicht anbieten.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>--digest-secrets: cannot read %1: %2</source>
        <translation>--digest-secrets: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: &quot;%3&quot; is not a MAC address.</source>
        <translation>--digest-secrets: %1 Zeile %2: „%3“ ist keine MAC-Adresse.</translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: the secret of %3 is empty.</source>
        <translation>--digest-secrets: %1 Zeile %2: Das Geheimnis von %3 ist leer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 could not start, 2 bad options, 3 (with --exit-after-provisioning) some phones got no configuration.</source>
        <translation>Rückgabewert: 0 fertig, 1 Start nicht möglich, 2 ungültige Optionen, 3 (mit --exit-after-provisioning) einige Telefone haben keine Konfiguration erhalten.</translation>
    </message>
    <message>
        <source>Number of phones.</source>
        <translation>Anzahl der Telefone.</translation>
    </message>
    <message>
        <source>SIP port every phone listens on (0 = any free port).</source>
        <translation>SIP-Port, auf dem jedes Telefon empfängt (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>HTTPS REST port (0 = any free port).</source>
        <translation>HTTPS-REST-Port (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Share of requests ignored (0..1).</source>
        <translation>Anteil ignorierter Anfragen (0..1).</translation>
    </message>
    <message>
        <source>Share of phones that never answer (0..1).</source>
        <translation>Anteil der Telefone, die nie antworten (0..1).</translation>
    </message>
    <message>
        <source>Share of answers replaced by garbage (0..1).</source>
        <translation>Anteil der Antworten, die durch Datenmüll ersetzt werden (0..1).</translation>
    </message>
    <message>
        <source>Answer delay in milliseconds.</source>
        <translation>Antwortverzögerung in Millisekunden.</translation>
    </message>
    <message>
        <source>How long a rebooting phone is silent.</source>
        <translation>Wie lange ein neu startendes Telefon stumm bleibt.</translation>
    </message>
    <message>
        <source>Final answer to OPTIONS.</source>
        <translation>Endgültige Antwort auf OPTIONS.</translation>
    </message>
    <message>
        <source>Base URL phones fetch &lt;mac&gt;.cfg from: on check-sync, after a reboot and with --provision-on-boot.</source>
        <translation>Basis-URL, von der Telefone &lt;mac&gt;.cfg abrufen: bei check-sync, nach einem Neustart und mit --provision-on-boot.</translation>
    </message>
    <message>
        <source>REST API password (user &quot;Polycom&quot;).</source>
        <translation>Passwort der REST-API (Benutzer „Polycom“).</translation>
    </message>
    <message>
        <source>Random seed (which phones are dead, which packets are lost).</source>
        <translation>Startwert des Zufallsgenerators (welche Telefone tot sind, welche Pakete verloren gehen).</translation>
    </message>
    <message>
        <source>Write index,mac,sip_address,rest_address to this file.</source>
        <translation>index,mac,sip_address,rest_address in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0 = until interrupted).</source>
        <translation>Nach so vielen Sekunden beenden (0 = bis zur Unterbrechung).</translation>
    </message>
    <message>
        <source>User-Agent of the phones&apos; SIP answers.</source>
        <translation>User-Agent der SIP-Antworten der Telefone.</translation>
    </message>
    <message>
        <source>Every phone fetches its configuration from --provisioning-url at start, as a phone out of the box does: &lt;mac&gt;.cfg, then the files a Poly master file names.</source>
        <translation>Jedes Telefon ruft beim Start seine Konfiguration von --provisioning-url ab, wie es ein fabrikneues Telefon tut: &lt;mac&gt;.cfg, dann die Dateien, die eine Poly-Masterdatei nennt.</translation>
    </message>
    <message>
        <source>Phones power up at random times within this many milliseconds (seeded).</source>
        <translation>Telefone schalten sich zu zufälligen Zeitpunkten innerhalb so vieler Millisekunden ein (nach Startwert).</translation>
    </message>
    <message>
        <source>Configuration fetches in flight at most, fleet-wide.</source>
        <translation>Höchstzahl gleichzeitig laufender Konfigurationsabrufe in der gesamten Flotte.</translation>
    </message>
    <message>
        <source>Timeout of one provisioning request.</source>
        <translation>Zeitlimit einer Bereitstellungsanfrage.</translation>
    </message>
    <message>
        <source>User-Agent of provisioning requests; {mac}, {MAC} and {mac:} stand for the phone&apos;s MAC (default: &quot;FileTransport &lt;user-agent&gt; Type/Application&quot;, as Poly phones send).</source>
        <translation>User-Agent der Bereitstellungsanfragen; {mac}, {MAC} und {mac:} stehen für die MAC des Telefons (Standard: „FileTransport &lt;user-agent&gt; Type/Application“, wie ihn Poly-Telefone senden).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) every phone presents; the server accepts it only for phones it names.</source>
        <translation>Client-Zertifikat (PEM), das jedes Telefon vorlegt; der Server akzeptiert es nur für die Telefone, die es nennt.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Privater Schlüssel (PEM) zu --client-cert.</translation>
    </message>
    <message>
        <source>Per-phone client certificates: &lt;dir&gt;/&lt;mac&gt;.pem and &lt;dir&gt;/&lt;mac&gt;.key.</source>
        <translation>Client-Zertifikate je Telefon: &lt;dir&gt;/&lt;mac&gt;.pem und &lt;dir&gt;/&lt;mac&gt;.key.</translation>
    </message>
    <message>
        <source>CSV file of &quot;mac,secret&quot; lines: the phone&apos;s own secret for HTTP Digest authentication.</source>
        <translation>CSV-Datei mit Zeilen „mac,secret“: das eigene Geheimnis des Telefons für die HTTP-Digest-Authentifizierung.</translation>
    </message>
    <message>
        <source>Write the files each phone received to &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt;.</source>
        <translation>Die von jedem Telefon empfangenen Dateien nach &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Write index,mac,status,fetches,errors,files,error per live phone to this file after the first contact and at exit.</source>
        <translation>index,mac,status,fetches,errors,files,error für jedes lebende Telefon nach dem ersten Kontakt und beim Beenden in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>With --provision-on-boot: exit once every phone has fetched, with status 0 when all got their configuration and 3 otherwise.</source>
        <translation>Mit --provision-on-boot: beenden, sobald jedes Telefon seinen Abruf gemacht hat, mit Rückgabewert 0, wenn alle ihre Konfiguration erhalten haben, sonst 3.</translation>
    </message>
    <message>
        <source>--exit-after-provisioning needs --provision-on-boot.</source>
        <translation>--exit-after-provisioning erfordert --provision-on-boot.</translation>
    </message>
    <message>
        <source>Check the provisioning server&apos;s certificate against the CA(s) in this PEM file (default: not checked, as on many phones out of the box).</source>
        <translation>Das Zertifikat des Bereitstellungsservers gegen die CA(s) in dieser PEM-Datei prüfen (Standard: keine Prüfung, wie bei vielen fabrikneuen Telefonen).</translation>
    </message>
</context>
</TS>
