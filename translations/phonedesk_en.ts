<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PhoneDesk</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ActivityPage</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone moved to other base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User logged out of the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User logged out, phone told to re-fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone told to re-fetch its configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone status checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone credentials exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the provisioning quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member&apos;s password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member&apos;s role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member&apos;s sites changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware added to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware removed from the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::BaseSettingsEditor</name>
    <message>
        <source>Edit Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1–%2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// or http:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base Settings Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: none (empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G.711 µ-law (PCMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G.711 A-law (PCMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G.722</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G.729</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; were changed%2 while you were editing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (keep what the phones run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the firmware library)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CheckedFile</name>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output: the disk is full. What was written is incomplete; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output: %1. What was written is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. The file was not saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Cli</name>
    <message>
        <source>phonedesk-cli: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: %1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create (default): only new phones; upsert-hardware-id or upsert-name: update the phone with the same hardware ID / name, create the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the valid rows and skip the others (default: save nothing if any row is invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every problem to FILE as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: phones import needs the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown mode &quot;%1&quot; (create, upsert-hardware-id, upsert-name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 cannot be imported; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: %2 to create, %3 to update, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: fix the rows above, or use --skip-invalid to import the valid ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the CSV (default or &quot;-&quot;: stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or hardware ID contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only phones at site NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed, unmanaged, webrtc or remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (default) or semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 BOM (for spreadsheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown delimiter &quot;%1&quot; (comma or semicolon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no site named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 phones to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phones from CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only phones using base settings NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only phones with STATUS (online, degraded, offline, unknown, restarting, not-monitored; comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id, e.g. poly-vvx-450.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown model &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, csv, json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of managed phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --managed needs a number between 0 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 sites, %2 users, %3 base settings and %4 phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       phonedesk-cli --version | --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --database URL   sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD); default: the console&apos;s embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some items rejected, 2 usage or file error, 3 failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown option %1 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown command &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the phone no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model of its base settings is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 is not provisioned by PhoneDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no line is assigned (give the phone a user or a line key with an extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (readable by its owner only) instead of stdout; &quot;-&quot; is stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (csv, json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --output &quot;%1&quot; is a folder; name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export SIP credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 phones done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone with database ID N; repeat for more phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone with hardware ID MAC (any notation); repeat for more phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone (instead of naming or filtering them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead when more than one phone is selected (restart and logout ask for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300); phones not finished by then are reported as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --timeout needs a number of seconds between 1 and %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --id needs a phone&apos;s database ID (a number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --hardware-id needs a MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --%1 is empty; name what to select.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --all cannot be combined with --id, --hardware-id or the filter options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: no phone matches the selection; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would restart %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli: this would restart %n phone. Add --yes to go ahead (phones list with the same options shows it).</numerusform>
            <numerusform>phonedesk-cli: this would restart %n phones. Add --yes to go ahead (phones list with the same options shows them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would log out %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli: this would log out %n phone. Add --yes to go ahead (phones list with the same options shows it).</numerusform>
            <numerusform>phonedesk-cli: this would log out %n phones. Add --yes to go ahead (phones list with the same options shows them).</numerusform>
        </translation>
    </message>
    <message>
        <source>phonedesk-cli: the status of the restarted phones could not be probed in time; the next status poll updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded, %4 failed, %5 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart phones and wait until they are back: --id/--hardware-id and/or the filter options, --yes for more than one phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user from phones and make them fetch their configuration (--yes for more than one phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make phones fetch their configuration now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2), to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebRTC or Remote phones skipped (they have no SIP lines): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones that could not be exported (see above): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unknown phone(s) wait in the provisioning quarantine.</source>
        <translation>
            <numerusform>%n unknown phone waits in the provisioning quarantine.</numerusform>
            <numerusform>%n unknown phones wait in the provisioning quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only phones whose last fetched configuration is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs the phones to act on: name them with --id or --hardware-id, select them with --name, --site, --base-settings, --status, --category, --model or --pending, or use --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --actor is ignored: the activity log of %1 records your database login, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: your role in %2 is %1 (login %3); --role %4 refused: --role may only lower your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[global options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (--database, --role, --actor) come before the command; see phonedesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format csv, write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1 at your sites (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1 at your sites (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the SIP line credentials for the registrar (administrators): [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output FILE] [--raw]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: the report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula (= + - @ first): for programs, not spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export phones to CSV: [FILE] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database is intact (SQLite: PRAGMA integrity_check); exit code 3 when it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List phones, filtered by --name, --site, --base-settings, --status, --category, --model; --format table|csv|json [--raw]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database, its schema version and size, and check that it is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL, database owner with CREATEROLE: create the team&apos;s roles and grant each its privileges (idempotent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the team&apos;s members, roles and sites (administrators): [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (administrators): LOGIN --role ROLE [--site NAME]... [--password-file FILE | --no-password]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a member from the team (administrators): LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a member&apos;s role (administrators): LOGIN ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit a member to sites (administrators): LOGIN --site NAME... | --all-sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a member&apos;s password (administrators): LOGIN [--password-file FILE | --no-password]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --role ROLE      viewer, operator, editor or administrator (embedded database: default administrator; PostgreSQL: your role in the database, which --role may only lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --actor NAME     name recorded in the audit log of the embedded database (default: the login name; PostgreSQL records your database login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot read the password file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: the password file &quot;%1&quot; is readable by other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: give the password of %1 with --password-file FILE (&quot;-&quot; for standard input), or --no-password; it is never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: the passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator, server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PostgreSQL role %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mode is set up in %1: every role has exactly its privileges. Add people with phonedesk-cli team add LOGIN --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer, operator, editor, administrator or server (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit a viewer, operator or editor to site NAME (repeatable; default: every site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (&quot;-&quot;: standard input) instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login no password: it signs in with a certificate or peer authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs the login name: team add LOGIN --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs --role (viewer, operator, editor, administrator, server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: --password-file and --no-password exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 created and added to the team as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 added to the team as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: team remove needs the login name: team remove LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the team and the login was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the team; the login stays (it was not made for this team or is used elsewhere) without access to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-role needs the login and the role: team set-role LOGIN ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the %2 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site the member may touch (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site (no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-sites needs the login and either --site NAME (repeatable) or --all-sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now touch the phones of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now touch the phones of every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password (certificate or peer authentication only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-password needs the login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 online, %3 degraded, %4 offline, %5 not checked, %6 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe phones now; fails for phones that do not answer (degraded phones answered; phones with nothing to probe are not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a firmware image (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the firmware library with models and the phones running each image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a firmware image no base settings use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poly, yealink or audiocodes (default: from the file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware version, when the file name does not give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated model ids (yealink-t46u) or families (poly-vvx) the image is for (default: the models the file name lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file (.zip, .sip.ld, .rom, .img).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: name the firmware file: phonedesk-cli firmware add FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown vendor &quot;%1&quot; (poly, yealink, audiocodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added firmware #%1: %2 %3 for %4 (%5, %6 bytes, SHA-256 %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware library is empty: add an image with phonedesk-cli firmware add FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s ID (phonedesk-cli firmware list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phonedesk-cli: name the image by its ID: phonedesk-cli firmware remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed firmware #%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [global options] %1 COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command answers --help with its own options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base settings whose phones move (ID or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target firmware version (in the firmware library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the phones at these sites (IDs or names, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this share of the phones, 1-100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these phones (IDs, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones updating at once, at most (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give turns only between these times, server time (22:00-06:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a phone may take to come back on the target (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused rollout #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed rollout #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start moving the phones of a base settings profile to a firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List firmware rollouts with their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a rollout and where each phone stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a rollout: no phone gets its turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a rollout and move the phones it moved back to the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-settings: there are no base settings &quot;%1&quot; (an ID or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --sites, --percent and --phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sites: there is no site &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phones: &quot;%1&quot; is not a phone ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the base settings and the version: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started rollout #%1: %2 phones of &quot;%3&quot; to %4, %5 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table, json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firmware rollouts: start one with phonedesk-cli rollout start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout&apos;s ID (phonedesk-cli rollout list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the rollout by its ID: phonedesk-cli %1 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no firmware rollout #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped rollout #%1 before any phone moved; &quot;%2&quot; names %3 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back rollout #%1: rollout #%2 moves %3 phones back to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its phone applications, each phone asks for its own: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n application)</numerusform>
            <numerusform>%1 (%n applications)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandExecutor</name>
    <message>
        <source>Cannot listen for phone commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandQueue</name>
    <message>
        <source>looking for a running phonedesk-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the command&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcing this phonedesk-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking over this server&apos;s commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking back the commands of a stopped server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claiming queued commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the command&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading cancelled commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling queued commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the commands of a stopped server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandRunner</name>
    <message>
        <source>this model cannot be restarted remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST safeRestart accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API not used (no admin password or pinned certificate for this phone); sent SIP NOTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network address on record: the phone cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone accepted the restart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone accepted the resync (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back: re-fetched its configuration after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not come back within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not restart within %1 s (it kept answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back: answers again after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; the phone may still carry out the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; give it an admin password and trust its web certificate (Phones → Trust Phone Web Certificate…) to restart it over its REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-read its configuration but did not restart: this model restarts on a SIP NOTIFY only when its configuration changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigPreviewWidget</name>
    <message>
        <source>This phone is not provisioned by PhoneDesk. Enter these settings on the device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators only: show the passwords in these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are hidden; Show Passwords reveals them. Do not share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are hidden; only administrators can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the exact files the provisioning server gives this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigRenderer</name>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  User name / extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Authentication ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Registrar (primary): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Registrar (secondary): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line is assigned: give the phone a user or a line key with an extension first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP events (RFC 4733), payload type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-band audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codecs, in order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigService</name>
    <message>
        <source>The model &quot;%1&quot; of base settings &quot;%2&quot; is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no MAC address yet, so it cannot fetch a configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not provisioned by PhoneDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phones are not provisioned: there is no file to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk opens the chosen database the next time the window opens; it never writes the password to its settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: choose where the SQLite database is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to the Team Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionSpec</name>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database: postgresql://user@host:5432/phonedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address; use sqlite:/path/file.sqlite or postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL URL is not a host or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_session_attrs=%1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL parameter &quot;%1&quot; is not supported (sslmode, sslrootcert and target_session_attrs are).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CredentialStore</name>
    <message>
        <source>The password could not be saved in the system keychain (%1). It is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved password could be read from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Csv</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (with or without BOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes), not CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed: the quote that opens it has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 columns; a phone row has far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControl</name>
    <message>
        <source>restart in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebRTC phones have no SIP probe path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote phones are not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network address and no provisioning fetch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network address cannot be probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save phone status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user association removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user association removed; the phone has no address to resync, it picks up the change at its next configuration fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate pin is a SHA-256 digest of 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin a phone&apos;s web certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no network address to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone has no address to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>send commands to %n of the chosen phones</source>
        <translation>
            <numerusform>send commands to %n of the chosen phones</numerusform>
            <numerusform>send commands to %n of the chosen phones</numerusform>
        </translation>
    </message>
    <message>
        <source>No phonedesk-server is running for this database; the command was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another phonedesk-server sharing the database probes this phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControlSettings</name>
    <message>
        <source>SIP bind address (%1): &quot;%2&quot; is not a unicast IP address of this machine; leave it empty for every address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Error</name>
    <message numerus="yes">
        <source>%n problem(s) must be corrected.</source>
        <translation>
            <numerusform>%n problem must be corrected.</numerusform>
            <numerusform>%n problems must be corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Export</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ExportAction</name>
    <message>
        <source>Export phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phones were not exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n phone(s) to CSV</source>
        <translation>
            <numerusform>Export %n phone to CSV</numerusform>
            <numerusform>Export %n phones to CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Firmware</name>
    <message>
        <source>the version &quot;%1&quot; is not a firmware version: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64), e.g. 6.4.3.5156</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a zip archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end of central directory record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 sizes without a ZIP64 end record locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ZIP64 end of central directory record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archive split over several files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a local file header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a central directory PhoneDesk does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an HTML or XML document (a web page saved instead of the download?), not firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a PDF document (release notes?), not firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a zip archive: unpack it and add the firmware file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a text file, not firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is no Poly UC Software package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this zip archive is no Poly UC Software package: it holds no phone application (sip.ld or &lt;part number&gt;.sip.ld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk cannot tell whose firmware this is: Poly software comes as .zip packages and .sip.ld files, Yealink&apos;s as .rom, AudioCodes&apos; as .img (or name the vendor with --vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .zip package or a .ld application file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .rom file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .img file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not %1 firmware: %1 firmware is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Poly phone application: those are named sip.ld or &lt;part number&gt;.sip.ld (bootrom and updater files are not phone software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no model or model family &quot;%1&quot; in PhoneDesk&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name does not say which models it is for: name them with --models (model ids such as poly-vvx-450, or a family such as poly-vvx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for %1, and PhoneDesk&apos;s catalog has none of these models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a model of %2; this is %2 firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not fit the %1: it is firmware for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted; PhoneDesk reads only unencrypted packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the archive is compressed with method %2; PhoneDesk reads stored and deflated members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local file header where the directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data does not fit in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more bytes than the directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decompressor cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CRC-32 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this package holds two applications named %1; PhoneDesk serves a phone its file by name and cannot tell which one is meant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareCache</name>
    <message>
        <source>The firmware cache folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image was removed from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes read from the database do not have the image&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareDialog</name>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware images are kept in the database, so every PhoneDesk server of the team has the same files. Each file is kept once; an image that base settings name in their firmware version cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;endor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file name, when it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 %2 (%3) from the firmware library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n application)</numerusform>
            <numerusform>%1 (%n applications)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareRepository</name>
    <message>
        <source>reading the firmware library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no firmware image #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware image %1 has %2 bytes; bytes from %3 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading firmware image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware image %1 is damaged: chunk %2 has %3 bytes instead of %4. Remove the image and add the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording firmware downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading firmware downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its name says version %2, not %3; leave the version out or check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its name does not say which version it is: give the version (--version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the firmware library as %2, added by %3 on %4; it is kept once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1 to the firmware library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being added (is it still being copied?); nothing was kept. Add it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware image #%1 was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware image %1 is in use: the base settings %2 set firmware version %3. Change their firmware version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing firmware image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the firmware was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware image %1 is a package: its applications are kept and served, not the package itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1 from %2 to the firmware library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware image %1 is part of the package %2: remove the package instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Import</name>
    <message>
        <source>Nothing to import: read a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: the file is larger than %2 MB; split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be a header row naming the columns, for example name,category,site,base_settings,hardware_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column has no name; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting; see the setting keys in docs/csv-format.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a &quot;base_settings&quot; or a &quot;model&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;hardware_id&quot; is missing (rows are matched by hardware ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header row but no phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category is required: managed, unmanaged, webrtc or remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category; use managed, unmanaged, webrtc or remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known phone model (use a model id such as poly-vvx-450, or its name such as Poly VVX 450).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base settings &quot;%1&quot; are for the %2, not the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several base settings are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no base settings named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no base settings for the %1; create a profile first, or name one in the base_settings column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has %2 base settings profiles (%3); name one in the base_settings column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base settings are required: name a profile in base_settings, or give the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several sites are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no site named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several users have the email address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several users are called &quot;%1&quot;; use the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user with the email address or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is also used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hardware ID %1 is also used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone named &quot;%1&quot; already exists; import in an update mode to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hardware ID %1 already belongs to phone &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another phone is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone to update was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ImportWizard</name>
    <message>
        <source>Import Phones from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving phone %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phone per row, with a header row naming the columns (see the CSV format in the user guide). UTF-8, comma or semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new phones only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update phones with the same hardware ID, create the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update phones with the same name, create the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the columns of the file are understood, and its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem with its line and column. Save the report to fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is valid (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown column: ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n row in the file: </numerusform>
            <numerusform>%n rows in the file: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems.</source>
        <translation>
            <numerusform>%n row has problems.</numerusform>
            <numerusform>%n rows have problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 problems are shown; the saved report has all %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until they are fixed: save the report, fix the file and import it again, or choose to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported.</source>
        <translation>
            <numerusform>%n valid row will be imported.</numerusform>
            <numerusform>%n valid rows will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::IntegrityCheck</name>
    <message>
        <source>%1 is intact (checked: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. Problems found: %2 (checked: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using it and restore it from a backup (PhoneDesk keeps one next to an SQLite file before each upgrade, as &lt;file&gt;.schemaN.bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every table present and readable to the last row, schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA integrity_check (every page, index and constraint), every table present, schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version has %1 rows instead of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::LineKeyNotation</name>
    <message>
        <source>the notation ends with a backslash; write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected position=type, for example 2=blf:1002 Alice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position &quot;%1&quot; is not a key number from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key type is missing; use line, speed, blf or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key type; use line, speed, blf or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MainWindow</name>
    <message>
        <source>PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate Base Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Base Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Base Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Base Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Base Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning &amp;Quarantine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning &amp;Server Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or hardware ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phones matching the other filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 phones shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n selected</numerusform>
            <numerusform>, %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Phone Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Base Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: no device control is running for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this build has no CSV import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete phone &quot;%1&quot;? Its configuration and history stay in the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) deleted.</source>
        <translation>
            <numerusform>%n phone deleted.</numerusform>
            <numerusform>%n phones deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select phones, or filter the list to the phones to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) migrated.</source>
        <translation>
            <numerusform>%n phone migrated.</numerusform>
            <numerusform>%n phones migrated.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) logged out.</source>
        <translation>
            <numerusform>%n phone logged out.</numerusform>
            <numerusform>%n phones logged out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Phones Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) exported to %1.</source>
        <translation>
            <numerusform>%n phone exported to %1.</numerusform>
            <numerusform>%n phones exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile starts with the model&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete base settings &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning Server Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk %1

Manages desk phones, softphones and remote phones: base settings per model, sites, users, line keys, zero-touch provisioning and live status.

Qt %2. Database: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Phone &amp;Web Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the web server of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Phone Web Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents this certificate:

Subject: %2
Valid until: %3
SHA-256: %4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already trusted for this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DIFFERENT certificate is trusted for this phone now. If the phone was not replaced or reset, someone may be impersonating it.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your web browser shows for the phone&apos;s web interface (https:// and its address) before trusting it: Restart then sends the phone&apos;s admin password to the server presenting this certificate, and to no other.

Trust it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web certificate of %1 is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Fil&amp;ters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning server runs in this console and serves phones at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration pending could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded database of this desk: the role was chosen with --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1: %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1: %2, all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own this database: every right, no site limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database gives %1 the %2 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console acts as %1 (lowered with --role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phones: %1? Their history stays in the activity log.</source>
        <translation>
            <numerusform>Delete %n phone: %1? Its history stays in the activity log.</numerusform>
            <numerusform>Delete %n phones: %1? Their history stays in the activity log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out phone &quot;%1&quot;? Its user is removed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log out %n phones: %1? Their users are removed from them.</source>
        <translation>
            <numerusform>Log out %n phone: %1? Its user is removed from it.</numerusform>
            <numerusform>Log out %n phones: %1? Their users are removed from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart phone &quot;%1&quot;? A call in progress on it is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restart %n phones: %1? Calls in progress on them are dropped.</source>
        <translation>
            <numerusform>Restart %n phone: %1? A call in progress on it is dropped.</numerusform>
            <numerusform>Restart %n phones: %1? Calls in progress on them are dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search base settings by name, model or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites by name, server, time zone or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users by name, email or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost (%1). PhoneDesk reconnects by itself; open forms keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is back (after %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set S&amp;ite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Phone &amp;Web Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones whose configuration changed since they last fetched it, as &quot;phonedesk-cli phones list --pending&quot; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a phone to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phones selected.</source>
        <translation>
            <numerusform>%n phone selected.</numerusform>
            <numerusform>%n phones selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set User</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): %1</source>
        <translation>
            <numerusform>%n phone: %1</numerusform>
            <numerusform>%n phones: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Site &quot;%1&quot; set for %n phone.</numerusform>
            <numerusform>Site &quot;%1&quot; set for %n phones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>User &quot;%1&quot; set for %n phone.</numerusform>
            <numerusform>User &quot;%1&quot; set for %n phones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a web browser or text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter box (in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the tab&apos;s underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Phone Web Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firmware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware R&amp;ollouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirection Services…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ManagedSettings</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed settings in %1 could not be read; nothing in them applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL carries a password, which is ignored; each user signs in and the password is kept in their keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the database stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not viewer, operator, editor or administrator; this console is limited to Viewer until it is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the provisioning server stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: the database is managed by your organisation (%1); this console opens no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role %1: your organisation allows this console at most the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the CA certificate bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CA certificate bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the connection to the database is lost. PhoneDesk is reconnecting by itself; your changes are still here. Save again once the status bar says the connection is back.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrateDialog</name>
    <message>
        <source>Migrate Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) cannot use the chosen base settings; choose another profile or leave them out.</source>
        <translation>
            <numerusform>%n phone cannot use the chosen base settings; choose another profile or leave it out.</numerusform>
            <numerusform>%n phones cannot use the chosen base settings; choose another profile or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) no longer exist and are skipped.</source>
        <translation>
            <numerusform>%n phone no longer exists and is skipped.</numerusform>
            <numerusform>%n phones no longer exist and are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line key(s) and %1 override(s) will be removed.</source>
        <translation>
            <numerusform>%n line key and %1 override will be removed.</numerusform>
            <numerusform>%n line keys and %1 overrides will be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>All phones move together or none does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target base settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the base settings to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No phones are selected: all %n phone(s) shown will move: %1.</source>
        <translation>
            <numerusform>No phones are selected: the %n phone shown will move: %1.</numerusform>
            <numerusform>No phones are selected: all %n phones shown will move: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s) will move: %1.</source>
        <translation>
            <numerusform>%n selected phone will move: %1.</numerusform>
            <numerusform>%n selected phones will move: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No base settings fit these phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 phone(s) will become %2.</source>
        <translation>
            <numerusform>%n %1 phone will become %2.</numerusform>
            <numerusform>%n %1 phones will become %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) of %1 models will become %2.</source>
        <translation>
            <numerusform>%n phone of %1 models will become %2.</numerusform>
            <numerusform>%n phones of %1 models will become %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only do this when the phones were replaced by that model: their configuration is written for it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the base settings to move the phones to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the hardware model? Do this only when the phones were replaced by that model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Hardware Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrationPlan</name>
    <message>
        <source>model %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line keys %1 removed (the new model has fewer keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides no longer applying removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change besides the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; use the unknown model &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings for the %2 are not for %1 phones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ModelCatalog</name>
    <message>
        <source>The model catalog is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every model needs an &quot;id&quot; and a &quot;model&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model id is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: maxLineKeys must be between 0 and 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least one category is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown hardwareId type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown restart channel &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a model that can restart needs a resyncEvent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::NewRolloutDialog</name>
    <message>
        <source>New Firmware Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n phone(s))</source>
        <translation>
            <numerusform>%1 (%n phone)</numerusform>
            <numerusform>%1 (%n phones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All phones of these base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones at these &amp;sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;share of them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) selected in the Phones tab</source>
        <translation>
            <numerusform>The %n phone selected in the Phones tab</numerusform>
            <numerusform>The %n phones selected in the Phones tab</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Updating at once, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone not back on the target &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting sets the base settings&apos; firmware version to the target. Phones outside the rollout keep the version they were told until another rollout moves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (what the base settings name now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Operation</name>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::OperationResultsDialog</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneEditor</name>
    <message>
        <source>Edit Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hardware ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15551234567 or sip:desk@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the address of its last provisioning fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that differ for this phone from its base settings. Values use the same text as CSV files: true/false, numbers, codec lists joined with |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;&amp; Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose base settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softphone-12.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:04:F2:AB:CD:EF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read; the phone cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s).</source>
        <translation>
            <numerusform>The %1 has %n line key.</numerusform>
            <numerusform>The %1 has %n line keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose base settings to see how many line keys the model has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new phone has no status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last configuration fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   from %1, %2, firmware %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: up to date (the phone has its current files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: pending (the phone gets its current files at its next fetch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s), all in use: remove one to add another.</source>
        <translation>
            <numerusform>The %1 has %n line key, all in use: remove one to add another.</numerusform>
            <numerusform>The %1 has %n line keys, all in use: remove one to add another.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the phone&apos;s label (Yealink RPS needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneSim</name>
    <message>
        <source>The number of phones must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, dead and garbage are shares between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open SIP port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST certificate or key could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open REST port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the configuration at start needs a provisioning URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of fetches at once must be between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot spread must be between 0 and 3600000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch timeout must be at least 100 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate or key of %1 in %2 cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the address %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the fetch timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for credentials and the phone has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: the server refused the phone&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file name the phone stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo phone %1 could not record its fetch: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown OpenSSL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the REST certificate (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST certificate made with OpenSSL could not be loaded by Qt&apos;s TLS backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the openssl command was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no OpenSSL library support (OpenSSL&apos;s headers were missing when it was built), so the REST API&apos;s certificate is made with the openssl command, which failed: %1. Install openssl, build with OpenSSL&apos;s headers (libssl-dev), or turn the REST API off (--no-rest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; must name a loopback address (127.0.0.1, [::1] or localhost): simulated phones fetch on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware answer has no end of headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401 for the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware download timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resumed firmware answer does not continue at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 for the firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware has %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware&apos;s SHA-256 is not the one its ETag names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application names no version in its first bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files this phone last fetched differ from its configuration now. It gets the new files at its next fetch: Resync or Restart it, or wait for its periodic check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyRestClient</name>
    <message>
        <source>%1 presents a certificate that does not verify and none is pinned for this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API of %1 unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the request (status &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the admin password (HTTP %2): the phone does not have the admin password its PhoneDesk configuration sets. Let it fetch its configuration (Resync, or provision it from PhoneDesk) and try again; if another phone now has this address, check the phone&apos;s network address and trust its web certificate again (Phones &gt; Trust Phone Web Certificate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyZtpService</name>
    <message>
        <source>the device stays at another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly ZTP accepted the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly ZTP refused the API key (%1). Copy the key from the ZTP portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly ZTP did not answer as expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningController</name>
    <message>
        <source>%1: the provisioning server does not run in this console (use phonedesk-server).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningServer</name>
    <message>
        <source>This system has no TLS support (the OpenSSL library is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server certificate &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the private key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not an unencrypted PEM RSA or EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched its configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not be limited to AEAD cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettings</name>
    <message>
        <source>Listen address is not a valid IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate &quot;%1&quot; is missing or not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key &quot;%1&quot; is missing or not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates are %1 but the device CA file &quot;%2&quot; is missing or not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones need a way to authenticate: turn on client certificates or Digest authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout must be between 500 and 300000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection limits must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure budget must allow at least one failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine capacity must be between 0 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine entries per address must be between 1 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone&apos;s MAC address with its vendor&apos;s User-Agent is served that phone&apos;s configuration, including its SIP passwords and local admin password. Use it in an isolated lab only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout interval must be between 100 ms and one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time after which a phone given its turn is told to resync again must be between 1 s and one hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettingsWidget</name>
    <message>
        <source>Run the provisioning server in this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept HTTP Digest with each phone&apos;s own secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for (Digest only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a valid certificate replaces Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (mutual TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones fetch their files from https://%1:%2/ — give them this address as DHCP option 66 or 160, or in their provisioning server setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve known phones without authentication (isolated lab only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the provisioning server in this console (%1: not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineModel</name>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineView</name>
    <message>
        <source>&amp;Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that asked for a configuration but are not on record. They were not served. Claim one to add it as a managed phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) dropped from the quarantine to make room for newer ones, the last on %1. The server&apos;s log names the addresses they came from.</source>
        <translation>
            <numerusform>%n unknown device dropped from the quarantine to make room for newer ones, on %1. The server&apos;s log names the address it came from.</numerusform>
            <numerusform>%n unknown devices dropped from the quarantine to make room for newer ones, the last on %1. The server&apos;s log names the addresses they came from.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Redirection</name>
    <message>
        <source>%1: &quot;%2&quot; is not an https:// address with a host (for example https://api.ztp.poly.com/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificates &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but %2 is not: Yealink RPS needs the AccessKey ID and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yealink RPS accepted the AccessKey (%n server(s) in the account).</source>
        <translation>
            <numerusform>Yealink RPS accepted the AccessKey (%n server in the account).</numerusform>
            <numerusform>Yealink RPS accepted the AccessKey (%n servers in the account).</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the redirection states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the redirection states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused PhoneDesk&apos;s credentials (HTTP 401). Check the key under Manage → Redirection Services (for phonedesk-server: its environment file); the phones are sent again once it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): the account may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked PhoneDesk to slow down (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is registered with another %1 account. Ask its owner (or the vendor) to release it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds this account&apos;s phones only with their serial number. Enter the serial number from the phone&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s site has no provisioning host, so there is nowhere to send it. Set the provisioning host of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed too many times in a row; PhoneDesk stopped trying. Use Retry under Manage → Redirection Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was registered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends this phone to PhoneDesk when it starts unconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not register this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up here, so nothing is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try at %1 (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionSettingsDialog</name>
    <message>
        <source>Redirection Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone that starts without a provisioning server (none from DHCP option 66 or 160) asks its maker&apos;s redirection service where to go. PhoneDesk registers its managed phones there, so that they are sent to their site&apos;s provisioning host, and removes them when they are deleted. The keys are kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly Zero Touch Provisioning (ZTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;Poly phones with Poly ZTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.ztp.poly.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yealink Redirection and Provisioning Service (RPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;Yealink phones with Yealink RPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yealink a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://us-api.ymcs.yealink.com (EU accounts: https://eu-api.ymcs.yealink.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s only (a PEM file for an on-premises YMCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this team database phonedesk-server registers the phones. Its keys are in its environment file (/etc/phonedesk/phonedesk-server.env), its addresses in [redirection] of phonedesk-server.conf; see docs/redirection.md. The settings here are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console registers no phones now (the demo, or a role that may not control phones). The settings here are used when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yealink address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: Poly ZTP needs the API key of your ZTP account to register phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey: Yealink RPS needs the AccessKey ID and its secret (YMCS → System → Integration → API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones: %1 registered, %2 waiting, %3 failed, %4 not sent (not set up), %5 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionWorker</name>
    <message>
        <source>an in-memory database has no phones to register with a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up; nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PhoneDesk (a console or phonedesk-server) registers the phones of this database; this one waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date; some phones are tried again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removing %n phone(s)…</source>
        <translation>
            <numerusform>Removing %n phone…</numerusform>
            <numerusform>Removing %n phones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n phone(s)…</source>
        <translation>
            <numerusform>Registering %n phone…</numerusform>
            <numerusform>Registering %n phones…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2); nothing is sent until they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutDialog</name>
    <message>
        <source>Firmware Rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rollout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this rollout and move the phones it moved back to the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rolling back #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, %2 updating, %3 up to date, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Administrators start, pause and roll back rollouts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutRepository</name>
    <message>
        <source>reading the firmware rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the phones of firmware rollout #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the phones held at a firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a firmware rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version: the firmware library has no image of version &quot;%1&quot; for the model of &quot;%2&quot;. Add it under Manage &gt; Firmware… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a firmware rollout of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware rollout #%1 was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no firmware rollout #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware rollout #%1 is %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause a firmware rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume a firmware rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back a firmware rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware rollout #%1 cannot be rolled back: &quot;%2&quot; named no firmware version before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling back firmware rollout #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advancing firmware rollout #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the phones of the base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones updating at once: %1 is out of range (1-10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 minutes is out of range (1-10080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage: %1 is out of range (1-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: choose at least one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones: choose at least one phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window: start and end must be different times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window &quot;%1&quot; is not two different times of day as HH:MM-HH:MM (22:00-06:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a managed phone of the base settings &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No managed phone of the base settings &quot;%1&quot; is in this rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping the rollouts under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a later rollout of the same base settings took over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already ran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not back on %1 within %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SaveConflict</name>
    <message>
        <source> by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes are discarded). Overwrite saves your version over it. Cancel returns to your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Scram</name>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ScreenshotTour</name>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Server</name>
    <message>
        <source>PhoneDesk server: HTTPS provisioning, SIP status polling and phone commands for a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI configuration file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve provisioning only: no status polling and no commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the configuration and the database, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database: give --database or set [database] url in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The [provisioning] settings in %1 are not valid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration and database %1 are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The [deviceControl] settings in %1 are not valid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 has the %2 role in %3, which may not read the phones&apos; secrets or record their status. Connect with a login in the server role (phonedesk-cli team add LOGIN --role server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: reconnecting since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards: holding %1 of %2, %3 server(s) seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lock connection reconnecting: the last shards are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SQLite: this server holds every shard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sweep: %1, %2 ms, %3 phones probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sweep: none finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sweep: status polling is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write backlog: status of %1 phone(s), %2 fetch record(s) waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands in progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health/port: &quot;%1&quot; is not a port number (0 = no health endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health/address: &quot;%1&quot; is not a loopback address; the health endpoint answers anyone who reaches it, so it binds to 127.0.0.1 or ::1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health endpoint binds to a loopback address only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health endpoint cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health endpoint: set [health] port= in the configuration file and restart the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not answer on %1 port %2 (is it running?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the running service how it is (its [health] endpoint) and exit: 0 running and connected, 1 no endpoint configured, 2 the database is away, 4 no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --status: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --status: wait up to this many seconds for the service to answer and exit 0 once it does (also when no endpoint is configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The [health] settings in %1 are not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json, --wait a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviceControl/pollInterval in %1 must be a number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the shard lock connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The [redirection] settings in %1 or its keys are not valid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SettingsSchema</name>
    <message>
        <source>Dynamic reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply configuration changes without a restart: when these settings change, the phones using them are told to re-fetch their configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persist user settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings the user changed on the phone (ring tone, volume) across re-provisioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP for RTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated Services code point for voice packets (0-63; 46 = Expedited Forwarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP for SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated Services code point for SIP signalling (0-63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP audio port range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First UDP port used for RTP audio (1024-65534, even: RTCP uses the next odd port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP events (out-of-band, RFC 4733) or in-band audio tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP event payload type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic RTP payload type for telephone events (96-127).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which certificate authorities the phone trusts for SIP and provisioning TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport for SIP signalling: UDP, TCP or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt media with SRTP: disabled, offered (optional) or required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone presents its device certificate when it fetches its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware update policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: never update on its own. Automatic: update when the firmware version changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS address the phones download firmware from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync period (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often phones check for a new configuration (0 = only on boot or when told; at most one week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable HELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS address of the Location Information Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Routing Service account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account identifier at the emergency routing provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated numbers treated as emergency calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw vendor parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vendor parameter per line as name=value, for what the other settings do not cover. Written last, so it wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media / QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 / HELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP events (RFC 4733)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-band audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s private CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be on or off (true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an even number (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2 (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one codec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known codec (use %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 does not support %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid address (for example https://lis.example.com/held).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid parameter name (letters, digits, . _ - / only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: control characters are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIS URL is required when HELD is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the phone fetch its location from a Location Information Server for emergency calls. Poly phones: PhoneDesk keeps the LIS URL and account but does not write Poly&apos;s location parameters yet (their names are not confirmed); add them under Advanced for the firmware in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio codecs in order of preference: the phone offers them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware the phones should run, from the firmware library; none keeps what they have. A change reaches every phone at its next fetch; a rollout (Manage &gt; Firmware Rollouts…) moves them a few at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipClient</name>
    <message numerus="yes">
        <source>no answer after %n transmissions</source>
        <translation>
            <numerusform>no answer after %n transmission</numerusform>
            <numerusform>no answer after %n transmissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the SIP socket on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP client is not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP over TLS is not supported for %1; use UDP or TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IPv6 socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open SIP TCP connections; %1 was not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed or oversized SIP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TCP connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SIP socket is bound to %1, which cannot reach this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipTarget</name>
    <message>
        <source>The phone has no network address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown transport &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the user part is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address is missing its closing bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unexpected text after the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only IP addresses are probed; enter the phone&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone indices are not supported; use a global address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not the address of a single phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: documentation address, not probed (it stands for a made-up phone; enter the phone&apos;s real IP address).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SiteDialog</name>
    <message>
        <source>Edit Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary SIP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econdary SIP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisioning.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;visioning host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;911 location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Sql</name>
    <message>
        <source>manage the team (Administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change these phones or read their device secrets (Editor, or Administrator for secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record phone status (Operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the activity log (it is append-only; Operator to add entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the provisioning quarantine (Editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change sites, users, base settings or settings (Administrator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::StatusMapping</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow answer: %1 ms (limit %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Storage</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings named &quot;%1&quot; already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base settings no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no base settings named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: the model of existing base settings cannot change; create new base settings and migrate the phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Base settings &quot;%1&quot; are used by %n phone(s); migrate them to other base settings first.</source>
        <translation>
            <numerusform>Base settings &quot;%1&quot; are used by %n phone; migrate it to other base settings first.</numerusform>
            <numerusform>Base settings &quot;%1&quot; are used by %n phones; migrate them to other base settings first.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has phones; demo data is only added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another phone is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: %1 already belongs to phone &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or edit phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no id to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; is used by two phones in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: %1 is used by &quot;%2&quot; and &quot;%3&quot; in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones %1 to %2 of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the selected phones no longer exists; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting phone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate base settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target base settings use an unknown model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is a %2 phone; base settings &quot;%3&quot; are for %4 phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the site&apos;s phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; is used by %n phone(s); move them to another site first.</source>
        <translation>
            <numerusform>Site &quot;%1&quot; is used by %n phone; move it to another site first.</numerusform>
            <numerusform>Site &quot;%1&quot; is used by %n phones; move them to another site first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish %1: a record with the same unique value exists (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database is read-only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: a required value is missing or refers to a record that does not exist (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the connection to the database was lost (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists: someone deleted it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed%2 after you opened it. Your changes were not saved: reload to see the current version, then apply your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading phone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving phone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a configuration fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite support is missing from this installation (Qt&apos;s QSQLITE driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. PhoneDesk needs to write to it: check its permissions, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. PhoneDesk needs to create its journal files next to the database: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PhoneDesk database or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL support is missing from this installation (Qt&apos;s QPSQL driver; on Debian and Ubuntu install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer PhoneDesk (schema %1; this version knows up to %2). Update PhoneDesk to open it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: the %3 role does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the user&apos;s phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; is assigned to %n phone(s); log them out of those phones first.</source>
        <translation>
            <numerusform>User &quot;%1&quot; is assigned to %n phone; log them out of that phone first.</numerusform>
            <numerusform>User &quot;%1&quot; is assigned to %n phones; log them out of those phones first.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the provisioning quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the provisioning quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove quarantined devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: this build has no SQLite library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: you may only put phones at your own sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not read device secrets: only Administrators and the PhoneDesk server may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not render configuration files: they hold the phones&apos; passwords, which only Administrators and the PhoneDesk server may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: it concerns a phone at a site outside your sites, and the database refused it (permission: site scope). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: your role may not %2, and the database refused it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database refused it for your role (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the disk holding the database is full (%2). Nothing was changed; free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer could read it: PhoneDesk made it private to you: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer can read it; PhoneDesk could not change that: %1. Ask the file&apos;s owner to make it private (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the system could not read or write it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the disk holding it is full (%2). The file is not damaged and nothing was changed; free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2: the database refused to let it read anything. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it; nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 needs an upgrade to schema %2, which only its owner can do: ask them to open it once with this version of PhoneDesk (for example with phonedesk-cli db setup-team). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role in this database; the %3 role was refused: a chosen role may only be lower than the one the database gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: that is outside their sites (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for changes in PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the change feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMemberEditor</name>
    <message>
        <source>Team Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL login, e.g. anna.keller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No password: the login signs in with a certificate or peer authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: enter the PostgreSQL login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: use letters, digits and _ . @ - (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: names starting with pg_ are reserved by PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: choose at least one site, or All sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person signs in to the team database with a login of their own. PostgreSQL enforces the role and the sites for the console, phonedesk-cli and psql alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member.</numerusform>
            <numerusform>%n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the team? The login loses every right in this database at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamRepository</name>
    <message>
        <source>Cannot %1: team members exist in a team database on PostgreSQL. The embedded database has one person at this desk; choose the role with --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the team&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up team mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of database %1 can set up team mode; you are signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up team mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up team mode creates PostgreSQL roles, and the login %1 may not create roles. A superuser can allow it: ALTER ROLE %1 CREATEROLE;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 already exists and was not made by PhoneDesk as the %2 role of database %3 (role names are shared by every database of the server). Rename or drop it, then set up team mode again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still create objects in the schema of the tables (its owner is not you): ask its owner to run REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still connect to database %1 (its owner is not you): ask its owner to run REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting the team&apos;s privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is not a login name PhoneDesk can add: use letters, digits and _ . @ - (at most 63, not starting with pg_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: the %1 role is not limited to sites; only Viewers, Operators and Editors are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 the %2 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the sites of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (phonedesk-server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Types</name>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebRTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::UserDialog</name>
    <message>
        <source>Edit User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line keys: the %1 has %2 line keys, %3 are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: position must be between 1 and %2 on the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1 is configured twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: the label must be at most 64 printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: a speed dial needs a number (+15551234567 or an extension) or a SIP address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: a BLF key needs the extension or SIP address to watch, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: the value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings: the selected profile does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings: the profile&apos;s model &quot;%1&quot; is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: the selected site does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: the selected user does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: a managed phone needs its MAC address (for example 00:04:F2:AB:CD:EF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: %1 is a broadcast or multicast address, not a phone&apos;s MAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address applies to remote phones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a host name (for example softphone-12.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: a WebRTC phone belongs to a user; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware ID: a remote phone has no hardware ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address is required: an E.164 number (+15551234567) or a SIP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address: &quot;%1&quot; is neither an E.164 number (+15551234567) nor a SIP address (sip:alice@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line keys: a remote phone has no line keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address: &quot;%1&quot; is not a host or IP address with an optional port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address: remote phones are not probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the port in the port field, not in the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary SIP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary SIP server: must differ from the primary server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning host: &quot;%1&quot; is not a host name or address with optional port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension: &quot;%1&quot; must be 2 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: &quot;%1&quot; is not a known phone model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not compatible with cloud media; calls at this cloud-media site may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged phones are not supported with cloud media; use a premises site or a managed model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain invisible or text-direction characters (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line key %1: the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base settings: a %2 profile is not for %1 phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic needs a Firmware version from the firmware library, or a Firmware server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic, but the firmware library has no image of version %1 for the %2 (Firmware version), and no Firmware server URL is set. Add the image (Manage &gt; Firmware…), set the URL, or choose Manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number: only desk phones (managed or unmanaged) have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number: &quot;%1&quot; is not a serial number. Use the one on the phone&apos;s label: up to 64 letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDesk::YealinkRpsService</name>
    <message>
        <source>the device stays at another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yealink RPS refused the AccessKey ID or secret (%1). Create a new AccessKey under YMCS → System → Integration → API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yealink RPS did not answer as expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk phone management console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo organisation in a temporary database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.sqlite or postgresql://user@host:5432/phonedesk (password from PGPASSWORD or the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write screenshots of the console into a folder and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use viewer, operator, editor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone status is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync after a configuration change failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: viewer, operator, editor or administrator. Embedded database: default administrator. Team database: your role in the database, which this may only lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated phones could not start: %1
The demo&apos;s phones are shown without status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 with --role %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone status is not available: %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection services: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonesim</name>
    <message>
        <source>Simulated SIP desk phones on loopback. Phone i answers at 127.1.0.1 + i (skipping .0 and .255) on the SIP port; its Poly-style REST API is on the REST port of the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not serve the REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest-secrets: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: &quot;%3&quot; is not a MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: the secret of %3 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 could not start, 2 bad options, 3 (with --exit-after-provisioning) some phones got no configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP port every phone listens on (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS REST port (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests ignored (0..1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of phones that never answer (0..1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers replaced by garbage (0..1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer delay in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a rebooting phone is silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final answer to OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL phones fetch &lt;mac&gt;.cfg from: on check-sync, after a reboot and with --provision-on-boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API password (user &quot;Polycom&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (which phones are dead, which packets are lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write index,mac,sip_address,rest_address to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (0 = until interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent of the phones&apos; SIP answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone fetches its configuration from --provisioning-url at start, as a phone out of the box does: &lt;mac&gt;.cfg, then the files a Poly master file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones power up at random times within this many milliseconds (seeded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration fetches in flight at most, fleet-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout of one provisioning request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent of provisioning requests; {mac}, {MAC} and {mac:} stand for the phone&apos;s MAC (default: &quot;FileTransport &lt;user-agent&gt; Type/Application&quot;, as Poly phones send).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM) every phone presents; the server accepts it only for phones it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-phone client certificates: &lt;dir&gt;/&lt;mac&gt;.pem and &lt;dir&gt;/&lt;mac&gt;.key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file of &quot;mac,secret&quot; lines: the phone&apos;s own secret for HTTP Digest authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files each phone received to &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write index,mac,status,fetches,errors,files,error per live phone to this file after the first contact and at exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --provision-on-boot: exit once every phone has fetched, with status 0 when all got their configuration and 3 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exit-after-provisioning needs --provision-on-boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the provisioning server&apos;s certificate against the CA(s) in this PEM file (default: not checked, as on many phones out of the box).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
