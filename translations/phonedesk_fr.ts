<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PhoneDesk</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ActivityPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Statut des téléphones</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Paramètres de base</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Phone name</source>
        <translation>Nom du téléphone</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation>Affichage des %1 entrées les plus récentes&#xa0;; affinez le filtre pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone created</source>
        <translation>Téléphone créé</translation>
    </message>
    <message>
        <source>Phone changed</source>
        <translation>Téléphone modifié</translation>
    </message>
    <message>
        <source>Phone deleted</source>
        <translation>Téléphone supprimé</translation>
    </message>
    <message>
        <source>Phone imported</source>
        <translation>Téléphone importé</translation>
    </message>
    <message>
        <source>Phone moved to other base settings</source>
        <translation>Téléphone déplacé vers d&apos;autres paramètres de base</translation>
    </message>
    <message>
        <source>User logged out of the phone</source>
        <translation>Utilisateur déconnecté du téléphone</translation>
    </message>
    <message>
        <source>User logged out, phone told to re-fetch</source>
        <translation>Utilisateur déconnecté, téléphone invité à récupérer à nouveau sa configuration</translation>
    </message>
    <message>
        <source>Phone restarted</source>
        <translation>Téléphone redémarré</translation>
    </message>
    <message>
        <source>Phone told to re-fetch its configuration</source>
        <translation>Téléphone invité à récupérer à nouveau sa configuration</translation>
    </message>
    <message>
        <source>Phone status checked</source>
        <translation>Statut du téléphone vérifié</translation>
    </message>
    <message>
        <source>Phone credentials exported</source>
        <translation>Identifiants du téléphone exportés</translation>
    </message>
    <message>
        <source>Phone status changed</source>
        <translation>Statut du téléphone modifié</translation>
    </message>
    <message>
        <source>Base settings created</source>
        <translation>Paramètres de base créés</translation>
    </message>
    <message>
        <source>Base settings changed</source>
        <translation>Paramètres de base modifiés</translation>
    </message>
    <message>
        <source>Base settings deleted</source>
        <translation>Paramètres de base supprimés</translation>
    </message>
    <message>
        <source>Site created</source>
        <translation>Site créé</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Site modifié</translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation>Site supprimé</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>Removed from the provisioning quarantine</source>
        <translation>Retiré de la quarantaine de provisionnement</translation>
    </message>
    <message>
        <source>Team database set up</source>
        <translation>Base de données d&apos;équipe configurée</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Membre de l&apos;équipe ajouté</translation>
    </message>
    <message>
        <source>Team member removed</source>
        <translation>Membre de l&apos;équipe retiré</translation>
    </message>
    <message>
        <source>Team member&apos;s password changed</source>
        <translation>Mot de passe d&apos;un membre de l&apos;équipe modifié</translation>
    </message>
    <message>
        <source>Team member&apos;s role changed</source>
        <translation>Rôle d&apos;un membre de l&apos;équipe modifié</translation>
    </message>
    <message>
        <source>Team member&apos;s sites changed</source>
        <translation>Sites d&apos;un membre de l&apos;équipe modifiés</translation>
    </message>
    <message>
        <source>Firmware added to the library</source>
        <translation>Micrologiciel ajouté à la bibliothèque</translation>
    </message>
    <message>
        <source>Firmware removed from the library</source>
        <translation>Micrologiciel retiré de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::BaseSettingsEditor</name>
    <message>
        <source>Edit Base Settings</source>
        <translation>Modifier les paramètres de base</translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation>Nouveaux paramètres de base</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;</source>
        <translation>Modèle inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Range %1–%2%3.</source>
        <translation>Plage %1–%2%3.</translation>
    </message>
    <message>
        <source>, even</source>
        <translation>, pair</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation>nom=valeur, un par ligne</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>https:// or http:// address</source>
        <translation>Adresse https:// ou http://</translation>
    </message>
    <message>
        <source>Base Settings Changed Meanwhile</source>
        <translation>Paramètres de base modifiés entre-temps</translation>
    </message>
    <message>
        <source>Default: none (empty).</source>
        <translation>Par défaut&#xa0;: aucun (vide).</translation>
    </message>
    <message>
        <source>Opus</source>
        <translation>Opus</translation>
    </message>
    <message>
        <source>G.711 µ-law (PCMU)</source>
        <translation>G.711 loi µ (PCMU)</translation>
    </message>
    <message>
        <source>G.711 A-law (PCMA)</source>
        <translation>G.711 loi A (PCMA)</translation>
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
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; were changed%2 while you were editing them.</source>
        <translation>Les paramètres de base «&#xa0;%1&#xa0;» ont été modifiés%2 pendant que vous les éditiez.</translation>
    </message>
    <message>
        <source>None (keep what the phones run)</source>
        <translation>Aucun (conserver ce qu&apos;exécutent les téléphones)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the firmware library)</source>
        <translation>%1 (absent de la bibliothèque de micrologiciels)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CheckedFile</name>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>Impossible de rendre %1 lisible par son seul propriétaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not open.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le fichier n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not write to standard output: the disk is full. What was written is incomplete; free some space and try again.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: le disque est plein. Ce qui a été écrit est incomplet&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1. What was written is incomplete.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1. Ce qui a été écrit est incomplet.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. The file was not saved; free some space and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le disque est plein. Le fichier n&apos;a pas été enregistré&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was not saved.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Le fichier n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>seuls %1 octets sur %2 ont atteint le disque</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Cli</name>
    <message>
        <source>phonedesk-cli: cannot open %1: %2</source>
        <translation>phonedesk-cli&#xa0;: impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: unexpected argument &quot;%1&quot;.</source>
        <translation>phonedesk-cli&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>progress: %1 %2/%3</source>
        <translation>progression&#xa0;: %1 %2/%3</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>create (default): only new phones; upsert-hardware-id or upsert-name: update the phone with the same hardware ID / name, create the others.</source>
        <translation>create (par défaut)&#xa0;: uniquement de nouveaux téléphones&#xa0;; upsert-hardware-id ou upsert-name&#xa0;: mettre à jour le téléphone ayant le même identifiant matériel / nom, créer les autres.</translation>
    </message>
    <message>
        <source>Check the file; save nothing.</source>
        <translation>Vérifier le fichier&#xa0;; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>Save the valid rows and skip the others (default: save nothing if any row is invalid).</source>
        <translation>Enregistrer les lignes valides et ignorer les autres (par défaut&#xa0;: ne rien enregistrer si une ligne n&apos;est pas valide).</translation>
    </message>
    <message>
        <source>Write every problem to FILE as CSV.</source>
        <translation>Écrire chaque problème dans FILE, au format CSV.</translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Afficher la progression sur stderr même s&apos;il ne s&apos;agit pas d&apos;un terminal.</translation>
    </message>
    <message>
        <source>phonedesk-cli: phones import needs the CSV file to import.</source>
        <translation>phonedesk-cli&#xa0;: phones import a besoin du fichier CSV à importer.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown mode &quot;%1&quot; (create, upsert-hardware-id, upsert-name).</source>
        <translation>phonedesk-cli&#xa0;: mode inconnu «&#xa0;%1&#xa0;» (create, upsert-hardware-id, upsert-name).</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 cannot be imported; nothing was saved.</source>
        <translation>phonedesk-cli&#xa0;: %1 ne peut pas être importé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 to create, %3 to update, %4 rejected.</source>
        <translation>%1 lignes vérifiées&#xa0;: %2 à créer, %3 à mettre à jour, %4 rejetées.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the rows above, or use --skip-invalid to import the valid ones.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez les lignes ci-dessus, ou utilisez --skip-invalid pour importer les lignes valides.</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importés&#xa0;: %1 créés, %2 mis à jour, %3 ignorés.</translation>
    </message>
    <message>
        <source>Where to write the CSV (default or &quot;-&quot;: stdout).</source>
        <translation>Où écrire le CSV (par défaut ou «&#xa0;-&#xa0;»&#xa0;: stdout).</translation>
    </message>
    <message>
        <source>Name or hardware ID contains TEXT.</source>
        <translation>Le nom ou l&apos;identifiant matériel contient TEXT.</translation>
    </message>
    <message>
        <source>Only phones at site NAME.</source>
        <translation>Uniquement les téléphones du site NAME.</translation>
    </message>
    <message>
        <source>managed, unmanaged, webrtc or remote.</source>
        <translation>managed, unmanaged, webrtc ou remote.</translation>
    </message>
    <message>
        <source>comma (default) or semicolon.</source>
        <translation>comma (par défaut) ou semicolon.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 BOM (for spreadsheets).</source>
        <translation>Commencer le fichier par une BOM UTF-8 (pour les tableurs).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown delimiter &quot;%1&quot; (comma or semicolon).</source>
        <translation>phonedesk-cli&#xa0;: délimiteur inconnu «&#xa0;%1&#xa0;» (comma ou semicolon).</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no site named &quot;%1&quot;.</source>
        <translation>phonedesk-cli&#xa0;: aucun site ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown category &quot;%1&quot;.</source>
        <translation>phonedesk-cli&#xa0;: catégorie inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Exported %1 phones to %2.</source>
        <translation>%1 téléphones exportés vers %2.</translation>
    </message>
    <message>
        <source>Import phones from CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]</source>
        <translation>Importer des téléphones depuis un CSV&#xa0;: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]</translation>
    </message>
    <message>
        <source>Only phones using base settings NAME.</source>
        <translation>Uniquement les téléphones utilisant les paramètres de base NAME.</translation>
    </message>
    <message>
        <source>Only phones with STATUS (online, degraded, offline, unknown, restarting, not-monitored; comma-separated).</source>
        <translation>Uniquement les téléphones ayant le statut STATUS (online, degraded, offline, unknown, restarting, not-monitored&#xa0;; séparés par des virgules).</translation>
    </message>
    <message>
        <source>Model id, e.g. poly-vvx-450.</source>
        <translation>Identifiant du modèle, p. ex. poly-vvx-450.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown status &quot;%1&quot;.</source>
        <translation>phonedesk-cli&#xa0;: statut inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown model &quot;%1&quot;.</source>
        <translation>phonedesk-cli&#xa0;: modèle inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, csv, json).</source>
        <translation>phonedesk-cli&#xa0;: format inconnu «&#xa0;%1&#xa0;» (table, csv, json).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>Identifiant matériel</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n téléphone</numerusform>
            <numerusform>%n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Téléphones&#xa0;: %1</translation>
    </message>
    <message>
        <source>Number of managed phones.</source>
        <translation>Nombre de téléphones gérés.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --managed needs a number between 0 and 1000000.</source>
        <translation>phonedesk-cli&#xa0;: --managed attend un nombre compris entre 0 et 1000000.</translation>
    </message>
    <message>
        <source>Created %1 sites, %2 users, %3 base settings and %4 phones.</source>
        <translation>%1 sites, %2 utilisateurs, %3 profils de paramètres de base et %4 téléphones créés.</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo organisation</source>
        <translation>Remplir une base de données vide avec une organisation de démonstration</translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]</source>
        <translation>Utilisation&#xa0;: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>       phonedesk-cli --version | --help</source>
        <translation>       phonedesk-cli --version | --help</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>  --database URL   sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD); default: the console&apos;s embedded database</source>
        <translation>  --database URL   sqlite:/path/file.sqlite ou postgresql://user@host:port/db (mot de passe depuis PGPASSWORD)&#xa0;; par défaut&#xa0;: la base de données intégrée de la console</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some items rejected, 2 usage or file error, 3 failure.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 certains éléments rejetés, 2 erreur d&apos;utilisation ou de fichier, 3 échec.</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs a value.</source>
        <translation>phonedesk-cli&#xa0;: %1 attend une valeur.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator).</source>
        <translation>phonedesk-cli&#xa0;: rôle inconnu «&#xa0;%1&#xa0;» (viewer, operator, editor, administrator).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown option %1 (see --help).</source>
        <translation>phonedesk-cli&#xa0;: option inconnue %1 (voir --help).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown command &quot;%1&quot; (see --help).</source>
        <translation>phonedesk-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;» (voir --help).</translation>
    </message>
    <message>
        <source>%1: the phone no longer exists.</source>
        <translation>%1&#xa0;: le téléphone n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1: the model of its base settings is not in the catalog.</source>
        <translation>%1&#xa0;: le modèle de ses paramètres de base ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>%1: the %2 is not provisioned by PhoneDesk.</source>
        <translation>%1&#xa0;: le %2 n&apos;est pas provisionné par PhoneDesk.</translation>
    </message>
    <message>
        <source>%1: no line is assigned (give the phone a user or a line key with an extension).</source>
        <translation>%1&#xa0;: aucune ligne n&apos;est attribuée (attribuez au téléphone un utilisateur ou une touche de ligne avec un poste).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Write to FILE (readable by its owner only) instead of stdout; &quot;-&quot; is stdout.</source>
        <translation>Écrire dans FILE (lisible par son propriétaire uniquement) au lieu de stdout&#xa0;; «&#xa0;-&#xa0;» désigne stdout.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (csv, json).</source>
        <translation>phonedesk-cli&#xa0;: format inconnu «&#xa0;%1&#xa0;» (csv, json).</translation>
    </message>
    <message>
        <source>phonedesk-cli: --output &quot;%1&quot; is a folder; name a file.</source>
        <translation>phonedesk-cli&#xa0;: --output «&#xa0;%1&#xa0;» est un dossier&#xa0;; indiquez un fichier.</translation>
    </message>
    <message>
        <source>export SIP credentials</source>
        <translation>exporter des identifiants SIP</translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation>redémarrer des téléphones</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>déconnecter des téléphones</translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation>resynchroniser des téléphones</translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation>vérifier le statut des téléphones</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2 of %3 phones done</source>
        <translation>%1&#xa0;: %2 sur %3 téléphones traités</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The phone with database ID N; repeat for more phones.</source>
        <translation>Le téléphone dont l&apos;identifiant de base de données est N&#xa0;; répéter l&apos;option pour d&apos;autres téléphones.</translation>
    </message>
    <message>
        <source>The phone with hardware ID MAC (any notation); repeat for more phones.</source>
        <translation>Le téléphone dont l&apos;identifiant matériel est MAC (toute notation)&#xa0;; répéter l&apos;option pour d&apos;autres téléphones.</translation>
    </message>
    <message>
        <source>Every phone (instead of naming or filtering them).</source>
        <translation>Tous les téléphones (au lieu de les désigner ou de les filtrer).</translation>
    </message>
    <message>
        <source>Go ahead when more than one phone is selected (restart and logout ask for it).</source>
        <translation>Continuer lorsque plus d&apos;un téléphone est sélectionné (restart et logout l&apos;exigent).</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300); phones not finished by then are reported as cancelled.</source>
        <translation>Abandonner au bout de SECONDS (par défaut 300)&#xa0;; les téléphones qui n&apos;ont pas terminé d&apos;ici là sont signalés comme annulés.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --timeout needs a number of seconds between 1 and %1, not &quot;%2&quot;.</source>
        <translation>phonedesk-cli&#xa0;: --timeout attend un nombre de secondes compris entre 1 et %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>phonedesk-cli: --id needs a phone&apos;s database ID (a number), not &quot;%1&quot;.</source>
        <translation>phonedesk-cli&#xa0;: --id attend l&apos;identifiant de base de données d&apos;un téléphone (un nombre), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>phonedesk-cli: --hardware-id needs a MAC address.</source>
        <translation>phonedesk-cli&#xa0;: --hardware-id attend une adresse MAC.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --%1 is empty; name what to select.</source>
        <translation>phonedesk-cli&#xa0;: --%1 est vide&#xa0;; indiquez ce qu&apos;il faut sélectionner.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --all cannot be combined with --id, --hardware-id or the filter options.</source>
        <translation>phonedesk-cli&#xa0;: --all ne peut pas être combiné avec --id, --hardware-id ou les options de filtre.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1.</source>
        <translation>phonedesk-cli&#xa0;: aucun téléphone n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1.</source>
        <translation>phonedesk-cli&#xa0;: aucun téléphone n&apos;a l&apos;identifiant matériel %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: no phone matches the selection; nothing was done.</source>
        <translation>phonedesk-cli&#xa0;: aucun téléphone ne correspond à la sélection&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would restart %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli&#xa0;: cette commande redémarrerait %n téléphone. Ajoutez --yes pour continuer (phones list avec les mêmes options l&apos;affiche).</numerusform>
            <numerusform>phonedesk-cli&#xa0;: cette commande redémarrerait %n téléphones. Ajoutez --yes pour continuer (phones list avec les mêmes options les affiche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would log out %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli&#xa0;: cette commande déconnecterait %n téléphone. Ajoutez --yes pour continuer (phones list avec les mêmes options l&apos;affiche).</numerusform>
            <numerusform>phonedesk-cli&#xa0;: cette commande déconnecterait %n téléphones. Ajoutez --yes pour continuer (phones list avec les mêmes options les affiche).</numerusform>
        </translation>
    </message>
    <message>
        <source>phonedesk-cli: the status of the restarted phones could not be probed in time; the next status poll updates it.</source>
        <translation>phonedesk-cli&#xa0;: le statut des téléphones redémarrés n&apos;a pas pu être sondé à temps&#xa0;; la prochaine interrogation du statut le mettra à jour.</translation>
    </message>
    <message>
        <source>not finished within %1 s</source>
        <translation>non terminé dans les %1 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded, %4 failed, %5 cancelled.</source>
        <translation>%1&#xa0;: %2 sur %3 réussis, %4 en échec, %5 annulés.</translation>
    </message>
    <message>
        <source>Restart phones and wait until they are back: --id/--hardware-id and/or the filter options, --yes for more than one phone</source>
        <translation>Redémarrer des téléphones et attendre leur retour&#xa0;: --id/--hardware-id et/ou les options de filtre, --yes pour plus d&apos;un téléphone</translation>
    </message>
    <message>
        <source>Remove the user from phones and make them fetch their configuration (--yes for more than one phone)</source>
        <translation>Retirer l&apos;utilisateur des téléphones et leur faire récupérer leur configuration (--yes pour plus d&apos;un téléphone)</translation>
    </message>
    <message>
        <source>Make phones fetch their configuration now</source>
        <translation>Faire récupérer immédiatement leur configuration aux téléphones</translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2).</source>
        <translation>Lignes SIP exportées&#xa0;: %1 (téléphones&#xa0;: %2).</translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2), to %3.</source>
        <translation>Lignes SIP exportées&#xa0;: %1 (téléphones&#xa0;: %2), vers %3.</translation>
    </message>
    <message>
        <source>WebRTC or Remote phones skipped (they have no SIP lines): %1.</source>
        <translation>Téléphones WebRTC ou distants ignorés (ils n&apos;ont pas de lignes SIP)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Phones that could not be exported (see above): %1.</source>
        <translation>Téléphones qui n&apos;ont pas pu être exportés (voir ci-dessus)&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown phone(s) wait in the provisioning quarantine.</source>
        <translation>
            <numerusform>%n téléphone inconnu attend dans la quarantaine de provisionnement.</numerusform>
            <numerusform>%n téléphones inconnus attendent dans la quarantaine de provisionnement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only phones whose last fetched configuration is out of date.</source>
        <translation>Uniquement les téléphones dont la dernière configuration récupérée est périmée.</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs the phones to act on: name them with --id or --hardware-id, select them with --name, --site, --base-settings, --status, --category, --model or --pending, or use --all.</source>
        <translation>phonedesk-cli&#xa0;: %1 a besoin des téléphones sur lesquels agir&#xa0;: désignez-les avec --id ou --hardware-id, sélectionnez-les avec --name, --site, --base-settings, --status, --category, --model ou --pending, ou utilisez --all.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --actor is ignored: the activity log of %1 records your database login, %2.</source>
        <translation>phonedesk-cli&#xa0;: --actor est ignoré&#xa0;: le journal d&apos;activité de %1 enregistre votre compte de base de données, %2.</translation>
    </message>
    <message>
        <source>phonedesk-cli: your role in %2 is %1 (login %3); --role %4 refused: --role may only lower your role.</source>
        <translation>phonedesk-cli&#xa0;: votre rôle dans %2 est %1 (compte %3)&#xa0;; --role %4 refusé&#xa0;: --role ne peut qu&apos;abaisser votre rôle.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>[global options]</source>
        <translation>[options globales]</translation>
    </message>
    <message>
        <source>Global options (--database, --role, --actor) come before the command; see phonedesk-cli --help.</source>
        <translation>Les options globales (--database, --role, --actor) se placent avant la commande&#xa0;; voir phonedesk-cli --help.</translation>
    </message>
    <message>
        <source>With --format csv, write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula.</source>
        <translation>Avec --format csv, écrire chaque cellule telle quelle, sans le &apos; placé devant les cellules qu&apos;un tableur exécuterait comme une formule.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1 at your sites (%2).</source>
        <translation>phonedesk-cli&#xa0;: aucun téléphone n&apos;a l&apos;identifiant %1 sur vos sites (%2).</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1 at your sites (%2).</source>
        <translation>phonedesk-cli&#xa0;: aucun téléphone n&apos;a l&apos;identifiant matériel %1 sur vos sites (%2).</translation>
    </message>
    <message>
        <source>Export the SIP line credentials for the registrar (administrators): [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output FILE] [--raw]</source>
        <translation>Exporter les identifiants des lignes SIP pour le serveur d&apos;enregistrement (administrateurs)&#xa0;: [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output FILE] [--raw]</translation>
    </message>
    <message>
        <source>phonedesk-cli: the report was not written: %1</source>
        <translation>phonedesk-cli&#xa0;: le rapport n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula (= + - @ first): for programs, not spreadsheets.</source>
        <translation>Écrire chaque cellule telle quelle, sans le &apos; placé devant les cellules qu&apos;un tableur exécuterait comme une formule (= + - @ en tête)&#xa0;: pour les programmes, pas pour les tableurs.</translation>
    </message>
    <message>
        <source>Export phones to CSV: [FILE] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</source>
        <translation>Exporter des téléphones en CSV&#xa0;: [FILE] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot check %1: %2</source>
        <translation>phonedesk-cli&#xa0;: impossible de vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the database is intact (SQLite: PRAGMA integrity_check); exit code 3 when it is damaged</source>
        <translation>Vérifier que la base de données est intacte (SQLite&#xa0;: PRAGMA integrity_check)&#xa0;; code de sortie 3 si elle est endommagée</translation>
    </message>
    <message>
        <source>List phones, filtered by --name, --site, --base-settings, --status, --category, --model; --format table|csv|json [--raw]</source>
        <translation>Lister les téléphones, filtrés par --name, --site, --base-settings, --status, --category, --model&#xa0;; --format table|csv|json [--raw]</translation>
    </message>
    <message>
        <source>Show the database, its schema version and size, and check that it is intact</source>
        <translation>Afficher la base de données, la version de son schéma et sa taille, et vérifier qu&apos;elle est intacte</translation>
    </message>
    <message>
        <source>PostgreSQL, database owner with CREATEROLE: create the team&apos;s roles and grant each its privileges (idempotent)</source>
        <translation>PostgreSQL, propriétaire de la base de données avec CREATEROLE&#xa0;: créer les rôles de l&apos;équipe et accorder à chacun ses privilèges (idempotent)</translation>
    </message>
    <message>
        <source>List the team&apos;s members, roles and sites (administrators): [--format table|csv|json]</source>
        <translation>Lister les membres, les rôles et les sites de l&apos;équipe (administrateurs)&#xa0;: [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Add a member (administrators): LOGIN --role ROLE [--site NAME]... [--password-file FILE | --no-password]</source>
        <translation>Ajouter un membre (administrateurs)&#xa0;: LOGIN --role ROLE [--site NAME]... [--password-file FILE | --no-password]</translation>
    </message>
    <message>
        <source>Remove a member from the team (administrators): LOGIN</source>
        <translation>Retirer un membre de l&apos;équipe (administrateurs)&#xa0;: LOGIN</translation>
    </message>
    <message>
        <source>Change a member&apos;s role (administrators): LOGIN ROLE</source>
        <translation>Changer le rôle d&apos;un membre (administrateurs)&#xa0;: LOGIN ROLE</translation>
    </message>
    <message>
        <source>Limit a member to sites (administrators): LOGIN --site NAME... | --all-sites</source>
        <translation>Limiter un membre à des sites (administrateurs)&#xa0;: LOGIN --site NAME... | --all-sites</translation>
    </message>
    <message>
        <source>Change a member&apos;s password (administrators): LOGIN [--password-file FILE | --no-password]</source>
        <translation>Changer le mot de passe d&apos;un membre (administrateurs)&#xa0;: LOGIN [--password-file FILE | --no-password]</translation>
    </message>
    <message>
        <source>  --role ROLE      viewer, operator, editor or administrator (embedded database: default administrator; PostgreSQL: your role in the database, which --role may only lower)</source>
        <translation>  --role ROLE      viewer, operator, editor ou administrator (base de données intégrée&#xa0;: par défaut administrator&#xa0;; PostgreSQL&#xa0;: votre rôle dans la base de données, que --role peut seulement abaisser)</translation>
    </message>
    <message>
        <source>  --actor NAME     name recorded in the audit log of the embedded database (default: the login name; PostgreSQL records your database login)</source>
        <translation>  --actor NAME     nom enregistré dans le journal d&apos;audit de la base de données intégrée (par défaut&#xa0;: le nom de connexion&#xa0;; PostgreSQL enregistre votre compte de base de données)</translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot read the password file &quot;%1&quot;: %2</source>
        <translation>phonedesk-cli&#xa0;: impossible de lire le fichier de mot de passe «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: the password file &quot;%1&quot; is readable by other users.</source>
        <translation>phonedesk-cli&#xa0;: avertissement&#xa0;: le fichier de mot de passe «&#xa0;%1&#xa0;» est lisible par d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>phonedesk-cli: give the password of %1 with --password-file FILE (&quot;-&quot; for standard input), or --no-password; it is never taken from the command line.</source>
        <translation>phonedesk-cli&#xa0;: indiquez le mot de passe de %1 avec --password-file FILE («&#xa0;-&#xa0;» pour l&apos;entrée standard), ou --no-password&#xa0;; il n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Password for %1 again: </source>
        <translation>Mot de passe de %1, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>phonedesk-cli: the passwords differ; nothing was changed.</source>
        <translation>phonedesk-cli&#xa0;: les mots de passe diffèrent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator, server).</source>
        <translation>phonedesk-cli&#xa0;: rôle inconnu «&#xa0;%1&#xa0;» (viewer, operator, editor, administrator, server).</translation>
    </message>
    <message>
        <source>%1: PostgreSQL role %2%3</source>
        <translation>%1&#xa0;: rôle PostgreSQL %2%3</translation>
    </message>
    <message>
        <source> (created)</source>
        <translation> (créé)</translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: %1</source>
        <translation>phonedesk-cli&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team mode is set up in %1: every role has exactly its privileges. Add people with phonedesk-cli team add LOGIN --role ROLE.</source>
        <translation>Le mode équipe est configuré dans %1&#xa0;: chaque rôle a exactement ses privilèges. Ajoutez des personnes avec phonedesk-cli team add LOGIN --role ROLE.</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>viewer, operator, editor, administrator or server (required).</source>
        <translation>viewer, operator, editor, administrator ou server (obligatoire).</translation>
    </message>
    <message>
        <source>Limit a viewer, operator or editor to site NAME (repeatable; default: every site).</source>
        <translation>Limiter un lecteur, un opérateur ou un éditeur au site NAME (répétable&#xa0;; par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (&quot;-&quot;: standard input) instead of the terminal.</source>
        <translation>Lire le mot de passe sur la première ligne de FILE («&#xa0;-&#xa0;»&#xa0;: entrée standard) au lieu du terminal.</translation>
    </message>
    <message>
        <source>Give the login no password: it signs in with a certificate or peer authentication.</source>
        <translation>Ne donner aucun mot de passe au compte&#xa0;: il se connecte avec un certificat ou l&apos;authentification peer.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs the login name: team add LOGIN --role ROLE.</source>
        <translation>phonedesk-cli&#xa0;: team add a besoin du nom du compte&#xa0;: team add LOGIN --role ROLE.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs --role (viewer, operator, editor, administrator, server).</source>
        <translation>phonedesk-cli&#xa0;: team add a besoin de --role (viewer, operator, editor, administrator, server).</translation>
    </message>
    <message>
        <source>phonedesk-cli: --password-file and --no-password exclude each other.</source>
        <translation>phonedesk-cli&#xa0;: --password-file et --no-password s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation>gérer l&apos;équipe</translation>
    </message>
    <message>
        <source>Login %1 created and added to the team as %2.</source>
        <translation>Compte %1 créé et ajouté à l&apos;équipe en tant que %2.</translation>
    </message>
    <message>
        <source>Login %1 added to the team as %2.</source>
        <translation>Compte %1 ajouté à l&apos;équipe en tant que %2.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team remove needs the login name: team remove LOGIN.</source>
        <translation>phonedesk-cli&#xa0;: team remove a besoin du nom du compte&#xa0;: team remove LOGIN.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and the login was dropped.</source>
        <translation>%1 a été retiré de l&apos;équipe et le compte a été supprimé.</translation>
    </message>
    <message>
        <source>%1 was removed from the team; the login stays (it was not made for this team or is used elsewhere) without access to this database.</source>
        <translation>%1 a été retiré de l&apos;équipe&#xa0;; le compte reste (il n&apos;a pas été créé pour cette équipe ou sert ailleurs), sans accès à cette base de données.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-role needs the login and the role: team set-role LOGIN ROLE.</source>
        <translation>phonedesk-cli&#xa0;: team set-role a besoin du compte et du rôle&#xa0;: team set-role LOGIN ROLE.</translation>
    </message>
    <message>
        <source>%1 now has the %2 role.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>A site the member may touch (repeatable).</source>
        <translation>Un site auquel le membre a accès (répétable).</translation>
    </message>
    <message>
        <source>Every site (no limit).</source>
        <translation>Tous les sites (sans limite).</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-sites needs the login and either --site NAME (repeatable) or --all-sites.</source>
        <translation>phonedesk-cli&#xa0;: team set-sites a besoin du compte et soit de --site NAME (répétable), soit de --all-sites.</translation>
    </message>
    <message>
        <source>%1 may now touch the phones of: %2.</source>
        <translation>%1 a désormais accès aux téléphones de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 may now touch the phones of every site.</source>
        <translation>%1 a désormais accès aux téléphones de tous les sites.</translation>
    </message>
    <message>
        <source>Remove the password (certificate or peer authentication only).</source>
        <translation>Supprimer le mot de passe (certificat ou authentification peer uniquement).</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-password needs the login name.</source>
        <translation>phonedesk-cli&#xa0;: team set-password a besoin du nom du compte.</translation>
    </message>
    <message>
        <source>The password of %1 was removed.</source>
        <translation>Le mot de passe de %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 online, %3 degraded, %4 offline, %5 not checked, %6 cancelled.</source>
        <translation>%1&#xa0;: %2 en ligne, %3 dégradé(s), %4 hors ligne, %5 non vérifié(s), %6 annulé(s).</translation>
    </message>
    <message>
        <source>Probe phones now; fails for phones that do not answer (degraded phones answered; phones with nothing to probe are not checked)</source>
        <translation>Sonder les téléphones maintenant&#xa0;; échoue pour les téléphones qui ne répondent pas (les téléphones dégradés ont répondu&#xa0;; ceux sans rien à sonder ne sont pas vérifiés)</translation>
    </message>
    <message>
        <source>Add a firmware image (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) to the library</source>
        <translation>Ajouter une image de micrologiciel (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) à la bibliothèque</translation>
    </message>
    <message>
        <source>List the firmware library with models and the phones running each image</source>
        <translation>Lister la bibliothèque de micrologiciels avec les modèles et les téléphones qui exécutent chaque image</translation>
    </message>
    <message>
        <source>Remove a firmware image no base settings use</source>
        <translation>Retirer une image de micrologiciel qu&apos;aucuns paramètres de base n&apos;utilisent</translation>
    </message>
    <message>
        <source>poly, yealink or audiocodes (default: from the file&apos;s extension).</source>
        <translation>poly, yealink ou audiocodes (par défaut&#xa0;: d’après l’extension du fichier).</translation>
    </message>
    <message>
        <source>The firmware version, when the file name does not give it.</source>
        <translation>La version du micrologiciel, quand le nom du fichier ne la donne pas.</translation>
    </message>
    <message>
        <source>Comma-separated model ids (yealink-t46u) or families (poly-vvx) the image is for (default: the models the file name lists).</source>
        <translation>Identifiants de modèles (yealink-t46u) ou familles (poly-vvx) auxquels l’image est destinée, séparés par des virgules (par défaut&#xa0;: les modèles que cite le nom du fichier).</translation>
    </message>
    <message>
        <source>The firmware file (.zip, .sip.ld, .rom, .img).</source>
        <translation>Le fichier du micrologiciel (.zip, .sip.ld, .rom, .img).</translation>
    </message>
    <message>
        <source>phonedesk-cli: name the firmware file: phonedesk-cli firmware add FILE</source>
        <translation>phonedesk-cli&#xa0;: indiquez le fichier du micrologiciel&#xa0;: phonedesk-cli firmware add FICHIER</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown vendor &quot;%1&quot; (poly, yealink, audiocodes).</source>
        <translation>phonedesk-cli&#xa0;: fabricant inconnu «&#xa0;%1&#xa0;» (poly, yealink, audiocodes).</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>Added firmware #%1: %2 %3 for %4 (%5, %6 bytes, SHA-256 %7).</source>
        <translation>Micrologiciel n°&#xa0;%1 ajouté&#xa0;: %2 %3 pour %4 (%5, %6&#xa0;octets, SHA-256 %7).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, json).</source>
        <translation>phonedesk-cli&#xa0;: format inconnu «&#xa0;%1&#xa0;» (table, json).</translation>
    </message>
    <message>
        <source>The firmware library is empty: add an image with phonedesk-cli firmware add FILE.</source>
        <translation>La bibliothèque de micrologiciels est vide&#xa0;: ajoutez une image avec phonedesk-cli firmware add FICHIER.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation>Téléphones équipés</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The image&apos;s ID (phonedesk-cli firmware list).</source>
        <translation>L’identifiant de l’image (phonedesk-cli firmware list).</translation>
    </message>
    <message>
        <source>phonedesk-cli: name the image by its ID: phonedesk-cli firmware remove ID</source>
        <translation>phonedesk-cli&#xa0;: désignez l’image par son identifiant&#xa0;: phonedesk-cli firmware remove ID</translation>
    </message>
    <message>
        <source>Removed firmware #%1 (%2).</source>
        <translation>Micrologiciel n°&#xa0;%1 retiré (%2).</translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [global options] %1 COMMAND [ARGS]</source>
        <translation>Utilisation&#xa0;: phonedesk-cli [options globales] %1 COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Each command answers --help with its own options: %1</source>
        <translation>Chaque commande donne ses propres options avec --help&#xa0;: %1</translation>
    </message>
    <message>
        <source>The base settings whose phones move (ID or name).</source>
        <translation>Les paramètres de base dont les téléphones changent de version (identifiant ou nom).</translation>
    </message>
    <message>
        <source>The target firmware version (in the firmware library).</source>
        <translation>La version de micrologiciel cible (dans la bibliothèque de micrologiciels).</translation>
    </message>
    <message>
        <source>Only the phones at these sites (IDs or names, comma-separated).</source>
        <translation>Uniquement les téléphones de ces sites (identifiants ou noms, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only this share of the phones, 1-100.</source>
        <translation>Uniquement cette part des téléphones, de 1 à 100.</translation>
    </message>
    <message>
        <source>Only these phones (IDs, comma-separated).</source>
        <translation>Uniquement ces téléphones (identifiants, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Phones updating at once, at most (default 10).</source>
        <translation>Nombre maximal de téléphones mis à jour simultanément (par défaut&#xa0;: 10).</translation>
    </message>
    <message>
        <source>Give turns only between these times, server time (22:00-06:00).</source>
        <translation>Ne donner leur tour aux téléphones qu&apos;entre ces heures, heure du serveur (22:00-06:00).</translation>
    </message>
    <message>
        <source>Minutes a phone may take to come back on the target (default 60).</source>
        <translation>Nombre de minutes dont dispose un téléphone pour revenir sur la version cible (par défaut&#xa0;: 60).</translation>
    </message>
    <message>
        <source>Paused rollout #%1.</source>
        <translation>Déploiement n°&#xa0;%1 suspendu.</translation>
    </message>
    <message>
        <source>Resumed rollout #%1.</source>
        <translation>Déploiement n°&#xa0;%1 repris.</translation>
    </message>
    <message>
        <source>Start moving the phones of a base settings profile to a firmware version</source>
        <translation>Commencer à faire passer les téléphones d&apos;un profil de paramètres de base à une version de micrologiciel</translation>
    </message>
    <message>
        <source>List firmware rollouts with their progress</source>
        <translation>Lister les déploiements de micrologiciel avec leur progression</translation>
    </message>
    <message>
        <source>Show a rollout and where each phone stands</source>
        <translation>Afficher un déploiement et l&apos;état de chaque téléphone</translation>
    </message>
    <message>
        <source>Pause a rollout: no phone gets its turn</source>
        <translation>Suspendre un déploiement&#xa0;: aucun téléphone ne reçoit son tour</translation>
    </message>
    <message>
        <source>Resume a paused rollout</source>
        <translation>Reprendre un déploiement suspendu</translation>
    </message>
    <message>
        <source>Stop a rollout and move the phones it moved back to the earlier version</source>
        <translation>Arrêter un déploiement et ramener à la version précédente les téléphones qu&apos;il a fait changer</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Paramètres de base</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Simultanés</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour en cours</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>--base-settings: there are no base settings &quot;%1&quot; (an ID or a name).</source>
        <translation>--base-settings&#xa0;: il n&apos;y a pas de paramètres de base «&#xa0;%1&#xa0;» (un ID ou un nom).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Choose one of --sites, --percent and --phones.</source>
        <translation>Choisissez une seule des options --sites, --percent et --phones.</translation>
    </message>
    <message>
        <source>--sites: there is no site &quot;%1&quot;.</source>
        <translation>--sites&#xa0;: il n&apos;y a pas de site «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--phones: &quot;%1&quot; is not a phone ID.</source>
        <translation>--phones&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un ID de téléphone.</translation>
    </message>
    <message>
        <source>name the base settings and the version: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</source>
        <translation>indiquez les paramètres de base et la version&#xa0;: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</translation>
    </message>
    <message>
        <source>Started rollout #%1: %2 phones of &quot;%3&quot; to %4, %5 at once.</source>
        <translation>Déploiement n°&#xa0;%1 démarré&#xa0;: %2 téléphones de «&#xa0;%3&#xa0;» vers %4, %5 à la fois.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table, json).</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (table, json).</translation>
    </message>
    <message>
        <source>No firmware rollouts: start one with phonedesk-cli rollout start.</source>
        <translation>Aucun déploiement de micrologiciel&#xa0;: démarrez-en un avec phonedesk-cli rollout start.</translation>
    </message>
    <message>
        <source>The rollout&apos;s ID (phonedesk-cli rollout list).</source>
        <translation>L&apos;ID du déploiement (phonedesk-cli rollout list).</translation>
    </message>
    <message>
        <source>name the rollout by its ID: phonedesk-cli %1 ID</source>
        <translation>indiquez le déploiement par son ID&#xa0;: phonedesk-cli %1 ID</translation>
    </message>
    <message>
        <source>there is no firmware rollout #%1.</source>
        <translation>il n&apos;y a pas de déploiement de micrologiciel n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Phone ID</source>
        <translation>ID du téléphone</translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Stopped rollout #%1 before any phone moved; &quot;%2&quot; names %3 again.</source>
        <translation>Déploiement n°&#xa0;%1 arrêté avant qu&apos;un téléphone ne change&#xa0;; «&#xa0;%2&#xa0;» indique de nouveau %3.</translation>
    </message>
    <message>
        <source>Rolling back rollout #%1: rollout #%2 moves %3 phones back to %4.</source>
        <translation>Annulation du déploiement n°&#xa0;%1&#xa0;: le déploiement n°&#xa0;%2 ramène %3 téléphones à %4.</translation>
    </message>
    <message>
        <source>Its phone applications, each phone asks for its own: %1.</source>
        <translation>Ses applications de téléphone, chaque téléphone demande la sienne : %1.</translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation>%1 (aucune application conservée : ajoutez de nouveau le paquet)</translation>
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
        <translation>Impossible d&apos;écouter les commandes des téléphones&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>Le téléphone n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandQueue</name>
    <message>
        <source>looking for a running phonedesk-server</source>
        <translation>recherche d&apos;un phonedesk-server en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>queueing the command</source>
        <translation>mise en file d&apos;attente de la commande</translation>
    </message>
    <message>
        <source>reading the command&apos;s results</source>
        <translation>lecture des résultats de la commande</translation>
    </message>
    <message>
        <source>cancelling the command</source>
        <translation>annulation de la commande</translation>
    </message>
    <message>
        <source>announcing this phonedesk-server</source>
        <translation>annonce de ce phonedesk-server</translation>
    </message>
    <message>
        <source>taking over this server&apos;s commands</source>
        <translation>reprise des commandes de ce serveur</translation>
    </message>
    <message>
        <source>taking back the commands of a stopped server</source>
        <translation>récupération des commandes d&apos;un serveur arrêté</translation>
    </message>
    <message>
        <source>claiming queued commands</source>
        <translation>prise en charge des commandes en file d&apos;attente</translation>
    </message>
    <message>
        <source>recording the command&apos;s results</source>
        <translation>enregistrement des résultats de la commande</translation>
    </message>
    <message>
        <source>reading cancelled commands</source>
        <translation>lecture des commandes annulées</translation>
    </message>
    <message>
        <source>cancelling queued commands</source>
        <translation>annulation des commandes en file d&apos;attente</translation>
    </message>
    <message>
        <source>finishing commands</source>
        <translation>finalisation des commandes</translation>
    </message>
    <message>
        <source>looking for the commands of a stopped server</source>
        <translation>recherche des commandes d&apos;un serveur arrêté</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandRunner</name>
    <message>
        <source>this model cannot be restarted remotely</source>
        <translation>ce modèle ne peut pas être redémarré à distance</translation>
    </message>
    <message>
        <source>REST safeRestart accepted</source>
        <translation>safeRestart REST accepté</translation>
    </message>
    <message>
        <source>REST API not used (no admin password or pinned certificate for this phone); sent SIP NOTIFY</source>
        <translation>API REST non utilisée (pas de mot de passe administrateur ni de certificat épinglé pour ce téléphone)&#xa0;; SIP NOTIFY envoyé</translation>
    </message>
    <message>
        <source>no network address on record: the phone cannot be reached</source>
        <translation>aucune adresse réseau enregistrée&#xa0;: le téléphone est injoignable</translation>
    </message>
    <message>
        <source>phone accepted the restart (%1)</source>
        <translation>le téléphone a accepté le redémarrage (%1)</translation>
    </message>
    <message>
        <source>phone accepted the resync (%1)</source>
        <translation>le téléphone a accepté la resynchronisation (%1)</translation>
    </message>
    <message>
        <source>phone refused: %1</source>
        <translation>refus du téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>phone did not answer (%1)</source>
        <translation>le téléphone n&apos;a pas répondu (%1)</translation>
    </message>
    <message>
        <source>back: re-fetched its configuration after %1 s</source>
        <translation>de retour&#xa0;: configuration récupérée à nouveau après %1 s</translation>
    </message>
    <message>
        <source>did not come back within %1 s</source>
        <translation>pas de retour dans les %1 s</translation>
    </message>
    <message>
        <source>did not restart within %1 s (it kept answering)</source>
        <translation>pas de redémarrage dans les %1 s (il a continué à répondre)</translation>
    </message>
    <message>
        <source>back: answers again after %1 s</source>
        <translation>de retour&#xa0;: répond à nouveau après %1 s</translation>
    </message>
    <message>
        <source>cancelled; the phone may still carry out the command</source>
        <translation>annulé&#xa0;; le téléphone peut encore exécuter la commande</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation>%1&#xa0;: adresse de documentation, non contactée</translation>
    </message>
    <message>
        <source>; give it an admin password and trust its web certificate (Phones → Trust Phone Web Certificate…) to restart it over its REST API</source>
        <translation>; donnez-lui un mot de passe administrateur et approuvez son certificat web (Téléphones → Approuver le certificat web du téléphone…) pour le redémarrer par son API REST</translation>
    </message>
    <message>
        <source>re-read its configuration but did not restart: this model restarts on a SIP NOTIFY only when its configuration changed</source>
        <translation>a relu sa configuration mais n’a pas redémarré&#xa0;: ce modèle ne redémarre sur un NOTIFY SIP que si sa configuration a changé</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigPreviewWidget</name>
    <message>
        <source>This phone is not provisioned by PhoneDesk. Enter these settings on the device:</source>
        <translation>Ce téléphone n&apos;est pas provisionné par PhoneDesk. Saisissez ces paramètres sur l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>SIP registration</source>
        <translation>Enregistrement SIP</translation>
    </message>
    <message>
        <source>&amp;Show Passwords</source>
        <translation>&amp;Afficher les mots de passe</translation>
    </message>
    <message>
        <source>Administrators only: show the passwords in these files</source>
        <translation>Administrateurs uniquement&#xa0;: afficher les mots de passe dans ces fichiers</translation>
    </message>
    <message>
        <source>Passwords are hidden; Show Passwords reveals them. Do not share them.</source>
        <translation>Les mots de passe sont masqués&#xa0;; «&#xa0;Afficher les mots de passe&#xa0;» les révèle. Ne les partagez pas.</translation>
    </message>
    <message>
        <source>Passwords are hidden; only administrators can see them.</source>
        <translation>Les mots de passe sont masqués&#xa0;; seuls les administrateurs peuvent les voir.</translation>
    </message>
    <message>
        <source>These are the exact files the provisioning server gives this phone.</source>
        <translation>Voici les fichiers exacts que le serveur de provisionnement fournit à ce téléphone.</translation>
    </message>
    <message>
        <source>&amp;Hide Passwords</source>
        <translation>&amp;Masquer les mots de passe</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigRenderer</name>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>  User name / extension: %1</source>
        <translation>  Nom d&apos;utilisateur / poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Authentication ID: %1</source>
        <translation>  ID d&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Password: %1</source>
        <translation>  Mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation>  Nom affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Registrar (primary): %1</source>
        <translation>  Serveur d&apos;enregistrement (principal)&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Registrar (secondary): %1</source>
        <translation>  Serveur d&apos;enregistrement (secondaire)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No line is assigned: give the phone a user or a line key with an extension first.</source>
        <translation>Aucune ligne n&apos;est attribuée&#xa0;: attribuez d&apos;abord au téléphone un utilisateur ou une touche de ligne avec un poste.</translation>
    </message>
    <message>
        <source>RTP events (RFC 4733), payload type %1</source>
        <translation>Événements RTP (RFC 4733), type de charge utile %1</translation>
    </message>
    <message>
        <source>in-band audio</source>
        <translation>audio intrabande</translation>
    </message>
    <message>
        <source>DTMF: %1</source>
        <translation>DTMF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Codecs, in order: %1</source>
        <translation>Codecs, dans l&apos;ordre&#xa0;: %1</translation>
    </message>
    <message>
        <source>SRTP: %1</source>
        <translation>SRTP&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigService</name>
    <message>
        <source>The model &quot;%1&quot; of base settings &quot;%2&quot; is not in the catalog.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» des paramètres de base «&#xa0;%2&#xa0;» ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no MAC address yet, so it cannot fetch a configuration.</source>
        <translation>Le téléphone «&#xa0;%1&#xa0;» n&apos;a pas encore d&apos;adresse MAC&#xa0;; il ne peut donc pas récupérer de configuration.</translation>
    </message>
    <message>
        <source>The %1 is not provisioned by PhoneDesk.</source>
        <translation>Le %1 n&apos;est pas provisionné par PhoneDesk.</translation>
    </message>
    <message>
        <source>%1 phones are not provisioned: there is no file to show.</source>
        <translation>Les téléphones de catégorie «&#xa0;%1&#xa0;» ne sont pas provisionnés&#xa0;: il n&apos;y a aucun fichier à afficher.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Connexion à une base de données</translation>
    </message>
    <message>
        <source>SQLite file (this computer only)</source>
        <translation>Fichier SQLite (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation>Serveur PostgreSQL (équipe)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Base de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>PhoneDesk opens the chosen database the next time the window opens; it never writes the password to its settings file.</source>
        <translation>PhoneDesk ouvre la base de données choisie à la prochaine ouverture de la fenêtre&#xa0;; il n&apos;écrit jamais le mot de passe dans son fichier de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File: choose where the SQLite database is.</source>
        <translation>Fichier&#xa0;: choisissez l&apos;emplacement de la base de données SQLite.</translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s host name or IP address.</source>
        <translation>Hôte&#xa0;: saisissez le nom d&apos;hôte ou l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Database: enter the database name.</source>
        <translation>Base de données&#xa0;: saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>User: enter the database user.</source>
        <translation>Utilisateur&#xa0;: saisissez l&apos;utilisateur de la base de données.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign In to the Team Database</source>
        <translation>Connexion à la base de données d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionSpec</name>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation>L&apos;URL SQLite ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database: postgresql://user@host:5432/phonedesk</source>
        <translation>Une URL PostgreSQL nécessite un hôte et une base de données&#xa0;: postgresql://user@host:5432/phonedesk</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address; use sqlite:/path/file.sqlite or postgresql://user@host:5432/database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de base de données&#xa0;; utilisez sqlite:/path/file.sqlite ou postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL URL is not a host or host:port.</source>
        <translation>«&#xa0;%1&#xa0;» dans l&apos;URL PostgreSQL n&apos;est ni un hôte ni un hôte:port.</translation>
    </message>
    <message>
        <source>target_session_attrs=%1 is not one of %2.</source>
        <translation>target_session_attrs=%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL parameter &quot;%1&quot; is not supported (sslmode, sslrootcert and target_session_attrs are).</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de l&apos;URL PostgreSQL n&apos;est pas pris en charge (sslmode, sslrootcert et target_session_attrs le sont).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CredentialStore</name>
    <message>
        <source>The password could not be saved in the system keychain (%1). It is kept in memory for this session only.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système (%1). Il est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No saved password could be read from the system keychain (%1).</source>
        <translation>Aucun mot de passe enregistré n&apos;a pu être lu dans le trousseau du système (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Csv</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (with or without BOM).</source>
        <translation>le fichier est en texte UTF-16&#xa0;; enregistrez-le en UTF-8 (avec ou sans BOM).</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes), not CSV text.</source>
        <translation>le fichier contient des données binaires (octets NUL), pas du texte CSV.</translation>
    </message>
    <message>
        <source>a quoted field is not closed: the quote that opens it has no closing quote.</source>
        <translation>un champ entre guillemets n&apos;est pas fermé&#xa0;: le guillemet ouvrant n&apos;a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes.</source>
        <translation>le champ dépasse %1 octets.</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation>texte inattendu après le guillemet fermant d&apos;un champ entre guillemets&#xa0;; entre guillemets, écrivez un guillemet en le doublant (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation>un guillemet dans un champ sans guillemets&#xa0;; mettez tout le champ entre guillemets et écrivez le guillemet en le doublant (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the row has more than %1 columns; a phone row has far fewer.</source>
        <translation>la ligne a plus de %1 colonnes&#xa0;; une ligne de téléphone en a bien moins.</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8 text.</source>
        <translation>UTF-8 non valide (octet 0x%1)&#xa0;; enregistrez le fichier en texte UTF-8.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControl</name>
    <message>
        <source>restart in progress</source>
        <translation>redémarrage en cours</translation>
    </message>
    <message>
        <source>WebRTC phones have no SIP probe path</source>
        <translation>les téléphones WebRTC n&apos;ont pas de chemin de sondage SIP</translation>
    </message>
    <message>
        <source>remote phones are not probed</source>
        <translation>les téléphones distants ne sont pas sondés</translation>
    </message>
    <message>
        <source>no network address and no provisioning fetch yet</source>
        <translation>aucune adresse réseau et aucune récupération de configuration pour l&apos;instant</translation>
    </message>
    <message>
        <source>the network address cannot be probed</source>
        <translation>l&apos;adresse réseau ne peut pas être sondée</translation>
    </message>
    <message>
        <source>Could not save phone status: %1</source>
        <translation>Impossible d&apos;enregistrer le statut du téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>user association removed</source>
        <translation>association avec l&apos;utilisateur supprimée</translation>
    </message>
    <message>
        <source>user association removed; the phone has no address to resync, it picks up the change at its next configuration fetch</source>
        <translation>association avec l&apos;utilisateur supprimée&#xa0;; le téléphone n&apos;a pas d&apos;adresse pour la resynchronisation, il prendra en compte la modification lors de sa prochaine récupération de configuration</translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation>vérifier le statut des téléphones</translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation>redémarrer des téléphones</translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation>resynchroniser des téléphones</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>déconnecter des téléphones</translation>
    </message>
    <message>
        <source>A certificate pin is a SHA-256 digest of 32 bytes.</source>
        <translation>Une empreinte de certificat épinglée est un condensé SHA-256 de 32 octets.</translation>
    </message>
    <message>
        <source>Could not write the audit log: %1</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>pin a phone&apos;s web certificate</source>
        <translation>épingler le certificat web d&apos;un téléphone</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>Le téléphone n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 has no network address to reach.</source>
        <translation>%1 n&apos;a aucune adresse réseau à laquelle le joindre.</translation>
    </message>
    <message>
        <source>the phone has no address to probe</source>
        <translation>le téléphone n&apos;a pas d&apos;adresse à sonder</translation>
    </message>
    <message numerus="yes">
        <source>send commands to %n of the chosen phones</source>
        <translation>
            <numerusform>envoyer des commandes à %n des téléphones choisis</numerusform>
            <numerusform>envoyer des commandes à %n des téléphones choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>No phonedesk-server is running for this database; the command was not sent.</source>
        <translation>Aucun phonedesk-server ne fonctionne pour cette base de données&#xa0;; la commande n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>another phonedesk-server sharing the database probes this phone</source>
        <translation>un autre phonedesk-server partageant la base de données sonde ce téléphone</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControlSettings</name>
    <message>
        <source>SIP bind address (%1): &quot;%2&quot; is not a unicast IP address of this machine; leave it empty for every address.</source>
        <translation>Adresse de liaison SIP (%1)&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IP unicast de cette machine&#xa0;; laissez-la vide pour toutes les adresses.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Error</name>
    <message numerus="yes">
        <source>%n problem(s) must be corrected.</source>
        <translation>
            <numerusform>%n problème doit être corrigé.</numerusform>
            <numerusform>%n problèmes doivent être corrigés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Export</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>L&apos;écriture de l&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ExportAction</name>
    <message>
        <source>Export phones</source>
        <translation>Exporter des téléphones</translation>
    </message>
    <message>
        <source>The phones were not exported.

%1</source>
        <translation>Les téléphones n&apos;ont pas été exportés.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n phone(s) to CSV</source>
        <translation>
            <numerusform>Exporter %n téléphone en CSV</numerusform>
            <numerusform>Exporter %n téléphones en CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Firmware</name>
    <message>
        <source>the version &quot;%1&quot; is not a firmware version: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64), e.g. 6.4.3.5156</source>
        <translation>la version «&#xa0;%1&#xa0;» n&apos;est pas une version de micrologiciel&#xa0;: utilisez des lettres, des chiffres et . - _ (64 au plus), p. ex. 6.4.3.5156</translation>
    </message>
    <message>
        <source>it is not a zip archive (%1)</source>
        <translation>ce n&apos;est pas une archive ZIP (%1)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>no end of central directory record</source>
        <translation>pas d&apos;enregistrement de fin du répertoire central</translation>
    </message>
    <message>
        <source>ZIP64 sizes without a ZIP64 end record locator</source>
        <translation>tailles ZIP64 sans localisateur d&apos;enregistrement de fin ZIP64</translation>
    </message>
    <message>
        <source>no ZIP64 end of central directory record</source>
        <translation>pas d&apos;enregistrement ZIP64 de fin du répertoire central</translation>
    </message>
    <message>
        <source>an archive split over several files</source>
        <translation>une archive répartie sur plusieurs fichiers</translation>
    </message>
    <message>
        <source>it does not start with a local file header</source>
        <translation>le fichier ne commence pas par un en-tête de fichier local</translation>
    </message>
    <message>
        <source>a central directory PhoneDesk does not read</source>
        <translation>un répertoire central que PhoneDesk ne prend pas en charge</translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation>un répertoire central endommagé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is an HTML or XML document (a web page saved instead of the download?), not firmware</source>
        <translation>c&apos;est un document HTML ou XML (une page web enregistrée à la place du téléchargement&#xa0;?), pas un micrologiciel</translation>
    </message>
    <message>
        <source>it is a PDF document (release notes?), not firmware</source>
        <translation>c&apos;est un document PDF (notes de version&#xa0;?), pas un micrologiciel</translation>
    </message>
    <message>
        <source>it is a zip archive: unpack it and add the firmware file inside</source>
        <translation>c&apos;est une archive ZIP&#xa0;: décompressez-la et ajoutez le fichier de micrologiciel qu&apos;elle contient</translation>
    </message>
    <message>
        <source>it is a text file, not firmware</source>
        <translation>c&apos;est un fichier texte, pas un micrologiciel</translation>
    </message>
    <message>
        <source>this is no Poly UC Software package: %1</source>
        <translation>ce n&apos;est pas un paquet Poly UC Software&#xa0;: %1</translation>
    </message>
    <message>
        <source>this zip archive is no Poly UC Software package: it holds no phone application (sip.ld or &lt;part number&gt;.sip.ld)</source>
        <translation>cette archive ZIP n&apos;est pas un paquet Poly UC Software&#xa0;: elle ne contient aucune application de téléphone (sip.ld ou &lt;référence&gt;.sip.ld)</translation>
    </message>
    <message>
        <source>PhoneDesk cannot tell whose firmware this is: Poly software comes as .zip packages and .sip.ld files, Yealink&apos;s as .rom, AudioCodes&apos; as .img (or name the vendor with --vendor)</source>
        <translation>PhoneDesk ne peut pas déterminer le fabricant de ce micrologiciel&#xa0;: le logiciel Poly est fourni sous forme de paquets .zip et de fichiers .sip.ld, celui de Yealink en .rom, celui d&apos;AudioCodes en .img (ou indiquez le fabricant avec --vendor)</translation>
    </message>
    <message>
        <source>a .zip package or a .ld application file</source>
        <translation>un paquet .zip ou un fichier d&apos;application .ld</translation>
    </message>
    <message>
        <source>a .rom file</source>
        <translation>un fichier .rom</translation>
    </message>
    <message>
        <source>an .img file</source>
        <translation>un fichier .img</translation>
    </message>
    <message>
        <source>this is not %1 firmware: %1 firmware is %2</source>
        <translation>ce n&apos;est pas un micrologiciel %1&#xa0;: un micrologiciel %1 est %2</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1&#xa0;: impossible de l&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <source>this is not a Poly phone application: those are named sip.ld or &lt;part number&gt;.sip.ld (bootrom and updater files are not phone software)</source>
        <translation>ce n&apos;est pas une application de téléphone Poly&#xa0;: celles-ci s&apos;appellent sip.ld ou &lt;référence&gt;.sip.ld (les fichiers bootrom et updater ne sont pas des logiciels de téléphone)</translation>
    </message>
    <message>
        <source>there is no model or model family &quot;%1&quot; in PhoneDesk&apos;s catalog</source>
        <translation>le catalogue de PhoneDesk ne contient aucun modèle ni aucune famille de modèles «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its name does not say which models it is for: name them with --models (model ids such as poly-vvx-450, or a family such as poly-vvx)</source>
        <translation>son nom n&apos;indique pas à quels modèles il est destiné&#xa0;: indiquez-les avec --models (identifiants de modèle comme poly-vvx-450, ou une famille comme poly-vvx)</translation>
    </message>
    <message>
        <source>it is for %1, and PhoneDesk&apos;s catalog has none of these models</source>
        <translation>il est destiné à %1, et le catalogue de PhoneDesk ne contient aucun de ces modèles</translation>
    </message>
    <message>
        <source>%1 is not a model of %2; this is %2 firmware</source>
        <translation>%1 n&apos;est pas un modèle %2&#xa0;; ceci est un micrologiciel %2</translation>
    </message>
    <message>
        <source>it does not fit the %1: it is firmware for %2</source>
        <translation>il ne convient pas au %1&#xa0;: c&apos;est un micrologiciel pour %2</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation>%1 dans l&apos;archive est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted; PhoneDesk reads only unencrypted packages</source>
        <translation>%1 dans l&apos;archive est chiffré ; PhoneDesk ne lit que les paquets non chiffrés</translation>
    </message>
    <message>
        <source>%1 in the archive is compressed with method %2; PhoneDesk reads stored and deflated members</source>
        <translation>%1 dans l&apos;archive est compressé avec la méthode %2 ; PhoneDesk lit les membres stockés et compressés en Deflate</translation>
    </message>
    <message>
        <source>no local file header where the directory says</source>
        <translation>pas d&apos;en-tête de fichier local là où le répertoire l&apos;indique</translation>
    </message>
    <message>
        <source>its data does not fit in the file</source>
        <translation>ses données dépassent la fin du fichier</translation>
    </message>
    <message>
        <source>more bytes than the directory says</source>
        <translation>plus d&apos;octets que le répertoire n&apos;en indique</translation>
    </message>
    <message>
        <source>the decompressor cannot start</source>
        <translation>le décompresseur ne peut pas démarrer</translation>
    </message>
    <message>
        <source>its compressed data ends early</source>
        <translation>ses données compressées s&apos;arrêtent trop tôt</translation>
    </message>
    <message>
        <source>its compressed data cannot be read: %1</source>
        <translation>ses données compressées sont illisibles : %1</translation>
    </message>
    <message>
        <source>its compressed data cannot be read</source>
        <translation>ses données compressées sont illisibles</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 octets au lieu de %2</translation>
    </message>
    <message>
        <source>its CRC-32 does not match</source>
        <translation>son CRC-32 ne correspond pas</translation>
    </message>
    <message>
        <source>this package holds two applications named %1; PhoneDesk serves a phone its file by name and cannot tell which one is meant</source>
        <translation>ce paquet contient deux applications nommées %1 ; PhoneDesk sert à un téléphone son fichier par son nom et ne peut pas savoir laquelle est voulue</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareCache</name>
    <message>
        <source>The firmware cache folder &quot;%1&quot; cannot be created.</source>
        <translation>Impossible de créer le dossier de cache des micrologiciels «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the image was removed from the library</source>
        <translation>l&apos;image a été retirée de la bibliothèque</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the bytes read from the database do not have the image&apos;s SHA-256</source>
        <translation>les octets lus dans la base de données ne correspondent pas au SHA-256 de l&apos;image</translation>
    </message>
    <message>
        <source>cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>impossible de renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareDialog</name>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciels</translation>
    </message>
    <message>
        <source>Firmware images are kept in the database, so every PhoneDesk server of the team has the same files. Each file is kept once; an image that base settings name in their firmware version cannot be removed.</source>
        <translation>Les images de micrologiciel sont conservées dans la base de données, afin que chaque serveur PhoneDesk de l&apos;équipe dispose des mêmes fichiers. Chaque fichier n&apos;est conservé qu&apos;une fois&#xa0;; une image dont la version est indiquée comme version du micrologiciel dans des paramètres de base ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation>Téléphones équipés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>V&amp;endor:</source>
        <translation>Fabri&amp;cant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>From the file name, when it says</source>
        <translation>D&apos;après le nom du fichier, s&apos;il l&apos;indique</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation>Ajouter à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>D&apos;après le nom du fichier</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Add Firmware</source>
        <translation>Ajouter un micrologiciel</translation>
    </message>
    <message>
        <source>Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;All files (*)</source>
        <translation>Micrologiciels (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation>Vérification et enregistrement de %1…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Remove Firmware</source>
        <translation>Retirer le micrologiciel</translation>
    </message>
    <message>
        <source>Remove %1 %2 (%3) from the firmware library?</source>
        <translation>Retirer %1 %2 (%3) de la bibliothèque de micrologiciels&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation>%1 (aucune application conservée : ajoutez de nouveau le paquet)</translation>
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
        <translation>lecture de la bibliothèque de micrologiciels</translation>
    </message>
    <message>
        <source>There is no firmware image #%1.</source>
        <translation>Il n&apos;y a pas d&apos;image de micrologiciel #%1.</translation>
    </message>
    <message>
        <source>Firmware image %1 has %2 bytes; bytes from %3 cannot be read.</source>
        <translation>L&apos;image de micrologiciel %1 fait %2 octets&#xa0;; les octets à partir de %3 ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>reading firmware image %1</source>
        <translation>lecture de l&apos;image de micrologiciel %1</translation>
    </message>
    <message>
        <source>Firmware image %1 is damaged: chunk %2 has %3 bytes instead of %4. Remove the image and add the file again.</source>
        <translation>L&apos;image de micrologiciel %1 est endommagée&#xa0;: le bloc %2 fait %3 octets au lieu de %4. Retirez l&apos;image et ajoutez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>recording firmware downloads</source>
        <translation>enregistrement des téléchargements de micrologiciel</translation>
    </message>
    <message>
        <source>reading firmware downloads</source>
        <translation>lecture des téléchargements de micrologiciel</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: its name says version %2, not %3; leave the version out or check the file.</source>
        <translation>%1&#xa0;: son nom indique la version %2, pas %3&#xa0;; omettez la version ou vérifiez le fichier.</translation>
    </message>
    <message>
        <source>%1: its name does not say which version it is: give the version (--version).</source>
        <translation>%1&#xa0;: son nom n&apos;indique pas de quelle version il s&apos;agit&#xa0;: indiquez la version (--version).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1&#xa0;: impossible de l&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is already in the firmware library as %2, added by %3 on %4; it is kept once.</source>
        <translation>%1 figure déjà dans la bibliothèque de micrologiciels sous %2, ajouté par %3 le %4&#xa0;; chaque fichier n&apos;est conservé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>adding %1 to the firmware library</source>
        <translation>ajout de %1 à la bibliothèque de micrologiciels</translation>
    </message>
    <message>
        <source>%1 changed while it was being added (is it still being copied?); nothing was kept. Add it again once it is complete.</source>
        <translation>%1 a été modifié pendant l&apos;ajout (est-il encore en cours de copie&#xa0;?)&#xa0;; rien n&apos;a été conservé. Ajoutez-le à nouveau une fois qu&apos;il est complet.</translation>
    </message>
    <message>
        <source>add firmware</source>
        <translation>ajouter un micrologiciel</translation>
    </message>
    <message>
        <source>Firmware image #%1 was removed meanwhile.</source>
        <translation>L&apos;image de micrologiciel #%1 a été retirée entre-temps.</translation>
    </message>
    <message>
        <source>reading the base settings</source>
        <translation>lecture des paramètres de base</translation>
    </message>
    <message>
        <source>remove firmware</source>
        <translation>retirer un micrologiciel</translation>
    </message>
    <message>
        <source>Firmware image %1 is in use: the base settings %2 set firmware version %3. Change their firmware version first.</source>
        <translation>L&apos;image de micrologiciel %1 est utilisée&#xa0;: les paramètres de base %2 définissent la version du micrologiciel %3. Modifiez d&apos;abord leur version du micrologiciel.</translation>
    </message>
    <message>
        <source>removing firmware image %1</source>
        <translation>retrait de l&apos;image de micrologiciel %1</translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware</source>
        <translation>lecture du micrologiciel des téléphones</translation>
    </message>
    <message>
        <source>#%1 (%2 %3, %4)</source>
        <translation>#%1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation>la lecture du fichier a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adding the firmware was cancelled; nothing was kept.</source>
        <translation>L&apos;ajout du micrologiciel a été annulé&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Firmware image %1 is a package: its applications are kept and served, not the package itself.</source>
        <translation>L&apos;image de firmware %1 est un paquet : ce sont ses applications qui sont conservées et servies, pas le paquet lui-même.</translation>
    </message>
    <message>
        <source>adding %1 from %2 to the firmware library</source>
        <translation>ajout de %1 de %2 à la bibliothèque de firmwares</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Firmware image %1 is part of the package %2: remove the package instead.</source>
        <translation>L&apos;image de firmware %1 fait partie du paquet %2 : supprimez plutôt le paquet.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Import</name>
    <message>
        <source>Nothing to import: read a file first.</source>
        <translation>Rien à importer&#xa0;: lisez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Ligne %1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: the file is larger than %2 MB; split it into several files.</source>
        <translation>Impossible d&apos;importer «&#xa0;%1&#xa0;»&#xa0;: le fichier dépasse %2 Mo&#xa0;; divisez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be a header row naming the columns, for example name,category,site,base_settings,hardware_id.</source>
        <translation>le fichier est vide&#xa0;; la première ligne doit être une ligne d&apos;en-tête nommant les colonnes, par exemple name,category,site,base_settings,hardware_id.</translation>
    </message>
    <message>
        <source>the column has no name; it is ignored.</source>
        <translation>la colonne n&apos;a pas de nom&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting; see the setting keys in docs/csv-format.md.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre connu&#xa0;; voir les clés de paramètres dans docs/csv-format.md.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; it is ignored.</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also column %2).</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois (également colonne %2).</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing.</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» est absente.</translation>
    </message>
    <message>
        <source>the file needs a &quot;base_settings&quot; or a &quot;model&quot; column.</source>
        <translation>le fichier doit contenir une colonne «&#xa0;base_settings&#xa0;» ou «&#xa0;model&#xa0;».</translation>
    </message>
    <message>
        <source>the required column &quot;hardware_id&quot; is missing (rows are matched by hardware ID).</source>
        <translation>la colonne obligatoire «&#xa0;hardware_id&#xa0;» est absente (les lignes sont associées par identifiant matériel).</translation>
    </message>
    <message>
        <source>the file has a header row but no phones.</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucun téléphone.</translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation>lecture des téléphones</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns.</source>
        <translation>la ligne a %1 champs mais l&apos;en-tête a %2 colonnes.</translation>
    </message>
    <message>
        <source>the category is required: managed, unmanaged, webrtc or remote.</source>
        <translation>la catégorie est obligatoire&#xa0;: managed, unmanaged, webrtc ou remote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category; use managed, unmanaged, webrtc or remote.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie&#xa0;; utilisez managed, unmanaged, webrtc ou remote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known phone model (use a model id such as poly-vvx-450, or its name such as Poly VVX 450).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un modèle de téléphone connu (utilisez un identifiant de modèle comme poly-vvx-450, ou son nom comme Poly VVX 450).</translation>
    </message>
    <message>
        <source>the base settings &quot;%1&quot; are for the %2, not the %3.</source>
        <translation>les paramètres de base «&#xa0;%1&#xa0;» sont destinés au %2, pas au %3.</translation>
    </message>
    <message>
        <source>several base settings are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation>plusieurs profils de paramètres de base s&apos;appellent «&#xa0;%1&#xa0;» (avec une casse différente)&#xa0;; écrivez le nom exactement.</translation>
    </message>
    <message>
        <source>there are no base settings named &quot;%1&quot;.</source>
        <translation>aucun profil de paramètres de base ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>there are no base settings for the %1; create a profile first, or name one in the base_settings column.</source>
        <translation>aucun profil de paramètres de base n&apos;existe pour le %1&#xa0;; créez d&apos;abord un profil, ou nommez-en un dans la colonne base_settings.</translation>
    </message>
    <message>
        <source>the %1 has %2 base settings profiles (%3); name one in the base_settings column.</source>
        <translation>le %1 a %2 profils de paramètres de base (%3)&#xa0;; nommez-en un dans la colonne base_settings.</translation>
    </message>
    <message>
        <source>base settings are required: name a profile in base_settings, or give the model.</source>
        <translation>les paramètres de base sont obligatoires&#xa0;: nommez un profil dans base_settings, ou indiquez le modèle.</translation>
    </message>
    <message>
        <source>the site is required.</source>
        <translation>le site est obligatoire.</translation>
    </message>
    <message>
        <source>several sites are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation>plusieurs sites s&apos;appellent «&#xa0;%1&#xa0;» (avec une casse différente)&#xa0;; écrivez le nom exactement.</translation>
    </message>
    <message>
        <source>there is no site named &quot;%1&quot;.</source>
        <translation>aucun site ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>several users have the email address &quot;%1&quot;.</source>
        <translation>plusieurs utilisateurs ont l&apos;adresse e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>several users are called &quot;%1&quot;; use the email address.</source>
        <translation>plusieurs utilisateurs s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>there is no user with the email address or name &quot;%1&quot;.</source>
        <translation>aucun utilisateur n&apos;a l&apos;adresse e-mail ou le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour %2.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is also used on line %2.</source>
        <translation>le nom «&#xa0;%1&#xa0;» est aussi utilisé à la ligne %2.</translation>
    </message>
    <message>
        <source>the hardware ID %1 is also used on line %2.</source>
        <translation>l&apos;identifiant matériel %1 est aussi utilisé à la ligne %2.</translation>
    </message>
    <message>
        <source>a phone named &quot;%1&quot; already exists; import in an update mode to change it.</source>
        <translation>un téléphone nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; importez dans un mode de mise à jour pour le modifier.</translation>
    </message>
    <message>
        <source>the hardware ID %1 already belongs to phone &quot;%2&quot;.</source>
        <translation>l&apos;identifiant matériel %1 appartient déjà au téléphone «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>another phone is already called &quot;%1&quot;.</source>
        <translation>un autre téléphone s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>the phone to update was deleted meanwhile.</source>
        <translation>le téléphone à mettre à jour a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>import phones</source>
        <translation>importer des téléphones</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported.</source>
        <translation>%1 lignes sur %2 contiennent des erreurs&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importation CSV</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 rows skipped</source>
        <translation>%1 créés, %2 mis à jour, %3 lignes ignorées</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ImportWizard</name>
    <message>
        <source>Import Phones from CSV</source>
        <translation>Importer des téléphones depuis un CSV</translation>
    </message>
    <message>
        <source>Saving phone %1 of %2…</source>
        <translation>Enregistrement du téléphone %1 sur %2…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>One phone per row, with a header row naming the columns (see the CSV format in the user guide). UTF-8, comma or semicolon.</source>
        <translation>Un téléphone par ligne, avec une ligne d&apos;en-tête nommant les colonnes (voir le format CSV dans le guide de l&apos;utilisateur). UTF-8, virgule ou point-virgule.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Import phones</source>
        <translation>Importer des téléphones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create new phones only</source>
        <translation>Créer uniquement de nouveaux téléphones</translation>
    </message>
    <message>
        <source>Update phones with the same hardware ID, create the others</source>
        <translation>Mettre à jour les téléphones ayant le même identifiant matériel, créer les autres</translation>
    </message>
    <message>
        <source>Update phones with the same name, create the others</source>
        <translation>Mettre à jour les téléphones ayant le même nom, créer les autres</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>How the columns of the file are understood, and its first rows.</source>
        <translation>Comment les colonnes du fichier sont interprétées, et ses premières lignes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Lignes avec des problèmes</translation>
    </message>
    <message>
        <source>Every problem with its line and column. Save the report to fix the file.</source>
        <translation>Chaque problème avec sa ligne et sa colonne. Enregistrez le rapport pour corriger le fichier.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Enregistrer le rapport des problèmes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is valid (all or nothing)</source>
        <translation>N&apos;importer &amp;rien tant que toutes les lignes ne sont pas valides (tout ou rien)</translation>
    </message>
    <message>
        <source>S&amp;kip the rows with problems and import the others</source>
        <translation>&amp;Ignorer les lignes avec des problèmes et importer les autres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the import; nothing is saved.</source>
        <translation>Arrêter l&apos;importation&#xa0;; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Lecture et vérification de %1…</translation>
    </message>
    <message>
        <source>(unknown column: ignored)</source>
        <translation>(colonne inconnue&#xa0;: ignorée)</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n ligne dans le fichier&#xa0;: </numerusform>
            <numerusform>%n lignes dans le fichier&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 with problems.</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 avec des problèmes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems.</source>
        <translation>
            <numerusform>%n ligne contient des problèmes.</numerusform>
            <numerusform>%n lignes contiennent des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 problems are shown; the saved report has all %2.</source>
        <translation>Les %1 premiers problèmes sont affichés&#xa0;; le rapport enregistré les contient tous (%2).</translation>
    </message>
    <message>
        <source>Nothing can be imported until they are fixed: save the report, fix the file and import it again, or choose to skip them.</source>
        <translation>Rien ne peut être importé tant qu&apos;elles ne sont pas corrigées&#xa0;: enregistrez le rapport, corrigez le fichier et importez-le à nouveau, ou choisissez de les ignorer.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported.</source>
        <translation>
            <numerusform>%n ligne valide sera importée.</numerusform>
            <numerusform>%n lignes valides seront importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importés&#xa0;: %1 créés, %2 mis à jour, %3 ignorés.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Arrêté. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>Le rapport n&apos;a pas été enregistré.

%1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::IntegrityCheck</name>
    <message>
        <source>%1 is intact (checked: %2).</source>
        <translation>%1 est intact (vérifications&#xa0;: %2).</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>%1 is damaged. Problems found: %2 (checked: %3).</source>
        <translation>%1 est endommagé. Problèmes trouvés&#xa0;: %2 (vérifications&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation>Les %1 premiers&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Stop using it and restore it from a backup (PhoneDesk keeps one next to an SQLite file before each upgrade, as &lt;file&gt;.schemaN.bak).</source>
        <translation>Cessez de l&apos;utiliser et restaurez-le à partir d&apos;une sauvegarde (PhoneDesk en conserve une à côté d&apos;un fichier SQLite avant chaque mise à niveau, sous la forme &lt;file&gt;.schemaN.bak).</translation>
    </message>
    <message>
        <source>every table present and readable to the last row, schema version</source>
        <translation>chaque table présente et lisible jusqu&apos;à la dernière ligne, version du schéma</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check (every page, index and constraint), every table present, schema version</source>
        <translation>PRAGMA integrity_check (chaque page, index et contrainte), chaque table présente, version du schéma</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>vérification de la base de données</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>la table %1 est absente</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>la table %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>schema_version has %1 rows instead of one</source>
        <translation>schema_version a %1 lignes au lieu d&apos;une</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>version du schéma %1, %2 attendue</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::LineKeyNotation</name>
    <message>
        <source>the notation ends with a backslash; write \\ for a backslash.</source>
        <translation>la notation se termine par une barre oblique inverse&#xa0;; écrivez \\ pour une barre oblique inverse.</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: %3</source>
        <translation>entrée %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected position=type, for example 2=blf:1002 Alice.</source>
        <translation>format attendu&#xa0;: position=type, par exemple 2=blf:1002 Alice.</translation>
    </message>
    <message>
        <source>the position &quot;%1&quot; is not a key number from 1 to 999.</source>
        <translation>la position «&#xa0;%1&#xa0;» n&apos;est pas un numéro de touche de 1 à 999.</translation>
    </message>
    <message>
        <source>the key type is missing; use line, speed, blf or none.</source>
        <translation>le type de touche est absent&#xa0;; utilisez line, speed, blf ou none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key type; use line, speed, blf or none.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de touche&#xa0;; utilisez line, speed, blf ou none.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation>Serveur SIP principal</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation>Emplacement E911</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Téléphones</translation>
    </message>
    <message>
        <source>&amp;Base Settings</source>
        <translation>&amp;Paramètres de base</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>&amp;Connexion à une base de données…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add Phone…</source>
        <translation>&amp;Ajouter un téléphone…</translation>
    </message>
    <message>
        <source>&amp;Edit Phone…</source>
        <translation>&amp;Modifier le téléphone…</translation>
    </message>
    <message>
        <source>&amp;Delete Phones…</source>
        <translation>&amp;Supprimer les téléphones…</translation>
    </message>
    <message>
        <source>&amp;Migrate Base Settings…</source>
        <translation>Mi&amp;grer les paramètres de base…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation>&amp;Vérifier le statut</translation>
    </message>
    <message>
        <source>&amp;Find Phones</source>
        <translation>Re&amp;chercher des téléphones</translation>
    </message>
    <message>
        <source>&amp;New Base Settings…</source>
        <translation>&amp;Nouveaux paramètres de base…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Base Settings…</source>
        <translation>D&amp;upliquer les paramètres de base…</translation>
    </message>
    <message>
        <source>&amp;Edit Base Settings…</source>
        <translation>&amp;Modifier les paramètres de base…</translation>
    </message>
    <message>
        <source>&amp;Delete Base Settings…</source>
        <translation>&amp;Supprimer les paramètres de base…</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>Nou&amp;veau site…</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>Modi&amp;fier le site…</translation>
    </message>
    <message>
        <source>&amp;Delete Site…</source>
        <translation>Supp&amp;rimer le site…</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>Nouvel u&amp;tilisateur…</translation>
    </message>
    <message>
        <source>&amp;Edit User…</source>
        <translation>Modifier l&apos;utilisat&amp;eur…</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>Supprimer l&apos;ut&amp;ilisateur…</translation>
    </message>
    <message>
        <source>Provisioning &amp;Quarantine…</source>
        <translation>&amp;Quarantaine de provisionnement…</translation>
    </message>
    <message>
        <source>Provisioning &amp;Server Settings…</source>
        <translation>&amp;Paramètres du serveur de provisionnement…</translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation>À &amp;propos de PhoneDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Gestion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Filter by name or hardware ID (Ctrl+F)</source>
        <translation>Filtrer par nom ou identifiant matériel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Paramètres de base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>%1 phones matching the other filters</source>
        <translation>Téléphones au statut «&#xa0;%1&#xa0;» correspondant aux autres filtres</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All base settings</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 phones shown</source>
        <translation>%1 téléphones affichés sur %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n sélectionné</numerusform>
            <numerusform>, %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Phone Details…</source>
        <translation>Déta&amp;ils du téléphone…</translation>
    </message>
    <message>
        <source>&amp;View Base Settings…</source>
        <translation>&amp;Afficher les paramètres de base…</translation>
    </message>
    <message>
        <source>&amp;View Site…</source>
        <translation>Affic&amp;her le site…</translation>
    </message>
    <message>
        <source>&amp;View User…</source>
        <translation>Affi&amp;cher l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not available: no device control is running for this database.</source>
        <translation>Non disponible&#xa0;: aucun contrôle des appareils n&apos;est actif pour cette base de données.</translation>
    </message>
    <message>
        <source>Not available: this build has no CSV import wizard.</source>
        <translation>Non disponible&#xa0;: cette version ne comprend pas l&apos;assistant d&apos;importation CSV.</translation>
    </message>
    <message>
        <source>Show &amp;Activity</source>
        <translation>Afficher l&apos;&amp;activité</translation>
    </message>
    <message>
        <source>Phone Details</source>
        <translation>Détails du téléphone</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; saved.</source>
        <translation>Téléphone «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete phone &quot;%1&quot;? Its configuration and history stay in the activity log.</source>
        <translation>Supprimer le téléphone «&#xa0;%1&#xa0;»&#xa0;? Sa configuration et son historique restent dans le journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Delete Phones</source>
        <translation>Supprimer des téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) deleted.</source>
        <translation>
            <numerusform>%n téléphone supprimé.</numerusform>
            <numerusform>%n téléphones supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate Base Settings</source>
        <translation>Migrer les paramètres de base</translation>
    </message>
    <message>
        <source>Select phones, or filter the list to the phones to migrate.</source>
        <translation>Sélectionnez des téléphones, ou filtrez la liste sur les téléphones à migrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) migrated.</source>
        <translation>
            <numerusform>%n téléphone migré.</numerusform>
            <numerusform>%n téléphones migrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Déconnecter</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) logged out.</source>
        <translation>
            <numerusform>%n téléphone déconnecté.</numerusform>
            <numerusform>%n téléphones déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>Vérifier le statut</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV import is not available in this build.</source>
        <translation>L&apos;importation CSV n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Export Selected Phones</source>
        <translation>Exporter les téléphones sélectionnés</translation>
    </message>
    <message>
        <source>Export Phones Shown</source>
        <translation>Exporter les téléphones affichés</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) exported to %1.</source>
        <translation>
            <numerusform>%n téléphone exporté vers %1.</numerusform>
            <numerusform>%n téléphones exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation>Nouveaux paramètres de base</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The profile starts with the model&apos;s defaults.</source>
        <translation>Le profil commence avec les valeurs par défaut du modèle.</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; created.</source>
        <translation>Paramètres de base «&#xa0;%1&#xa0;» créés.</translation>
    </message>
    <message>
        <source>Duplicate Base Settings</source>
        <translation>Dupliquer les paramètres de base</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Edit Base Settings</source>
        <translation>Modifier les paramètres de base</translation>
    </message>
    <message>
        <source>Delete Base Settings</source>
        <translation>Supprimer les paramètres de base</translation>
    </message>
    <message>
        <source>Delete base settings &quot;%1&quot;?</source>
        <translation>Supprimer les paramètres de base «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Edit Site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <source>Delete Site</source>
        <translation>Supprimer le site</translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;?</source>
        <translation>Supprimer le site «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete user &quot;%1&quot;?</source>
        <translation>Supprimer l&apos;utilisateur «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Provisioning Quarantine</source>
        <translation>Quarantaine de provisionnement</translation>
    </message>
    <message>
        <source>Provisioning Server Settings</source>
        <translation>Paramètres du serveur de provisionnement</translation>
    </message>
    <message>
        <source>About PhoneDesk</source>
        <translation>À propos de PhoneDesk</translation>
    </message>
    <message>
        <source>PhoneDesk %1

Manages desk phones, softphones and remote phones: base settings per model, sites, users, line keys, zero-touch provisioning and live status.

Qt %2. Database: %3.</source>
        <translation>PhoneDesk %1

Gère les téléphones de bureau, les softphones et les téléphones distants&#xa0;: paramètres de base par modèle, sites, utilisateurs, touches de ligne, provisionnement sans intervention et statut en temps réel.

Qt %2. Base de données&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Trust Phone &amp;Web Certificate…</source>
        <translation>Approuver le certificat &amp;web du téléphone…</translation>
    </message>
    <message>
        <source>Connecting to the web server of %1…</source>
        <translation>Connexion au serveur web de %1…</translation>
    </message>
    <message>
        <source>Trust Phone Web Certificate</source>
        <translation>Approuver le certificat web du téléphone</translation>
    </message>
    <message>
        <source>%1 presents this certificate:

Subject: %2
Valid until: %3
SHA-256: %4

</source>
        <translation>%1 présente ce certificat&#xa0;:

Sujet&#xa0;: %2
Valide jusqu&apos;au&#xa0;: %3
SHA-256&#xa0;: %4

</translation>
    </message>
    <message>
        <source>It is already trusted for this phone.</source>
        <translation>Il est déjà approuvé pour ce téléphone.</translation>
    </message>
    <message>
        <source>A DIFFERENT certificate is trusted for this phone now. If the phone was not replaced or reset, someone may be impersonating it.

</source>
        <translation>Un AUTRE certificat est actuellement approuvé pour ce téléphone. Si le téléphone n&apos;a été ni remplacé ni réinitialisé, quelqu&apos;un se fait peut-être passer pour lui.

</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your web browser shows for the phone&apos;s web interface (https:// and its address) before trusting it: Restart then sends the phone&apos;s admin password to the server presenting this certificate, and to no other.

Trust it?</source>
        <translation>Comparez l&apos;empreinte avec celle que votre navigateur web affiche pour l&apos;interface web du téléphone (https:// suivi de son adresse) avant d&apos;approuver le certificat&#xa0;: «&#xa0;Redémarrer&#xa0;» envoie ensuite le mot de passe administrateur du téléphone au serveur qui présente ce certificat, et à aucun autre.

Approuver ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>The web certificate of %1 is trusted.</source>
        <translation>Le certificat web de %1 est désormais approuvé.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Clear Fil&amp;ters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>Provisionnement : %1</translation>
    </message>
    <message>
        <source>The provisioning server runs in this console and serves phones at %1.</source>
        <translation>Le serveur de provisionnement fonctionne dans cette console et sert les téléphones à %1.</translation>
    </message>
    <message>
        <source>Provisioning: not running</source>
        <translation>Provisionnement : arrêté</translation>
    </message>
    <message>
        <source>Configuration pending could not be worked out: %1</source>
        <translation>Impossible de déterminer les configurations en attente : %1</translation>
    </message>
    <message>
        <source>&amp;Team Members…</source>
        <translation>Mem&amp;bres de l&apos;équipe…</translation>
    </message>
    <message>
        <source>The embedded database of this desk: the role was chosen with --role.</source>
        <translation>La base de données intégrée de ce poste&#xa0;: le rôle a été choisi avec --role.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (serveur)</translation>
    </message>
    <message>
        <source>Signed in as %1: %2 for %3</source>
        <translation>Connecté en tant que %1&#xa0;: %2 pour %3</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>aucun site</translation>
    </message>
    <message>
        <source>Signed in as %1: %2, all sites</source>
        <translation>Connecté en tant que %1&#xa0;: %2, tous les sites</translation>
    </message>
    <message>
        <source>You own this database: every right, no site limit.</source>
        <translation>Vous êtes propriétaire de cette base de données&#xa0;: tous les droits, sans limite de sites.</translation>
    </message>
    <message>
        <source>The database gives %1 the %2 role.</source>
        <translation>La base de données donne à %1 le rôle %2.</translation>
    </message>
    <message>
        <source>This console acts as %1 (lowered with --role).</source>
        <translation>Cette console agit en tant que %1 (abaissé avec --role).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phones: %1? Their history stays in the activity log.</source>
        <translation>
            <numerusform>Supprimer %n téléphone&#xa0;: %1&#xa0;? Son historique reste dans le journal d’activité.</numerusform>
            <numerusform>Supprimer %n téléphones&#xa0;: %1&#xa0;? Leur historique reste dans le journal d’activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Log out phone &quot;%1&quot;? Its user is removed from it.</source>
        <translation>Déconnecter le téléphone «&#xa0;%1&#xa0;»&#xa0;? Son utilisateur en est retiré.</translation>
    </message>
    <message numerus="yes">
        <source>Log out %n phones: %1? Their users are removed from them.</source>
        <translation>
            <numerusform>Déconnecter %n téléphone&#xa0;: %1&#xa0;? Son utilisateur en est retiré.</numerusform>
            <numerusform>Déconnecter %n téléphones&#xa0;: %1&#xa0;? Leurs utilisateurs en sont retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart phone &quot;%1&quot;? A call in progress on it is dropped.</source>
        <translation>Redémarrer le téléphone «&#xa0;%1&#xa0;»&#xa0;? Un appel en cours sur celui-ci est coupé.</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n phones: %1? Calls in progress on them are dropped.</source>
        <translation>
            <numerusform>Redémarrer %n téléphone&#xa0;: %1&#xa0;? Un appel en cours sur celui-ci est coupé.</numerusform>
            <numerusform>Redémarrer %n téléphones&#xa0;: %1&#xa0;? Les appels en cours sur ceux-ci sont coupés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search base settings by name, model or description</source>
        <translation>Rechercher des paramètres de base par nom, modèle ou description</translation>
    </message>
    <message>
        <source>Search sites by name, server, time zone or location</source>
        <translation>Rechercher des sites par nom, serveur, fuseau horaire ou emplacement</translation>
    </message>
    <message>
        <source>Search users by name, email or extension</source>
        <translation>Rechercher des utilisateurs par nom, e-mail ou poste</translation>
    </message>
    <message>
        <source>Database connection lost — reconnecting…</source>
        <translation>Connexion à la base de données perdue — reconnexion…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the database was lost (%1). PhoneDesk reconnects by itself; open forms keep your changes.</source>
        <translation>La connexion à la base de données a été perdue (%1). PhoneDesk se reconnecte de lui-même&#xa0;; les formulaires ouverts conservent vos modifications.</translation>
    </message>
    <message>
        <source>The database connection is back (after %1 s).</source>
        <translation>La connexion à la base de données est rétablie (après %1 s).</translation>
    </message>
    <message>
        <source>Set S&amp;ite…</source>
        <translation>Définir le s&amp;ite…</translation>
    </message>
    <message>
        <source>Set &amp;User…</source>
        <translation>Définir l&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Open Phone &amp;Web Page</source>
        <translation>Ouvrir la page &amp;Web du téléphone</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Configuration pending</source>
        <translation>Configuration en attente</translation>
    </message>
    <message>
        <source>Phones whose configuration changed since they last fetched it, as &quot;phonedesk-cli phones list --pending&quot; lists them</source>
        <translation>Téléphones dont la configuration a changé depuis leur dernière récupération, tels que «&#xa0;phonedesk-cli phones list --pending&#xa0;» les liste</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Select a phone to see its details.</source>
        <translation>Sélectionnez un téléphone pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n phones selected.</source>
        <translation>
            <numerusform>%n téléphone sélectionné.</numerusform>
            <numerusform>%n téléphones sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Set Site</source>
        <translation>Définir le site</translation>
    </message>
    <message>
        <source>Set User</source>
        <translation>Définir l&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): %1</source>
        <translation>
            <numerusform>%n téléphone&#xa0;: %1</numerusform>
            <numerusform>%n téléphones&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Aucun utilisateur</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Set S&amp;ite</source>
        <translation>Définir le s&amp;ite</translation>
    </message>
    <message>
        <source>Set &amp;User</source>
        <translation>Définir l&apos;&amp;utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Site «&#xa0;%1&#xa0;» défini pour %n téléphone.</numerusform>
            <numerusform>Site «&#xa0;%1&#xa0;» défini pour %n téléphones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Utilisateur «&#xa0;%1&#xa0;» défini pour %n téléphone.</numerusform>
            <numerusform>Utilisateur «&#xa0;%1&#xa0;» défini pour %n téléphones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; saved.</source>
        <translation>Paramètres de base «&#xa0;%1&#xa0;» enregistrés.</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a web browser or text editor.</source>
        <translation>Aucun programme n&apos;a pu ouvrir %1. Ouvrez-le dans un navigateur Web ou un éditeur de texte.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Clear the filter box (in it)</source>
        <translation>Vider le champ de filtre (dans celui-ci)</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>Aller à un onglet</translation>
    </message>
    <message>
        <source>Alt + the tab&apos;s underlined letter</source>
        <translation>Alt + la lettre soulignée de l&apos;onglet</translation>
    </message>
    <message>
        <source>Open Phone Web Page</source>
        <translation>Ouvrir la page Web du téléphone</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Aucun navigateur Web n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>&amp;Firmware…</source>
        <translation>Mi&amp;crologiciels…</translation>
    </message>
    <message>
        <source>Firmware R&amp;ollouts…</source>
        <translation>Dép&amp;loiements de micrologiciel…</translation>
    </message>
    <message>
        <source>&amp;Redirection Services…</source>
        <translation>Services de re&amp;direction…</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ManagedSettings</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The managed settings in %1 could not be read; nothing in them applies.</source>
        <translation>Les paramètres gérés de %1 n&apos;ont pas pu être lus&#xa0;; aucun d&apos;entre eux ne s&apos;applique.</translation>
    </message>
    <message>
        <source>the URL carries a password, which is ignored; each user signs in and the password is kept in their keychain.</source>
        <translation>l&apos;URL contient un mot de passe, qui est ignoré&#xa0;; chaque utilisateur se connecte lui-même et le mot de passe est conservé dans son trousseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the database stays locked.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false&#xa0;; la base de données reste verrouillée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not viewer, operator, editor or administrator; this console is limited to Viewer until it is corrected.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni viewer, ni operator, ni editor, ni administrator&#xa0;; cette console est limitée au rôle Lecteur jusqu&apos;à sa correction.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the provisioning server stays off.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false&#xa0;; le serveur de provisionnement reste arrêté.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 ne contient aucun certificat PEM ou DER.</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>--database: the database is managed by your organisation (%1); this console opens no other.</source>
        <translation>--database&#xa0;: la base de données est gérée par votre organisation (%1)&#xa0;; cette console n&apos;en ouvre aucune autre.</translation>
    </message>
    <message>
        <source>--role %1: your organisation allows this console at most the role %2.</source>
        <translation>--role %1&#xa0;: votre organisation autorise au plus le rôle %2 pour cette console.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the CA certificate bundle.</source>
        <translation>Impossible de créer le dossier %1 pour l&apos;ensemble de certificats d&apos;AC.</translation>
    </message>
    <message>
        <source>Cannot write the CA certificate bundle %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;ensemble de certificats d&apos;AC %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the connection to the database is lost. PhoneDesk is reconnecting by itself; your changes are still here. Save again once the status bar says the connection is back.

%1</source>
        <translation>Non enregistré&#xa0;: la connexion à la base de données est perdue. PhoneDesk se reconnecte de lui-même&#xa0;; vos modifications sont toujours là. Enregistrez à nouveau dès que la barre d&apos;état indique que la connexion est rétablie.

%1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrateDialog</name>
    <message>
        <source>Migrate Base Settings</source>
        <translation>Migrer les paramètres de base</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) cannot use the chosen base settings; choose another profile or leave them out.</source>
        <translation>
            <numerusform>%n téléphone ne peut pas utiliser les paramètres de base choisis&#xa0;; choisissez un autre profil ou excluez-le.</numerusform>
            <numerusform>%n téléphones ne peuvent pas utiliser les paramètres de base choisis&#xa0;; choisissez un autre profil ou excluez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) no longer exist and are skipped.</source>
        <translation>
            <numerusform>%n téléphone n&apos;existe plus et est ignoré.</numerusform>
            <numerusform>%n téléphones n&apos;existent plus et sont ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line key(s) and %1 override(s) will be removed.</source>
        <translation>
            <numerusform>Suppression prévue&#xa0;: %n touche de ligne&#xa0;; remplacements&#xa0;: %1.</numerusform>
            <numerusform>Suppression prévue&#xa0;: %n touches de ligne&#xa0;; remplacements&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All phones move together or none does.</source>
        <translation>Tous les téléphones sont déplacés ensemble, ou aucun.</translation>
    </message>
    <message>
        <source>&amp;Target base settings:</source>
        <translation>Paramètres de base &amp;cibles&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the base settings to move to</source>
        <translation>Choisir les paramètres de base de destination</translation>
    </message>
    <message numerus="yes">
        <source>No phones are selected: all %n phone(s) shown will move: %1.</source>
        <translation>
            <numerusform>Aucun téléphone sélectionné&#xa0;: le %n téléphone affiché sera déplacé&#xa0;: %1.</numerusform>
            <numerusform>Aucun téléphone sélectionné&#xa0;: les %n téléphones affichés seront déplacés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s) will move: %1.</source>
        <translation>
            <numerusform>%n téléphone sélectionné sera déplacé&#xa0;: %1.</numerusform>
            <numerusform>%n téléphones sélectionnés seront déplacés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No base settings fit these phones</source>
        <translation>Aucuns paramètres de base ne conviennent à ces téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 phone(s) will become %2.</source>
        <translation>
            <numerusform>%n téléphone %1 deviendra %2.</numerusform>
            <numerusform>%n téléphones %1 deviendront %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) of %1 models will become %2.</source>
        <translation>
            <numerusform>%n téléphone de %1 modèles deviendra %2.</numerusform>
            <numerusform>%n téléphones de %1 modèles deviendront %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only do this when the phones were replaced by that model: their configuration is written for it from now on.</source>
        <translation>Ne le faites que si les téléphones ont été remplacés par ce modèle&#xa0;: leur configuration est désormais écrite pour lui.</translation>
    </message>
    <message>
        <source>Choose the base settings to move the phones to.</source>
        <translation>Choisissez les paramètres de base vers lesquels déplacer les téléphones.</translation>
    </message>
    <message>
        <source>Change the hardware model? Do this only when the phones were replaced by that model.</source>
        <translation>Changer le modèle matériel&#xa0;? Ne le faites que si les téléphones ont été remplacés par ce modèle.</translation>
    </message>
    <message>
        <source>Change Hardware Model</source>
        <translation>Changer le modèle matériel</translation>
    </message>
    <message>
        <source>Change Model</source>
        <translation>Changer le modèle</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrationPlan</name>
    <message>
        <source>model %1 → %2</source>
        <translation>modèle %1 → %2</translation>
    </message>
    <message>
        <source>line keys %1 removed (the new model has fewer keys)</source>
        <translation>touches de ligne %1 supprimées (le nouveau modèle a moins de touches)</translation>
    </message>
    <message>
        <source>overrides no longer applying removed: %1</source>
        <translation>remplacements qui ne s&apos;appliquent plus supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>no change besides the profile</source>
        <translation>aucun changement hormis le profil</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; use the unknown model &quot;%2&quot;.</source>
        <translation>Les paramètres de base «&#xa0;%1&#xa0;» utilisent le modèle inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Base settings for the %2 are not for %1 phones.</source>
        <translation>Les paramètres de base pour le %2 ne sont pas destinés aux téléphones de la catégorie «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ModelCatalog</name>
    <message>
        <source>The model catalog is not valid JSON: %1</source>
        <translation>Le catalogue de modèles n&apos;est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation>modèle n° %1</translation>
    </message>
    <message>
        <source>%1: every model needs an &quot;id&quot; and a &quot;model&quot; name</source>
        <translation>%1&#xa0;: chaque modèle doit avoir un «&#xa0;id&#xa0;» et un nom «&#xa0;model&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the model id is listed twice</source>
        <translation>%1&#xa0;: l&apos;identifiant du modèle figure deux fois</translation>
    </message>
    <message>
        <source>%1: maxLineKeys must be between 0 and 200</source>
        <translation>%1&#xa0;: maxLineKeys doit être compris entre 0 et 200</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation>%1&#xa0;: catégorie inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: at least one category is needed</source>
        <translation>%1&#xa0;: au moins une catégorie est nécessaire</translation>
    </message>
    <message>
        <source>%1: unknown hardwareId type &quot;%2&quot;</source>
        <translation>%1&#xa0;: type hardwareId inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: unknown restart channel &quot;%2&quot;</source>
        <translation>%1&#xa0;: canal de redémarrage inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: a model that can restart needs a resyncEvent</source>
        <translation>%1&#xa0;: un modèle qui peut redémarrer nécessite un resyncEvent</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::NewRolloutDialog</name>
    <message>
        <source>New Firmware Rollout</source>
        <translation>Nouveau déploiement de micrologiciel</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>&amp;Paramètres de base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation>&amp;Version cible&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n phone(s))</source>
        <translation>
            <numerusform>%1 (%n téléphone)</numerusform>
            <numerusform>%1 (%n téléphones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>&amp;All phones of these base settings</source>
        <translation>&amp;Tous les téléphones de ces paramètres de base</translation>
    </message>
    <message>
        <source>Phones at these &amp;sites:</source>
        <translation>Téléphones de ces &amp;sites&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;share of them:</source>
        <translation>&amp;Une part d&apos;entre eux&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) selected in the Phones tab</source>
        <translation>
            <numerusform>Le %n téléphone sélectionné dans l&apos;onglet Téléphones</numerusform>
            <numerusform>Les %n téléphones sélectionnés dans l&apos;onglet Téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Updating at once, at most:</source>
        <translation>Mises à jour simultanées, au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only between</source>
        <translation>Seu&amp;lement entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>(server time)</source>
        <translation>(heure du serveur)</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>Plage horaire&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A phone not back on the target &amp;within:</source>
        <translation>Téléphone non revenu sur la cible au &amp;bout de&#xa0;:</translation>
    </message>
    <message>
        <source>Starting sets the base settings&apos; firmware version to the target. Phones outside the rollout keep the version they were told until another rollout moves them.</source>
        <translation>Le démarrage règle la version du micrologiciel des paramètres de base sur la cible. Les téléphones hors du déploiement conservent la version qui leur a été indiquée jusqu&apos;à ce qu&apos;un autre déploiement les fasse changer.</translation>
    </message>
    <message>
        <source>&amp;Start Rollout</source>
        <translation>&amp;Démarrer le déploiement</translation>
    </message>
    <message>
        <source>%1 (what the base settings name now)</source>
        <translation>%1 (celle qu&apos;indiquent actuellement les paramètres de base)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Operation</name>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resynchronisation</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Vérification du statut</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded</source>
        <translation>%1&#xa0;: %2 sur %3 réussis</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 en échec</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 annulés</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2 online</source>
        <translation>%1&#xa0;: %2 en ligne</translation>
    </message>
    <message>
        <source>, %1 degraded</source>
        <translation>, %1 dégradé(s)</translation>
    </message>
    <message>
        <source>, %1 offline</source>
        <translation>, %1 hors ligne</translation>
    </message>
    <message>
        <source>, %1 not checked</source>
        <translation>, %1 non vérifié(s)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::OperationResultsDialog</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>Annuler l&apos;opération</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>&amp;Échecs seulement</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneEditor</name>
    <message>
        <source>Edit Phone</source>
        <translation>Modifier le téléphone</translation>
    </message>
    <message>
        <source>Add Phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>&amp;Paramètres de base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hardware ID:</source>
        <translation>&amp;Identifiant matériel&#xa0;:</translation>
    </message>
    <message>
        <source>+15551234567 or sip:desk@example.com</source>
        <translation>+15551234567 ou sip:desk@example.com</translation>
    </message>
    <message>
        <source>&amp;Remote number:</source>
        <translation>Numéro &amp;distant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the address of its last provisioning fetch</source>
        <translation>vide&#xa0;: l&apos;adresse de sa dernière récupération de configuration</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>Adresse &amp;réseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>&amp;Ajouter une touche</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>&amp;Retirer la touche</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Line Keys</source>
        <translation>Touches de ligne</translation>
    </message>
    <message>
        <source>Settings that differ for this phone from its base settings. Values use the same text as CSV files: true/false, numbers, codec lists joined with |.</source>
        <translation>Paramètres de ce téléphone qui diffèrent de ses paramètres de base. Les valeurs utilisent le même texte que les fichiers CSV&#xa0;: true/false, nombres, listes de codecs séparées par |.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Add &amp;Override</source>
        <translation>Ajouter un &amp;remplacement</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Supprimer le remplacement</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Status &amp;&amp; Provisioning</source>
        <translation>Statut &amp;&amp; provisionnement</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(choisir un site)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(aucun utilisateur)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(choose base settings)</source>
        <translation>(choisir des paramètres de base)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Softphone &amp;host:</source>
        <translation>&amp;Hôte du softphone&#xa0;:</translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation>&amp;Adresse MAC&#xa0;:</translation>
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
        <translation>&amp;Utilisateur (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>The database could not be read; the phone cannot be checked.</source>
        <translation>La base de données n&apos;a pas pu être lue&#xa0;; le téléphone ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid value.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une valeur valide.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s).</source>
        <translation>
            <numerusform>Le %1 a %n touche de ligne.</numerusform>
            <numerusform>Le %1 a %n touches de ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose base settings to see how many line keys the model has.</source>
        <translation>Choisissez des paramètres de base pour voir combien de touches de ligne le modèle possède.</translation>
    </message>
    <message>
        <source>A new phone has no status yet.</source>
        <translation>Un nouveau téléphone n&apos;a pas encore de statut.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Aller-retour&#xa0;: %1 ms</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status since: %1</source>
        <translation>Statut depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last configuration fetch: %1</source>
        <translation>Dernière récupération de configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>   from %1, %2, firmware %3</source>
        <translation>   depuis %1, %2, micrologiciel %3</translation>
    </message>
    <message>
        <source>Phone Changed Meanwhile</source>
        <translation>Téléphone modifié entre-temps</translation>
    </message>
    <message>
        <source>Configuration: up to date (the phone has its current files)</source>
        <translation>Configuration : à jour (le téléphone a ses fichiers actuels)</translation>
    </message>
    <message>
        <source>Configuration: pending (the phone gets its current files at its next fetch)</source>
        <translation>Configuration : en attente (le téléphone recevra ses fichiers actuels à sa prochaine récupération)</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s), all in use: remove one to add another.</source>
        <translation>
            <numerusform>Le %1 a %n touche de ligne, toutes utilisées&#xa0;: supprimez-en une pour en ajouter une autre.</numerusform>
            <numerusform>Le %1 a %n touches de ligne, toutes utilisées&#xa0;: supprimez-en une pour en ajouter une autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>Le téléphone «&#xa0;%1&#xa0;» a été modifié%2 pendant que vous l’éditiez.</translation>
    </message>
    <message>
        <source>Ser&amp;ial number:</source>
        <translation>Nu&amp;méro de série&#xa0;:</translation>
    </message>
    <message>
        <source>as on the phone&apos;s label (Yealink RPS needs it)</source>
        <translation>comme sur l&apos;étiquette du téléphone (Yealink RPS en a besoin)</translation>
    </message>
    <message>
        <source>Redirection: %1</source>
        <translation>Redirection&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneSim</name>
    <message>
        <source>The number of phones must be between 1 and %1.</source>
        <translation>Le nombre de téléphones doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>Loss, dead and garbage are shares between 0 and 1.</source>
        <translation>Les parts loss, dead et garbage doivent être comprises entre 0 et 1.</translation>
    </message>
    <message>
        <source>Cannot open SIP port %1: %2</source>
        <translation>Impossible d&apos;ouvrir le port SIP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate or key file.</source>
        <translation>Impossible de lire le fichier de certificat ou de clé.</translation>
    </message>
    <message>
        <source>The REST certificate or key could not be loaded.</source>
        <translation>Le certificat ou la clé REST n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Cannot open REST port %1: %2</source>
        <translation>Impossible d&apos;ouvrir le port REST %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>L&apos;URL de provisionnement «&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>Fetching the configuration at start needs a provisioning URL.</source>
        <translation>La récupération de la configuration au démarrage nécessite une URL de provisionnement.</translation>
    </message>
    <message>
        <source>The number of fetches at once must be between 1 and 10000.</source>
        <translation>Le nombre de récupérations simultanées doit être compris entre 1 et 10000.</translation>
    </message>
    <message>
        <source>The boot spread must be between 0 and 3600000 ms.</source>
        <translation>L&apos;étalement des démarrages doit être compris entre 0 et 3600000 ms.</translation>
    </message>
    <message>
        <source>The fetch timeout must be at least 100 ms.</source>
        <translation>Le délai d&apos;expiration des récupérations doit être d&apos;au moins 100 ms.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier de CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Un certificat client a besoin de sa clé, et une clé de son certificat.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation>%1 n&apos;est pas une clé privée PEM (ou elle est chiffrée).</translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist.</source>
        <translation>Le dossier de certificats clients %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The certificate or key of %1 in %2 cannot be loaded.</source>
        <translation>Le certificat ou la clé de %1 dans %2 ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>le serveur a fermé la connexion avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot use the address %1: %2</source>
        <translation>impossible d&apos;utiliser l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer within the fetch timeout</source>
        <translation>pas de réponse dans le délai d&apos;expiration de la récupération</translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for credentials and the phone has none</source>
        <translation>HTTP 401&#xa0;: le serveur demande des identifiants et le téléphone n&apos;en a pas</translation>
    </message>
    <message>
        <source>HTTP 401: the server refused the phone&apos;s credentials</source>
        <translation>HTTP 401&#xa0;: le serveur a refusé les identifiants du téléphone</translation>
    </message>
    <message>
        <source>HTTP %1 for %2</source>
        <translation>HTTP %1 pour %2</translation>
    </message>
    <message>
        <source>%1 is not a file name the phone stores.</source>
        <translation>%1 n&apos;est pas un nom de fichier que le téléphone enregistre.</translation>
    </message>
    <message>
        <source>Demo phone %1 could not record its fetch: %2</source>
        <translation>Le téléphone de démonstration %1 n&apos;a pas pu enregistrer sa récupération de configuration&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>erreur OpenSSL inconnue</translation>
    </message>
    <message>
        <source>Could not make the REST certificate (%1): %2</source>
        <translation>Impossible de créer le certificat REST (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The REST certificate made with OpenSSL could not be loaded by Qt&apos;s TLS backend.</source>
        <translation>Le certificat REST créé avec OpenSSL n&apos;a pas pu être chargé par le moteur TLS de Qt.</translation>
    </message>
    <message>
        <source>the openssl command was not found</source>
        <translation>la commande openssl est introuvable</translation>
    </message>
    <message>
        <source>This build has no OpenSSL library support (OpenSSL&apos;s headers were missing when it was built), so the REST API&apos;s certificate is made with the openssl command, which failed: %1. Install openssl, build with OpenSSL&apos;s headers (libssl-dev), or turn the REST API off (--no-rest).</source>
        <translation>Cette version ne prend pas en charge la bibliothèque OpenSSL (les en-têtes d&apos;OpenSSL manquaient à la compilation)&#xa0;; le certificat de l&apos;API REST est donc créé avec la commande openssl, qui a échoué&#xa0;: %1. Installez openssl, compilez avec les en-têtes d&apos;OpenSSL (libssl-dev) ou désactivez l&apos;API REST (--no-rest).</translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; must name a loopback address (127.0.0.1, [::1] or localhost): simulated phones fetch on this computer only.</source>
        <translation>L&apos;URL de provisionnement «&#xa0;%1&#xa0;» doit désigner une adresse de bouclage (127.0.0.1, [::1] ou localhost)&#xa0;: les téléphones simulés ne récupèrent leur configuration que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the firmware answer has no end of headers</source>
        <translation>la réponse du micrologiciel n’a pas de fin d’en-têtes</translation>
    </message>
    <message>
        <source>HTTP 401 for the firmware</source>
        <translation>HTTP 401 pour le micrologiciel</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la connexion a été fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the firmware download timed out</source>
        <translation>le téléchargement du micrologiciel a expiré</translation>
    </message>
    <message>
        <source>the resumed firmware answer does not continue at byte %1</source>
        <translation>la réponse reprise du micrologiciel ne continue pas à l’octet %1</translation>
    </message>
    <message>
        <source>HTTP %1 for the firmware</source>
        <translation>HTTP %1 pour le micrologiciel</translation>
    </message>
    <message>
        <source>the firmware has %1 bytes, not %2</source>
        <translation>le micrologiciel a %1&#xa0;octets, pas %2</translation>
    </message>
    <message>
        <source>the firmware&apos;s SHA-256 is not the one its ETag names</source>
        <translation>le SHA-256 du micrologiciel n’est pas celui que nomme son ETag</translation>
    </message>
    <message>
        <source>the application names no version in its first bytes</source>
        <translation>l&apos;application n&apos;indique aucune version dans ses premiers octets</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Base Settings</source>
        <translation>Paramètres de base</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>Identifiant matériel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The files this phone last fetched differ from its configuration now. It gets the new files at its next fetch: Resync or Restart it, or wait for its periodic check.</source>
        <translation>Les fichiers récupérés en dernier par ce téléphone diffèrent de sa configuration actuelle. Il recevra les nouveaux fichiers à sa prochaine récupération : resynchronisez-le ou redémarrez-le, ou attendez sa vérification périodique.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Target firmware</source>
        <translation>Micrologiciel cible</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Mise à jour du micrologiciel</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour en cours</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échec (%1)</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Mise à jour à venir</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyRestClient</name>
    <message>
        <source>%1 presents a certificate that does not verify and none is pinned for this phone</source>
        <translation>%1 présente un certificat non vérifiable et aucun n&apos;est épinglé pour ce téléphone</translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone (SHA-256 %2)</source>
        <translation>%1 présente un certificat qui ne correspond pas à celui épinglé pour ce téléphone (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone</source>
        <translation>%1 présente un certificat qui ne correspond pas à celui épinglé pour ce téléphone</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>REST API of %1 unreachable: %2</source>
        <translation>API REST de %1 injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1 did not accept the request (status &quot;%2&quot;)</source>
        <translation>%1 n&apos;a pas accepté la requête (statut «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 n&apos;a présenté aucun certificat</translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation>%1&#xa0;: adresse de documentation, non contactée</translation>
    </message>
    <message>
        <source>%1 refused the admin password (HTTP %2): the phone does not have the admin password its PhoneDesk configuration sets. Let it fetch its configuration (Resync, or provision it from PhoneDesk) and try again; if another phone now has this address, check the phone&apos;s network address and trust its web certificate again (Phones &gt; Trust Phone Web Certificate).</source>
        <translation>%1 a refusé le mot de passe administrateur (HTTP %2)&#xa0;: le téléphone n&apos;a pas le mot de passe administrateur que définit sa configuration PhoneDesk. Laissez-le récupérer sa configuration (Resynchronisation, ou provisionnez-le depuis PhoneDesk) et réessayez&#xa0;; si un autre téléphone a désormais cette adresse, vérifiez l&apos;adresse réseau du téléphone et approuvez à nouveau son certificat web (Téléphones &gt; Approuver le certificat web du téléphone).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyZtpService</name>
    <message>
        <source>the device stays at another profile</source>
        <translation>l&apos;appareil reste sur un autre profil</translation>
    </message>
    <message>
        <source>Poly ZTP accepted the API key.</source>
        <translation>Poly ZTP a accepté la clé API.</translation>
    </message>
    <message>
        <source>Poly ZTP refused the API key (%1). Copy the key from the ZTP portal again.</source>
        <translation>Poly ZTP a refusé la clé API (%1). Copiez à nouveau la clé depuis le portail ZTP.</translation>
    </message>
    <message>
        <source>Poly ZTP did not answer as expected: %1</source>
        <translation>Poly ZTP n&apos;a pas répondu comme prévu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningController</name>
    <message>
        <source>%1: the provisioning server does not run in this console (use phonedesk-server).</source>
        <translation>%1&#xa0;: le serveur de provisionnement ne fonctionne pas dans cette console (utilisez phonedesk-server).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningServer</name>
    <message>
        <source>This system has no TLS support (the OpenSSL library is missing).</source>
        <translation>Ce système ne prend pas en charge TLS (la bibliothèque OpenSSL est absente).</translation>
    </message>
    <message>
        <source>Cannot read the server certificate &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le certificat du serveur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Le certificat du serveur «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read the private key &quot;%1&quot;: %2</source>
        <translation>Impossible de lire la clé privée «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not an unencrypted PEM RSA or EC key.</source>
        <translation>La clé privée «&#xa0;%1&#xa0;» n&apos;est pas une clé PEM RSA ou EC non chiffrée.</translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC des appareils «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>TLS could not be set up</source>
        <translation>TLS n&apos;a pas pu être configuré</translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; cannot be used</source>
        <translation>Le certificat du serveur «&#xa0;%1&#xa0;» est inutilisable</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used</source>
        <translation>La clé privée «&#xa0;%1&#xa0;» est inutilisable</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the certificate</source>
        <translation>La clé privée «&#xa0;%1&#xa0;» ne correspond pas au certificat</translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; cannot be used</source>
        <translation>Le fichier d&apos;AC des appareils «&#xa0;%1&#xa0;» est inutilisable</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>fetched its configuration</source>
        <translation>a récupéré sa configuration</translation>
    </message>
    <message>
        <source>TLS could not be limited to AEAD cipher suites</source>
        <translation>TLS n&apos;a pas pu être limité aux suites de chiffrement AEAD</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettings</name>
    <message>
        <source>Listen address is not a valid IP address.</source>
        <translation>L&apos;adresse d&apos;écoute n&apos;est pas une adresse IP valide.</translation>
    </message>
    <message>
        <source>Server certificate &quot;%1&quot; is missing or not readable.</source>
        <translation>Le certificat du serveur «&#xa0;%1&#xa0;» est absent ou illisible.</translation>
    </message>
    <message>
        <source>Private key &quot;%1&quot; is missing or not readable.</source>
        <translation>La clé privée «&#xa0;%1&#xa0;» est absente ou illisible.</translation>
    </message>
    <message>
        <source>Client certificates are %1 but the device CA file &quot;%2&quot; is missing or not readable.</source>
        <translation>Les certificats clients sont en mode «&#xa0;%1&#xa0;», mais le fichier d&apos;AC des appareils «&#xa0;%2&#xa0;» est absent ou illisible.</translation>
    </message>
    <message>
        <source>Phones need a way to authenticate: turn on client certificates or Digest authentication.</source>
        <translation>Les téléphones ont besoin d&apos;un moyen de s&apos;authentifier&#xa0;: activez les certificats clients ou l&apos;authentification Digest.</translation>
    </message>
    <message>
        <source>Idle timeout must be between 500 and 300000 ms.</source>
        <translation>Le délai d&apos;inactivité doit être compris entre 500 et 300000 ms.</translation>
    </message>
    <message>
        <source>Connection limits must be at least 1.</source>
        <translation>Les limites de connexions doivent être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The failure budget must allow at least one failure.</source>
        <translation>Le budget d&apos;échecs doit autoriser au moins un échec.</translation>
    </message>
    <message>
        <source>Quarantine capacity must be between 0 and 1000000.</source>
        <translation>La capacité de la quarantaine doit être comprise entre 0 et 1000000.</translation>
    </message>
    <message>
        <source>Quarantine entries per address must be between 1 and 1000000.</source>
        <translation>Le nombre d&apos;entrées de quarantaine par adresse doit être compris entre 1 et 1000000.</translation>
    </message>
    <message>
        <source>allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone&apos;s MAC address with its vendor&apos;s User-Agent is served that phone&apos;s configuration, including its SIP passwords and local admin password. Use it in an isolated lab only.</source>
        <translation>allowUnauthenticated est activé&#xa0;: toute personne qui peut joindre le serveur de provisionnement et indique l&apos;adresse MAC d&apos;un téléphone connu avec le User-Agent de son fabricant reçoit la configuration de ce téléphone, y compris ses mots de passe SIP et son mot de passe administrateur local. À n&apos;utiliser que dans un laboratoire isolé.</translation>
    </message>
    <message>
        <source>The rollout interval must be between 100 ms and one hour.</source>
        <translation>L&apos;intervalle de déploiement doit être compris entre 100 ms et une heure.</translation>
    </message>
    <message>
        <source>The time after which a phone given its turn is told to resync again must be between 1 s and one hour.</source>
        <translation>Le délai après lequel un téléphone dont le tour est venu est de nouveau invité à se resynchroniser doit être compris entre 1 s et une heure.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettingsWidget</name>
    <message>
        <source>Run the provisioning server in this console</source>
        <translation>Exécuter le serveur de provisionnement dans cette console</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>Clés privées (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Accept HTTP Digest with each phone&apos;s own secret</source>
        <translation>Accepter HTTP Digest avec le secret propre à chaque téléphone</translation>
    </message>
    <message>
        <source>Not asked for (Digest only)</source>
        <translation>Non demandés (Digest uniquement)</translation>
    </message>
    <message>
        <source>Optional: a valid certificate replaces Digest</source>
        <translation>Facultatifs&#xa0;: un certificat valide remplace Digest</translation>
    </message>
    <message>
        <source>Required (mutual TLS)</source>
        <translation>Obligatoires (TLS mutuel)</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Adresse d&apos;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation>&amp;Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>C&amp;lé privée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device CA:</source>
        <translation>AC des appareil&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificates:</source>
        <translation>Ce&amp;rtificats clients&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Phones fetch their files from https://%1:%2/ — give them this address as DHCP option 66 or 160, or in their provisioning server setting.</source>
        <translation>Les téléphones récupèrent leurs fichiers sur https://%1:%2/ — indiquez-leur cette adresse par l’option DHCP 66 ou 160, ou dans leur réglage de serveur de provisionnement.</translation>
    </message>
    <message>
        <source>Serve known phones without authentication (isolated lab only)</source>
        <translation>Servir les téléphones connus sans authentification (laboratoire isolé uniquement)</translation>
    </message>
    <message>
        <source>Run the provisioning server in this console (%1: not allowed)</source>
        <translation>Exécuter le serveur de provisionnement dans cette console (%1&#xa0;: non autorisé)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineModel</name>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineView</name>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Adopter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Devices that asked for a configuration but are not on record. They were not served. Claim one to add it as a managed phone.</source>
        <translation>Appareils qui ont demandé une configuration mais ne sont pas enregistrés. Ils n&apos;ont pas été servis. Adoptez-en un pour l&apos;ajouter comme téléphone géré.</translation>
    </message>
    <message>
        <source>Remove from quarantine</source>
        <translation>Retirer de la quarantaine</translation>
    </message>
    <message>
        <source>Claim device</source>
        <translation>Adopter l&apos;appareil</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Adopter %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>&amp;Paramètres de base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>The quarantine could not be read: %1</source>
        <translation>Impossible de lire la quarantaine : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) dropped from the quarantine to make room for newer ones, the last on %1. The server&apos;s log names the addresses they came from.</source>
        <translation>
            <numerusform>%n appareil inconnu a été retiré de la quarantaine pour faire place à de plus récents, le dernier le %1. Le journal du serveur indique l&apos;adresse d&apos;où il venait.</numerusform>
            <numerusform>%n appareils inconnus ont été retirés de la quarantaine pour faire place à de plus récents, le dernier le %1. Le journal du serveur indique les adresses d&apos;où ils venaient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Redirection</name>
    <message>
        <source>%1: &quot;%2&quot; is not an https:// address with a host (for example https://api.ztp.poly.com/v1).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse https:// avec un hôte (par exemple https://api.ztp.poly.com/v1).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les certificats d&apos;AC «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not: Yealink RPS needs the AccessKey ID and its secret.</source>
        <translation>%1 est défini, mais pas %2&#xa0;: Yealink RPS a besoin de l&apos;ID de l&apos;AccessKey et de son secret.</translation>
    </message>
    <message numerus="yes">
        <source>Yealink RPS accepted the AccessKey (%n server(s) in the account).</source>
        <translation>
            <numerusform>Yealink RPS a accepté l&apos;AccessKey (%n serveur dans le compte).</numerusform>
            <numerusform>Yealink RPS a accepté l&apos;AccessKey (%n serveurs dans le compte).</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the redirection states</source>
        <translation>lecture des états de redirection</translation>
    </message>
    <message>
        <source>saving the redirection states</source>
        <translation>enregistrement des états de redirection</translation>
    </message>
    <message>
        <source>%1 refused PhoneDesk&apos;s credentials (HTTP 401). Check the key under Manage → Redirection Services (for phonedesk-server: its environment file); the phones are sent again once it changes.</source>
        <translation>%1 a refusé les identifiants de PhoneDesk (HTTP 401). Vérifiez la clé sous Gestion → Services de redirection (pour phonedesk-server&#xa0;: son fichier d&apos;environnement)&#xa0;; les téléphones seront de nouveau envoyés dès qu&apos;elle aura changé.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): the account may not do this.</source>
        <translation>%1 a refusé la requête (HTTP 403)&#xa0;: le compte n&apos;est pas autorisé à le faire.</translation>
    </message>
    <message>
        <source>%1 asked PhoneDesk to slow down (HTTP 429).</source>
        <translation>%1 a demandé à PhoneDesk de ralentir (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own.</source>
        <translation>%1 a rencontré un problème interne.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>%1 refused this phone.</source>
        <translation>%1 a refusé ce téléphone.</translation>
    </message>
    <message>
        <source>The phone is registered with another %1 account. Ask its owner (or the vendor) to release it, then retry.</source>
        <translation>Le téléphone est enregistré dans un autre compte %1. Demandez à son propriétaire (ou au fabricant) de le libérer, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 adds this account&apos;s phones only with their serial number. Enter the serial number from the phone&apos;s label.</source>
        <translation>%1 n&apos;ajoute les téléphones de ce compte qu&apos;avec leur numéro de série. Saisissez le numéro de série figurant sur l&apos;étiquette du téléphone.</translation>
    </message>
    <message>
        <source>The phone&apos;s site has no provisioning host, so there is nowhere to send it. Set the provisioning host of the site.</source>
        <translation>Le site du téléphone n&apos;a pas d&apos;hôte de provisionnement&#xa0;; il n&apos;y a donc nulle part où l&apos;envoyer. Définissez l&apos;hôte de provisionnement du site.</translation>
    </message>
    <message>
        <source>%1 failed too many times in a row; PhoneDesk stopped trying. Use Retry under Manage → Redirection Services.</source>
        <translation>%1 a échoué trop de fois de suite&#xa0;; PhoneDesk a cessé d&apos;essayer. Utilisez Réessayer sous Gestion → Services de redirection.</translation>
    </message>
    <message>
        <source>It was registered already.</source>
        <translation>Il était déjà enregistré.</translation>
    </message>
    <message>
        <source>Waiting to be registered with %1.</source>
        <translation>En attente d&apos;enregistrement auprès de %1.</translation>
    </message>
    <message>
        <source>%1 sends this phone to PhoneDesk when it starts unconfigured.</source>
        <translation>%1 envoie ce téléphone à PhoneDesk lorsqu&apos;il démarre sans configuration.</translation>
    </message>
    <message>
        <source>%1 did not register this phone.</source>
        <translation>%1 n&apos;a pas enregistré ce téléphone.</translation>
    </message>
    <message>
        <source>%1 is not set up here, so nothing is sent to it.</source>
        <translation>%1 n&apos;est pas configuré ici&#xa0;; rien ne lui est donc envoyé.</translation>
    </message>
    <message>
        <source>To be removed from %1.</source>
        <translation>À retirer de %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Next try at %1 (attempt %2).</source>
        <translation>Prochain essai à %1 (tentative %2).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionSettingsDialog</name>
    <message>
        <source>Redirection Services</source>
        <translation>Services de redirection</translation>
    </message>
    <message>
        <source>A phone that starts without a provisioning server (none from DHCP option 66 or 160) asks its maker&apos;s redirection service where to go. PhoneDesk registers its managed phones there, so that they are sent to their site&apos;s provisioning host, and removes them when they are deleted. The keys are kept in this computer&apos;s keychain.</source>
        <translation>Un téléphone qui démarre sans serveur de provisionnement (aucun fourni par l&apos;option DHCP 66 ou 160) demande au service de redirection de son fabricant où aller. PhoneDesk y enregistre ses téléphones gérés, afin qu&apos;ils soient envoyés vers l&apos;hôte de provisionnement de leur site, et les en retire lorsqu&apos;ils sont supprimés. Les clés sont conservées dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Poly Zero Touch Provisioning (ZTP)</source>
        <translation>Poly Zero Touch Provisioning (ZTP)</translation>
    </message>
    <message>
        <source>Register &amp;Poly phones with Poly ZTP</source>
        <translation>Enregistrer les téléphones &amp;Poly auprès de Poly ZTP</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Poly &amp;address:</source>
        <translation>A&amp;dresse Poly&#xa0;:</translation>
    </message>
    <message>
        <source>https://api.ztp.poly.com/v1</source>
        <translation>https://api.ztp.poly.com/v1</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Yealink Redirection and Provisioning Service (RPS)</source>
        <translation>Yealink Redirection and Provisioning Service (RPS)</translation>
    </message>
    <message>
        <source>Register &amp;Yealink phones with Yealink RPS</source>
        <translation>Enregistrer les téléphones &amp;Yealink auprès de Yealink RPS</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>&amp;ID de l&apos;AccessKey&#xa0;:</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>&amp;Secret de l&apos;AccessKey&#xa0;:</translation>
    </message>
    <message>
        <source>Yealink a&amp;ddress:</source>
        <translation>Adr&amp;esse Yealink&#xa0;:</translation>
    </message>
    <message>
        <source>https://us-api.ymcs.yealink.com (EU accounts: https://eu-api.ymcs.yealink.com)</source>
        <translation>https://us-api.ymcs.yealink.com (comptes UE&#xa0;: https://eu-api.ymcs.yealink.com)</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>Certificats d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>the system&apos;s only (a PEM file for an on-premises YMCS)</source>
        <translation>uniquement ceux du système (un fichier PEM pour un YMCS sur site)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Phones</source>
        <translation>&amp;Réessayer pour les téléphones en échec</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>In this team database phonedesk-server registers the phones. Its keys are in its environment file (/etc/phonedesk/phonedesk-server.env), its addresses in [redirection] of phonedesk-server.conf; see docs/redirection.md. The settings here are not used.</source>
        <translation>Dans cette base de données d&apos;équipe, c&apos;est phonedesk-server qui enregistre les téléphones. Ses clés se trouvent dans son fichier d&apos;environnement (/etc/phonedesk/phonedesk-server.env), ses adresses dans [redirection] de phonedesk-server.conf&#xa0;; voir docs/redirection.md. Les paramètres de cette fenêtre ne sont pas utilisés.</translation>
    </message>
    <message>
        <source>This console registers no phones now (the demo, or a role that may not control phones). The settings here are used when it does.</source>
        <translation>Cette console n&apos;enregistre actuellement aucun téléphone (démonstration, ou rôle qui ne peut pas contrôler les téléphones). Les paramètres de cette fenêtre seront utilisés lorsqu&apos;elle le fera.</translation>
    </message>
    <message>
        <source>Poly address</source>
        <translation>Adresse Poly</translation>
    </message>
    <message>
        <source>Yealink address</source>
        <translation>Adresse Yealink</translation>
    </message>
    <message>
        <source>API key: Poly ZTP needs the API key of your ZTP account to register phones.</source>
        <translation>Clé API&#xa0;: Poly ZTP a besoin de la clé API de votre compte ZTP pour enregistrer des téléphones.</translation>
    </message>
    <message>
        <source>AccessKey: Yealink RPS needs the AccessKey ID and its secret (YMCS → System → Integration → API).</source>
        <translation>AccessKey&#xa0;: Yealink RPS a besoin de l&apos;ID de l&apos;AccessKey et de son secret (YMCS → System → Integration → API).</translation>
    </message>
    <message>
        <source>Enter the key first.</source>
        <translation>Saisissez d&apos;abord la clé.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Phones: %1 registered, %2 waiting, %3 failed, %4 not sent (not set up), %5 to remove.</source>
        <translation>Téléphones&#xa0;: %1 enregistrés, %2 en attente, %3 en échec, %4 non envoyés (non configuré), %5 à retirer.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionWorker</name>
    <message>
        <source>an in-memory database has no phones to register with a service.</source>
        <translation>une base de données en mémoire n&apos;a aucun téléphone à enregistrer auprès d&apos;un service.</translation>
    </message>
    <message>
        <source>Set up; nothing sent yet.</source>
        <translation>Configuré&#xa0;; rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>Not set up: nothing is sent.</source>
        <translation>Non configuré&#xa0;: rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Another PhoneDesk (a console or phonedesk-server) registers the phones of this database; this one waits.</source>
        <translation>Un autre PhoneDesk (une console ou phonedesk-server) enregistre les téléphones de cette base de données&#xa0;; celui-ci attend.</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>La base de données est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up to date; some phones are tried again at %1.</source>
        <translation>À jour&#xa0;; certains téléphones seront réessayés à %1.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>À jour.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n phone(s)…</source>
        <translation>
            <numerusform>Retrait de %n téléphone…</numerusform>
            <numerusform>Retrait de %n téléphones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n phone(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n téléphone…</numerusform>
            <numerusform>Enregistrement de %n téléphones…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2); nothing is sent until they change.</source>
        <translation>%1 a refusé les identifiants (%2)&#xa0;; rien n&apos;est envoyé tant qu&apos;ils n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>Suspendu jusqu&apos;à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutDialog</name>
    <message>
        <source>Firmware Rollouts</source>
        <translation>Déploiements de micrologiciel</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Paramètres de base</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Simultanés</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Démarré par</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;New Rollout…</source>
        <translation>&amp;Nouveau déploiement…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Annuler le déploiement</translation>
    </message>
    <message>
        <source>Stop this rollout and move the phones it moved back to the earlier version</source>
        <translation>Arrêter ce déploiement et ramener à la version précédente les téléphones qu&apos;il a fait changer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>tous (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, rolling back #%2</source>
        <translation>%1, annulation du n°&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionné(s)</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>%1 waiting, %2 updating, %3 up to date, %4 failed</source>
        <translation>%1 en attente, %2 en cours de mise à jour, %3 à jour, %4 en échec</translation>
    </message>
    <message>
        <source>Only Administrators start, pause and roll back rollouts.</source>
        <translation>Seuls les administrateurs peuvent démarrer, suspendre et annuler des déploiements.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutRepository</name>
    <message>
        <source>reading the firmware rollouts</source>
        <translation>lecture des déploiements de micrologiciel</translation>
    </message>
    <message>
        <source>reading the phones of firmware rollout #%1</source>
        <translation>lecture des téléphones du déploiement de micrologiciel n°&#xa0;%1</translation>
    </message>
    <message>
        <source>reading the phones held at a firmware version</source>
        <translation>lecture des téléphones maintenus à une version de micrologiciel</translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware rollouts</source>
        <translation>lecture des déploiements de micrologiciel des téléphones</translation>
    </message>
    <message>
        <source>start a firmware rollout</source>
        <translation>démarrer un déploiement de micrologiciel</translation>
    </message>
    <message>
        <source>Target version: the firmware library has no image of version &quot;%1&quot; for the model of &quot;%2&quot;. Add it under Manage &gt; Firmware… first.</source>
        <translation>Version cible&#xa0;: la bibliothèque de micrologiciels n&apos;a aucune image de la version «&#xa0;%1&#xa0;» pour le modèle de «&#xa0;%2&#xa0;». Ajoutez-la d&apos;abord (Gestion &gt; Micrologiciels…).</translation>
    </message>
    <message>
        <source>starting a firmware rollout of &quot;%1&quot;</source>
        <translation>démarrage d&apos;un déploiement de micrologiciel de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 was removed meanwhile.</source>
        <translation>Le déploiement de micrologiciel n°&#xa0;%1 a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>There is no firmware rollout #%1.</source>
        <translation>Il n&apos;y a pas de déploiement de micrologiciel n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 is %2, not %3.</source>
        <translation>Le déploiement de micrologiciel n°&#xa0;%1 est %2, et non %3.</translation>
    </message>
    <message>
        <source>pause a firmware rollout</source>
        <translation>suspendre un déploiement de micrologiciel</translation>
    </message>
    <message>
        <source>resume a firmware rollout</source>
        <translation>reprendre un déploiement de micrologiciel</translation>
    </message>
    <message>
        <source>roll back a firmware rollout</source>
        <translation>annuler un déploiement de micrologiciel</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 cannot be rolled back: &quot;%2&quot; named no firmware version before it.</source>
        <translation>Le déploiement de micrologiciel n°&#xa0;%1 ne peut pas être annulé&#xa0;: «&#xa0;%2&#xa0;» n&apos;indiquait aucune version de micrologiciel avant lui.</translation>
    </message>
    <message>
        <source>rolling back firmware rollout #%1</source>
        <translation>annulation du déploiement de micrologiciel n°&#xa0;%1</translation>
    </message>
    <message>
        <source>advancing firmware rollout #%1</source>
        <translation>avancement du déploiement de micrologiciel n°&#xa0;%1</translation>
    </message>
    <message>
        <source>reading the phones of the base settings</source>
        <translation>lecture des téléphones des paramètres de base</translation>
    </message>
    <message>
        <source>Phones updating at once: %1 is out of range (1-10000).</source>
        <translation>Téléphones mis à jour simultanément&#xa0;: %1 est hors de la plage autorisée (1-10000).</translation>
    </message>
    <message>
        <source>Timeout: %1 minutes is out of range (1-10080).</source>
        <translation>Délai&#xa0;: %1 minutes est hors de la plage autorisée (1-10080).</translation>
    </message>
    <message>
        <source>Percentage: %1 is out of range (1-100).</source>
        <translation>Pourcentage&#xa0;: %1 est hors de la plage autorisée (1-100).</translation>
    </message>
    <message>
        <source>Sites: choose at least one site.</source>
        <translation>Sites&#xa0;: choisissez au moins un site.</translation>
    </message>
    <message>
        <source>Phones: choose at least one phone.</source>
        <translation>Téléphones&#xa0;: choisissez au moins un téléphone.</translation>
    </message>
    <message>
        <source>Time window: start and end must be different times of day.</source>
        <translation>Plage horaire&#xa0;: le début et la fin doivent être des heures différentes.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour en cours</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Time window &quot;%1&quot; is not two different times of day as HH:MM-HH:MM (22:00-06:00).</source>
        <translation>La plage horaire «&#xa0;%1&#xa0;» n&apos;est pas formée de deux heures différentes au format HH:MM-HH:MM (22:00-06:00).</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a managed phone of the base settings &quot;%2&quot;.</source>
        <translation>Le téléphone «&#xa0;%1&#xa0;» n&apos;est pas un téléphone géré des paramètres de base «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionné(s)</translation>
    </message>
    <message>
        <source>No managed phone of the base settings &quot;%1&quot; is in this rollout.</source>
        <translation>Aucun téléphone géré des paramètres de base «&#xa0;%1&#xa0;» ne fait partie de ce déploiement.</translation>
    </message>
    <message>
        <source>stopping the rollouts under way</source>
        <translation>arrêt des déploiements en cours</translation>
    </message>
    <message>
        <source>a later rollout of the same base settings took over</source>
        <translation>un déploiement ultérieur des mêmes paramètres de base a pris le relais</translation>
    </message>
    <message>
        <source>already ran %1</source>
        <translation>exécutait déjà %1</translation>
    </message>
    <message>
        <source>came back on %1</source>
        <translation>revenu sur %1</translation>
    </message>
    <message>
        <source>not back on %1 within %2 min</source>
        <translation>pas revenu sur %1 en %2 min</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SaveConflict</name>
    <message>
        <source> by %1 at %2</source>
        <translation> par %1 le %2</translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes are discarded). Overwrite saves your version over it. Cancel returns to your changes.</source>
        <translation>Recharger affiche la version enregistrée (vos modifications sont abandonnées). Écraser enregistre votre version à sa place. Annuler revient à vos modifications.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Scram</name>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The password contains a control character.</source>
        <translation>Le mot de passe contient un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ScreenshotTour</name>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: l&apos;image n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Server</name>
    <message>
        <source>PhoneDesk server: HTTPS provisioning, SIP status polling and phone commands for a shared database.</source>
        <translation>Serveur PhoneDesk&#xa0;: provisionnement HTTPS, interrogation du statut SIP et commandes des téléphones pour une base de données partagée.</translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD).</source>
        <translation>URL de la base de données&#xa0;: sqlite:/path/file.sqlite ou postgresql://user@host:port/db (mot de passe depuis PGPASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>INI configuration file (default %1).</source>
        <translation>Fichier de configuration INI (par défaut %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Serve provisioning only: no status polling and no commands.</source>
        <translation>Servir uniquement le provisionnement&#xa0;: pas d&apos;interrogation du statut ni de commandes.</translation>
    </message>
    <message>
        <source>Check the configuration and the database, then exit.</source>
        <translation>Vérifier la configuration et la base de données, puis quitter.</translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; cannot be read.</source>
        <translation>Le fichier de configuration «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; is not a valid INI file.</source>
        <translation>Le fichier de configuration «&#xa0;%1&#xa0;» n&apos;est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>No database: give --database or set [database] url in %1.</source>
        <translation>Aucune base de données&#xa0;: indiquez --database ou définissez [database] url dans %1.</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>L&apos;URL de la base de données n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The [provisioning] settings in %1 are not valid:
%2</source>
        <translation>Les paramètres [provisioning] dans %1 ne sont pas valides&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Configuration and database %1 are fine.</source>
        <translation>La configuration et la base de données %1 sont correctes.</translation>
    </message>
    <message>
        <source>The [deviceControl] settings in %1 are not valid:
%2</source>
        <translation>Les paramètres [deviceControl] de %1 ne sont pas valides&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The login %1 has the %2 role in %3, which may not read the phones&apos; secrets or record their status. Connect with a login in the server role (phonedesk-cli team add LOGIN --role server).</source>
        <translation>Le compte %1 a le rôle %2 dans %3, qui ne peut ni lire les secrets des téléphones ni enregistrer leur statut. Connectez-vous avec un compte ayant le rôle serveur (phonedesk-cli team add LOGIN --role server).</translation>
    </message>
    <message>
        <source>Cannot check the database %1: %2</source>
        <translation>Impossible de vérifier la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Database: connected (%1)</source>
        <translation>Base de données&#xa0;: connectée (%1)</translation>
    </message>
    <message>
        <source>Database: reconnecting since %1 (%2)</source>
        <translation>Base de données&#xa0;: reconnexion depuis %1 (%2)</translation>
    </message>
    <message>
        <source>Shards: holding %1 of %2, %3 server(s) seen</source>
        <translation>Shards&#xa0;: %1 sur %2 détenus, %3 serveur(s) vu(s)</translation>
    </message>
    <message>
        <source> (lock connection reconnecting: the last shards are kept)</source>
        <translation> (reconnexion de la connexion de verrouillage&#xa0;: les derniers shards sont conservés)</translation>
    </message>
    <message>
        <source> (SQLite: this server holds every shard)</source>
        <translation> (SQLite&#xa0;: ce serveur détient tous les shards)</translation>
    </message>
    <message>
        <source>Last sweep: %1, %2 ms, %3 phones probed</source>
        <translation>Dernier passage&#xa0;: %1, %2 ms, %3 téléphones sondés</translation>
    </message>
    <message>
        <source>Last sweep: none finished yet</source>
        <translation>Dernier passage&#xa0;: aucun terminé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last sweep: status polling is off</source>
        <translation>Dernier passage&#xa0;: l&apos;interrogation du statut est désactivée</translation>
    </message>
    <message>
        <source>Write backlog: status of %1 phone(s), %2 fetch record(s) waiting</source>
        <translation>Écritures en attente&#xa0;: statut de %1 téléphone(s), %2 enregistrement(s) de récupération</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non signalé)</translation>
    </message>
    <message>
        <source>Commands in progress: %1</source>
        <translation>Commandes en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>health/port: &quot;%1&quot; is not a port number (0 = no health endpoint).</source>
        <translation>health/port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (0 = pas de point de terminaison health).</translation>
    </message>
    <message>
        <source>health/address: &quot;%1&quot; is not a loopback address; the health endpoint answers anyone who reaches it, so it binds to 127.0.0.1 or ::1 only.</source>
        <translation>health/address&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse de bouclage&#xa0;; le point de terminaison health répond à quiconque l&apos;atteint, il ne se lie donc qu&apos;à 127.0.0.1 ou&#xa0;::1.</translation>
    </message>
    <message>
        <source>The health endpoint binds to a loopback address only, not %1.</source>
        <translation>Le point de terminaison health ne se lie qu&apos;à une adresse de bouclage, pas à %1.</translation>
    </message>
    <message>
        <source>The health endpoint cannot listen on %1 port %2: %3</source>
        <translation>Le point de terminaison health ne peut pas écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No health endpoint: set [health] port= in the configuration file and restart the service.</source>
        <translation>Pas de point de terminaison health&#xa0;: définissez [health] port= dans le fichier de configuration et redémarrez le service.</translation>
    </message>
    <message>
        <source>The service does not answer on %1 port %2 (is it running?).</source>
        <translation>Le service ne répond pas sur %1 port %2 (est-il en cours d&apos;exécution&#xa0;?).</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid: %1</source>
        <translation>La réponse du service n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ask the running service how it is (its [health] endpoint) and exit: 0 running and connected, 1 no endpoint configured, 2 the database is away, 4 no answer.</source>
        <translation>Demander au service en cours d&apos;exécution comment il va (son point de terminaison [health]) et quitter&#xa0;: 0 en marche et connecté, 1 aucun point de terminaison configuré, 2 base de données absente, 4 pas de réponse.</translation>
    </message>
    <message>
        <source>With --status: text (default) or json.</source>
        <translation>Avec --status&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>With --status: wait up to this many seconds for the service to answer and exit 0 once it does (also when no endpoint is configured).</source>
        <translation>Avec --status&#xa0;: attendre jusqu&apos;à ce nombre de secondes que le service réponde et quitter avec 0 dès qu&apos;il répond (aussi quand aucun point de terminaison n&apos;est configuré).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>The [health] settings in %1 are not valid: %2</source>
        <translation>Les paramètres [health] de %1 ne sont pas valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--format is text or json, --wait a number of seconds.</source>
        <translation>--format vaut text ou json, --wait un nombre de secondes.</translation>
    </message>
    <message>
        <source>deviceControl/pollInterval in %1 must be a number of seconds from 1 to 86400.</source>
        <translation>deviceControl/pollInterval dans %1 doit être un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>Cannot open the shard lock connection to %1: %2</source>
        <translation>Impossible d&apos;ouvrir la connexion de verrouillage des shards vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The [redirection] settings in %1 or its keys are not valid:
%2</source>
        <translation>Les paramètres [redirection] de %1 ou leurs clés ne sont pas valides&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SettingsSchema</name>
    <message>
        <source>Dynamic reload</source>
        <translation>Rechargement dynamique</translation>
    </message>
    <message>
        <source>Apply configuration changes without a restart: when these settings change, the phones using them are told to re-fetch their configuration.</source>
        <translation>Appliquer les modifications de configuration sans redémarrage&#xa0;: quand ces paramètres changent, les téléphones qui les utilisent sont invités à récupérer à nouveau leur configuration.</translation>
    </message>
    <message>
        <source>Persist user settings</source>
        <translation>Conserver les réglages de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Keep settings the user changed on the phone (ring tone, volume) across re-provisioning.</source>
        <translation>Conserver les réglages modifiés par l&apos;utilisateur sur le téléphone (sonnerie, volume) lors d&apos;un nouveau provisionnement.</translation>
    </message>
    <message>
        <source>DSCP for RTP</source>
        <translation>DSCP pour RTP</translation>
    </message>
    <message>
        <source>Differentiated Services code point for voice packets (0-63; 46 = Expedited Forwarding).</source>
        <translation>Point de code Differentiated Services pour les paquets voix (0-63&#xa0;; 46 = Expedited Forwarding).</translation>
    </message>
    <message>
        <source>DSCP for SIP</source>
        <translation>DSCP pour SIP</translation>
    </message>
    <message>
        <source>Differentiated Services code point for SIP signalling (0-63).</source>
        <translation>Point de code Differentiated Services pour la signalisation SIP (0-63).</translation>
    </message>
    <message>
        <source>RTP audio port range start</source>
        <translation>Début de la plage de ports audio RTP</translation>
    </message>
    <message>
        <source>First UDP port used for RTP audio (1024-65534, even: RTCP uses the next odd port).</source>
        <translation>Premier port UDP utilisé pour l&apos;audio RTP (1024-65534, pair&#xa0;: RTCP utilise le port impair suivant).</translation>
    </message>
    <message>
        <source>Preferred codecs</source>
        <translation>Codecs préférés</translation>
    </message>
    <message>
        <source>DTMF method</source>
        <translation>Méthode DTMF</translation>
    </message>
    <message>
        <source>RTP events (out-of-band, RFC 4733) or in-band audio tones.</source>
        <translation>Événements RTP (hors bande, RFC 4733) ou tonalités audio intrabande.</translation>
    </message>
    <message>
        <source>RTP event payload type</source>
        <translation>Type de charge utile des événements RTP</translation>
    </message>
    <message>
        <source>Dynamic RTP payload type for telephone events (96-127).</source>
        <translation>Type de charge utile RTP dynamique pour les événements téléphoniques (96-127).</translation>
    </message>
    <message>
        <source>TLS certificate authority</source>
        <translation>Autorité de certification TLS</translation>
    </message>
    <message>
        <source>Which certificate authorities the phone trusts for SIP and provisioning TLS.</source>
        <translation>Autorités de certification auxquelles le téléphone fait confiance pour le TLS de SIP et du provisionnement.</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>Transport SIP</translation>
    </message>
    <message>
        <source>Transport for SIP signalling: UDP, TCP or TLS.</source>
        <translation>Transport de la signalisation SIP&#xa0;: UDP, TCP ou TLS.</translation>
    </message>
    <message>
        <source>SRTP</source>
        <translation>SRTP</translation>
    </message>
    <message>
        <source>Encrypt media with SRTP: disabled, offered (optional) or required.</source>
        <translation>Chiffrer les médias avec SRTP&#xa0;: désactivé, proposé (facultatif) ou obligatoire.</translation>
    </message>
    <message>
        <source>Mutual authentication</source>
        <translation>Authentification mutuelle</translation>
    </message>
    <message>
        <source>The phone presents its device certificate when it fetches its configuration.</source>
        <translation>Le téléphone présente son certificat d&apos;appareil lorsqu&apos;il récupère sa configuration.</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Version du micrologiciel</translation>
    </message>
    <message>
        <source>Firmware update policy</source>
        <translation>Politique de mise à jour du micrologiciel</translation>
    </message>
    <message>
        <source>Manual: never update on its own. Automatic: update when the firmware version changes.</source>
        <translation>Manuelle&#xa0;: jamais de mise à jour automatique. Automatique&#xa0;: mise à jour quand la version du micrologiciel change.</translation>
    </message>
    <message>
        <source>Firmware server URL</source>
        <translation>URL du serveur de micrologiciel</translation>
    </message>
    <message>
        <source>HTTPS address the phones download firmware from.</source>
        <translation>Adresse HTTPS depuis laquelle les téléphones téléchargent le micrologiciel.</translation>
    </message>
    <message>
        <source>Resync period (minutes)</source>
        <translation>Période de resynchronisation (minutes)</translation>
    </message>
    <message>
        <source>How often phones check for a new configuration (0 = only on boot or when told; at most one week).</source>
        <translation>Fréquence à laquelle les téléphones vérifient s&apos;il existe une nouvelle configuration (0 = uniquement au démarrage ou sur demande&#xa0;; une semaine au maximum).</translation>
    </message>
    <message>
        <source>Enable HELD</source>
        <translation>Activer HELD</translation>
    </message>
    <message>
        <source>LIS URL</source>
        <translation>URL du LIS</translation>
    </message>
    <message>
        <source>HTTPS address of the Location Information Server.</source>
        <translation>Adresse HTTPS du serveur d&apos;informations de localisation.</translation>
    </message>
    <message>
        <source>Emergency Routing Service account ID</source>
        <translation>ID de compte du service de routage d&apos;urgence</translation>
    </message>
    <message>
        <source>Account identifier at the emergency routing provider.</source>
        <translation>Identifiant du compte auprès du fournisseur de routage des appels d&apos;urgence.</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Numéros d&apos;urgence</translation>
    </message>
    <message>
        <source>Comma-separated numbers treated as emergency calls.</source>
        <translation>Numéros, séparés par des virgules, traités comme des appels d&apos;urgence.</translation>
    </message>
    <message>
        <source>Raw vendor parameters</source>
        <translation>Paramètres bruts du fabricant</translation>
    </message>
    <message>
        <source>One vendor parameter per line as name=value, for what the other settings do not cover. Written last, so it wins.</source>
        <translation>Un paramètre du fabricant par ligne, sous la forme nom=valeur, pour ce que les autres paramètres ne couvrent pas. Écrits en dernier, ils l&apos;emportent.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Media / QoS</source>
        <translation>Média / QoS</translation>
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
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>E911 / HELD</source>
        <translation>E911 / HELD</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>RTP events (RFC 4733)</source>
        <translation>Événements RTP (RFC 4733)</translation>
    </message>
    <message>
        <source>In-band audio</source>
        <translation>Audio intrabande</translation>
    </message>
    <message>
        <source>Public certificate authorities</source>
        <translation>Autorités de certification publiques</translation>
    </message>
    <message>
        <source>Organisation&apos;s private CA</source>
        <translation>AC privée de l&apos;organisation</translation>
    </message>
    <message>
        <source>Public and private CAs</source>
        <translation>AC publiques et privées</translation>
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>%1 must be on or off (true or false).</source>
        <translation>%1&#xa0;: valeur attendue true ou false (activé ou désactivé).</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1&#xa0;: un nombre entier est attendu.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1&#xa0;: la valeur doit être comprise entre %2 et %3 (reçu&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%1 must be an even number (got %2).</source>
        <translation>%1&#xa0;: la valeur doit être un nombre pair (reçu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1&#xa0;: texte trop long (%2 caractères au maximum).</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1&#xa0;: les caractères de contrôle ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2 (got &quot;%3&quot;).</source>
        <translation>%1&#xa0;: la valeur doit être l&apos;une des suivantes&#xa0;: %2 (reçu&#xa0;: «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 needs at least one codec.</source>
        <translation>%1&#xa0;: au moins un codec est nécessaire.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known codec (use %3).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un codec connu (utilisez %3).</translation>
    </message>
    <message>
        <source>%1: the %2 does not support %3.</source>
        <translation>%1&#xa0;: le %2 ne prend pas en charge %3.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1&#xa0;: %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1 is not a valid address (for example https://lis.example.com/held).</source>
        <translation>%1&#xa0;: adresse non valide (par exemple https://lis.example.com/held).</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1&#xa0;: l&apos;adresse doit utiliser https.</translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation>%1&#xa0;: une adresse http ou https est attendue.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1&#xa0;: texte trop long.</translation>
    </message>
    <message>
        <source>%1, line %2: expected name=value.</source>
        <translation>%1, ligne %2&#xa0;: nom=valeur attendu.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid parameter name (letters, digits, . _ - / only).</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un nom de paramètre valide (lettres, chiffres, . _ - / uniquement).</translation>
    </message>
    <message>
        <source>%1, line %2: control characters are not allowed.</source>
        <translation>%1, ligne %2&#xa0;: les caractères de contrôle ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre connu.</translation>
    </message>
    <message>
        <source>%1 does not apply to the %2.</source>
        <translation>%1 ne s&apos;applique pas au %2.</translation>
    </message>
    <message>
        <source>LIS URL is required when HELD is enabled.</source>
        <translation>L&apos;URL du LIS est obligatoire lorsque HELD est activé.</translation>
    </message>
    <message>
        <source>Let the phone fetch its location from a Location Information Server for emergency calls. Poly phones: PhoneDesk keeps the LIS URL and account but does not write Poly&apos;s location parameters yet (their names are not confirmed); add them under Advanced for the firmware in use.</source>
        <translation>Permettre au téléphone de récupérer sa localisation auprès d&apos;un serveur d&apos;informations de localisation (LIS) pour les appels d&apos;urgence. Téléphones Poly&#xa0;: PhoneDesk conserve l&apos;URL du LIS et le compte, mais n&apos;écrit pas encore les paramètres de localisation de Poly (leurs noms ne sont pas confirmés)&#xa0;; ajoutez-les sous «&#xa0;Avancé&#xa0;» pour le micrologiciel utilisé.</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference: the phone offers them in this order.</source>
        <translation>Codecs audio par ordre de préférence&#xa0;: le téléphone les propose dans cet ordre.</translation>
    </message>
    <message>
        <source>Firmware the phones should run, from the firmware library; none keeps what they have. A change reaches every phone at its next fetch; a rollout (Manage &gt; Firmware Rollouts…) moves them a few at a time.</source>
        <translation>Micrologiciel que les téléphones doivent exécuter, choisi dans la bibliothèque de micrologiciels&#xa0;; «&#xa0;Aucun&#xa0;» conserve celui qu&apos;ils ont. Une modification atteint chaque téléphone à sa prochaine récupération&#xa0;; un déploiement (Gestion &gt; Déploiements de micrologiciel…) les fait passer quelques-uns à la fois.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipClient</name>
    <message numerus="yes">
        <source>no answer after %n transmissions</source>
        <translation>
            <numerusform>pas de réponse après %n transmission</numerusform>
            <numerusform>pas de réponse après %n transmissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the SIP socket on %1 port %2: %3</source>
        <translation>Impossible d&apos;ouvrir le socket SIP sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The SIP client is not started.</source>
        <translation>Le client SIP n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>SIP over TLS is not supported for %1; use UDP or TCP.</source>
        <translation>SIP sur TLS n&apos;est pas pris en charge pour %1&#xa0;; utilisez UDP ou TCP.</translation>
    </message>
    <message>
        <source>no IPv6 socket</source>
        <translation>pas de socket IPv6</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>Impossible d&apos;envoyer à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Too many open SIP TCP connections; %1 was not contacted.</source>
        <translation>Trop de connexions TCP SIP ouvertes&#xa0;; %1 n&apos;a pas été contacté.</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>TCP error with %1: %2</source>
        <translation>erreur TCP avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed or oversized SIP message</source>
        <translation>%1 a envoyé un message SIP mal formé ou trop volumineux</translation>
    </message>
    <message>
        <source>the TCP connection was closed</source>
        <translation>la connexion TCP a été fermée</translation>
    </message>
    <message>
        <source>the SIP socket is bound to %1, which cannot reach this address</source>
        <translation>le socket SIP est lié à %1, qui ne peut pas joindre cette adresse</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipTarget</name>
    <message>
        <source>The phone has no network address.</source>
        <translation>Le téléphone n&apos;a pas d&apos;adresse réseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown transport &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: transport inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the user part is not valid.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la partie utilisateur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address is missing its closing bracket.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: il manque le crochet fermant de l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unexpected text after the address.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: texte inattendu après l&apos;adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only IP addresses are probed; enter the phone&apos;s IP address.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: seules les adresses IP sont sondées&#xa0;; saisissez l&apos;adresse IP du téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone indices are not supported; use a global address.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les indices de zone IPv6 ne sont pas pris en charge&#xa0;; utilisez une adresse globale.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not the address of a single phone.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas l&apos;adresse d&apos;un seul téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: documentation address, not probed (it stands for a made-up phone; enter the phone&apos;s real IP address).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: adresse de documentation, non sondée (elle représente un téléphone fictif&#xa0;; saisissez l&apos;adresse IP réelle du téléphone).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SiteDialog</name>
    <message>
        <source>Edit Site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <source>New Site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Primary SIP server:</source>
        <translation>Serveur SIP &amp;principal&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;econdary SIP server:</source>
        <translation>Serveur SIP &amp;secondaire&#xa0;:</translation>
    </message>
    <message>
        <source>provisioning.example.com:8443</source>
        <translation>provisioning.example.com:8443</translation>
    </message>
    <message>
        <source>Pro&amp;visioning host:</source>
        <translation>&amp;Hôte de provisionnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;911 location:</source>
        <translation>&amp;Emplacement E911&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;umber plan:</source>
        <translation>Plan de n&amp;umérotation&#xa0;:</translation>
    </message>
    <message>
        <source>sip.example.com</source>
        <translation>sip.example.com</translation>
    </message>
    <message>
        <source>Site Changed Meanwhile</source>
        <translation>Site modifié entre-temps</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>Le site «&#xa0;%1&#xa0;» a été modifié%2 pendant que vous l’éditiez.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Sql</name>
    <message>
        <source>manage the team (Administrator)</source>
        <translation>gérer l&apos;équipe (Administrateur)</translation>
    </message>
    <message>
        <source>change these phones or read their device secrets (Editor, or Administrator for secrets)</source>
        <translation>modifier ces téléphones ou lire les secrets de leurs appareils (Éditeur, ou Administrateur pour les secrets)</translation>
    </message>
    <message>
        <source>record phone status (Operator)</source>
        <translation>enregistrer le statut des téléphones (Opérateur)</translation>
    </message>
    <message>
        <source>change the activity log (it is append-only; Operator to add entries)</source>
        <translation>modifier le journal d&apos;activité (il n&apos;accepte que des ajouts&#xa0;; Opérateur pour ajouter des entrées)</translation>
    </message>
    <message>
        <source>change the provisioning quarantine (Editor)</source>
        <translation>modifier la quarantaine de provisionnement (Éditeur)</translation>
    </message>
    <message>
        <source>change sites, users, base settings or settings (Administrator)</source>
        <translation>modifier les sites, les utilisateurs, les paramètres de base ou les paramètres (Administrateur)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::StatusMapping</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>a répondu %1</translation>
    </message>
    <message>
        <source>slow answer: %1 ms (limit %2 ms)</source>
        <translation>réponse lente&#xa0;: %1 ms (limite %2 ms)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Storage</name>
    <message>
        <source>writing the audit log</source>
        <translation>écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot;</source>
        <translation>Profil de paramètres de base «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Base settings named &quot;%1&quot; already exist.</source>
        <translation>Des paramètres de base nommés «&#xa0;%1&#xa0;» existent déjà.</translation>
    </message>
    <message>
        <source>reading base settings</source>
        <translation>lecture des paramètres de base</translation>
    </message>
    <message>
        <source>The base settings no longer exist.</source>
        <translation>Les paramètres de base n&apos;existent plus.</translation>
    </message>
    <message>
        <source>There are no base settings named &quot;%1&quot;.</source>
        <translation>Aucun profil de paramètres de base ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>create base settings</source>
        <translation>créer des paramètres de base</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création de %1</translation>
    </message>
    <message>
        <source>edit base settings</source>
        <translation>modifier des paramètres de base</translation>
    </message>
    <message>
        <source>Model: the model of existing base settings cannot change; create new base settings and migrate the phones.</source>
        <translation>Modèle&#xa0;: le modèle de paramètres de base existants ne peut pas changer&#xa0;; créez de nouveaux paramètres de base et migrez-y les téléphones.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>enregistrement de %1</translation>
    </message>
    <message>
        <source>counting phones</source>
        <translation>comptage des téléphones</translation>
    </message>
    <message>
        <source>delete base settings</source>
        <translation>supprimer des paramètres de base</translation>
    </message>
    <message numerus="yes">
        <source>Base settings &quot;%1&quot; are used by %n phone(s); migrate them to other base settings first.</source>
        <translation>
            <numerusform>Les paramètres de base «&#xa0;%1&#xa0;» sont utilisés par %n téléphone&#xa0;; migrez-le d&apos;abord vers d&apos;autres paramètres de base.</numerusform>
            <numerusform>Les paramètres de base «&#xa0;%1&#xa0;» sont utilisés par %n téléphones&#xa0;; migrez-les d&apos;abord vers d&apos;autres paramètres de base.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>The database already has phones; demo data is only added to an empty database.</source>
        <translation>La base de données contient déjà des téléphones&#xa0;; les données de démonstration ne sont ajoutées qu&apos;à une base de données vide.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation>lecture des téléphones</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;</source>
        <translation>Téléphone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reading sites</source>
        <translation>lecture des sites</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>lecture des utilisateurs</translation>
    </message>
    <message>
        <source>reading a phone</source>
        <translation>lecture d&apos;un téléphone</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>Le téléphone n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Name: another phone is already called &quot;%1&quot;.</source>
        <translation>Nom&#xa0;: un autre téléphone s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Hardware ID: %1 already belongs to phone &quot;%2&quot;.</source>
        <translation>Identifiant matériel&#xa0;: %1 appartient déjà au téléphone «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>add or edit phones</source>
        <translation>ajouter ou modifier des téléphones</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no id to update.</source>
        <translation>Le téléphone «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant à mettre à jour.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; is used by two phones in this batch.</source>
        <translation>Nom&#xa0;: «&#xa0;%1&#xa0;» est utilisé par deux téléphones de ce lot.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 is used by &quot;%2&quot; and &quot;%3&quot; in this batch.</source>
        <translation>Identifiant matériel&#xa0;: %1 est utilisé par «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» dans ce lot.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation>Téléphone «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>saving phones</source>
        <translation>enregistrement des téléphones</translation>
    </message>
    <message>
        <source>Phones %1 to %2 of the batch</source>
        <translation>Téléphones %1 à %2 du lot</translation>
    </message>
    <message>
        <source>Saving %1 returned no id.</source>
        <translation>L&apos;enregistrement de %1 n&apos;a renvoyé aucun identifiant.</translation>
    </message>
    <message>
        <source>delete phones</source>
        <translation>supprimer des téléphones</translation>
    </message>
    <message>
        <source>deleting phones</source>
        <translation>suppression des téléphones</translation>
    </message>
    <message>
        <source>One of the selected phones no longer exists; nothing was deleted.</source>
        <translation>L&apos;un des téléphones sélectionnés n&apos;existe plus&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>deleting phone &quot;%1&quot;</source>
        <translation>suppression du téléphone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>migrate base settings</source>
        <translation>migrer des paramètres de base</translation>
    </message>
    <message>
        <source>The target base settings use an unknown model.</source>
        <translation>Les paramètres de base cibles utilisent un modèle inconnu.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is a %2 phone; base settings &quot;%3&quot; are for %4 phones.</source>
        <translation>Le téléphone «&#xa0;%1&#xa0;» est de catégorie «&#xa0;%2&#xa0;»&#xa0;; les paramètres de base «&#xa0;%3&#xa0;» sont destinés aux téléphones %4.</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>déconnecter des téléphones</translation>
    </message>
    <message>
        <source>logging out %1</source>
        <translation>déconnexion de %1</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot;</source>
        <translation>Site «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A site named &quot;%1&quot; already exists.</source>
        <translation>Un site nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>reading a site</source>
        <translation>lecture d&apos;un site</translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation>Le site n&apos;existe plus.</translation>
    </message>
    <message>
        <source>create sites</source>
        <translation>créer des sites</translation>
    </message>
    <message>
        <source>edit sites</source>
        <translation>modifier des sites</translation>
    </message>
    <message>
        <source>counting the site&apos;s phones</source>
        <translation>comptage des téléphones du site</translation>
    </message>
    <message>
        <source>delete sites</source>
        <translation>supprimer des sites</translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; is used by %n phone(s); move them to another site first.</source>
        <translation>
            <numerusform>Le site «&#xa0;%1&#xa0;» est utilisé par %n téléphone&#xa0;; déplacez-le d&apos;abord vers un autre site.</numerusform>
            <numerusform>Le site «&#xa0;%1&#xa0;» est utilisé par %n téléphones&#xa0;; déplacez-les d&apos;abord vers un autre site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish %1: a record with the same unique value exists (%2).</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: un enregistrement avec la même valeur unique existe déjà (%2).</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: la base de données est verrouillée par un autre programme. Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is read-only. Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: la base de données est en lecture seule. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: a required value is missing or refers to a record that does not exist (%2). Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: une valeur obligatoire est absente ou fait référence à un enregistrement inexistant (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Restore it from a backup.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: le fichier de base de données est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not finish %1: the connection to the database was lost (%2). Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: la connexion à la base de données a été perdue (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: %2</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone deleted it. Your changes were not saved.</source>
        <translation>%1 n&apos;existe plus&#xa0;: quelqu&apos;un l&apos;a supprimé. Vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> par %1 le %2</translation>
    </message>
    <message>
        <source>%1 was changed%2 after you opened it. Your changes were not saved: reload to see the current version, then apply your changes again.</source>
        <translation>%1 a été modifié%2 après que vous l&apos;avez ouvert. Vos modifications n&apos;ont pas été enregistrées&#xa0;: rechargez pour voir la version actuelle, puis appliquez à nouveau vos modifications.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>reading phone status</source>
        <translation>lecture du statut des téléphones</translation>
    </message>
    <message>
        <source>saving phone status</source>
        <translation>enregistrement du statut des téléphones</translation>
    </message>
    <message>
        <source>recording a configuration fetch</source>
        <translation>enregistrement d&apos;une récupération de configuration</translation>
    </message>
    <message>
        <source>SQLite support is missing from this installation (Qt&apos;s QSQLITE driver).</source>
        <translation>La prise en charge de SQLite est absente de cette installation (pilote QSQLITE de Qt).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. PhoneDesk needs to write to it: check its permissions, or open a copy.</source>
        <translation>Le fichier de base de données %1 est en lecture seule. PhoneDesk doit pouvoir y écrire&#xa0;: vérifiez ses autorisations, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. PhoneDesk needs to create its journal files next to the database: check the folder&apos;s permissions.</source>
        <translation>Le dossier %1 est en lecture seule. PhoneDesk doit créer ses fichiers journaux à côté de la base de données&#xa0;: vérifiez les autorisations du dossier.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a PhoneDesk database or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>%1 n&apos;est pas une base de données PhoneDesk ou elle est endommagée (%2). Restaurez-la à partir d&apos;une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>ouverture de la base de données</translation>
    </message>
    <message>
        <source>PostgreSQL support is missing from this installation (Qt&apos;s QPSQL driver; on Debian and Ubuntu install libqt6sql6-psql).</source>
        <translation>La prise en charge de PostgreSQL est absente de cette installation (pilote QPSQL de Qt&#xa0;; sous Debian et Ubuntu, installez libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1:%2 (base de données %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>préparation de la base de données</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>This database was created by a newer PhoneDesk (schema %1; this version knows up to %2). Update PhoneDesk to open it; the database was not changed.</source>
        <translation>Cette base de données a été créée par une version plus récente de PhoneDesk (schéma %1&#xa0;; cette version connaît jusqu&apos;au schéma %2). Mettez PhoneDesk à jour pour l&apos;ouvrir&#xa0;; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>démarrage de la mise à niveau du schéma</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>mise à niveau du schéma vers la version %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>enregistrement de la version %1 du schéma</translation>
    </message>
    <message>
        <source>%1 may not %2: the %3 role does not allow it.</source>
        <translation>%1 ne peut pas %2&#xa0;: le rôle %3 ne le permet pas.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation>annonce de la modification</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>enregistrement des modifications</translation>
    </message>
    <message>
        <source>reading setting %1</source>
        <translation>lecture du paramètre %1</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>enregistrement du paramètre %1</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>lecture d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>L&apos;utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>create users</source>
        <translation>créer des utilisateurs</translation>
    </message>
    <message>
        <source>edit users</source>
        <translation>modifier des utilisateurs</translation>
    </message>
    <message>
        <source>delete users</source>
        <translation>supprimer des utilisateurs</translation>
    </message>
    <message>
        <source>counting the user&apos;s phones</source>
        <translation>comptage des téléphones de l&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; is assigned to %n phone(s); log them out of those phones first.</source>
        <translation>
            <numerusform>L&apos;utilisateur «&#xa0;%1&#xa0;» est attribué à %n téléphone&#xa0;; déconnectez-le d&apos;abord de ce téléphone.</numerusform>
            <numerusform>L&apos;utilisateur «&#xa0;%1&#xa0;» est attribué à %n téléphones&#xa0;; déconnectez-le d&apos;abord de ces téléphones.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the provisioning quarantine</source>
        <translation>lecture de la quarantaine de provisionnement</translation>
    </message>
    <message>
        <source>updating the provisioning quarantine</source>
        <translation>mise à jour de la quarantaine de provisionnement</translation>
    </message>
    <message>
        <source>remove quarantined devices</source>
        <translation>supprimer des appareils en quarantaine</translation>
    </message>
    <message>
        <source>Could not finish %1: this build has no SQLite library.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: cette version a été compilée sans la bibliothèque SQLite.</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>lecture de la base de données</translation>
    </message>
    <message>
        <source>Site: you may only put phones at your own sites.</source>
        <translation>Site&#xa0;: vous ne pouvez placer des téléphones que sur vos propres sites.</translation>
    </message>
    <message>
        <source>%1 may not read device secrets: only Administrators and the PhoneDesk server may.</source>
        <translation>%1 ne peut pas lire les secrets des appareils&#xa0;: seuls les administrateurs et le serveur PhoneDesk le peuvent.</translation>
    </message>
    <message>
        <source>%1 may not render configuration files: they hold the phones&apos; passwords, which only Administrators and the PhoneDesk server may read.</source>
        <translation>%1 ne peut pas générer de fichiers de configuration&#xa0;: ils contiennent les mots de passe des téléphones, que seuls les administrateurs et le serveur PhoneDesk peuvent lire.</translation>
    </message>
    <message>
        <source>Could not finish %1: it concerns a phone at a site outside your sites, and the database refused it (permission: site scope). Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: elle concerne un téléphone d&apos;un site hors de vos sites, et la base de données l&apos;a refusée (autorisation&#xa0;: périmètre des sites). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: your role may not %2, and the database refused it. Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: votre rôle ne peut pas %2, et la base de données l&apos;a refusée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database refused it for your role (%2). Nothing was changed.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: la base de données l&apos;a refusée pour votre rôle (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk holding the database is full (%2). Nothing was changed; free some space on it and try again.</source>
        <translation>Impossible de terminer l&apos;opération (%1)&#xa0;: le disque qui contient la base de données est plein (%2). Rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace sur ce disque et réessayez.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Impossible de créer le fichier de base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer could read it: PhoneDesk made it private to you: %1.</source>
        <translation>La base de données contient les secrets des téléphones et d&apos;autres utilisateurs de cet ordinateur pouvaient la lire&#xa0;: PhoneDesk l&apos;a rendue privée pour vous&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer can read it; PhoneDesk could not change that: %1. Ask the file&apos;s owner to make it private (chmod 600).</source>
        <translation>La base de données contient les secrets des téléphones et d&apos;autres utilisateurs de cet ordinateur peuvent la lire&#xa0;; PhoneDesk n&apos;a pas pu y remédier&#xa0;: %1. Demandez au propriétaire du fichier de le rendre privé (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the system could not read or write it (%2). Nothing was changed.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1&#xa0;: le système n&apos;a pas pu le lire ou l&apos;écrire (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the disk holding it is full (%2). The file is not damaged and nothing was changed; free some space on that disk and try again.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1&#xa0;: le disque qui le contient est plein (%2). Le fichier n&apos;est pas endommagé et rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace sur ce disque et réessayez.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2: the database refused to let it read anything. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation>Le compte %1 n&apos;est pas membre de l&apos;équipe PhoneDesk de la base de données %2&#xa0;: la base de données ne lui laisse rien lire. Demandez à un administrateur PhoneDesk de l&apos;ajouter (phonedesk-cli team add).</translation>
    </message>
    <message>
        <source>backing up the database</source>
        <translation>sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it; nothing was changed. %2</source>
        <translation>Impossible de sauvegarder la base de données dans %1 avant sa mise à niveau&#xa0;; rien n&apos;a été modifié. %2</translation>
    </message>
    <message>
        <source>Database %1 needs an upgrade to schema %2, which only its owner can do: ask them to open it once with this version of PhoneDesk (for example with phonedesk-cli db setup-team). Nothing was changed.</source>
        <translation>La base de données %1 doit être mise à niveau vers le schéma %2, ce que seul son propriétaire peut faire&#xa0;: demandez-lui de l&apos;ouvrir une fois avec cette version de PhoneDesk (par exemple avec phonedesk-cli db setup-team). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>reading who you are</source>
        <translation>identification de votre compte</translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation>Le compte %1 n&apos;est pas membre de l&apos;équipe PhoneDesk de la base de données %2. Demandez à un administrateur PhoneDesk de l&apos;ajouter (phonedesk-cli team add).</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role in this database; the %3 role was refused: a chosen role may only be lower than the one the database gives you.</source>
        <translation>Vous êtes connecté en tant que %1 avec le rôle %2 dans cette base de données&#xa0;; le rôle %3 a été refusé&#xa0;: un rôle choisi ne peut être qu&apos;inférieur à celui que vous donne la base de données.</translation>
    </message>
    <message>
        <source>%1 may not %2: that is outside their sites (%3). Nothing was changed.</source>
        <translation>%1 ne peut pas %2&#xa0;: c&apos;est hors de ses sites (%3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Cannot listen for changes in PostgreSQL database %1: %2</source>
        <translation>Impossible d’écouter les modifications de la base PostgreSQL %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>setting up the change feed</source>
        <translation>la mise en place du suivi des modifications</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMemberEditor</name>
    <message>
        <source>Team Member %1</source>
        <translation>Membre de l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Add Team Member</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>PostgreSQL login, e.g. anna.keller</source>
        <translation>Compte PostgreSQL, p. ex. anna.keller</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All sites</source>
        <translation>&amp;Tous les sites</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Laisser vide pour conserver le mot de passe</translation>
    </message>
    <message>
        <source>&amp;No password: the login signs in with a certificate or peer authentication</source>
        <translation>&amp;Aucun mot de passe&#xa0;: le compte se connecte avec un certificat ou l&apos;authentification peer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>Login: enter the PostgreSQL login name.</source>
        <translation>Compte&#xa0;: saisissez le nom du compte PostgreSQL.</translation>
    </message>
    <message>
        <source>Login: use letters, digits and _ . @ - (at most 63).</source>
        <translation>Compte&#xa0;: utilisez des lettres, des chiffres et _ . @ - (63 au plus).</translation>
    </message>
    <message>
        <source>Login: names starting with pg_ are reserved by PostgreSQL.</source>
        <translation>Compte&#xa0;: les noms commençant par pg_ sont réservés par PostgreSQL.</translation>
    </message>
    <message>
        <source>Sites: choose at least one site, or All sites.</source>
        <translation>Sites&#xa0;: choisissez au moins un site, ou Tous les sites.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ.</source>
        <translation>Confirmation&#xa0;: les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Each person signs in to the team database with a login of their own. PostgreSQL enforces the role and the sites for the console, phonedesk-cli and psql alike.</source>
        <translation>Chaque personne se connecte à la base de données d&apos;équipe avec son propre compte. PostgreSQL applique le rôle et les sites aussi bien pour la console que pour phonedesk-cli et psql.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n membre.</numerusform>
            <numerusform>%n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>Retirer un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove %1 from the team? The login loses every right in this database at once.</source>
        <translation>Retirer %1 de l&apos;équipe&#xa0;? Le compte perd aussitôt tous ses droits dans cette base de données.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamRepository</name>
    <message>
        <source>Cannot %1: team members exist in a team database on PostgreSQL. The embedded database has one person at this desk; choose the role with --role.</source>
        <translation>Opération impossible (%1)&#xa0;: les membres d&apos;une équipe existent dans une base de données d&apos;équipe sur PostgreSQL. La base de données intégrée compte une seule personne à ce poste&#xa0;; choisissez le rôle avec --role.</translation>
    </message>
    <message>
        <source>reading the team&apos;s roles</source>
        <translation>lecture des rôles de l&apos;équipe</translation>
    </message>
    <message>
        <source>set up team mode</source>
        <translation>configurer le mode équipe</translation>
    </message>
    <message>
        <source>Only the owner of database %1 can set up team mode; you are signed in as %2.</source>
        <translation>Seul le propriétaire de la base de données %1 peut configurer le mode équipe&#xa0;; vous êtes connecté en tant que %2.</translation>
    </message>
    <message>
        <source>setting up team mode</source>
        <translation>configuration du mode équipe</translation>
    </message>
    <message>
        <source>Setting up team mode creates PostgreSQL roles, and the login %1 may not create roles. A superuser can allow it: ALTER ROLE %1 CREATEROLE;</source>
        <translation>La configuration du mode équipe crée des rôles PostgreSQL, et le compte %1 ne peut pas créer de rôles. Un superutilisateur peut l&apos;y autoriser&#xa0;: ALTER ROLE %1 CREATEROLE;</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 already exists and was not made by PhoneDesk as the %2 role of database %3 (role names are shared by every database of the server). Rename or drop it, then set up team mode again; nothing was changed.</source>
        <translation>Le rôle PostgreSQL %1 existe déjà et n&apos;a pas été créé par PhoneDesk comme rôle %2 de la base de données %3 (les noms de rôles sont communs à toutes les bases de données du serveur). Renommez-le ou supprimez-le, puis configurez à nouveau le mode équipe&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>création du rôle %1</translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still create objects in the schema of the tables (its owner is not you): ask its owner to run REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</source>
        <translation>Tout compte du serveur PostgreSQL peut encore créer des objets dans le schéma des tables (vous n&apos;en êtes pas le propriétaire)&#xa0;: demandez à son propriétaire d&apos;exécuter REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still connect to database %1 (its owner is not you): ask its owner to run REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</source>
        <translation>Tout compte du serveur PostgreSQL peut encore se connecter à la base de données %1 (vous n&apos;en êtes pas le propriétaire)&#xa0;: demandez à son propriétaire d&apos;exécuter REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</translation>
    </message>
    <message>
        <source>granting the team&apos;s privileges</source>
        <translation>attribution des privilèges de l&apos;équipe</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Opération impossible (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>list the team</source>
        <translation>lister l&apos;équipe</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>lecture de l&apos;équipe</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is not a login name PhoneDesk can add: use letters, digits and _ . @ - (at most 63, not starting with pg_).</source>
        <translation>Compte&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de compte que PhoneDesk peut ajouter&#xa0;: utilisez des lettres, des chiffres et _ . @ - (63 au plus, sans commencer par pg_).</translation>
    </message>
    <message>
        <source>Sites: the %1 role is not limited to sites; only Viewers, Operators and Editors are.</source>
        <translation>Sites&#xa0;: le rôle %1 n&apos;est pas limité à des sites&#xa0;; seuls les rôles Lecteur, Opérateur et Éditeur le sont.</translation>
    </message>
    <message>
        <source>add %1 to the team</source>
        <translation>ajouter %1 à l&apos;équipe</translation>
    </message>
    <message>
        <source>remove %1 from the team</source>
        <translation>retirer %1 de l&apos;équipe</translation>
    </message>
    <message>
        <source>give %1 the %2 role</source>
        <translation>donner à %1 le rôle %2</translation>
    </message>
    <message>
        <source>change the sites of %1</source>
        <translation>modifier les sites de %1</translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation>modifier le mot de passe de %1</translation>
    </message>
    <message>
        <source>Server (phonedesk-server)</source>
        <translation>Serveur (phonedesk-server)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Types</name>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation>Non géré</translation>
    </message>
    <message>
        <source>WebRTC</source>
        <translation>WebRTC</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Non surveillé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Speed dial</source>
        <translation>Numéro abrégé</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Retrait en cours</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::UserDialog</name>
    <message>
        <source>Edit User</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>User Changed Meanwhile</source>
        <translation>Utilisateur modifié entre-temps</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>L’utilisateur «&#xa0;%1&#xa0;» a été modifié%2 pendant que vous l’éditiez.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: champ obligatoire.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1&#xa0;: texte trop long (%2 caractères au maximum).</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1&#xa0;: les caractères de contrôle ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>Line keys: the %1 has %2 line keys, %3 are configured.</source>
        <translation>Touches de ligne&#xa0;: le %1 a %2 touches de ligne, %3 sont configurées.</translation>
    </message>
    <message>
        <source>Line key %1: position must be between 1 and %2 on the %3.</source>
        <translation>Touche de ligne %1&#xa0;: la position doit être comprise entre 1 et %2 sur le %3.</translation>
    </message>
    <message>
        <source>Line key %1 is configured twice.</source>
        <translation>La touche de ligne %1 est configurée deux fois.</translation>
    </message>
    <message>
        <source>Line key %1: the label must be at most 64 printable characters.</source>
        <translation>Touche de ligne %1&#xa0;: le libellé doit comporter au plus 64 caractères imprimables.</translation>
    </message>
    <message>
        <source>Line key %1: a speed dial needs a number (+15551234567 or an extension) or a SIP address, not &quot;%2&quot;.</source>
        <translation>Touche de ligne %1&#xa0;: une touche de numéro abrégé nécessite un numéro (+15551234567 ou un poste) ou une adresse SIP, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line key %1: a BLF key needs the extension or SIP address to watch, not &quot;%2&quot;.</source>
        <translation>Touche de ligne %1&#xa0;: une touche BLF nécessite le poste ou l&apos;adresse SIP à surveiller, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line key %1: the value is not valid.</source>
        <translation>Touche de ligne %1&#xa0;: la valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Base settings are required.</source>
        <translation>Les paramètres de base sont obligatoires.</translation>
    </message>
    <message>
        <source>Base settings: the selected profile does not exist.</source>
        <translation>Paramètres de base&#xa0;: le profil sélectionné n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Base settings: the profile&apos;s model &quot;%1&quot; is not in the catalog.</source>
        <translation>Paramètres de base&#xa0;: le modèle «&#xa0;%1&#xa0;» du profil ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>Site is required.</source>
        <translation>Le site est obligatoire.</translation>
    </message>
    <message>
        <source>Site: the selected site does not exist.</source>
        <translation>Site&#xa0;: le site sélectionné n&apos;existe pas.</translation>
    </message>
    <message>
        <source>User: the selected user does not exist.</source>
        <translation>Utilisateur&#xa0;: l&apos;utilisateur sélectionné n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Hardware ID: a managed phone needs its MAC address (for example 00:04:F2:AB:CD:EF).</source>
        <translation>Identifiant matériel&#xa0;: un téléphone géré nécessite son adresse MAC (par exemple 00:04:F2:AB:CD:EF).</translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef.</source>
        <translation>Identifiant matériel&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse MAC. Utilisez 12 chiffres hexadécimaux, p. ex. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef ou 0004f2abcdef.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 is a broadcast or multicast address, not a phone&apos;s MAC.</source>
        <translation>Identifiant matériel&#xa0;: %1 est une adresse de diffusion ou de multidiffusion, pas l&apos;adresse MAC d&apos;un téléphone.</translation>
    </message>
    <message>
        <source>Remote address applies to remote phones only.</source>
        <translation>L&apos;adresse distante ne s&apos;applique qu&apos;aux téléphones distants.</translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a host name (for example softphone-12.example.com).</source>
        <translation>Identifiant matériel&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte (par exemple softphone-12.example.com).</translation>
    </message>
    <message>
        <source>User: a WebRTC phone belongs to a user; choose one.</source>
        <translation>Utilisateur&#xa0;: un téléphone WebRTC appartient à un utilisateur&#xa0;; choisissez-en un.</translation>
    </message>
    <message>
        <source>Hardware ID: a remote phone has no hardware ID.</source>
        <translation>Identifiant matériel&#xa0;: un téléphone distant n&apos;a pas d&apos;identifiant matériel.</translation>
    </message>
    <message>
        <source>Remote address is required: an E.164 number (+15551234567) or a SIP address.</source>
        <translation>L&apos;adresse distante est obligatoire&#xa0;: un numéro E.164 (+15551234567) ou une adresse SIP.</translation>
    </message>
    <message>
        <source>Remote address: &quot;%1&quot; is neither an E.164 number (+15551234567) nor a SIP address (sip:alice@example.com).</source>
        <translation>Adresse distante&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni un numéro E.164 (+15551234567) ni une adresse SIP (sip:alice@example.com).</translation>
    </message>
    <message>
        <source>Line keys: a remote phone has no line keys.</source>
        <translation>Touches de ligne&#xa0;: un téléphone distant n&apos;a pas de touches de ligne.</translation>
    </message>
    <message>
        <source>Network address: &quot;%1&quot; is not a host or IP address with an optional port.</source>
        <translation>Adresse réseau&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un hôte ou une adresse IP avec un port facultatif.</translation>
    </message>
    <message>
        <source>Network address: remote phones are not probed.</source>
        <translation>Adresse réseau&#xa0;: les téléphones distants ne sont pas sondés.</translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation>Emplacement E911</translation>
    </message>
    <message>
        <source>Number plan</source>
        <translation>Plan de numérotation</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>%1: enter the port in the port field, not in the host.</source>
        <translation>%1&#xa0;: saisissez le port dans le champ du port, pas dans l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation>%1&#xa0;: le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation>Serveur SIP principal</translation>
    </message>
    <message>
        <source>Secondary SIP server</source>
        <translation>Serveur SIP secondaire</translation>
    </message>
    <message>
        <source>Secondary SIP server: must differ from the primary server.</source>
        <translation>Serveur SIP secondaire&#xa0;: doit être différent du serveur principal.</translation>
    </message>
    <message>
        <source>Provisioning host: &quot;%1&quot; is not a host name or address with optional port.</source>
        <translation>Hôte de provisionnement&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte ou une adresse avec un port facultatif.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone name such as Europe/Berlin.</source>
        <translation>Fuseau horaire&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de fuseau horaire comme Europe/Paris.</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation>E-mail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Extension: &quot;%1&quot; must be 2 to 15 digits.</source>
        <translation>Poste&#xa0;: «&#xa0;%1&#xa0;» doit comporter de 2 à 15 chiffres.</translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation>Le modèle est obligatoire.</translation>
    </message>
    <message>
        <source>Model: &quot;%1&quot; is not a known phone model.</source>
        <translation>Modèle&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un modèle de téléphone connu.</translation>
    </message>
    <message>
        <source>The %1 is not compatible with cloud media; calls at this cloud-media site may fail.</source>
        <translation>Le %1 n&apos;est pas compatible avec les médias cloud&#xa0;; les appels sur ce site à médias cloud risquent d&apos;échouer.</translation>
    </message>
    <message>
        <source>Unmanaged phones are not supported with cloud media; use a premises site or a managed model.</source>
        <translation>Les téléphones non gérés ne sont pas pris en charge avec les médias cloud&#xa0;; utilisez un site avec médias sur site ou un modèle géré.</translation>
    </message>
    <message>
        <source>%1 must not contain invisible or text-direction characters (%2 at character %3).</source>
        <translation>%1 ne doit pas contenir de caractères invisibles ou de direction du texte (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>Line key %1: the label</source>
        <translation>Touche de ligne %1&#xa0;: le libellé</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Base settings: a %2 profile is not for %1 phones.</source>
        <translation>Paramètres de base&#xa0;: un profil %2 n&apos;est pas destiné aux téléphones de la catégorie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic needs a Firmware version from the firmware library, or a Firmware server URL.</source>
        <translation>Politique de mise à jour du micrologiciel&#xa0;: Automatique demande une version du micrologiciel de la bibliothèque de micrologiciels, ou une URL du serveur de micrologiciel.</translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic, but the firmware library has no image of version %1 for the %2 (Firmware version), and no Firmware server URL is set. Add the image (Manage &gt; Firmware…), set the URL, or choose Manual.</source>
        <translation>Politique de mise à jour du micrologiciel&#xa0;: Automatique, mais la bibliothèque de micrologiciels n’a aucune image de la version %1 pour le %2 (Version du micrologiciel), et aucune URL du serveur de micrologiciel n’est définie. Ajoutez l’image (Gestion &gt; Micrologiciels…), définissez l’URL ou choisissez Manuelle.</translation>
    </message>
    <message>
        <source>Serial number: only desk phones (managed or unmanaged) have one.</source>
        <translation>Numéro de série&#xa0;: seuls les téléphones de bureau (gérés ou non gérés) en ont un.</translation>
    </message>
    <message>
        <source>Serial number: &quot;%1&quot; is not a serial number. Use the one on the phone&apos;s label: up to 64 letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos;.</source>
        <translation>Numéro de série&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de série. Utilisez celui qui figure sur l&apos;étiquette du téléphone&#xa0;: jusqu&apos;à 64 lettres, chiffres, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; ou &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::YealinkRpsService</name>
    <message>
        <source>the device stays at another server</source>
        <translation>l&apos;appareil reste sur un autre serveur</translation>
    </message>
    <message>
        <source>Yealink RPS refused the AccessKey ID or secret (%1). Create a new AccessKey under YMCS → System → Integration → API.</source>
        <translation>Yealink RPS a refusé l&apos;ID ou le secret de l&apos;AccessKey (%1). Créez une nouvelle AccessKey sous YMCS → System → Integration → API.</translation>
    </message>
    <message>
        <source>Yealink RPS did not answer as expected: %1</source>
        <translation>Yealink RPS n&apos;a pas répondu comme prévu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk phone management console</source>
        <translation>Console de gestion des téléphones de bureau</translation>
    </message>
    <message>
        <source>Open a demo organisation in a temporary database.</source>
        <translation>Ouvrir une organisation de démonstration dans une base de données temporaire.</translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.sqlite or postgresql://user@host:5432/phonedesk (password from PGPASSWORD or the system keychain).</source>
        <translation>Base de données à ouvrir&#xa0;: sqlite:/path/file.sqlite ou postgresql://user@host:5432/phonedesk (mot de passe depuis PGPASSWORD ou le trousseau du système).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Write screenshots of the console into a folder and exit.</source>
        <translation>Écrire des captures d&apos;écran de la console dans un dossier, puis quitter.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use viewer, operator, editor or administrator.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez viewer, operator, editor ou administrator.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo.</source>
        <translation>Impossible de créer un dossier temporaire pour la démonstration.</translation>
    </message>
    <message>
        <source>PhoneDesk</source>
        <translation>PhoneDesk</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Phone status is not available: %1</source>
        <translation>Le statut des téléphones n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resync after a configuration change failed: %1</source>
        <translation>La resynchronisation après une modification de configuration a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provisioning server did not start: %1</source>
        <translation>Le serveur de provisionnement n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role: viewer, operator, editor or administrator. Embedded database: default administrator. Team database: your role in the database, which this may only lower.</source>
        <translation>Rôle&#xa0;: viewer, operator, editor ou administrator. Base de données intégrée&#xa0;: par défaut administrator. Base de données d&apos;équipe&#xa0;: votre rôle dans la base de données, que cette option peut seulement abaisser.</translation>
    </message>
    <message>
        <source>The simulated phones could not start: %1
The demo&apos;s phones are shown without status.</source>
        <translation>Les téléphones simulés n&apos;ont pas pu démarrer&#xa0;: %1
Les téléphones de la démonstration sont affichés sans statut.</translation>
    </message>
    <message>
        <source>Could not open %1 with --role %2:
%3</source>
        <translation>Impossible d&apos;ouvrir %1 avec --role %2&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Phone status is not available: %1 (in %2)</source>
        <translation>Le statut des téléphones n&apos;est pas disponible&#xa0;: %1 (dans %2)</translation>
    </message>
    <message>
        <source>Redirection services: %1</source>
        <translation>Services de redirection&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>phonesim</name>
    <message>
        <source>Simulated SIP desk phones on loopback. Phone i answers at 127.1.0.1 + i (skipping .0 and .255) on the SIP port; its Poly-style REST API is on the REST port of the same address.</source>
        <translation>Téléphones de bureau SIP simulés sur la boucle locale. Le téléphone i répond à 127.1.0.1 + i (en sautant .0 et .255) sur le port SIP&#xa0;; son API REST de type Poly se trouve sur le port REST de la même adresse.</translation>
    </message>
    <message>
        <source>Do not serve the REST API.</source>
        <translation>Ne pas servir l&apos;API REST.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>--digest-secrets: cannot read %1: %2</source>
        <translation>--digest-secrets&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: &quot;%3&quot; is not a MAC address.</source>
        <translation>--digest-secrets&#xa0;: %1 ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une adresse MAC.</translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: the secret of %3 is empty.</source>
        <translation>--digest-secrets&#xa0;: %1 ligne %2&#xa0;: le secret de %3 est vide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 could not start, 2 bad options, 3 (with --exit-after-provisioning) some phones got no configuration.</source>
        <translation>Code de sortie&#xa0;: 0 terminé, 1 démarrage impossible, 2 options incorrectes, 3 (avec --exit-after-provisioning) certains téléphones n&apos;ont reçu aucune configuration.</translation>
    </message>
    <message>
        <source>Number of phones.</source>
        <translation>Nombre de téléphones.</translation>
    </message>
    <message>
        <source>SIP port every phone listens on (0 = any free port).</source>
        <translation>Port SIP sur lequel écoute chaque téléphone (0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>HTTPS REST port (0 = any free port).</source>
        <translation>Port REST HTTPS (0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Share of requests ignored (0..1).</source>
        <translation>Part des requêtes ignorées (0..1).</translation>
    </message>
    <message>
        <source>Share of phones that never answer (0..1).</source>
        <translation>Part des téléphones qui ne répondent jamais (0..1).</translation>
    </message>
    <message>
        <source>Share of answers replaced by garbage (0..1).</source>
        <translation>Part des réponses remplacées par des données invalides (0..1).</translation>
    </message>
    <message>
        <source>Answer delay in milliseconds.</source>
        <translation>Délai de réponse en millisecondes.</translation>
    </message>
    <message>
        <source>How long a rebooting phone is silent.</source>
        <translation>Durée pendant laquelle un téléphone qui redémarre reste muet.</translation>
    </message>
    <message>
        <source>Final answer to OPTIONS.</source>
        <translation>Réponse finale à OPTIONS.</translation>
    </message>
    <message>
        <source>Base URL phones fetch &lt;mac&gt;.cfg from: on check-sync, after a reboot and with --provision-on-boot.</source>
        <translation>URL de base depuis laquelle les téléphones récupèrent &lt;mac&gt;.cfg&#xa0;: sur check-sync, après un redémarrage et avec --provision-on-boot.</translation>
    </message>
    <message>
        <source>REST API password (user &quot;Polycom&quot;).</source>
        <translation>Mot de passe de l&apos;API REST (utilisateur «&#xa0;Polycom&#xa0;»).</translation>
    </message>
    <message>
        <source>Random seed (which phones are dead, which packets are lost).</source>
        <translation>Graine aléatoire (quels téléphones sont morts, quels paquets sont perdus).</translation>
    </message>
    <message>
        <source>Write index,mac,sip_address,rest_address to this file.</source>
        <translation>Écrire index,mac,sip_address,rest_address dans ce fichier.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0 = until interrupted).</source>
        <translation>S&apos;arrêter après ce nombre de secondes (0 = jusqu&apos;à interruption).</translation>
    </message>
    <message>
        <source>User-Agent of the phones&apos; SIP answers.</source>
        <translation>User-Agent des réponses SIP des téléphones.</translation>
    </message>
    <message>
        <source>Every phone fetches its configuration from --provisioning-url at start, as a phone out of the box does: &lt;mac&gt;.cfg, then the files a Poly master file names.</source>
        <translation>Chaque téléphone récupère sa configuration depuis --provisioning-url au démarrage, comme le fait un téléphone sorti de sa boîte&#xa0;: &lt;mac&gt;.cfg, puis les fichiers qu&apos;un fichier maître Poly désigne.</translation>
    </message>
    <message>
        <source>Phones power up at random times within this many milliseconds (seeded).</source>
        <translation>Les téléphones s&apos;allument à des instants aléatoires dans ce nombre de millisecondes (selon la graine).</translation>
    </message>
    <message>
        <source>Configuration fetches in flight at most, fleet-wide.</source>
        <translation>Nombre maximal de récupérations de configuration en cours, sur l&apos;ensemble du parc.</translation>
    </message>
    <message>
        <source>Timeout of one provisioning request.</source>
        <translation>Délai d&apos;expiration d&apos;une requête de provisionnement.</translation>
    </message>
    <message>
        <source>User-Agent of provisioning requests; {mac}, {MAC} and {mac:} stand for the phone&apos;s MAC (default: &quot;FileTransport &lt;user-agent&gt; Type/Application&quot;, as Poly phones send).</source>
        <translation>User-Agent des requêtes de provisionnement&#xa0;; {mac}, {MAC} et {mac:} représentent la MAC du téléphone (par défaut&#xa0;: «&#xa0;FileTransport &lt;user-agent&gt; Type/Application&#xa0;», comme l&apos;envoient les téléphones Poly).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) every phone presents; the server accepts it only for phones it names.</source>
        <translation>Certificat client (PEM) que présente chaque téléphone&#xa0;; le serveur ne l&apos;accepte que pour les téléphones qu&apos;il désigne.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Clé privée (PEM) de --client-cert.</translation>
    </message>
    <message>
        <source>Per-phone client certificates: &lt;dir&gt;/&lt;mac&gt;.pem and &lt;dir&gt;/&lt;mac&gt;.key.</source>
        <translation>Certificats clients par téléphone&#xa0;: &lt;dir&gt;/&lt;mac&gt;.pem et &lt;dir&gt;/&lt;mac&gt;.key.</translation>
    </message>
    <message>
        <source>CSV file of &quot;mac,secret&quot; lines: the phone&apos;s own secret for HTTP Digest authentication.</source>
        <translation>Fichier CSV de lignes «&#xa0;mac,secret&#xa0;»&#xa0;: le secret propre au téléphone pour l&apos;authentification HTTP Digest.</translation>
    </message>
    <message>
        <source>Write the files each phone received to &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt;.</source>
        <translation>Écrire les fichiers reçus par chaque téléphone dans &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt;.</translation>
    </message>
    <message>
        <source>Write index,mac,status,fetches,errors,files,error per live phone to this file after the first contact and at exit.</source>
        <translation>Écrire index,mac,status,fetches,errors,files,error pour chaque téléphone vivant dans ce fichier après le premier contact et à la sortie.</translation>
    </message>
    <message>
        <source>With --provision-on-boot: exit once every phone has fetched, with status 0 when all got their configuration and 3 otherwise.</source>
        <translation>Avec --provision-on-boot&#xa0;: quitter dès que chaque téléphone a effectué sa récupération, avec le code 0 si tous ont reçu leur configuration et 3 sinon.</translation>
    </message>
    <message>
        <source>--exit-after-provisioning needs --provision-on-boot.</source>
        <translation>--exit-after-provisioning nécessite --provision-on-boot.</translation>
    </message>
    <message>
        <source>Check the provisioning server&apos;s certificate against the CA(s) in this PEM file (default: not checked, as on many phones out of the box).</source>
        <translation>Vérifier le certificat du serveur de provisionnement au moyen de la ou des CA de ce fichier PEM (par défaut&#xa0;: pas de vérification, comme sur de nombreux téléphones sortis de leur boîte).</translation>
    </message>
</context>
</TS>
