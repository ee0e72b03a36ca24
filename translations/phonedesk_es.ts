<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Estado de los teléfonos</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Configuración base</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Phone name</source>
        <translation>Nombre del teléfono</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation>Se muestran las %1 entradas más recientes; acote el filtro para ver las anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies).</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone created</source>
        <translation>Teléfono creado</translation>
    </message>
    <message>
        <source>Phone changed</source>
        <translation>Teléfono modificado</translation>
    </message>
    <message>
        <source>Phone deleted</source>
        <translation>Teléfono eliminado</translation>
    </message>
    <message>
        <source>Phone imported</source>
        <translation>Teléfono importado</translation>
    </message>
    <message>
        <source>Phone moved to other base settings</source>
        <translation>Teléfono movido a otra configuración base</translation>
    </message>
    <message>
        <source>User logged out of the phone</source>
        <translation>Sesión del usuario cerrada en el teléfono</translation>
    </message>
    <message>
        <source>User logged out, phone told to re-fetch</source>
        <translation>Sesión del usuario cerrada, se indicó al teléfono que vuelva a obtener la configuración</translation>
    </message>
    <message>
        <source>Phone restarted</source>
        <translation>Teléfono reiniciado</translation>
    </message>
    <message>
        <source>Phone told to re-fetch its configuration</source>
        <translation>Se indicó al teléfono que vuelva a obtener su configuración</translation>
    </message>
    <message>
        <source>Phone status checked</source>
        <translation>Estado del teléfono comprobado</translation>
    </message>
    <message>
        <source>Phone credentials exported</source>
        <translation>Credenciales del teléfono exportadas</translation>
    </message>
    <message>
        <source>Phone status changed</source>
        <translation>Estado del teléfono cambiado</translation>
    </message>
    <message>
        <source>Base settings created</source>
        <translation>Configuración base creada</translation>
    </message>
    <message>
        <source>Base settings changed</source>
        <translation>Configuración base modificada</translation>
    </message>
    <message>
        <source>Base settings deleted</source>
        <translation>Configuración base eliminada</translation>
    </message>
    <message>
        <source>Site created</source>
        <translation>Sitio creado</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Sitio modificado</translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation>Sitio eliminado</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Usuario eliminado</translation>
    </message>
    <message>
        <source>Removed from the provisioning quarantine</source>
        <translation>Quitado de la cuarentena de aprovisionamiento</translation>
    </message>
    <message>
        <source>Team database set up</source>
        <translation>Base de datos del equipo configurada</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Miembro del equipo añadido</translation>
    </message>
    <message>
        <source>Team member removed</source>
        <translation>Miembro del equipo quitado</translation>
    </message>
    <message>
        <source>Team member&apos;s password changed</source>
        <translation>Contraseña de un miembro del equipo cambiada</translation>
    </message>
    <message>
        <source>Team member&apos;s role changed</source>
        <translation>Rol de un miembro del equipo cambiado</translation>
    </message>
    <message>
        <source>Team member&apos;s sites changed</source>
        <translation>Sitios de un miembro del equipo cambiados</translation>
    </message>
    <message>
        <source>Firmware added to the library</source>
        <translation>Firmware añadido a la biblioteca</translation>
    </message>
    <message>
        <source>Firmware removed from the library</source>
        <translation>Firmware quitado de la biblioteca</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::BaseSettingsEditor</name>
    <message>
        <source>Edit Base Settings</source>
        <translation>Editar configuración base</translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation>Nueva configuración base</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot;</source>
        <translation>Modelo desconocido «%1»</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Range %1–%2%3.</source>
        <translation>Rango %1–%2%3.</translation>
    </message>
    <message>
        <source>, even</source>
        <translation>, par</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Valor predeterminado: %1.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation>nombre=valor, uno por línea</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>https:// or http:// address</source>
        <translation>Dirección https:// o http://</translation>
    </message>
    <message>
        <source>Base Settings Changed Meanwhile</source>
        <translation>Configuración base modificada mientras tanto</translation>
    </message>
    <message>
        <source>Default: none (empty).</source>
        <translation>Predeterminado: ninguno (vacío).</translation>
    </message>
    <message>
        <source>Opus</source>
        <translation>Opus</translation>
    </message>
    <message>
        <source>G.711 µ-law (PCMU)</source>
        <translation>G.711 ley µ (PCMU)</translation>
    </message>
    <message>
        <source>G.711 A-law (PCMA)</source>
        <translation>G.711 ley A (PCMA)</translation>
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
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; were changed%2 while you were editing them.</source>
        <translation>La configuración base «%1» se modificó%2 mientras usted la editaba.</translation>
    </message>
    <message>
        <source>None (keep what the phones run)</source>
        <translation>Ninguno (conservar lo que ejecutan los teléfonos)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the firmware library)</source>
        <translation>%1 (no está en la biblioteca de firmware)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CheckedFile</name>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>No se puede hacer que %1 sea legible solo por su propietario: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not open.</source>
        <translation>No se puede escribir %1: no está abierto.</translation>
    </message>
    <message>
        <source>Could not write to standard output: the disk is full. What was written is incomplete; free some space and try again.</source>
        <translation>No se pudo escribir en la salida estándar: el disco está lleno. Lo escrito está incompleto; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1. What was written is incomplete.</source>
        <translation>No se pudo escribir en la salida estándar: %1. Lo escrito está incompleto.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. The file was not saved; free some space and try again.</source>
        <translation>No se pudo escribir %1: el disco está lleno. El archivo no se guardó; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was not saved.</source>
        <translation>No se pudo escribir %1: %2. El archivo no se guardó.</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>solo %1 de %2 bytes llegaron al disco</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Cli</name>
    <message>
        <source>phonedesk-cli: cannot open %1: %2</source>
        <translation>phonedesk-cli: no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: unexpected argument &quot;%1&quot;.</source>
        <translation>phonedesk-cli: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>progress: %1 %2/%3</source>
        <translation>progreso: %1 %2/%3</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>El archivo CSV que se va a importar.</translation>
    </message>
    <message>
        <source>create (default): only new phones; upsert-hardware-id or upsert-name: update the phone with the same hardware ID / name, create the others.</source>
        <translation>create (predeterminado): solo teléfonos nuevos; upsert-hardware-id o upsert-name: actualizar el teléfono con el mismo ID de hardware / nombre y crear los demás.</translation>
    </message>
    <message>
        <source>Check the file; save nothing.</source>
        <translation>Comprobar el archivo; no guardar nada.</translation>
    </message>
    <message>
        <source>Save the valid rows and skip the others (default: save nothing if any row is invalid).</source>
        <translation>Guardar las filas válidas y omitir las demás (predeterminado: no guardar nada si alguna fila no es válida).</translation>
    </message>
    <message>
        <source>Write every problem to FILE as CSV.</source>
        <translation>Escribir cada problema en FILE como CSV.</translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Informar del progreso en stderr aunque no sea un terminal.</translation>
    </message>
    <message>
        <source>phonedesk-cli: phones import needs the CSV file to import.</source>
        <translation>phonedesk-cli: phones import necesita el archivo CSV que se va a importar.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown mode &quot;%1&quot; (create, upsert-hardware-id, upsert-name).</source>
        <translation>phonedesk-cli: modo desconocido «%1» (create, upsert-hardware-id, upsert-name).</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 cannot be imported; nothing was saved.</source>
        <translation>phonedesk-cli: %1 no se puede importar; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 to create, %3 to update, %4 rejected.</source>
        <translation>%1 filas comprobadas: %2 para crear, %3 para actualizar, %4 rechazadas.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Simulación: no se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the rows above, or use --skip-invalid to import the valid ones.</source>
        <translation>No se guardó nada: corrija las filas anteriores o use --skip-invalid para importar las válidas.</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importados: %1 creados, %2 actualizados, %3 omitidos.</translation>
    </message>
    <message>
        <source>Where to write the CSV (default or &quot;-&quot;: stdout).</source>
        <translation>Dónde escribir el CSV (predeterminado o «-»: stdout).</translation>
    </message>
    <message>
        <source>Name or hardware ID contains TEXT.</source>
        <translation>El nombre o el ID de hardware contiene TEXT.</translation>
    </message>
    <message>
        <source>Only phones at site NAME.</source>
        <translation>Solo los teléfonos del sitio NAME.</translation>
    </message>
    <message>
        <source>managed, unmanaged, webrtc or remote.</source>
        <translation>managed, unmanaged, webrtc o remote.</translation>
    </message>
    <message>
        <source>comma (default) or semicolon.</source>
        <translation>comma (predeterminado) o semicolon.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 BOM (for spreadsheets).</source>
        <translation>Comenzar el archivo con una BOM UTF-8 (para hojas de cálculo).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown delimiter &quot;%1&quot; (comma or semicolon).</source>
        <translation>phonedesk-cli: delimitador desconocido «%1» (comma o semicolon).</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no site named &quot;%1&quot;.</source>
        <translation>phonedesk-cli: no hay ningún sitio llamado «%1».</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown category &quot;%1&quot;.</source>
        <translation>phonedesk-cli: categoría desconocida «%1».</translation>
    </message>
    <message>
        <source>Exported %1 phones to %2.</source>
        <translation>Se exportaron %1 teléfonos a %2.</translation>
    </message>
    <message>
        <source>Import phones from CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]</source>
        <translation>Importar teléfonos desde CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]</translation>
    </message>
    <message>
        <source>Only phones using base settings NAME.</source>
        <translation>Solo los teléfonos que usan la configuración base NAME.</translation>
    </message>
    <message>
        <source>Only phones with STATUS (online, degraded, offline, unknown, restarting, not-monitored; comma-separated).</source>
        <translation>Solo los teléfonos con el estado STATUS (online, degraded, offline, unknown, restarting, not-monitored; separados por comas).</translation>
    </message>
    <message>
        <source>Model id, e.g. poly-vvx-450.</source>
        <translation>ID del modelo, p. ej. poly-vvx-450.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown status &quot;%1&quot;.</source>
        <translation>phonedesk-cli: estado desconocido «%1».</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown model &quot;%1&quot;.</source>
        <translation>phonedesk-cli: modelo desconocido «%1».</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, csv, json).</source>
        <translation>phonedesk-cli: formato desconocido «%1» (table, csv, json).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>ID de hardware</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n teléfono</numerusform>
            <numerusform>%n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Teléfonos: %1</translation>
    </message>
    <message>
        <source>Number of managed phones.</source>
        <translation>Número de teléfonos gestionados.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --managed needs a number between 0 and 1000000.</source>
        <translation>phonedesk-cli: --managed necesita un número entre 0 y 1000000.</translation>
    </message>
    <message>
        <source>Created %1 sites, %2 users, %3 base settings and %4 phones.</source>
        <translation>Se crearon %1 sitios, %2 usuarios, %3 configuraciones base y %4 teléfonos.</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo organisation</source>
        <translation>Llenar una base de datos vacía con una organización de demostración</translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]</source>
        <translation>Uso: phonedesk-cli [--database URL] [--role ROLE] [--actor NAME] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>       phonedesk-cli --version | --help</source>
        <translation>       phonedesk-cli --version | --help</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>  --database URL   sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD); default: the console&apos;s embedded database</source>
        <translation>  --database URL   sqlite:/path/file.sqlite o postgresql://user@host:port/db (contraseña de PGPASSWORD); predeterminado: la base de datos integrada de la consola</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some items rejected, 2 usage or file error, 3 failure.</source>
        <translation>Códigos de salida: 0 éxito, 1 algunos elementos rechazados, 2 error de uso o de archivo, 3 fallo.</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs a value.</source>
        <translation>phonedesk-cli: %1 necesita un valor.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator).</source>
        <translation>phonedesk-cli: rol desconocido «%1» (viewer, operator, editor, administrator).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown option %1 (see --help).</source>
        <translation>phonedesk-cli: opción desconocida %1 (consulte --help).</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown command &quot;%1&quot; (see --help).</source>
        <translation>phonedesk-cli: comando desconocido «%1» (consulte --help).</translation>
    </message>
    <message>
        <source>%1: the phone no longer exists.</source>
        <translation>%1: el teléfono ya no existe.</translation>
    </message>
    <message>
        <source>%1: the model of its base settings is not in the catalog.</source>
        <translation>%1: el modelo de su configuración base no está en el catálogo.</translation>
    </message>
    <message>
        <source>%1: the %2 is not provisioned by PhoneDesk.</source>
        <translation>%1: PhoneDesk no aprovisiona el %2.</translation>
    </message>
    <message>
        <source>%1: no line is assigned (give the phone a user or a line key with an extension).</source>
        <translation>%1: no hay ninguna línea asignada (asigne al teléfono un usuario o una tecla de línea con una extensión).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Write to FILE (readable by its owner only) instead of stdout; &quot;-&quot; is stdout.</source>
        <translation>Escribir en FILE (legible solo por su propietario) en lugar de en stdout; «-» es stdout.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (csv, json).</source>
        <translation>phonedesk-cli: formato desconocido «%1» (csv, json).</translation>
    </message>
    <message>
        <source>phonedesk-cli: --output &quot;%1&quot; is a folder; name a file.</source>
        <translation>phonedesk-cli: --output «%1» es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <source>export SIP credentials</source>
        <translation>exportar credenciales SIP</translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation>reiniciar teléfonos</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>cerrar la sesión de teléfonos</translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation>resincronizar teléfonos</translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation>comprobar el estado de los teléfonos</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: %2 of %3 phones done</source>
        <translation>%1: %2 de %3 teléfonos terminados</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The phone with database ID N; repeat for more phones.</source>
        <translation>El teléfono con el ID de base de datos N; repetir para más teléfonos.</translation>
    </message>
    <message>
        <source>The phone with hardware ID MAC (any notation); repeat for more phones.</source>
        <translation>El teléfono con el ID de hardware MAC (cualquier notación); repetir para más teléfonos.</translation>
    </message>
    <message>
        <source>Every phone (instead of naming or filtering them).</source>
        <translation>Todos los teléfonos (en lugar de indicarlos o filtrarlos).</translation>
    </message>
    <message>
        <source>Go ahead when more than one phone is selected (restart and logout ask for it).</source>
        <translation>Continuar cuando hay más de un teléfono seleccionado (restart y logout lo piden).</translation>
    </message>
    <message>
        <source>Give up after SECONDS (default 300); phones not finished by then are reported as cancelled.</source>
        <translation>Abandonar tras SECONDS (predeterminado 300); los teléfonos que no hayan terminado para entonces se notifican como cancelados.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --timeout needs a number of seconds between 1 and %1, not &quot;%2&quot;.</source>
        <translation>phonedesk-cli: --timeout necesita un número de segundos entre 1 y %1, no «%2».</translation>
    </message>
    <message>
        <source>phonedesk-cli: --id needs a phone&apos;s database ID (a number), not &quot;%1&quot;.</source>
        <translation>phonedesk-cli: --id necesita el ID de base de datos de un teléfono (un número), no «%1».</translation>
    </message>
    <message>
        <source>phonedesk-cli: --hardware-id needs a MAC address.</source>
        <translation>phonedesk-cli: --hardware-id necesita una dirección MAC.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --%1 is empty; name what to select.</source>
        <translation>phonedesk-cli: --%1 está vacío; indique qué se debe seleccionar.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --all cannot be combined with --id, --hardware-id or the filter options.</source>
        <translation>phonedesk-cli: --all no se puede combinar con --id, --hardware-id ni con las opciones de filtro.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1.</source>
        <translation>phonedesk-cli: no hay ningún teléfono con el ID %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1.</source>
        <translation>phonedesk-cli: no hay ningún teléfono con el ID de hardware %1.</translation>
    </message>
    <message>
        <source>phonedesk-cli: no phone matches the selection; nothing was done.</source>
        <translation>phonedesk-cli: ningún teléfono coincide con la selección; no se hizo nada.</translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would restart %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli: esto reiniciaría %n teléfono. Añada --yes para continuar (phones list con las mismas opciones lo muestra).</numerusform>
            <numerusform>phonedesk-cli: esto reiniciaría %n teléfonos. Añada --yes para continuar (phones list con las mismas opciones los muestra).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phonedesk-cli: this would log out %n phone(s). Add --yes to go ahead (phones list with the same options shows them).</source>
        <translation>
            <numerusform>phonedesk-cli: esto cerraría la sesión de %n teléfono. Añada --yes para continuar (phones list con las mismas opciones lo muestra).</numerusform>
            <numerusform>phonedesk-cli: esto cerraría la sesión de %n teléfonos. Añada --yes para continuar (phones list con las mismas opciones los muestra).</numerusform>
        </translation>
    </message>
    <message>
        <source>phonedesk-cli: the status of the restarted phones could not be probed in time; the next status poll updates it.</source>
        <translation>phonedesk-cli: no se pudo sondear a tiempo el estado de los teléfonos reiniciados; el próximo sondeo de estado lo actualizará.</translation>
    </message>
    <message>
        <source>not finished within %1 s</source>
        <translation>no terminó en %1 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded, %4 failed, %5 cancelled.</source>
        <translation>%1: %2 de %3 correctos, %4 con error, %5 cancelados.</translation>
    </message>
    <message>
        <source>Restart phones and wait until they are back: --id/--hardware-id and/or the filter options, --yes for more than one phone</source>
        <translation>Reiniciar teléfonos y esperar a que vuelvan: --id/--hardware-id y/o las opciones de filtro, --yes para más de un teléfono</translation>
    </message>
    <message>
        <source>Remove the user from phones and make them fetch their configuration (--yes for more than one phone)</source>
        <translation>Quitar el usuario de los teléfonos y hacer que obtengan su configuración (--yes para más de un teléfono)</translation>
    </message>
    <message>
        <source>Make phones fetch their configuration now</source>
        <translation>Hacer que los teléfonos obtengan su configuración ahora</translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2).</source>
        <translation>Líneas SIP exportadas: %1 (teléfonos: %2).</translation>
    </message>
    <message>
        <source>SIP lines exported: %1 (phones: %2), to %3.</source>
        <translation>Líneas SIP exportadas: %1 (teléfonos: %2), a %3.</translation>
    </message>
    <message>
        <source>WebRTC or Remote phones skipped (they have no SIP lines): %1.</source>
        <translation>Teléfonos WebRTC o remotos omitidos (no tienen líneas SIP): %1.</translation>
    </message>
    <message>
        <source>Phones that could not be exported (see above): %1.</source>
        <translation>Teléfonos que no se pudieron exportar (consulte más arriba): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown phone(s) wait in the provisioning quarantine.</source>
        <translation>
            <numerusform>%n teléfono desconocido espera en la cuarentena de aprovisionamiento.</numerusform>
            <numerusform>%n teléfonos desconocidos esperan en la cuarentena de aprovisionamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only phones whose last fetched configuration is out of date.</source>
        <translation>Solo los teléfonos cuya última configuración descargada está desactualizada.</translation>
    </message>
    <message>
        <source>phonedesk-cli: %1 needs the phones to act on: name them with --id or --hardware-id, select them with --name, --site, --base-settings, --status, --category, --model or --pending, or use --all.</source>
        <translation>phonedesk-cli: %1 necesita los teléfonos sobre los que actuar: indíquelos con --id o --hardware-id, selecciónelos con --name, --site, --base-settings, --status, --category, --model o --pending, o use --all.</translation>
    </message>
    <message>
        <source>phonedesk-cli: --actor is ignored: the activity log of %1 records your database login, %2.</source>
        <translation>phonedesk-cli: se ignora --actor: el registro de actividad de %1 anota su cuenta de la base de datos, %2.</translation>
    </message>
    <message>
        <source>phonedesk-cli: your role in %2 is %1 (login %3); --role %4 refused: --role may only lower your role.</source>
        <translation>phonedesk-cli: su rol en %2 es %1 (cuenta %3); se rechazó --role %4: --role solo puede rebajar su rol.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>[global options]</source>
        <translation>[opciones globales]</translation>
    </message>
    <message>
        <source>Global options (--database, --role, --actor) come before the command; see phonedesk-cli --help.</source>
        <translation>Las opciones globales (--database, --role, --actor) van antes del comando; consulte phonedesk-cli --help.</translation>
    </message>
    <message>
        <source>With --format csv, write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula.</source>
        <translation>Con --format csv, escribir cada celda tal cual, sin el &apos; delante de las celdas que una hoja de cálculo ejecutaría como fórmula.</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with ID %1 at your sites (%2).</source>
        <translation>phonedesk-cli: no hay ningún teléfono con el ID %1 en sus sitios (%2).</translation>
    </message>
    <message>
        <source>phonedesk-cli: there is no phone with hardware ID %1 at your sites (%2).</source>
        <translation>phonedesk-cli: no hay ningún teléfono con el ID de hardware %1 en sus sitios (%2).</translation>
    </message>
    <message>
        <source>Export the SIP line credentials for the registrar (administrators): [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output FILE] [--raw]</source>
        <translation>Exportar las credenciales de las líneas SIP para el registrador (administradores): [--name/--site/--base-settings/--status/--category/--model] [--format csv|json] [--output FILE] [--raw]</translation>
    </message>
    <message>
        <source>phonedesk-cli: the report was not written: %1</source>
        <translation>phonedesk-cli: no se escribió el informe: %1</translation>
    </message>
    <message>
        <source>Write every cell as it is, without the &apos; before cells a spreadsheet would run as a formula (= + - @ first): for programs, not spreadsheets.</source>
        <translation>Escribir cada celda tal cual, sin el &apos; delante de las celdas que una hoja de cálculo ejecutaría como fórmula (= + - @ al principio): para programas, no para hojas de cálculo.</translation>
    </message>
    <message>
        <source>Export phones to CSV: [FILE] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</source>
        <translation>Exportar teléfonos a CSV: [FILE] [--name/--site/--base-settings/--status/--category/--model] [--delimiter] [--bom] [--raw]</translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot check %1: %2</source>
        <translation>phonedesk-cli: no se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>Check that the database is intact (SQLite: PRAGMA integrity_check); exit code 3 when it is damaged</source>
        <translation>Comprobar que la base de datos está intacta (SQLite: PRAGMA integrity_check); código de salida 3 si está dañada</translation>
    </message>
    <message>
        <source>List phones, filtered by --name, --site, --base-settings, --status, --category, --model; --format table|csv|json [--raw]</source>
        <translation>Listar teléfonos, filtrados por --name, --site, --base-settings, --status, --category, --model; --format table|csv|json [--raw]</translation>
    </message>
    <message>
        <source>Show the database, its schema version and size, and check that it is intact</source>
        <translation>Mostrar la base de datos, su versión de esquema y su tamaño, y comprobar que está intacta</translation>
    </message>
    <message>
        <source>PostgreSQL, database owner with CREATEROLE: create the team&apos;s roles and grant each its privileges (idempotent)</source>
        <translation>PostgreSQL, propietario de la base de datos con CREATEROLE: crear los roles del equipo y conceder a cada uno sus privilegios (idempotente)</translation>
    </message>
    <message>
        <source>List the team&apos;s members, roles and sites (administrators): [--format table|csv|json]</source>
        <translation>Listar los miembros, roles y sitios del equipo (administradores): [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Add a member (administrators): LOGIN --role ROLE [--site NAME]... [--password-file FILE | --no-password]</source>
        <translation>Añadir un miembro (administradores): LOGIN --role ROLE [--site NAME]... [--password-file FILE | --no-password]</translation>
    </message>
    <message>
        <source>Remove a member from the team (administrators): LOGIN</source>
        <translation>Quitar un miembro del equipo (administradores): LOGIN</translation>
    </message>
    <message>
        <source>Change a member&apos;s role (administrators): LOGIN ROLE</source>
        <translation>Cambiar el rol de un miembro (administradores): LOGIN ROLE</translation>
    </message>
    <message>
        <source>Limit a member to sites (administrators): LOGIN --site NAME... | --all-sites</source>
        <translation>Limitar un miembro a sitios (administradores): LOGIN --site NAME... | --all-sites</translation>
    </message>
    <message>
        <source>Change a member&apos;s password (administrators): LOGIN [--password-file FILE | --no-password]</source>
        <translation>Cambiar la contraseña de un miembro (administradores): LOGIN [--password-file FILE | --no-password]</translation>
    </message>
    <message>
        <source>  --role ROLE      viewer, operator, editor or administrator (embedded database: default administrator; PostgreSQL: your role in the database, which --role may only lower)</source>
        <translation>  --role ROLE      viewer, operator, editor o administrator (base de datos integrada: predeterminado administrator; PostgreSQL: su rol en la base de datos, que --role solo puede rebajar)</translation>
    </message>
    <message>
        <source>  --actor NAME     name recorded in the audit log of the embedded database (default: the login name; PostgreSQL records your database login)</source>
        <translation>  --actor NAME     nombre anotado en el registro de auditoría de la base de datos integrada (predeterminado: el nombre de inicio de sesión; PostgreSQL anota su cuenta de la base de datos)</translation>
    </message>
    <message>
        <source>phonedesk-cli: cannot read the password file &quot;%1&quot;: %2</source>
        <translation>phonedesk-cli: no se puede leer el archivo de contraseña «%1»: %2</translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: the password file &quot;%1&quot; is readable by other users.</source>
        <translation>phonedesk-cli: advertencia: otros usuarios pueden leer el archivo de contraseña «%1».</translation>
    </message>
    <message>
        <source>phonedesk-cli: give the password of %1 with --password-file FILE (&quot;-&quot; for standard input), or --no-password; it is never taken from the command line.</source>
        <translation>phonedesk-cli: indique la contraseña de %1 con --password-file FILE («-» para la entrada estándar) o --no-password; nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Password for %1 again: </source>
        <translation>Contraseña de %1, otra vez: </translation>
    </message>
    <message>
        <source>phonedesk-cli: the passwords differ; nothing was changed.</source>
        <translation>phonedesk-cli: las contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown role &quot;%1&quot; (viewer, operator, editor, administrator, server).</source>
        <translation>phonedesk-cli: rol desconocido «%1» (viewer, operator, editor, administrator, server).</translation>
    </message>
    <message>
        <source>%1: PostgreSQL role %2%3</source>
        <translation>%1: rol de PostgreSQL %2%3</translation>
    </message>
    <message>
        <source> (created)</source>
        <translation> (creado)</translation>
    </message>
    <message>
        <source>phonedesk-cli: warning: %1</source>
        <translation>phonedesk-cli: advertencia: %1</translation>
    </message>
    <message>
        <source>Team mode is set up in %1: every role has exactly its privileges. Add people with phonedesk-cli team add LOGIN --role ROLE.</source>
        <translation>El modo de equipo está configurado en %1: cada rol tiene exactamente sus privilegios. Añada personas con phonedesk-cli team add LOGIN --role ROLE.</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los sitios</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>viewer, operator, editor, administrator or server (required).</source>
        <translation>viewer, operator, editor, administrator o server (obligatorio).</translation>
    </message>
    <message>
        <source>Limit a viewer, operator or editor to site NAME (repeatable; default: every site).</source>
        <translation>Limitar un lector, operador o editor al sitio NAME (repetible; predeterminado: todos los sitios).</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (&quot;-&quot;: standard input) instead of the terminal.</source>
        <translation>Leer la contraseña de la primera línea de FILE («-»: entrada estándar) en lugar del terminal.</translation>
    </message>
    <message>
        <source>Give the login no password: it signs in with a certificate or peer authentication.</source>
        <translation>No dar contraseña a la cuenta: inicia sesión con un certificado o con autenticación peer.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs the login name: team add LOGIN --role ROLE.</source>
        <translation>phonedesk-cli: team add necesita el nombre de la cuenta: team add LOGIN --role ROLE.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team add needs --role (viewer, operator, editor, administrator, server).</source>
        <translation>phonedesk-cli: team add necesita --role (viewer, operator, editor, administrator, server).</translation>
    </message>
    <message>
        <source>phonedesk-cli: --password-file and --no-password exclude each other.</source>
        <translation>phonedesk-cli: --password-file y --no-password se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation>gestionar el equipo</translation>
    </message>
    <message>
        <source>Login %1 created and added to the team as %2.</source>
        <translation>Cuenta %1 creada y añadida al equipo como %2.</translation>
    </message>
    <message>
        <source>Login %1 added to the team as %2.</source>
        <translation>Cuenta %1 añadida al equipo como %2.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team remove needs the login name: team remove LOGIN.</source>
        <translation>phonedesk-cli: team remove necesita el nombre de la cuenta: team remove LOGIN.</translation>
    </message>
    <message>
        <source>%1 was removed from the team and the login was dropped.</source>
        <translation>Se quitó a %1 del equipo y se eliminó la cuenta.</translation>
    </message>
    <message>
        <source>%1 was removed from the team; the login stays (it was not made for this team or is used elsewhere) without access to this database.</source>
        <translation>Se quitó a %1 del equipo; la cuenta se mantiene (no se creó para este equipo o se usa en otro lugar) sin acceso a esta base de datos.</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-role needs the login and the role: team set-role LOGIN ROLE.</source>
        <translation>phonedesk-cli: team set-role necesita la cuenta y el rol: team set-role LOGIN ROLE.</translation>
    </message>
    <message>
        <source>%1 now has the %2 role.</source>
        <translation>%1 tiene ahora el rol %2.</translation>
    </message>
    <message>
        <source>A site the member may touch (repeatable).</source>
        <translation>Un sitio al que el miembro tiene acceso (repetible).</translation>
    </message>
    <message>
        <source>Every site (no limit).</source>
        <translation>Todos los sitios (sin límite).</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-sites needs the login and either --site NAME (repeatable) or --all-sites.</source>
        <translation>phonedesk-cli: team set-sites necesita la cuenta y --site NAME (repetible) o --all-sites.</translation>
    </message>
    <message>
        <source>%1 may now touch the phones of: %2.</source>
        <translation>%1 tiene ahora acceso a los teléfonos de: %2.</translation>
    </message>
    <message>
        <source>%1 may now touch the phones of every site.</source>
        <translation>%1 tiene ahora acceso a los teléfonos de todos los sitios.</translation>
    </message>
    <message>
        <source>Remove the password (certificate or peer authentication only).</source>
        <translation>Quitar la contraseña (solo certificado o autenticación peer).</translation>
    </message>
    <message>
        <source>phonedesk-cli: team set-password needs the login name.</source>
        <translation>phonedesk-cli: team set-password necesita el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>The password of %1 was removed.</source>
        <translation>Se quitó la contraseña de %1.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Se cambió la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1: %2 online, %3 degraded, %4 offline, %5 not checked, %6 cancelled.</source>
        <translation>%1: %2 en línea, %3 degradados, %4 sin conexión, %5 sin comprobar, %6 cancelados.</translation>
    </message>
    <message>
        <source>Probe phones now; fails for phones that do not answer (degraded phones answered; phones with nothing to probe are not checked)</source>
        <translation>Sondear los teléfonos ahora; falla para los teléfonos que no responden (los degradados respondieron; los que no tienen nada que sondear no se comprueban)</translation>
    </message>
    <message>
        <source>Add a firmware image (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) to the library</source>
        <translation>Añadir una imagen de firmware (Poly .zip/.sip.ld, Yealink .rom, AudioCodes .img) a la biblioteca</translation>
    </message>
    <message>
        <source>List the firmware library with models and the phones running each image</source>
        <translation>Listar la biblioteca de firmware con los modelos y los teléfonos que ejecutan cada imagen</translation>
    </message>
    <message>
        <source>Remove a firmware image no base settings use</source>
        <translation>Quitar una imagen de firmware que no use ninguna configuración base</translation>
    </message>
    <message>
        <source>poly, yealink or audiocodes (default: from the file&apos;s extension).</source>
        <translation>poly, yealink o audiocodes (predeterminado: según la extensión del archivo).</translation>
    </message>
    <message>
        <source>The firmware version, when the file name does not give it.</source>
        <translation>La versión del firmware, cuando el nombre del archivo no la indica.</translation>
    </message>
    <message>
        <source>Comma-separated model ids (yealink-t46u) or families (poly-vvx) the image is for (default: the models the file name lists).</source>
        <translation>Identificadores de modelo (yealink-t46u) o familias (poly-vvx) a los que se destina la imagen, separados por comas (predeterminado: los modelos que indica el nombre del archivo).</translation>
    </message>
    <message>
        <source>The firmware file (.zip, .sip.ld, .rom, .img).</source>
        <translation>El archivo de firmware (.zip, .sip.ld, .rom, .img).</translation>
    </message>
    <message>
        <source>phonedesk-cli: name the firmware file: phonedesk-cli firmware add FILE</source>
        <translation>phonedesk-cli: indique el archivo de firmware: phonedesk-cli firmware add ARCHIVO</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown vendor &quot;%1&quot; (poly, yealink, audiocodes).</source>
        <translation>phonedesk-cli: fabricante desconocido «%1» (poly, yealink, audiocodes).</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Added firmware #%1: %2 %3 for %4 (%5, %6 bytes, SHA-256 %7).</source>
        <translation>Se añadió el firmware n.º %1: %2 %3 para %4 (%5, %6 bytes, SHA-256 %7).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (predeterminado) o json.</translation>
    </message>
    <message>
        <source>phonedesk-cli: unknown format &quot;%1&quot; (table, json).</source>
        <translation>phonedesk-cli: formato desconocido «%1» (table, json).</translation>
    </message>
    <message>
        <source>The firmware library is empty: add an image with phonedesk-cli firmware add FILE.</source>
        <translation>La biblioteca de firmware está vacía: añada una imagen con phonedesk-cli firmware add ARCHIVO.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation>Teléfonos que la usan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The image&apos;s ID (phonedesk-cli firmware list).</source>
        <translation>El identificador de la imagen (phonedesk-cli firmware list).</translation>
    </message>
    <message>
        <source>phonedesk-cli: name the image by its ID: phonedesk-cli firmware remove ID</source>
        <translation>phonedesk-cli: indique la imagen por su identificador: phonedesk-cli firmware remove ID</translation>
    </message>
    <message>
        <source>Removed firmware #%1 (%2).</source>
        <translation>Se quitó el firmware n.º %1 (%2).</translation>
    </message>
    <message>
        <source>Usage: phonedesk-cli [global options] %1 COMMAND [ARGS]</source>
        <translation>Uso: phonedesk-cli [opciones globales] %1 COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Each command answers --help with its own options: %1</source>
        <translation>Cada comando muestra sus propias opciones con --help: %1</translation>
    </message>
    <message>
        <source>The base settings whose phones move (ID or name).</source>
        <translation>La configuración base cuyos teléfonos se mueven (ID o nombre).</translation>
    </message>
    <message>
        <source>The target firmware version (in the firmware library).</source>
        <translation>La versión de firmware de destino (en la biblioteca de firmware).</translation>
    </message>
    <message>
        <source>Only the phones at these sites (IDs or names, comma-separated).</source>
        <translation>Solo los teléfonos de estos sitios (ID o nombres, separados por comas).</translation>
    </message>
    <message>
        <source>Only this share of the phones, 1-100.</source>
        <translation>Solo este porcentaje de los teléfonos, 1-100.</translation>
    </message>
    <message>
        <source>Only these phones (IDs, comma-separated).</source>
        <translation>Solo estos teléfonos (ID, separados por comas).</translation>
    </message>
    <message>
        <source>Phones updating at once, at most (default 10).</source>
        <translation>Teléfonos que se actualizan a la vez, como máximo (predeterminado 10).</translation>
    </message>
    <message>
        <source>Give turns only between these times, server time (22:00-06:00).</source>
        <translation>Dar turno solo entre estas horas, en hora del servidor (22:00-06:00).</translation>
    </message>
    <message>
        <source>Minutes a phone may take to come back on the target (default 60).</source>
        <translation>Minutos que puede tardar un teléfono en volver con la versión de destino (predeterminado 60).</translation>
    </message>
    <message>
        <source>Paused rollout #%1.</source>
        <translation>Se pausó el despliegue n.º %1.</translation>
    </message>
    <message>
        <source>Resumed rollout #%1.</source>
        <translation>Se reanudó el despliegue n.º %1.</translation>
    </message>
    <message>
        <source>Start moving the phones of a base settings profile to a firmware version</source>
        <translation>Empezar a mover los teléfonos de un perfil de configuración base a una versión de firmware</translation>
    </message>
    <message>
        <source>List firmware rollouts with their progress</source>
        <translation>Listar los despliegues de firmware con su progreso</translation>
    </message>
    <message>
        <source>Show a rollout and where each phone stands</source>
        <translation>Mostrar un despliegue y en qué punto está cada teléfono</translation>
    </message>
    <message>
        <source>Pause a rollout: no phone gets its turn</source>
        <translation>Pausar un despliegue: ningún teléfono recibe su turno</translation>
    </message>
    <message>
        <source>Resume a paused rollout</source>
        <translation>Reanudar un despliegue en pausa</translation>
    </message>
    <message>
        <source>Stop a rollout and move the phones it moved back to the earlier version</source>
        <translation>Detener un despliegue y devolver los teléfonos que movió a la versión anterior</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Configuración base</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>A la vez</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>--base-settings: there are no base settings &quot;%1&quot; (an ID or a name).</source>
        <translation>--base-settings: no hay configuración base «%1» (un ID o un nombre).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>Choose one of --sites, --percent and --phones.</source>
        <translation>Elija una sola de las opciones --sites, --percent y --phones.</translation>
    </message>
    <message>
        <source>--sites: there is no site &quot;%1&quot;.</source>
        <translation>--sites: no hay ningún sitio «%1».</translation>
    </message>
    <message>
        <source>--phones: &quot;%1&quot; is not a phone ID.</source>
        <translation>--phones: «%1» no es un ID de teléfono.</translation>
    </message>
    <message>
        <source>name the base settings and the version: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</source>
        <translation>indique la configuración base y la versión: phonedesk-cli rollout start --base-settings PROFILE --version VERSION</translation>
    </message>
    <message>
        <source>Started rollout #%1: %2 phones of &quot;%3&quot; to %4, %5 at once.</source>
        <translation>Despliegue n.º %1 iniciado: %2 teléfonos de «%3» a %4, %5 a la vez.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (table, json).</source>
        <translation>formato desconocido «%1» (table, json).</translation>
    </message>
    <message>
        <source>No firmware rollouts: start one with phonedesk-cli rollout start.</source>
        <translation>No hay despliegues de firmware: inicie uno con phonedesk-cli rollout start.</translation>
    </message>
    <message>
        <source>The rollout&apos;s ID (phonedesk-cli rollout list).</source>
        <translation>El ID del despliegue (phonedesk-cli rollout list).</translation>
    </message>
    <message>
        <source>name the rollout by its ID: phonedesk-cli %1 ID</source>
        <translation>indique el despliegue por su ID: phonedesk-cli %1 ID</translation>
    </message>
    <message>
        <source>there is no firmware rollout #%1.</source>
        <translation>no existe el despliegue de firmware n.º %1.</translation>
    </message>
    <message>
        <source>Phone ID</source>
        <translation>ID del teléfono</translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Stopped rollout #%1 before any phone moved; &quot;%2&quot; names %3 again.</source>
        <translation>Despliegue n.º %1 detenido antes de que cambiara ningún teléfono; «%2» vuelve a indicar %3.</translation>
    </message>
    <message>
        <source>Rolling back rollout #%1: rollout #%2 moves %3 phones back to %4.</source>
        <translation>Revirtiendo el despliegue n.º %1: el despliegue n.º %2 devuelve %3 teléfonos a %4.</translation>
    </message>
    <message>
        <source>Its phone applications, each phone asks for its own: %1.</source>
        <translation>Sus aplicaciones de teléfono, cada teléfono pide la suya: %1.</translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation>%1 (no se guardó ninguna aplicación: añada el paquete de nuevo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n aplicación)</numerusform>
            <numerusform>%1 (%n aplicaciones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandExecutor</name>
    <message>
        <source>Cannot listen for phone commands: %1</source>
        <translation>No se pueden escuchar los comandos de teléfonos: %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comando desconocido %1</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>El teléfono ya no existe.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandQueue</name>
    <message>
        <source>looking for a running phonedesk-server</source>
        <translation>búsqueda de un phonedesk-server en ejecución</translation>
    </message>
    <message>
        <source>queueing the command</source>
        <translation>puesta en cola del comando</translation>
    </message>
    <message>
        <source>reading the command&apos;s results</source>
        <translation>lectura de los resultados del comando</translation>
    </message>
    <message>
        <source>cancelling the command</source>
        <translation>cancelación del comando</translation>
    </message>
    <message>
        <source>announcing this phonedesk-server</source>
        <translation>anuncio de este phonedesk-server</translation>
    </message>
    <message>
        <source>taking over this server&apos;s commands</source>
        <translation>toma de los comandos de este servidor</translation>
    </message>
    <message>
        <source>taking back the commands of a stopped server</source>
        <translation>recuperación de los comandos de un servidor detenido</translation>
    </message>
    <message>
        <source>claiming queued commands</source>
        <translation>reclamación de los comandos en cola</translation>
    </message>
    <message>
        <source>recording the command&apos;s results</source>
        <translation>registro de los resultados del comando</translation>
    </message>
    <message>
        <source>reading cancelled commands</source>
        <translation>lectura de los comandos cancelados</translation>
    </message>
    <message>
        <source>cancelling queued commands</source>
        <translation>cancelación de los comandos en cola</translation>
    </message>
    <message>
        <source>finishing commands</source>
        <translation>finalización de los comandos</translation>
    </message>
    <message>
        <source>looking for the commands of a stopped server</source>
        <translation>búsqueda de los comandos de un servidor detenido</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CommandRunner</name>
    <message>
        <source>this model cannot be restarted remotely</source>
        <translation>este modelo no se puede reiniciar de forma remota</translation>
    </message>
    <message>
        <source>REST safeRestart accepted</source>
        <translation>safeRestart REST aceptado</translation>
    </message>
    <message>
        <source>REST API not used (no admin password or pinned certificate for this phone); sent SIP NOTIFY</source>
        <translation>API REST no usada (no hay contraseña de administrador ni certificado anclado para este teléfono); se envió SIP NOTIFY</translation>
    </message>
    <message>
        <source>no network address on record: the phone cannot be reached</source>
        <translation>no hay dirección de red registrada: no se puede contactar con el teléfono</translation>
    </message>
    <message>
        <source>phone accepted the restart (%1)</source>
        <translation>el teléfono aceptó el reinicio (%1)</translation>
    </message>
    <message>
        <source>phone accepted the resync (%1)</source>
        <translation>el teléfono aceptó la resincronización (%1)</translation>
    </message>
    <message>
        <source>phone refused: %1</source>
        <translation>el teléfono lo rechazó: %1</translation>
    </message>
    <message>
        <source>phone did not answer (%1)</source>
        <translation>el teléfono no respondió (%1)</translation>
    </message>
    <message>
        <source>back: re-fetched its configuration after %1 s</source>
        <translation>de vuelta: volvió a obtener su configuración después de %1 s</translation>
    </message>
    <message>
        <source>did not come back within %1 s</source>
        <translation>no volvió en %1 s</translation>
    </message>
    <message>
        <source>did not restart within %1 s (it kept answering)</source>
        <translation>no se reinició en %1 s (siguió respondiendo)</translation>
    </message>
    <message>
        <source>back: answers again after %1 s</source>
        <translation>de vuelta: responde de nuevo después de %1 s</translation>
    </message>
    <message>
        <source>cancelled; the phone may still carry out the command</source>
        <translation>cancelado; es posible que el teléfono aún ejecute el comando</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation>%1: dirección de documentación, no contactada</translation>
    </message>
    <message>
        <source>; give it an admin password and trust its web certificate (Phones → Trust Phone Web Certificate…) to restart it over its REST API</source>
        <translation>; asígnele una contraseña de administrador y confíe en su certificado web (Teléfonos → Confiar en el certificado web del teléfono…) para reiniciarlo mediante su API REST</translation>
    </message>
    <message>
        <source>re-read its configuration but did not restart: this model restarts on a SIP NOTIFY only when its configuration changed</source>
        <translation>volvió a leer su configuración pero no se reinició: este modelo solo se reinicia con un NOTIFY SIP cuando su configuración cambió</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigPreviewWidget</name>
    <message>
        <source>This phone is not provisioned by PhoneDesk. Enter these settings on the device:</source>
        <translation>PhoneDesk no aprovisiona este teléfono. Introduzca estos ajustes en el dispositivo:</translation>
    </message>
    <message>
        <source>SIP registration</source>
        <translation>Registro SIP</translation>
    </message>
    <message>
        <source>&amp;Show Passwords</source>
        <translation>&amp;Mostrar contraseñas</translation>
    </message>
    <message>
        <source>Administrators only: show the passwords in these files</source>
        <translation>Solo administradores: mostrar las contraseñas de estos archivos</translation>
    </message>
    <message>
        <source>Passwords are hidden; Show Passwords reveals them. Do not share them.</source>
        <translation>Las contraseñas están ocultas; Mostrar contraseñas las revela. No las comparta.</translation>
    </message>
    <message>
        <source>Passwords are hidden; only administrators can see them.</source>
        <translation>Las contraseñas están ocultas; solo los administradores pueden verlas.</translation>
    </message>
    <message>
        <source>These are the exact files the provisioning server gives this phone.</source>
        <translation>Estos son los archivos exactos que el servidor de aprovisionamiento entrega a este teléfono.</translation>
    </message>
    <message>
        <source>&amp;Hide Passwords</source>
        <translation>&amp;Ocultar contraseñas</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConfigRenderer</name>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>  User name / extension: %1</source>
        <translation>  Nombre de usuario / extensión: %1</translation>
    </message>
    <message>
        <source>  Authentication ID: %1</source>
        <translation>  ID de autenticación: %1</translation>
    </message>
    <message>
        <source>  Password: %1</source>
        <translation>  Contraseña: %1</translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation>  Nombre para mostrar: %1</translation>
    </message>
    <message>
        <source>  Registrar (primary): %1</source>
        <translation>  Registrador (principal): %1</translation>
    </message>
    <message>
        <source>  Registrar (secondary): %1</source>
        <translation>  Registrador (secundario): %1</translation>
    </message>
    <message>
        <source>No line is assigned: give the phone a user or a line key with an extension first.</source>
        <translation>No hay ninguna línea asignada: primero asigne al teléfono un usuario o una tecla de línea con una extensión.</translation>
    </message>
    <message>
        <source>RTP events (RFC 4733), payload type %1</source>
        <translation>Eventos RTP (RFC 4733), tipo de carga útil %1</translation>
    </message>
    <message>
        <source>in-band audio</source>
        <translation>audio en banda</translation>
    </message>
    <message>
        <source>DTMF: %1</source>
        <translation>DTMF: %1</translation>
    </message>
    <message>
        <source>Codecs, in order: %1</source>
        <translation>Códecs, por orden: %1</translation>
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
        <translation>El modelo «%1» de la configuración base «%2» no está en el catálogo.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no MAC address yet, so it cannot fetch a configuration.</source>
        <translation>El teléfono «%1» aún no tiene dirección MAC, por lo que no puede obtener una configuración.</translation>
    </message>
    <message>
        <source>The %1 is not provisioned by PhoneDesk.</source>
        <translation>PhoneDesk no aprovisiona el %1.</translation>
    </message>
    <message>
        <source>%1 phones are not provisioned: there is no file to show.</source>
        <translation>Los teléfonos de la categoría «%1» no se aprovisionan: no hay ningún archivo que mostrar.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Conectar a una base de datos</translation>
    </message>
    <message>
        <source>SQLite file (this computer only)</source>
        <translation>Archivo SQLite (solo este equipo)</translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation>Servidor PostgreSQL (trabajo en equipo)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Recordar la contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>PhoneDesk opens the chosen database the next time the window opens; it never writes the password to its settings file.</source>
        <translation>PhoneDesk abre la base de datos elegida la próxima vez que se abre la ventana; nunca escribe la contraseña en su archivo de configuración.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>SQLite Database</source>
        <translation>Base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File: choose where the SQLite database is.</source>
        <translation>Archivo: elija dónde está la base de datos SQLite.</translation>
    </message>
    <message>
        <source>Host: enter the server&apos;s host name or IP address.</source>
        <translation>Host: introduzca el nombre de host o la dirección IP del servidor.</translation>
    </message>
    <message>
        <source>Database: enter the database name.</source>
        <translation>Base de datos: introduzca el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>User: enter the database user.</source>
        <translation>Usuario: introduzca el usuario de la base de datos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign In to the Team Database</source>
        <translation>Iniciar sesión en la base de datos del equipo</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionSpec</name>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation>La URL de SQLite no indica ningún archivo.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL needs a host and a database: postgresql://user@host:5432/phonedesk</source>
        <translation>Una URL de PostgreSQL necesita un host y una base de datos: postgresql://user@host:5432/phonedesk</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address; use sqlite:/path/file.sqlite or postgresql://user@host:5432/database.</source>
        <translation>«%1» no es una dirección de base de datos; use sqlite:/path/file.sqlite o postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 no es ninguno de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL URL is not a host or host:port.</source>
        <translation>«%1» en la URL de PostgreSQL no es un host ni host:port.</translation>
    </message>
    <message>
        <source>target_session_attrs=%1 is not one of %2.</source>
        <translation>target_session_attrs=%1 no es uno de %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL parameter &quot;%1&quot; is not supported (sslmode, sslrootcert and target_session_attrs are).</source>
        <translation>El parámetro «%1» de la URL de PostgreSQL no se admite (sslmode, sslrootcert y target_session_attrs sí).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::CredentialStore</name>
    <message>
        <source>The password could not be saved in the system keychain (%1). It is kept in memory for this session only.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema (%1). Se conserva en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No saved password could be read from the system keychain (%1).</source>
        <translation>No se pudo leer ninguna contraseña guardada del llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Csv</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (with or without BOM).</source>
        <translation>el archivo es texto UTF-16; guárdelo como UTF-8 (con o sin BOM).</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes), not CSV text.</source>
        <translation>el archivo contiene datos binarios (bytes NUL), no texto CSV.</translation>
    </message>
    <message>
        <source>a quoted field is not closed: the quote that opens it has no closing quote.</source>
        <translation>un campo entre comillas no está cerrado: la comilla que lo abre no tiene comilla de cierre.</translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes.</source>
        <translation>el campo supera los %1 bytes.</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation>texto inesperado después de la comilla de cierre de un campo entre comillas; dentro de las comillas, escriba una comilla como dos comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation>una comilla dentro de un campo sin comillas; ponga todo el campo entre comillas y escriba la comilla como dos comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the row has more than %1 columns; a phone row has far fewer.</source>
        <translation>la fila tiene más de %1 columnas; una fila de teléfono tiene muchas menos.</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8 text.</source>
        <translation>UTF-8 no válido (byte 0x%1); guarde el archivo como texto UTF-8.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControl</name>
    <message>
        <source>restart in progress</source>
        <translation>reinicio en curso</translation>
    </message>
    <message>
        <source>WebRTC phones have no SIP probe path</source>
        <translation>los teléfonos WebRTC no tienen ruta de sondeo SIP</translation>
    </message>
    <message>
        <source>remote phones are not probed</source>
        <translation>los teléfonos remotos no se sondean</translation>
    </message>
    <message>
        <source>no network address and no provisioning fetch yet</source>
        <translation>sin dirección de red y aún sin obtención de configuración</translation>
    </message>
    <message>
        <source>the network address cannot be probed</source>
        <translation>no se puede sondear la dirección de red</translation>
    </message>
    <message>
        <source>Could not save phone status: %1</source>
        <translation>No se pudo guardar el estado del teléfono: %1</translation>
    </message>
    <message>
        <source>user association removed</source>
        <translation>asociación con el usuario eliminada</translation>
    </message>
    <message>
        <source>user association removed; the phone has no address to resync, it picks up the change at its next configuration fetch</source>
        <translation>asociación con el usuario eliminada; el teléfono no tiene dirección para resincronizarlo, aplicará el cambio en su próxima obtención de configuración</translation>
    </message>
    <message>
        <source>check phone status</source>
        <translation>comprobar el estado de los teléfonos</translation>
    </message>
    <message>
        <source>restart phones</source>
        <translation>reiniciar teléfonos</translation>
    </message>
    <message>
        <source>resync phones</source>
        <translation>resincronizar teléfonos</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>cerrar la sesión de teléfonos</translation>
    </message>
    <message>
        <source>A certificate pin is a SHA-256 digest of 32 bytes.</source>
        <translation>Un anclaje de certificado es un resumen SHA-256 de 32 bytes.</translation>
    </message>
    <message>
        <source>Could not write the audit log: %1</source>
        <translation>No se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>pin a phone&apos;s web certificate</source>
        <translation>anclar el certificado web de un teléfono</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>El teléfono ya no existe.</translation>
    </message>
    <message>
        <source>%1 has no network address to reach.</source>
        <translation>%1 no tiene ninguna dirección de red en la que contactarlo.</translation>
    </message>
    <message>
        <source>the phone has no address to probe</source>
        <translation>el teléfono no tiene ninguna dirección que sondear</translation>
    </message>
    <message numerus="yes">
        <source>send commands to %n of the chosen phones</source>
        <translation>
            <numerusform>enviar comandos a %n de los teléfonos elegidos</numerusform>
            <numerusform>enviar comandos a %n de los teléfonos elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No phonedesk-server is running for this database; the command was not sent.</source>
        <translation>No hay ningún phonedesk-server en ejecución para esta base de datos; no se envió el comando.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>another phonedesk-server sharing the database probes this phone</source>
        <translation>otro phonedesk-server que comparte la base de datos sondea este teléfono</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::DeviceControlSettings</name>
    <message>
        <source>SIP bind address (%1): &quot;%2&quot; is not a unicast IP address of this machine; leave it empty for every address.</source>
        <translation>Dirección de enlace SIP (%1): «%2» no es una dirección IP unicast de este equipo; déjela vacía para todas las direcciones.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Error</name>
    <message numerus="yes">
        <source>%n problem(s) must be corrected.</source>
        <translation>
            <numerusform>Hay que corregir %n problema.</numerusform>
            <numerusform>Hay que corregir %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Export</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Error al escribir la exportación: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ExportAction</name>
    <message>
        <source>Export phones</source>
        <translation>Exportar teléfonos</translation>
    </message>
    <message>
        <source>The phones were not exported.

%1</source>
        <translation>Los teléfonos no se exportaron.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n phone(s) to CSV</source>
        <translation>
            <numerusform>Exportar %n teléfono a CSV</numerusform>
            <numerusform>Exportar %n teléfonos a CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Firmware</name>
    <message>
        <source>the version &quot;%1&quot; is not a firmware version: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64), e.g. 6.4.3.5156</source>
        <translation>la versión «%1» no es una versión de firmware: use letras, dígitos y . - _ (64 como máximo), p. ej. 6.4.3.5156</translation>
    </message>
    <message>
        <source>it is not a zip archive (%1)</source>
        <translation>no es un archivo ZIP (%1)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>no end of central directory record</source>
        <translation>falta el registro de fin del directorio central</translation>
    </message>
    <message>
        <source>ZIP64 sizes without a ZIP64 end record locator</source>
        <translation>tamaños ZIP64 sin localizador del registro de fin ZIP64</translation>
    </message>
    <message>
        <source>no ZIP64 end of central directory record</source>
        <translation>falta el registro ZIP64 de fin del directorio central</translation>
    </message>
    <message>
        <source>an archive split over several files</source>
        <translation>un archivo ZIP dividido en varias partes</translation>
    </message>
    <message>
        <source>it does not start with a local file header</source>
        <translation>no empieza con un encabezado de archivo local</translation>
    </message>
    <message>
        <source>a central directory PhoneDesk does not read</source>
        <translation>un directorio central que PhoneDesk no admite</translation>
    </message>
    <message>
        <source>a damaged central directory</source>
        <translation>un directorio central dañado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is an HTML or XML document (a web page saved instead of the download?), not firmware</source>
        <translation>es un documento HTML o XML (¿una página web guardada en lugar de la descarga?), no firmware</translation>
    </message>
    <message>
        <source>it is a PDF document (release notes?), not firmware</source>
        <translation>es un documento PDF (¿notas de la versión?), no firmware</translation>
    </message>
    <message>
        <source>it is a zip archive: unpack it and add the firmware file inside</source>
        <translation>es un archivo ZIP: descomprímalo y añada el archivo de firmware que contiene</translation>
    </message>
    <message>
        <source>it is a text file, not firmware</source>
        <translation>es un archivo de texto, no firmware</translation>
    </message>
    <message>
        <source>this is no Poly UC Software package: %1</source>
        <translation>no es un paquete de Poly UC Software: %1</translation>
    </message>
    <message>
        <source>this zip archive is no Poly UC Software package: it holds no phone application (sip.ld or &lt;part number&gt;.sip.ld)</source>
        <translation>este archivo ZIP no es un paquete de Poly UC Software: no contiene ninguna aplicación de teléfono (sip.ld o &lt;número de pieza&gt;.sip.ld)</translation>
    </message>
    <message>
        <source>PhoneDesk cannot tell whose firmware this is: Poly software comes as .zip packages and .sip.ld files, Yealink&apos;s as .rom, AudioCodes&apos; as .img (or name the vendor with --vendor)</source>
        <translation>PhoneDesk no puede determinar de qué fabricante es este firmware: el software de Poly se distribuye como paquetes .zip y archivos .sip.ld, el de Yealink como .rom y el de AudioCodes como .img (o indique el fabricante con --vendor)</translation>
    </message>
    <message>
        <source>a .zip package or a .ld application file</source>
        <translation>un paquete .zip o un archivo de aplicación .ld</translation>
    </message>
    <message>
        <source>a .rom file</source>
        <translation>un archivo .rom</translation>
    </message>
    <message>
        <source>an .img file</source>
        <translation>un archivo .img</translation>
    </message>
    <message>
        <source>this is not %1 firmware: %1 firmware is %2</source>
        <translation>esto no es firmware de %1: el firmware de %1 es %2</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>this is not a Poly phone application: those are named sip.ld or &lt;part number&gt;.sip.ld (bootrom and updater files are not phone software)</source>
        <translation>esto no es una aplicación de teléfono de Poly: estas se llaman sip.ld o &lt;número de pieza&gt;.sip.ld (los archivos bootrom y updater no son software de teléfono)</translation>
    </message>
    <message>
        <source>there is no model or model family &quot;%1&quot; in PhoneDesk&apos;s catalog</source>
        <translation>el catálogo de PhoneDesk no contiene ningún modelo ni familia de modelos «%1»</translation>
    </message>
    <message>
        <source>its name does not say which models it is for: name them with --models (model ids such as poly-vvx-450, or a family such as poly-vvx)</source>
        <translation>su nombre no indica para qué modelos es: indíquelos con --models (ID de modelo como poly-vvx-450 o una familia como poly-vvx)</translation>
    </message>
    <message>
        <source>it is for %1, and PhoneDesk&apos;s catalog has none of these models</source>
        <translation>es para %1 y el catálogo de PhoneDesk no contiene ninguno de estos modelos</translation>
    </message>
    <message>
        <source>%1 is not a model of %2; this is %2 firmware</source>
        <translation>%1 no es un modelo de %2; este firmware es de %2</translation>
    </message>
    <message>
        <source>it does not fit the %1: it is firmware for %2</source>
        <translation>no es adecuado para el %1: es firmware para %2</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged (%2)</source>
        <translation>%1 en el archivo está dañado (%2)</translation>
    </message>
    <message>
        <source>%1 in the archive is encrypted; PhoneDesk reads only unencrypted packages</source>
        <translation>%1 en el archivo está cifrado; PhoneDesk solo lee paquetes sin cifrar</translation>
    </message>
    <message>
        <source>%1 in the archive is compressed with method %2; PhoneDesk reads stored and deflated members</source>
        <translation>%1 en el archivo está comprimido con el método %2; PhoneDesk lee miembros almacenados y comprimidos con Deflate</translation>
    </message>
    <message>
        <source>no local file header where the directory says</source>
        <translation>no hay cabecera de archivo local donde indica el directorio</translation>
    </message>
    <message>
        <source>its data does not fit in the file</source>
        <translation>sus datos no caben en el archivo</translation>
    </message>
    <message>
        <source>more bytes than the directory says</source>
        <translation>más bytes de los que indica el directorio</translation>
    </message>
    <message>
        <source>the decompressor cannot start</source>
        <translation>el descompresor no puede iniciarse</translation>
    </message>
    <message>
        <source>its compressed data ends early</source>
        <translation>sus datos comprimidos terminan antes de tiempo</translation>
    </message>
    <message>
        <source>its compressed data cannot be read: %1</source>
        <translation>sus datos comprimidos no se pueden leer: %1</translation>
    </message>
    <message>
        <source>its compressed data cannot be read</source>
        <translation>sus datos comprimidos no se pueden leer</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 bytes en lugar de %2</translation>
    </message>
    <message>
        <source>its CRC-32 does not match</source>
        <translation>su CRC-32 no coincide</translation>
    </message>
    <message>
        <source>this package holds two applications named %1; PhoneDesk serves a phone its file by name and cannot tell which one is meant</source>
        <translation>este paquete contiene dos aplicaciones llamadas %1; PhoneDesk entrega a un teléfono su archivo por nombre y no puede saber cuál se quiere</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareCache</name>
    <message>
        <source>The firmware cache folder &quot;%1&quot; cannot be created.</source>
        <translation>No se puede crear la carpeta de caché de firmware «%1».</translation>
    </message>
    <message>
        <source>the image was removed from the library</source>
        <translation>la imagen se quitó de la biblioteca</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>the bytes read from the database do not have the image&apos;s SHA-256</source>
        <translation>los bytes leídos de la base de datos no coinciden con el SHA-256 de la imagen</translation>
    </message>
    <message>
        <source>cannot rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>no se puede cambiar el nombre de «%1» a «%2»</translation>
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
        <translation>Las imágenes de firmware se guardan en la base de datos, de modo que todos los servidores PhoneDesk del equipo tienen los mismos archivos. Cada archivo se guarda una sola vez; no se puede quitar una imagen cuya versión figure como versión de firmware en alguna configuración base.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Phones on it</source>
        <translation>Teléfonos que la usan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>V&amp;endor:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>From the file name, when it says</source>
        <translation>Del nombre del archivo, si la indica</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modelos:</translation>
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation>Añadir a la &amp;biblioteca</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>Del nombre del archivo</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Add Firmware</source>
        <translation>Añadir firmware</translation>
    </message>
    <message>
        <source>Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;All files (*)</source>
        <translation>Firmware (*.zip *.ld *.rom *.img);;Poly UC Software (*.zip *.ld);;Yealink (*.rom);;AudioCodes (*.img);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and storing %1…</source>
        <translation>Comprobando y guardando %1…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Remove Firmware</source>
        <translation>Quitar firmware</translation>
    </message>
    <message>
        <source>Remove %1 %2 (%3) from the firmware library?</source>
        <translation>¿Quitar %1 %2 (%3) de la biblioteca de firmware?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>%1 (no applications kept: add the package again)</source>
        <translation>%1 (no se guardó ninguna aplicación: añada el paquete de nuevo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n aplicación)</numerusform>
            <numerusform>%1 (%n aplicaciones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::FirmwareRepository</name>
    <message>
        <source>reading the firmware library</source>
        <translation>lectura de la biblioteca de firmware</translation>
    </message>
    <message>
        <source>There is no firmware image #%1.</source>
        <translation>No existe la imagen de firmware #%1.</translation>
    </message>
    <message>
        <source>Firmware image %1 has %2 bytes; bytes from %3 cannot be read.</source>
        <translation>La imagen de firmware %1 tiene %2 bytes; no se pueden leer bytes a partir de %3.</translation>
    </message>
    <message>
        <source>reading firmware image %1</source>
        <translation>lectura de la imagen de firmware %1</translation>
    </message>
    <message>
        <source>Firmware image %1 is damaged: chunk %2 has %3 bytes instead of %4. Remove the image and add the file again.</source>
        <translation>La imagen de firmware %1 está dañada: el bloque %2 tiene %3 bytes en lugar de %4. Quite la imagen y vuelva a añadir el archivo.</translation>
    </message>
    <message>
        <source>recording firmware downloads</source>
        <translation>registro de las descargas de firmware</translation>
    </message>
    <message>
        <source>reading firmware downloads</source>
        <translation>lectura de las descargas de firmware</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1: its name says version %2, not %3; leave the version out or check the file.</source>
        <translation>%1: su nombre indica la versión %2, no la %3; omita la versión o compruebe el archivo.</translation>
    </message>
    <message>
        <source>%1: its name does not say which version it is: give the version (--version).</source>
        <translation>%1: su nombre no indica qué versión es: indique la versión (--version).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1 is already in the firmware library as %2, added by %3 on %4; it is kept once.</source>
        <translation>%1 ya está en la biblioteca de firmware como %2, añadido por %3 el %4; cada archivo se guarda una sola vez.</translation>
    </message>
    <message>
        <source>adding %1 to the firmware library</source>
        <translation>adición de %1 a la biblioteca de firmware</translation>
    </message>
    <message>
        <source>%1 changed while it was being added (is it still being copied?); nothing was kept. Add it again once it is complete.</source>
        <translation>%1 cambió mientras se añadía (¿todavía se está copiando?); no se guardó nada. Vuelva a añadirlo cuando esté completo.</translation>
    </message>
    <message>
        <source>add firmware</source>
        <translation>añadir firmware</translation>
    </message>
    <message>
        <source>Firmware image #%1 was removed meanwhile.</source>
        <translation>La imagen de firmware #%1 se quitó mientras tanto.</translation>
    </message>
    <message>
        <source>reading the base settings</source>
        <translation>lectura de las configuraciones base</translation>
    </message>
    <message>
        <source>remove firmware</source>
        <translation>quitar firmware</translation>
    </message>
    <message>
        <source>Firmware image %1 is in use: the base settings %2 set firmware version %3. Change their firmware version first.</source>
        <translation>La imagen de firmware %1 está en uso: la versión de firmware %3 está definida en la configuración base %2. Cambie primero esa versión de firmware.</translation>
    </message>
    <message>
        <source>removing firmware image %1</source>
        <translation>eliminación de la imagen de firmware %1</translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware</source>
        <translation>lectura del firmware de los teléfonos</translation>
    </message>
    <message>
        <source>#%1 (%2 %3, %4)</source>
        <translation>#%1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation>error al leer el archivo: %1</translation>
    </message>
    <message>
        <source>Adding the firmware was cancelled; nothing was kept.</source>
        <translation>Se canceló la adición del firmware; no se guardó nada.</translation>
    </message>
    <message>
        <source>Firmware image %1 is a package: its applications are kept and served, not the package itself.</source>
        <translation>La imagen de firmware %1 es un paquete: se guardan y entregan sus aplicaciones, no el paquete en sí.</translation>
    </message>
    <message>
        <source>adding %1 from %2 to the firmware library</source>
        <translation>añadiendo %1 de %2 a la biblioteca de firmware</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Firmware image %1 is part of the package %2: remove the package instead.</source>
        <translation>La imagen de firmware %1 forma parte del paquete %2: elimine el paquete en su lugar.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Import</name>
    <message>
        <source>Nothing to import: read a file first.</source>
        <translation>Nada que importar: primero lea un archivo.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Línea %1, columna %2 (%3): %4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder.</source>
        <translation>No se puede leer «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: the file is larger than %2 MB; split it into several files.</source>
        <translation>No se puede importar «%1»: el archivo supera los %2 MB; divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be a header row naming the columns, for example name,category,site,base_settings,hardware_id.</source>
        <translation>el archivo está vacío; la primera línea debe ser una fila de encabezado con los nombres de las columnas, por ejemplo name,category,site,base_settings,hardware_id.</translation>
    </message>
    <message>
        <source>the column has no name; it is ignored.</source>
        <translation>la columna no tiene nombre; se ignora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting; see the setting keys in docs/csv-format.md.</source>
        <translation>«%1» no es un ajuste conocido; consulte las claves de ajustes en docs/csv-format.md.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; it is ignored.</source>
        <translation>columna desconocida «%1»; se ignora.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also column %2).</source>
        <translation>la columna «%1» aparece dos veces (también la columna %2).</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing.</source>
        <translation>falta la columna obligatoria «%1».</translation>
    </message>
    <message>
        <source>the file needs a &quot;base_settings&quot; or a &quot;model&quot; column.</source>
        <translation>el archivo necesita una columna «base_settings» o «model».</translation>
    </message>
    <message>
        <source>the required column &quot;hardware_id&quot; is missing (rows are matched by hardware ID).</source>
        <translation>falta la columna obligatoria «hardware_id» (las filas se emparejan por ID de hardware).</translation>
    </message>
    <message>
        <source>the file has a header row but no phones.</source>
        <translation>el archivo tiene una fila de encabezado, pero ningún teléfono.</translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation>lectura de los teléfonos</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns.</source>
        <translation>la fila tiene %1 campos, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>the category is required: managed, unmanaged, webrtc or remote.</source>
        <translation>la categoría es obligatoria: managed, unmanaged, webrtc o remote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category; use managed, unmanaged, webrtc or remote.</source>
        <translation>«%1» no es una categoría; use managed, unmanaged, webrtc o remote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known phone model (use a model id such as poly-vvx-450, or its name such as Poly VVX 450).</source>
        <translation>«%1» no es un modelo de teléfono conocido (use un ID de modelo como poly-vvx-450, o su nombre, como Poly VVX 450).</translation>
    </message>
    <message>
        <source>the base settings &quot;%1&quot; are for the %2, not the %3.</source>
        <translation>la configuración base «%1» es para el %2, no para el %3.</translation>
    </message>
    <message>
        <source>several base settings are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation>varias configuraciones base se llaman «%1» (con distintas mayúsculas y minúsculas); escriba el nombre exactamente.</translation>
    </message>
    <message>
        <source>there are no base settings named &quot;%1&quot;.</source>
        <translation>no hay ninguna configuración base llamada «%1».</translation>
    </message>
    <message>
        <source>there are no base settings for the %1; create a profile first, or name one in the base_settings column.</source>
        <translation>no hay ninguna configuración base para el %1; cree primero un perfil o indique uno en la columna base_settings.</translation>
    </message>
    <message>
        <source>the %1 has %2 base settings profiles (%3); name one in the base_settings column.</source>
        <translation>el %1 tiene %2 perfiles de configuración base (%3); indique uno en la columna base_settings.</translation>
    </message>
    <message>
        <source>base settings are required: name a profile in base_settings, or give the model.</source>
        <translation>la configuración base es obligatoria: indique un perfil en base_settings o el modelo.</translation>
    </message>
    <message>
        <source>the site is required.</source>
        <translation>el sitio es obligatorio.</translation>
    </message>
    <message>
        <source>several sites are called &quot;%1&quot; (differing in case); write the name exactly.</source>
        <translation>varios sitios se llaman «%1» (con distintas mayúsculas y minúsculas); escriba el nombre exactamente.</translation>
    </message>
    <message>
        <source>there is no site named &quot;%1&quot;.</source>
        <translation>no hay ningún sitio llamado «%1».</translation>
    </message>
    <message>
        <source>several users have the email address &quot;%1&quot;.</source>
        <translation>varios usuarios tienen la dirección de correo electrónico «%1».</translation>
    </message>
    <message>
        <source>several users are called &quot;%1&quot;; use the email address.</source>
        <translation>varios usuarios se llaman «%1»; use la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>there is no user with the email address or name &quot;%1&quot;.</source>
        <translation>no hay ningún usuario con la dirección de correo electrónico o el nombre «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>«%1» no es un valor válido para %2.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is also used on line %2.</source>
        <translation>el nombre «%1» también se usa en la línea %2.</translation>
    </message>
    <message>
        <source>the hardware ID %1 is also used on line %2.</source>
        <translation>el ID de hardware %1 también se usa en la línea %2.</translation>
    </message>
    <message>
        <source>a phone named &quot;%1&quot; already exists; import in an update mode to change it.</source>
        <translation>ya existe un teléfono llamado «%1»; importe en un modo de actualización para modificarlo.</translation>
    </message>
    <message>
        <source>the hardware ID %1 already belongs to phone &quot;%2&quot;.</source>
        <translation>el ID de hardware %1 ya pertenece al teléfono «%2».</translation>
    </message>
    <message>
        <source>another phone is already called &quot;%1&quot;.</source>
        <translation>otro teléfono ya se llama «%1».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>the phone to update was deleted meanwhile.</source>
        <translation>el teléfono que se iba a actualizar se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>No se puede importar el archivo: %1</translation>
    </message>
    <message>
        <source>import phones</source>
        <translation>importar teléfonos</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors; nothing was imported.</source>
        <translation>%1 de %2 filas tienen errores; no se importó nada.</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importación CSV</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 rows skipped</source>
        <translation>%1 creados, %2 actualizados, %3 filas omitidas</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ImportWizard</name>
    <message>
        <source>Import Phones from CSV</source>
        <translation>Importar teléfonos desde CSV</translation>
    </message>
    <message>
        <source>Saving phone %1 of %2…</source>
        <translation>Guardando el teléfono %1 de %2…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <source>One phone per row, with a header row naming the columns (see the CSV format in the user guide). UTF-8, comma or semicolon.</source>
        <translation>Un teléfono por fila, con una fila de encabezado que nombra las columnas (consulte el formato CSV en la guía del usuario). UTF-8, coma o punto y coma.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Import phones</source>
        <translation>Importar teléfonos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Create new phones only</source>
        <translation>Crear solo teléfonos nuevos</translation>
    </message>
    <message>
        <source>Update phones with the same hardware ID, create the others</source>
        <translation>Actualizar los teléfonos con el mismo ID de hardware y crear los demás</translation>
    </message>
    <message>
        <source>Update phones with the same name, create the others</source>
        <translation>Actualizar los teléfonos con el mismo nombre y crear los demás</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>How the columns of the file are understood, and its first rows.</source>
        <translation>Cómo se interpretan las columnas del archivo, y sus primeras filas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Every problem with its line and column. Save the report to fix the file.</source>
        <translation>Cada problema con su línea y columna. Guarde el informe para corregir el archivo.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Guardar el informe de problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import &amp;nothing until every row is valid (all or nothing)</source>
        <translation>No importar nada hasta que todas las filas sean válidas (&amp;todo o nada)</translation>
    </message>
    <message>
        <source>S&amp;kip the rows with problems and import the others</source>
        <translation>&amp;Omitir las filas con problemas e importar las demás</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the import; nothing is saved.</source>
        <translation>Detener la importación; no se guarda nada.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y comprobando %1…</translation>
    </message>
    <message>
        <source>(unknown column: ignored)</source>
        <translation>(columna desconocida: se ignora)</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Este archivo no se puede importar:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n fila en el archivo: </numerusform>
            <numerusform>%n filas en el archivo: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 with problems.</source>
        <translation>%1 para crear, %2 para actualizar, %3 con problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems.</source>
        <translation>
            <numerusform>%n fila tiene problemas.</numerusform>
            <numerusform>%n filas tienen problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 problems are shown; the saved report has all %2.</source>
        <translation>Se muestran los primeros %1 problemas; el informe guardado los contiene todos (%2).</translation>
    </message>
    <message>
        <source>Nothing can be imported until they are fixed: save the report, fix the file and import it again, or choose to skip them.</source>
        <translation>No se puede importar nada hasta que se corrijan: guarde el informe, corrija el archivo e impórtelo de nuevo, u opte por omitirlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported.</source>
        <translation>
            <numerusform>Se importará %n fila válida.</numerusform>
            <numerusform>Se importarán %n filas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importados: %1 creados, %2 actualizados, %3 omitidos.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Detenido. No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>No se guardó el informe.

%1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::IntegrityCheck</name>
    <message>
        <source>%1 is intact (checked: %2).</source>
        <translation>%1 está intacta (comprobado: %2).</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>%1 is damaged. Problems found: %2 (checked: %3).</source>
        <translation>%1 está dañada. Problemas encontrados: %2 (comprobado: %3).</translation>
    </message>
    <message>
        <source>The first %1:</source>
        <translation>Los primeros %1:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Stop using it and restore it from a backup (PhoneDesk keeps one next to an SQLite file before each upgrade, as &lt;file&gt;.schemaN.bak).</source>
        <translation>Deje de usarla y restáurela desde una copia de seguridad (PhoneDesk guarda una junto a un archivo SQLite antes de cada actualización, como &lt;file&gt;.schemaN.bak).</translation>
    </message>
    <message>
        <source>every table present and readable to the last row, schema version</source>
        <translation>todas las tablas presentes y legibles hasta la última fila, versión del esquema</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check (every page, index and constraint), every table present, schema version</source>
        <translation>PRAGMA integrity_check (cada página, índice y restricción), todas las tablas presentes, versión del esquema</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>comprobación de la base de datos</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>no se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>schema_version has %1 rows instead of one</source>
        <translation>schema_version tiene %1 filas en lugar de una</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>versión del esquema %1, se esperaba %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::LineKeyNotation</name>
    <message>
        <source>the notation ends with a backslash; write \\ for a backslash.</source>
        <translation>la notación termina con una barra invertida; escriba \\ para una barra invertida.</translation>
    </message>
    <message>
        <source>entry %1 &quot;%2&quot;: %3</source>
        <translation>entrada %1 «%2»: %3</translation>
    </message>
    <message>
        <source>expected position=type, for example 2=blf:1002 Alice.</source>
        <translation>se esperaba posición=tipo, por ejemplo 2=blf:1002 Alice.</translation>
    </message>
    <message>
        <source>the position &quot;%1&quot; is not a key number from 1 to 999.</source>
        <translation>la posición «%1» no es un número de tecla del 1 al 999.</translation>
    </message>
    <message>
        <source>the key type is missing; use line, speed, blf or none.</source>
        <translation>falta el tipo de tecla; use line, speed, blf o none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key type; use line, speed, blf or none.</source>
        <translation>«%1» no es un tipo de tecla; use line, speed, blf o none.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation>Servidor SIP principal</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation>Ubicación E911</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Base Settings</source>
        <translation>&amp;Configuración base</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sitios</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>&amp;Conectar a una base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Add Phone…</source>
        <translation>&amp;Añadir teléfono…</translation>
    </message>
    <message>
        <source>&amp;Edit Phone…</source>
        <translation>&amp;Editar teléfono…</translation>
    </message>
    <message>
        <source>&amp;Delete Phones…</source>
        <translation>E&amp;liminar teléfonos…</translation>
    </message>
    <message>
        <source>&amp;Migrate Base Settings…</source>
        <translation>&amp;Migrar configuración base…</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation>Comprobar e&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Find Phones</source>
        <translation>&amp;Buscar teléfonos</translation>
    </message>
    <message>
        <source>&amp;New Base Settings…</source>
        <translation>&amp;Nueva configuración base…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Base Settings…</source>
        <translation>&amp;Duplicar configuración base…</translation>
    </message>
    <message>
        <source>&amp;Edit Base Settings…</source>
        <translation>&amp;Editar configuración base…</translation>
    </message>
    <message>
        <source>&amp;Delete Base Settings…</source>
        <translation>E&amp;liminar configuración base…</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>Nuevo &amp;sitio…</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>Editar s&amp;itio…</translation>
    </message>
    <message>
        <source>&amp;Delete Site…</source>
        <translation>Eliminar si&amp;tio…</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>Nuevo &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Edit User…</source>
        <translation>Editar usua&amp;rio…</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>Eliminar usuari&amp;o…</translation>
    </message>
    <message>
        <source>Provisioning &amp;Quarantine…</source>
        <translation>&amp;Cuarentena de aprovisionamiento…</translation>
    </message>
    <message>
        <source>Provisioning &amp;Server Settings…</source>
        <translation>Configuración del servidor de a&amp;provisionamiento…</translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation>&amp;Acerca de PhoneDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Gestión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Filter by name or hardware ID (Ctrl+F)</source>
        <translation>Filtrar por nombre o ID de hardware (Ctrl+F)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Configuración base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>%1 phones matching the other filters</source>
        <translation>Teléfonos con estado «%1» que cumplen los demás filtros</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>All base settings</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 phones shown</source>
        <translation>Se muestran %1 de %2 teléfonos</translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n seleccionado</numerusform>
            <numerusform>, %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Phone Details…</source>
        <translation>&amp;Detalles del teléfono…</translation>
    </message>
    <message>
        <source>&amp;View Base Settings…</source>
        <translation>Ver con&amp;figuración base…</translation>
    </message>
    <message>
        <source>&amp;View Site…</source>
        <translation>&amp;Ver sitio…</translation>
    </message>
    <message>
        <source>&amp;View User…</source>
        <translation>Ver usu&amp;ario…</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Not available: no device control is running for this database.</source>
        <translation>No disponible: no hay ningún control de dispositivos en ejecución para esta base de datos.</translation>
    </message>
    <message>
        <source>Not available: this build has no CSV import wizard.</source>
        <translation>No disponible: esta compilación no incluye el asistente de importación CSV.</translation>
    </message>
    <message>
        <source>Show &amp;Activity</source>
        <translation>Mostrar &amp;actividad</translation>
    </message>
    <message>
        <source>Phone Details</source>
        <translation>Detalles del teléfono</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; saved.</source>
        <translation>Teléfono «%1» guardado.</translation>
    </message>
    <message>
        <source>Delete phone &quot;%1&quot;? Its configuration and history stay in the activity log.</source>
        <translation>¿Eliminar el teléfono «%1»? Su configuración y su historial permanecen en el registro de actividad.</translation>
    </message>
    <message>
        <source>Delete Phones</source>
        <translation>Eliminar teléfonos</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) deleted.</source>
        <translation>
            <numerusform>%n teléfono eliminado.</numerusform>
            <numerusform>%n teléfonos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate Base Settings</source>
        <translation>Migrar configuración base</translation>
    </message>
    <message>
        <source>Select phones, or filter the list to the phones to migrate.</source>
        <translation>Seleccione teléfonos o filtre la lista hasta dejar los teléfonos que se van a migrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) migrated.</source>
        <translation>
            <numerusform>%n teléfono migrado.</numerusform>
            <numerusform>%n teléfonos migrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %v of %m</source>
        <translation>%1: %v de %m</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) logged out.</source>
        <translation>
            <numerusform>Se cerró la sesión en %n teléfono.</numerusform>
            <numerusform>Se cerró la sesión en %n teléfonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Check Status</source>
        <translation>Comprobar estado</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV import is not available in this build.</source>
        <translation>La importación CSV no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>Export Selected Phones</source>
        <translation>Exportar los teléfonos seleccionados</translation>
    </message>
    <message>
        <source>Export Phones Shown</source>
        <translation>Exportar los teléfonos mostrados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) exported to %1.</source>
        <translation>
            <numerusform>%n teléfono exportado a %1.</numerusform>
            <numerusform>%n teléfonos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Base Settings</source>
        <translation>Nueva configuración base</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>The profile starts with the model&apos;s defaults.</source>
        <translation>El perfil comienza con los valores predeterminados del modelo.</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; created.</source>
        <translation>Configuración base «%1» creada.</translation>
    </message>
    <message>
        <source>Duplicate Base Settings</source>
        <translation>Duplicar configuración base</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Edit Base Settings</source>
        <translation>Editar configuración base</translation>
    </message>
    <message>
        <source>Delete Base Settings</source>
        <translation>Eliminar configuración base</translation>
    </message>
    <message>
        <source>Delete base settings &quot;%1&quot;?</source>
        <translation>¿Eliminar la configuración base «%1»?</translation>
    </message>
    <message>
        <source>Edit Site</source>
        <translation>Editar sitio</translation>
    </message>
    <message>
        <source>Delete Site</source>
        <translation>Eliminar sitio</translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;?</source>
        <translation>¿Eliminar el sitio «%1»?</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Delete user &quot;%1&quot;?</source>
        <translation>¿Eliminar el usuario «%1»?</translation>
    </message>
    <message>
        <source>Provisioning Quarantine</source>
        <translation>Cuarentena de aprovisionamiento</translation>
    </message>
    <message>
        <source>Provisioning Server Settings</source>
        <translation>Configuración del servidor de aprovisionamiento</translation>
    </message>
    <message>
        <source>About PhoneDesk</source>
        <translation>Acerca de PhoneDesk</translation>
    </message>
    <message>
        <source>PhoneDesk %1

Manages desk phones, softphones and remote phones: base settings per model, sites, users, line keys, zero-touch provisioning and live status.

Qt %2. Database: %3.</source>
        <translation>PhoneDesk %1

Gestiona teléfonos de escritorio, softphones y teléfonos remotos: configuración base por modelo, sitios, usuarios, teclas de línea, aprovisionamiento sin intervención y estado en tiempo real.

Qt %2. Base de datos: %3.</translation>
    </message>
    <message>
        <source>Trust Phone &amp;Web Certificate…</source>
        <translation>Confiar en el certificado &amp;web del teléfono…</translation>
    </message>
    <message>
        <source>Connecting to the web server of %1…</source>
        <translation>Conectando con el servidor web de %1…</translation>
    </message>
    <message>
        <source>Trust Phone Web Certificate</source>
        <translation>Confiar en el certificado web del teléfono</translation>
    </message>
    <message>
        <source>%1 presents this certificate:

Subject: %2
Valid until: %3
SHA-256: %4

</source>
        <translation>%1 presenta este certificado:

Asunto: %2
Válido hasta: %3
SHA-256: %4

</translation>
    </message>
    <message>
        <source>It is already trusted for this phone.</source>
        <translation>Ya se confía en él para este teléfono.</translation>
    </message>
    <message>
        <source>A DIFFERENT certificate is trusted for this phone now. If the phone was not replaced or reset, someone may be impersonating it.

</source>
        <translation>Ahora se confía en un certificado DISTINTO para este teléfono. Si el teléfono no se ha sustituido ni restablecido, puede que alguien se esté haciendo pasar por él.

</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your web browser shows for the phone&apos;s web interface (https:// and its address) before trusting it: Restart then sends the phone&apos;s admin password to the server presenting this certificate, and to no other.

Trust it?</source>
        <translation>Compare la huella digital con la que muestra su navegador web para la interfaz web del teléfono (https:// y su dirección) antes de confiar en el certificado: a partir de entonces, «Reiniciar» envía la contraseña de administrador del teléfono al servidor que presenta este certificado, y a ningún otro.

¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>The web certificate of %1 is trusted.</source>
        <translation>Ahora se confía en el certificado web de %1.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Clear Fil&amp;ters</source>
        <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Provisioning: %1</source>
        <translation>Aprovisionamiento: %1</translation>
    </message>
    <message>
        <source>The provisioning server runs in this console and serves phones at %1.</source>
        <translation>El servidor de aprovisionamiento se ejecuta en esta consola y atiende a los teléfonos en %1.</translation>
    </message>
    <message>
        <source>Provisioning: not running</source>
        <translation>Aprovisionamiento: detenido</translation>
    </message>
    <message>
        <source>Configuration pending could not be worked out: %1</source>
        <translation>No se pudieron determinar las configuraciones pendientes: %1</translation>
    </message>
    <message>
        <source>&amp;Team Members…</source>
        <translation>&amp;Miembros del equipo…</translation>
    </message>
    <message>
        <source>The embedded database of this desk: the role was chosen with --role.</source>
        <translation>La base de datos integrada de este puesto: el rol se eligió con --role.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (servidor)</translation>
    </message>
    <message>
        <source>Signed in as %1: %2 for %3</source>
        <translation>Sesión iniciada como %1: %2 para %3</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>ningún sitio</translation>
    </message>
    <message>
        <source>Signed in as %1: %2, all sites</source>
        <translation>Sesión iniciada como %1: %2, todos los sitios</translation>
    </message>
    <message>
        <source>You own this database: every right, no site limit.</source>
        <translation>Es el propietario de esta base de datos: todos los derechos, sin límite de sitios.</translation>
    </message>
    <message>
        <source>The database gives %1 the %2 role.</source>
        <translation>La base de datos da a %1 el rol %2.</translation>
    </message>
    <message>
        <source>This console acts as %1 (lowered with --role).</source>
        <translation>Esta consola actúa como %1 (rebajado con --role).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phones: %1? Their history stays in the activity log.</source>
        <translation>
            <numerusform>¿Eliminar %n teléfono: %1? Su historial permanece en el registro de actividad.</numerusform>
            <numerusform>¿Eliminar %n teléfonos: %1? Su historial permanece en el registro de actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Log out phone &quot;%1&quot;? Its user is removed from it.</source>
        <translation>¿Cerrar la sesión del teléfono «%1»? Se le quita su usuario.</translation>
    </message>
    <message numerus="yes">
        <source>Log out %n phones: %1? Their users are removed from them.</source>
        <translation>
            <numerusform>¿Cerrar la sesión de %n teléfono: %1? Se le quita su usuario.</numerusform>
            <numerusform>¿Cerrar la sesión de %n teléfonos: %1? Se les quitan sus usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart phone &quot;%1&quot;? A call in progress on it is dropped.</source>
        <translation>¿Reiniciar el teléfono «%1»? Se corta la llamada en curso en él.</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n phones: %1? Calls in progress on them are dropped.</source>
        <translation>
            <numerusform>¿Reiniciar %n teléfono: %1? Se corta la llamada en curso en él.</numerusform>
            <numerusform>¿Reiniciar %n teléfonos: %1? Se cortan las llamadas en curso en ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search base settings by name, model or description</source>
        <translation>Buscar configuraciones base por nombre, modelo o descripción</translation>
    </message>
    <message>
        <source>Search sites by name, server, time zone or location</source>
        <translation>Buscar sitios por nombre, servidor, zona horaria o ubicación</translation>
    </message>
    <message>
        <source>Search users by name, email or extension</source>
        <translation>Buscar usuarios por nombre, correo electrónico o extensión</translation>
    </message>
    <message>
        <source>Database connection lost — reconnecting…</source>
        <translation>Conexión con la base de datos perdida — reconectando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The connection to the database was lost (%1). PhoneDesk reconnects by itself; open forms keep your changes.</source>
        <translation>Se perdió la conexión con la base de datos (%1). PhoneDesk se reconecta por sí solo; los formularios abiertos conservan sus cambios.</translation>
    </message>
    <message>
        <source>The database connection is back (after %1 s).</source>
        <translation>La conexión con la base de datos se ha restablecido (después de %1 s).</translation>
    </message>
    <message>
        <source>Set S&amp;ite…</source>
        <translation>Asignar s&amp;itio…</translation>
    </message>
    <message>
        <source>Set &amp;User…</source>
        <translation>Asignar &amp;usuario…</translation>
    </message>
    <message>
        <source>Open Phone &amp;Web Page</source>
        <translation>Abrir página &amp;web del teléfono</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Configuration pending</source>
        <translation>Configuración pendiente</translation>
    </message>
    <message>
        <source>Phones whose configuration changed since they last fetched it, as &quot;phonedesk-cli phones list --pending&quot; lists them</source>
        <translation>Teléfonos cuya configuración cambió desde la última vez que la obtuvieron, tal como los lista &quot;phonedesk-cli phones list --pending&quot;</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Select a phone to see its details.</source>
        <translation>Seleccione un teléfono para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n phones selected.</source>
        <translation>
            <numerusform>%n teléfono seleccionado.</numerusform>
            <numerusform>%n teléfonos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Set Site</source>
        <translation>Asignar sitio</translation>
    </message>
    <message>
        <source>Set User</source>
        <translation>Asignar usuario</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s): %1</source>
        <translation>
            <numerusform>%n teléfono: %1</numerusform>
            <numerusform>%n teléfonos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Sin usuario</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Set S&amp;ite</source>
        <translation>Asignar s&amp;itio</translation>
    </message>
    <message>
        <source>Set &amp;User</source>
        <translation>Asignar &amp;usuario</translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Sitio «%1» asignado a %n teléfono.</numerusform>
            <numerusform>Sitio «%1» asignado a %n teléfonos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; set for %n phone(s).</source>
        <translation>
            <numerusform>Usuario «%1» asignado a %n teléfono.</numerusform>
            <numerusform>Usuario «%1» asignado a %n teléfonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; saved.</source>
        <translation>Configuración base «%1» guardada.</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>No program could open %1. Open it in a web browser or text editor.</source>
        <translation>Ningún programa pudo abrir %1. Ábralo en un navegador web o un editor de texto.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Clear the filter box (in it)</source>
        <translation>Vaciar el cuadro de filtro (dentro de él)</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>Ir a una pestaña</translation>
    </message>
    <message>
        <source>Alt + the tab&apos;s underlined letter</source>
        <translation>Alt + la letra subrayada de la pestaña</translation>
    </message>
    <message>
        <source>Open Phone Web Page</source>
        <translation>Abrir página web del teléfono</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Ningún navegador web pudo abrir %1.</translation>
    </message>
    <message>
        <source>&amp;Firmware…</source>
        <translation>&amp;Firmware…</translation>
    </message>
    <message>
        <source>Firmware R&amp;ollouts…</source>
        <translation>Desp&amp;liegues de firmware…</translation>
    </message>
    <message>
        <source>&amp;Redirection Services…</source>
        <translation>Servicios de &amp;redirección…</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ManagedSettings</name>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>The managed settings in %1 could not be read; nothing in them applies.</source>
        <translation>No se pudo leer la configuración administrada de %1; no se aplica nada de ella.</translation>
    </message>
    <message>
        <source>the URL carries a password, which is ignored; each user signs in and the password is kept in their keychain.</source>
        <translation>la URL lleva una contraseña, que se ignora; cada usuario inicia sesión por su cuenta y la contraseña se guarda en su llavero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the database stays locked.</source>
        <translation>«%1» no es true ni false; la base de datos sigue bloqueada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not viewer, operator, editor or administrator; this console is limited to Viewer until it is corrected.</source>
        <translation>«%1» no es viewer, operator, editor ni administrator; esta consola queda limitada a Lector hasta que se corrija.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; the provisioning server stays off.</source>
        <translation>«%1» no es true ni false; el servidor de aprovisionamiento sigue apagado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 no contiene ningún certificado PEM o DER.</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Administrado por su organización</translation>
    </message>
    <message>
        <source>--database: the database is managed by your organisation (%1); this console opens no other.</source>
        <translation>--database: la base de datos la administra su organización (%1); esta consola no abre ninguna otra.</translation>
    </message>
    <message>
        <source>--role %1: your organisation allows this console at most the role %2.</source>
        <translation>--role %1: su organización permite a esta consola como máximo el rol %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the CA certificate bundle.</source>
        <translation>No se puede crear la carpeta %1 para el paquete de certificados de CA.</translation>
    </message>
    <message>
        <source>Cannot write the CA certificate bundle %1: %2</source>
        <translation>No se puede escribir el paquete de certificados de CA %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the connection to the database is lost. PhoneDesk is reconnecting by itself; your changes are still here. Save again once the status bar says the connection is back.

%1</source>
        <translation>No guardado: se perdió la conexión con la base de datos. PhoneDesk se está reconectando por sí solo; sus cambios siguen aquí. Guarde de nuevo cuando la barra de estado indique que la conexión se ha restablecido.

%1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrateDialog</name>
    <message>
        <source>Migrate Base Settings</source>
        <translation>Migrar configuración base</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) cannot use the chosen base settings; choose another profile or leave them out.</source>
        <translation>
            <numerusform>%n teléfono no puede usar la configuración base elegida; elija otro perfil o exclúyalo.</numerusform>
            <numerusform>%n teléfonos no pueden usar la configuración base elegida; elija otro perfil o exclúyalos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) no longer exist and are skipped.</source>
        <translation>
            <numerusform>%n teléfono ya no existe y se omite.</numerusform>
            <numerusform>%n teléfonos ya no existen y se omiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line key(s) and %1 override(s) will be removed.</source>
        <translation>
            <numerusform>Se eliminarán: %n tecla de línea; reemplazos: %1.</numerusform>
            <numerusform>Se eliminarán: %n teclas de línea; reemplazos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All phones move together or none does.</source>
        <translation>Todos los teléfonos se mueven juntos o ninguno.</translation>
    </message>
    <message>
        <source>&amp;Target base settings:</source>
        <translation>Configuración base de &amp;destino:</translation>
    </message>
    <message>
        <source>Choose the base settings to move to</source>
        <translation>Elegir la configuración base de destino</translation>
    </message>
    <message numerus="yes">
        <source>No phones are selected: all %n phone(s) shown will move: %1.</source>
        <translation>
            <numerusform>No hay teléfonos seleccionados: se moverá el %n teléfono mostrado: %1.</numerusform>
            <numerusform>No hay teléfonos seleccionados: se moverán los %n teléfonos mostrados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected phone(s) will move: %1.</source>
        <translation>
            <numerusform>Se moverá %n teléfono seleccionado: %1.</numerusform>
            <numerusform>Se moverán %n teléfonos seleccionados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No base settings fit these phones</source>
        <translation>Ninguna configuración base sirve para estos teléfonos</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 phone(s) will become %2.</source>
        <translation>
            <numerusform>%n teléfono %1 pasará a ser %2.</numerusform>
            <numerusform>%n teléfonos %1 pasarán a ser %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) of %1 models will become %2.</source>
        <translation>
            <numerusform>%n teléfono de %1 modelos pasará a ser %2.</numerusform>
            <numerusform>%n teléfonos de %1 modelos pasarán a ser %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only do this when the phones were replaced by that model: their configuration is written for it from now on.</source>
        <translation>Hágalo solo si los teléfonos se sustituyeron por ese modelo: su configuración se escribe para él a partir de ahora.</translation>
    </message>
    <message>
        <source>Choose the base settings to move the phones to.</source>
        <translation>Elija la configuración base a la que mover los teléfonos.</translation>
    </message>
    <message>
        <source>Change the hardware model? Do this only when the phones were replaced by that model.</source>
        <translation>¿Cambiar el modelo de hardware? Hágalo solo si los teléfonos se sustituyeron por ese modelo.</translation>
    </message>
    <message>
        <source>Change Hardware Model</source>
        <translation>Cambiar modelo de hardware</translation>
    </message>
    <message>
        <source>Change Model</source>
        <translation>Cambiar modelo</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::MigrationPlan</name>
    <message>
        <source>model %1 → %2</source>
        <translation>modelo %1 → %2</translation>
    </message>
    <message>
        <source>line keys %1 removed (the new model has fewer keys)</source>
        <translation>teclas de línea %1 eliminadas (el nuevo modelo tiene menos teclas)</translation>
    </message>
    <message>
        <source>overrides no longer applying removed: %1</source>
        <translation>reemplazos que ya no se aplican eliminados: %1</translation>
    </message>
    <message>
        <source>no change besides the profile</source>
        <translation>ningún cambio aparte del perfil</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot; use the unknown model &quot;%2&quot;.</source>
        <translation>La configuración base «%1» usa el modelo desconocido «%2».</translation>
    </message>
    <message>
        <source>Base settings for the %2 are not for %1 phones.</source>
        <translation>La configuración base para el %2 no es para teléfonos de la categoría «%1».</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ModelCatalog</name>
    <message>
        <source>The model catalog is not valid JSON: %1</source>
        <translation>El catálogo de modelos no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation>modelo n.º %1</translation>
    </message>
    <message>
        <source>%1: every model needs an &quot;id&quot; and a &quot;model&quot; name</source>
        <translation>%1: cada modelo necesita un «id» y un nombre «model»</translation>
    </message>
    <message>
        <source>%1: the model id is listed twice</source>
        <translation>%1: el ID del modelo aparece dos veces</translation>
    </message>
    <message>
        <source>%1: maxLineKeys must be between 0 and 200</source>
        <translation>%1: maxLineKeys debe estar entre 0 y 200</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot;</source>
        <translation>%1: categoría desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: at least one category is needed</source>
        <translation>%1: se necesita al menos una categoría</translation>
    </message>
    <message>
        <source>%1: unknown hardwareId type &quot;%2&quot;</source>
        <translation>%1: tipo de hardwareId desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: unknown restart channel &quot;%2&quot;</source>
        <translation>%1: canal de reinicio desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: a model that can restart needs a resyncEvent</source>
        <translation>%1: un modelo que se puede reiniciar necesita un resyncEvent</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::NewRolloutDialog</name>
    <message>
        <source>New Firmware Rollout</source>
        <translation>Nuevo despliegue de firmware</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>Configuración &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation>Versión de &amp;destino:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n phone(s))</source>
        <translation>
            <numerusform>%1 (%n teléfono)</numerusform>
            <numerusform>%1 (%n teléfonos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>&amp;All phones of these base settings</source>
        <translation>&amp;Todos los teléfonos de esta configuración base</translation>
    </message>
    <message>
        <source>Phones at these &amp;sites:</source>
        <translation>Teléfonos de estos &amp;sitios:</translation>
    </message>
    <message>
        <source>A &amp;share of them:</source>
        <translation>Una &amp;parte de ellos:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message numerus="yes">
        <source>The %n phone(s) selected in the Phones tab</source>
        <translation>
            <numerusform>El %n teléfono seleccionado en la pestaña Teléfonos</numerusform>
            <numerusform>Los %n teléfonos seleccionados en la pestaña Teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Updating at once, at most:</source>
        <translation>&amp;Máximo de actualizaciones a la vez:</translation>
    </message>
    <message>
        <source>&amp;Only between</source>
        <translation>Sol&amp;o entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>(server time)</source>
        <translation>(hora del servidor)</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>Franja horaria:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A phone not back on the target &amp;within:</source>
        <translation>P&amp;lazo para que un teléfono vuelva con la versión de destino:</translation>
    </message>
    <message>
        <source>Starting sets the base settings&apos; firmware version to the target. Phones outside the rollout keep the version they were told until another rollout moves them.</source>
        <translation>Al iniciarlo, la versión de firmware de la configuración base pasa a ser la de destino. Los teléfonos que quedan fuera del despliegue conservan la versión que se les indicó hasta que otro despliegue los mueva.</translation>
    </message>
    <message>
        <source>&amp;Start Rollout</source>
        <translation>&amp;Iniciar despliegue</translation>
    </message>
    <message>
        <source>%1 (what the base settings name now)</source>
        <translation>%1 (la que indica ahora la configuración base)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Operation</name>
    <message>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronización</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Comprobación de estado</translation>
    </message>
    <message>
        <source>%1: %2 of %3 succeeded</source>
        <translation>%1: %2 de %3 correctos</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 con error</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 cancelados</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: %2 online</source>
        <translation>%1: %2 en línea</translation>
    </message>
    <message>
        <source>, %1 degraded</source>
        <translation>, %1 degradados</translation>
    </message>
    <message>
        <source>, %1 offline</source>
        <translation>, %1 sin conexión</translation>
    </message>
    <message>
        <source>, %1 not checked</source>
        <translation>, %1 sin comprobar</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::OperationResultsDialog</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>Cancelar operación</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Solo &amp;fallos</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneEditor</name>
    <message>
        <source>Edit Phone</source>
        <translation>Editar teléfono</translation>
    </message>
    <message>
        <source>Add Phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>Configuración &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>&amp;Hardware ID:</source>
        <translation>&amp;ID de hardware:</translation>
    </message>
    <message>
        <source>+15551234567 or sip:desk@example.com</source>
        <translation>+15551234567 o sip:desk@example.com</translation>
    </message>
    <message>
        <source>&amp;Remote number:</source>
        <translation>Número &amp;remoto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>empty: the address of its last provisioning fetch</source>
        <translation>vacío: la dirección de su última obtención de configuración</translation>
    </message>
    <message>
        <source>Net&amp;work address:</source>
        <translation>Dirección de r&amp;ed:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>&amp;Añadir tecla</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>&amp;Quitar tecla</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Line Keys</source>
        <translation>Teclas de línea</translation>
    </message>
    <message>
        <source>Settings that differ for this phone from its base settings. Values use the same text as CSV files: true/false, numbers, codec lists joined with |.</source>
        <translation>Ajustes de este teléfono que difieren de su configuración base. Los valores usan el mismo texto que los archivos CSV: true/false, números, listas de códecs unidas con |.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Add &amp;Override</source>
        <translation>Añadir &amp;reemplazo</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Quitar reemplazo</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Reemplazos</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Status &amp;&amp; Provisioning</source>
        <translation>Estado &amp;&amp; aprovisionamiento</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(elija un sitio)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(sin usuario)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(choose base settings)</source>
        <translation>(elija una configuración base)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Softphone &amp;host:</source>
        <translation>&amp;Host del softphone:</translation>
    </message>
    <message>
        <source>MAC &amp;address:</source>
        <translation>Dirección &amp;MAC:</translation>
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
        <translation>&amp;Usuario (obligatorio):</translation>
    </message>
    <message>
        <source>The database could not be read; the phone cannot be checked.</source>
        <translation>No se pudo leer la base de datos; no se puede comprobar el teléfono.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid value.</source>
        <translation>%1: «%2» no es un valor válido.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s).</source>
        <translation>
            <numerusform>El %1 tiene %n tecla de línea.</numerusform>
            <numerusform>El %1 tiene %n teclas de línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose base settings to see how many line keys the model has.</source>
        <translation>Elija una configuración base para ver cuántas teclas de línea tiene el modelo.</translation>
    </message>
    <message>
        <source>A new phone has no status yet.</source>
        <translation>Un teléfono nuevo aún no tiene estado.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Ida y vuelta: %1 ms</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Último contacto: %1</translation>
    </message>
    <message>
        <source>Status since: %1</source>
        <translation>Estado desde: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Last configuration fetch: %1</source>
        <translation>Última obtención de configuración: %1</translation>
    </message>
    <message>
        <source>   from %1, %2, firmware %3</source>
        <translation>   desde %1, %2, firmware %3</translation>
    </message>
    <message>
        <source>Phone Changed Meanwhile</source>
        <translation>Teléfono modificado mientras tanto</translation>
    </message>
    <message>
        <source>Configuration: up to date (the phone has its current files)</source>
        <translation>Configuración: al día (el teléfono tiene sus archivos actuales)</translation>
    </message>
    <message>
        <source>Configuration: pending (the phone gets its current files at its next fetch)</source>
        <translation>Configuración: pendiente (el teléfono recibirá sus archivos actuales en su próxima descarga)</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n line key(s), all in use: remove one to add another.</source>
        <translation>
            <numerusform>El %1 tiene %n tecla de línea, todas en uso: quite una para añadir otra.</numerusform>
            <numerusform>El %1 tiene %n teclas de línea, todas en uso: quite una para añadir otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>El teléfono «%1» se modificó%2 mientras usted lo editaba.</translation>
    </message>
    <message>
        <source>Ser&amp;ial number:</source>
        <translation>Nú&amp;mero de serie:</translation>
    </message>
    <message>
        <source>as on the phone&apos;s label (Yealink RPS needs it)</source>
        <translation>tal como figura en la etiqueta del teléfono (Yealink RPS lo necesita)</translation>
    </message>
    <message>
        <source>Redirection: %1</source>
        <translation>Redirección: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneSim</name>
    <message>
        <source>The number of phones must be between 1 and %1.</source>
        <translation>El número de teléfonos debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Loss, dead and garbage are shares between 0 and 1.</source>
        <translation>Las proporciones loss, dead y garbage deben estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>Cannot open SIP port %1: %2</source>
        <translation>No se puede abrir el puerto SIP %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate or key file.</source>
        <translation>No se puede leer el archivo de certificado o de clave.</translation>
    </message>
    <message>
        <source>The REST certificate or key could not be loaded.</source>
        <translation>No se pudo cargar el certificado o la clave REST.</translation>
    </message>
    <message>
        <source>Cannot open REST port %1: %2</source>
        <translation>No se puede abrir el puerto REST %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; is not an http:// or https:// URL with a host.</source>
        <translation>La URL de aprovisionamiento «%1» no es una URL http:// o https:// con un host.</translation>
    </message>
    <message>
        <source>Fetching the configuration at start needs a provisioning URL.</source>
        <translation>Obtener la configuración al arrancar requiere una URL de aprovisionamiento.</translation>
    </message>
    <message>
        <source>The number of fetches at once must be between 1 and 10000.</source>
        <translation>El número de obtenciones simultáneas debe estar entre 1 y 10000.</translation>
    </message>
    <message>
        <source>The boot spread must be between 0 and 3600000 ms.</source>
        <translation>La dispersión de los arranques debe estar entre 0 y 3600000 ms.</translation>
    </message>
    <message>
        <source>The fetch timeout must be at least 100 ms.</source>
        <translation>El tiempo de espera de las obtenciones debe ser de al menos 100 ms.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Un certificado de cliente necesita su clave, y una clave, su certificado.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 no es un certificado PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation>%1 no es una clave privada PEM (o está cifrada).</translation>
    </message>
    <message>
        <source>The client certificate folder %1 does not exist.</source>
        <translation>La carpeta de certificados de cliente %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The certificate or key of %1 in %2 cannot be loaded.</source>
        <translation>No se puede cargar el certificado o la clave de %1 en %2.</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>el servidor cerró la conexión antes de que la respuesta estuviera completa</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>la respuesta supera los %1 bytes</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>el certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>cannot use the address %1: %2</source>
        <translation>no se puede usar la dirección %1: %2</translation>
    </message>
    <message>
        <source>no answer within the fetch timeout</source>
        <translation>sin respuesta dentro del tiempo de espera de la obtención</translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for credentials and the phone has none</source>
        <translation>HTTP 401: el servidor pide credenciales y el teléfono no tiene ninguna</translation>
    </message>
    <message>
        <source>HTTP 401: the server refused the phone&apos;s credentials</source>
        <translation>HTTP 401: el servidor rechazó las credenciales del teléfono</translation>
    </message>
    <message>
        <source>HTTP %1 for %2</source>
        <translation>HTTP %1 para %2</translation>
    </message>
    <message>
        <source>%1 is not a file name the phone stores.</source>
        <translation>%1 no es un nombre de archivo que el teléfono guarde.</translation>
    </message>
    <message>
        <source>Demo phone %1 could not record its fetch: %2</source>
        <translation>El teléfono de demostración %1 no pudo registrar su obtención de configuración: %2</translation>
    </message>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>error de OpenSSL desconocido</translation>
    </message>
    <message>
        <source>Could not make the REST certificate (%1): %2</source>
        <translation>No se pudo crear el certificado REST (%1): %2</translation>
    </message>
    <message>
        <source>The REST certificate made with OpenSSL could not be loaded by Qt&apos;s TLS backend.</source>
        <translation>El backend TLS de Qt no pudo cargar el certificado REST creado con OpenSSL.</translation>
    </message>
    <message>
        <source>the openssl command was not found</source>
        <translation>no se encontró el comando openssl</translation>
    </message>
    <message>
        <source>This build has no OpenSSL library support (OpenSSL&apos;s headers were missing when it was built), so the REST API&apos;s certificate is made with the openssl command, which failed: %1. Install openssl, build with OpenSSL&apos;s headers (libssl-dev), or turn the REST API off (--no-rest).</source>
        <translation>Esta compilación no admite la biblioteca OpenSSL (faltaban las cabeceras de OpenSSL al compilarla), así que el certificado de la API REST se crea con el comando openssl, que falló: %1. Instale openssl, compile con las cabeceras de OpenSSL (libssl-dev) o desactive la API REST (--no-rest).</translation>
    </message>
    <message>
        <source>The provisioning URL &quot;%1&quot; must name a loopback address (127.0.0.1, [::1] or localhost): simulated phones fetch on this computer only.</source>
        <translation>La URL de aprovisionamiento «%1» debe indicar una dirección de loopback (127.0.0.1, [::1] o localhost): los teléfonos simulados solo obtienen su configuración en este equipo.</translation>
    </message>
    <message>
        <source>the firmware answer has no end of headers</source>
        <translation>la respuesta del firmware no tiene fin de cabeceras</translation>
    </message>
    <message>
        <source>HTTP 401 for the firmware</source>
        <translation>HTTP 401 para el firmware</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la conexión se cerró tras %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the firmware download timed out</source>
        <translation>la descarga del firmware superó el tiempo de espera</translation>
    </message>
    <message>
        <source>the resumed firmware answer does not continue at byte %1</source>
        <translation>la respuesta reanudada del firmware no continúa en el byte %1</translation>
    </message>
    <message>
        <source>HTTP %1 for the firmware</source>
        <translation>HTTP %1 para el firmware</translation>
    </message>
    <message>
        <source>the firmware has %1 bytes, not %2</source>
        <translation>el firmware tiene %1 bytes, no %2</translation>
    </message>
    <message>
        <source>the firmware&apos;s SHA-256 is not the one its ETag names</source>
        <translation>el SHA-256 del firmware no es el que indica su ETag</translation>
    </message>
    <message>
        <source>the application names no version in its first bytes</source>
        <translation>la aplicación no indica ninguna versión en sus primeros bytes</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Base Settings</source>
        <translation>Configuración base</translation>
    </message>
    <message>
        <source>Hardware ID</source>
        <translation>ID de hardware</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>The files this phone last fetched differ from its configuration now. It gets the new files at its next fetch: Resync or Restart it, or wait for its periodic check.</source>
        <translation>Los archivos que este teléfono descargó por última vez difieren de su configuración actual. Recibirá los nuevos archivos en su próxima descarga: resincronícelo o reinícielo, o espere a su comprobación periódica.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Target firmware</source>
        <translation>Firmware de destino</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Actualización de firmware</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Error (%1)</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>Actualización pendiente</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyRestClient</name>
    <message>
        <source>%1 presents a certificate that does not verify and none is pinned for this phone</source>
        <translation>%1 presenta un certificado que no se puede verificar y no hay ninguno anclado para este teléfono</translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone (SHA-256 %2)</source>
        <translation>%1 presenta un certificado que no coincide con el anclado para este teléfono (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1 presents a certificate that does not match the one pinned for this phone</source>
        <translation>%1 presenta un certificado que no coincide con el anclado para este teléfono</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>REST API of %1 unreachable: %2</source>
        <translation>API REST de %1 inaccesible: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>%1 did not accept the request (status &quot;%2&quot;)</source>
        <translation>%1 no aceptó la solicitud (estado «%2»)</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 no presentó ningún certificado</translation>
    </message>
    <message>
        <source>%1: documentation address, not contacted</source>
        <translation>%1: dirección de documentación, no contactada</translation>
    </message>
    <message>
        <source>%1 refused the admin password (HTTP %2): the phone does not have the admin password its PhoneDesk configuration sets. Let it fetch its configuration (Resync, or provision it from PhoneDesk) and try again; if another phone now has this address, check the phone&apos;s network address and trust its web certificate again (Phones &gt; Trust Phone Web Certificate).</source>
        <translation>%1 rechazó la contraseña de administrador (HTTP %2): el teléfono no tiene la contraseña de administrador que establece su configuración de PhoneDesk. Deje que obtenga su configuración (Resincronización, o aprovisiónelo desde PhoneDesk) e inténtelo de nuevo; si ahora otro teléfono tiene esta dirección, compruebe la dirección de red del teléfono y vuelva a confiar en su certificado web (Teléfonos &gt; Confiar en el certificado web del teléfono).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PolyZtpService</name>
    <message>
        <source>the device stays at another profile</source>
        <translation>el dispositivo permanece en otro perfil</translation>
    </message>
    <message>
        <source>Poly ZTP accepted the API key.</source>
        <translation>Poly ZTP aceptó la clave de API.</translation>
    </message>
    <message>
        <source>Poly ZTP refused the API key (%1). Copy the key from the ZTP portal again.</source>
        <translation>Poly ZTP rechazó la clave de API (%1). Vuelva a copiar la clave del portal de ZTP.</translation>
    </message>
    <message>
        <source>Poly ZTP did not answer as expected: %1</source>
        <translation>Poly ZTP no respondió como se esperaba: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningController</name>
    <message>
        <source>%1: the provisioning server does not run in this console (use phonedesk-server).</source>
        <translation>%1: el servidor de aprovisionamiento no se ejecuta en esta consola (use phonedesk-server).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningServer</name>
    <message>
        <source>This system has no TLS support (the OpenSSL library is missing).</source>
        <translation>Este sistema no admite TLS (falta la biblioteca OpenSSL).</translation>
    </message>
    <message>
        <source>Cannot read the server certificate &quot;%1&quot;: %2</source>
        <translation>No se puede leer el certificado del servidor «%1»: %2</translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation>El certificado del servidor «%1» no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Cannot read the private key &quot;%1&quot;: %2</source>
        <translation>No se puede leer la clave privada «%1»: %2</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not an unencrypted PEM RSA or EC key.</source>
        <translation>La clave privada «%1» no es una clave PEM RSA o EC sin cifrar.</translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>El archivo de CA de dispositivos «%1» no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>TLS could not be set up</source>
        <translation>No se pudo configurar TLS</translation>
    </message>
    <message>
        <source>The server certificate &quot;%1&quot; cannot be used</source>
        <translation>No se puede usar el certificado del servidor «%1»</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; cannot be used</source>
        <translation>No se puede usar la clave privada «%1»</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the certificate</source>
        <translation>La clave privada «%1» no corresponde al certificado</translation>
    </message>
    <message>
        <source>The device CA file &quot;%1&quot; cannot be used</source>
        <translation>No se puede usar el archivo de CA de dispositivos «%1»</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>fetched its configuration</source>
        <translation>obtuvo su configuración</translation>
    </message>
    <message>
        <source>TLS could not be limited to AEAD cipher suites</source>
        <translation>No se pudo limitar TLS a conjuntos de cifrado AEAD</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettings</name>
    <message>
        <source>Listen address is not a valid IP address.</source>
        <translation>La dirección de escucha no es una dirección IP válida.</translation>
    </message>
    <message>
        <source>Server certificate &quot;%1&quot; is missing or not readable.</source>
        <translation>El certificado del servidor «%1» falta o no se puede leer.</translation>
    </message>
    <message>
        <source>Private key &quot;%1&quot; is missing or not readable.</source>
        <translation>La clave privada «%1» falta o no se puede leer.</translation>
    </message>
    <message>
        <source>Client certificates are %1 but the device CA file &quot;%2&quot; is missing or not readable.</source>
        <translation>Los certificados de cliente están en modo «%1», pero el archivo de CA de dispositivos «%2» falta o no se puede leer.</translation>
    </message>
    <message>
        <source>Phones need a way to authenticate: turn on client certificates or Digest authentication.</source>
        <translation>Los teléfonos necesitan una forma de autenticarse: active los certificados de cliente o la autenticación Digest.</translation>
    </message>
    <message>
        <source>Idle timeout must be between 500 and 300000 ms.</source>
        <translation>El tiempo de inactividad debe estar entre 500 y 300000 ms.</translation>
    </message>
    <message>
        <source>Connection limits must be at least 1.</source>
        <translation>Los límites de conexiones deben ser al menos 1.</translation>
    </message>
    <message>
        <source>The failure budget must allow at least one failure.</source>
        <translation>El margen de fallos debe permitir al menos un fallo.</translation>
    </message>
    <message>
        <source>Quarantine capacity must be between 0 and 1000000.</source>
        <translation>La capacidad de la cuarentena debe estar entre 0 y 1000000.</translation>
    </message>
    <message>
        <source>Quarantine entries per address must be between 1 and 1000000.</source>
        <translation>Las entradas de cuarentena por dirección deben estar entre 1 y 1000000.</translation>
    </message>
    <message>
        <source>allowUnauthenticated is on: anyone who can reach the provisioning server and names a known phone&apos;s MAC address with its vendor&apos;s User-Agent is served that phone&apos;s configuration, including its SIP passwords and local admin password. Use it in an isolated lab only.</source>
        <translation>allowUnauthenticated está activado: cualquiera que pueda llegar al servidor de aprovisionamiento e indique la dirección MAC de un teléfono conocido con el User-Agent de su fabricante recibe la configuración de ese teléfono, incluidas sus contraseñas SIP y su contraseña de administrador local. Úselo solo en un laboratorio aislado.</translation>
    </message>
    <message>
        <source>The rollout interval must be between 100 ms and one hour.</source>
        <translation>El intervalo de los despliegues debe estar entre 100 ms y una hora.</translation>
    </message>
    <message>
        <source>The time after which a phone given its turn is told to resync again must be between 1 s and one hour.</source>
        <translation>El tiempo tras el cual se vuelve a pedir la resincronización a un teléfono al que le llegó su turno debe estar entre 1 s y una hora.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProvisioningSettingsWidget</name>
    <message>
        <source>Run the provisioning server in this console</source>
        <translation>Ejecutar el servidor de aprovisionamiento en esta consola</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>Claves privadas (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Accept HTTP Digest with each phone&apos;s own secret</source>
        <translation>Aceptar HTTP Digest con el secreto propio de cada teléfono</translation>
    </message>
    <message>
        <source>Not asked for (Digest only)</source>
        <translation>No se solicitan (solo Digest)</translation>
    </message>
    <message>
        <source>Optional: a valid certificate replaces Digest</source>
        <translation>Opcionales: un certificado válido sustituye a Digest</translation>
    </message>
    <message>
        <source>Required (mutual TLS)</source>
        <translation>Obligatorios (TLS mutuo)</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation>&amp;Certificado del servidor:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>C&amp;lave privada:</translation>
    </message>
    <message>
        <source>&amp;Device CA:</source>
        <translation>CA de disposi&amp;tivos:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificates:</source>
        <translation>Ce&amp;rtificados de cliente:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>Phones fetch their files from https://%1:%2/ — give them this address as DHCP option 66 or 160, or in their provisioning server setting.</source>
        <translation>Los teléfonos descargan sus archivos de https://%1:%2/: indíqueles esta dirección con la opción DHCP 66 o 160, o en su ajuste de servidor de aprovisionamiento.</translation>
    </message>
    <message>
        <source>Serve known phones without authentication (isolated lab only)</source>
        <translation>Atender a los teléfonos conocidos sin autenticación (solo laboratorio aislado)</translation>
    </message>
    <message>
        <source>Run the provisioning server in this console (%1: not allowed)</source>
        <translation>Ejecutar el servidor de aprovisionamiento en esta consola (%1: no permitido)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineModel</name>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::QuarantineView</name>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Adoptar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Devices that asked for a configuration but are not on record. They were not served. Claim one to add it as a managed phone.</source>
        <translation>Dispositivos que solicitaron una configuración pero no están registrados. No se les entregó nada. Adopte uno para añadirlo como teléfono gestionado.</translation>
    </message>
    <message>
        <source>Remove from quarantine</source>
        <translation>Quitar de la cuarentena</translation>
    </message>
    <message>
        <source>Claim device</source>
        <translation>Adoptar dispositivo</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Adoptar %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base settings:</source>
        <translation>Configuración &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>The quarantine could not be read: %1</source>
        <translation>No se pudo leer la cuarentena: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown device(s) dropped from the quarantine to make room for newer ones, the last on %1. The server&apos;s log names the addresses they came from.</source>
        <translation>
            <numerusform>%n dispositivo desconocido se eliminó de la cuarentena para hacer espacio a otros más nuevos, el último el %1. El registro del servidor indica la dirección de la que procedía.</numerusform>
            <numerusform>%n dispositivos desconocidos se eliminaron de la cuarentena para hacer espacio a otros más nuevos, el último el %1. El registro del servidor indica las direcciones de las que procedían.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Redirection</name>
    <message>
        <source>%1: &quot;%2&quot; is not an https:// address with a host (for example https://api.ztp.poly.com/v1).</source>
        <translation>%1: «%2» no es una dirección https:// con un host (por ejemplo https://api.ztp.poly.com/v1).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates &quot;%1&quot;: %2</source>
        <translation>No se pueden leer los certificados de CA «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>«%1» no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not: Yealink RPS needs the AccessKey ID and its secret.</source>
        <translation>%1 está definido, pero %2 no: Yealink RPS necesita el ID de AccessKey y su secreto.</translation>
    </message>
    <message numerus="yes">
        <source>Yealink RPS accepted the AccessKey (%n server(s) in the account).</source>
        <translation>
            <numerusform>Yealink RPS aceptó la AccessKey (%n servidor en la cuenta).</numerusform>
            <numerusform>Yealink RPS aceptó la AccessKey (%n servidores en la cuenta).</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the redirection states</source>
        <translation>lectura de los estados de redirección</translation>
    </message>
    <message>
        <source>saving the redirection states</source>
        <translation>guardado de los estados de redirección</translation>
    </message>
    <message>
        <source>%1 refused PhoneDesk&apos;s credentials (HTTP 401). Check the key under Manage → Redirection Services (for phonedesk-server: its environment file); the phones are sent again once it changes.</source>
        <translation>%1 rechazó las credenciales de PhoneDesk (HTTP 401). Compruebe la clave en Gestión → Servicios de redirección (para phonedesk-server: su archivo de entorno); los teléfonos se vuelven a enviar en cuanto cambie.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): the account may not do this.</source>
        <translation>%1 rechazó la solicitud (HTTP 403): la cuenta no tiene permiso para hacerlo.</translation>
    </message>
    <message>
        <source>%1 asked PhoneDesk to slow down (HTTP 429).</source>
        <translation>%1 pidió a PhoneDesk que redujera el ritmo (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 had a problem of its own.</source>
        <translation>%1 tuvo un problema propio.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>No se pudo contactar con %1.</translation>
    </message>
    <message>
        <source>%1 refused this phone.</source>
        <translation>%1 rechazó este teléfono.</translation>
    </message>
    <message>
        <source>The phone is registered with another %1 account. Ask its owner (or the vendor) to release it, then retry.</source>
        <translation>El teléfono está registrado en otra cuenta de %1. Pida a su propietario (o al fabricante) que lo libere y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 adds this account&apos;s phones only with their serial number. Enter the serial number from the phone&apos;s label.</source>
        <translation>%1 solo añade los teléfonos de esta cuenta con su número de serie. Introduzca el número de serie de la etiqueta del teléfono.</translation>
    </message>
    <message>
        <source>The phone&apos;s site has no provisioning host, so there is nowhere to send it. Set the provisioning host of the site.</source>
        <translation>El sitio del teléfono no tiene host de aprovisionamiento, así que no hay adónde enviarlo. Defina el host de aprovisionamiento del sitio.</translation>
    </message>
    <message>
        <source>%1 failed too many times in a row; PhoneDesk stopped trying. Use Retry under Manage → Redirection Services.</source>
        <translation>%1 falló demasiadas veces seguidas; PhoneDesk dejó de intentarlo. Use Reintentar en Gestión → Servicios de redirección.</translation>
    </message>
    <message>
        <source>It was registered already.</source>
        <translation>Ya estaba registrado.</translation>
    </message>
    <message>
        <source>Waiting to be registered with %1.</source>
        <translation>En espera de registrarse en %1.</translation>
    </message>
    <message>
        <source>%1 sends this phone to PhoneDesk when it starts unconfigured.</source>
        <translation>%1 envía este teléfono a PhoneDesk cuando arranca sin configurar.</translation>
    </message>
    <message>
        <source>%1 did not register this phone.</source>
        <translation>%1 no registró este teléfono.</translation>
    </message>
    <message>
        <source>%1 is not set up here, so nothing is sent to it.</source>
        <translation>%1 no está configurado aquí, así que no se le envía nada.</translation>
    </message>
    <message>
        <source>To be removed from %1.</source>
        <translation>Pendiente de quitar de %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Next try at %1 (attempt %2).</source>
        <translation>Próximo intento el %1 (intento %2).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionSettingsDialog</name>
    <message>
        <source>Redirection Services</source>
        <translation>Servicios de redirección</translation>
    </message>
    <message>
        <source>A phone that starts without a provisioning server (none from DHCP option 66 or 160) asks its maker&apos;s redirection service where to go. PhoneDesk registers its managed phones there, so that they are sent to their site&apos;s provisioning host, and removes them when they are deleted. The keys are kept in this computer&apos;s keychain.</source>
        <translation>Un teléfono que arranca sin servidor de aprovisionamiento (ninguno por la opción DHCP 66 o 160) pregunta al servicio de redirección de su fabricante adónde dirigirse. PhoneDesk registra allí sus teléfonos gestionados, para que se envíen al host de aprovisionamiento de su sitio, y los quita cuando se eliminan. Las claves se guardan en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Poly Zero Touch Provisioning (ZTP)</source>
        <translation>Poly Zero Touch Provisioning (ZTP)</translation>
    </message>
    <message>
        <source>Register &amp;Poly phones with Poly ZTP</source>
        <translation>Registrar los teléfonos &amp;Poly en Poly ZTP</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Poly &amp;address:</source>
        <translation>&amp;Dirección de Poly:</translation>
    </message>
    <message>
        <source>https://api.ztp.poly.com/v1</source>
        <translation>https://api.ztp.poly.com/v1</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Yealink Redirection and Provisioning Service (RPS)</source>
        <translation>Yealink Redirection and Provisioning Service (RPS)</translation>
    </message>
    <message>
        <source>Register &amp;Yealink phones with Yealink RPS</source>
        <translation>Registrar los teléfonos &amp;Yealink en Yealink RPS</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>&amp;ID de AccessKey:</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>&amp;Secreto de AccessKey:</translation>
    </message>
    <message>
        <source>Yealink a&amp;ddress:</source>
        <translation>Dirección de Yea&amp;link:</translation>
    </message>
    <message>
        <source>https://us-api.ymcs.yealink.com (EU accounts: https://eu-api.ymcs.yealink.com)</source>
        <translation>https://us-api.ymcs.yealink.com (cuentas de la UE: https://eu-api.ymcs.yealink.com)</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Certificados de CA:</translation>
    </message>
    <message>
        <source>the system&apos;s only (a PEM file for an on-premises YMCS)</source>
        <translation>solo los del sistema (un archivo PEM para un YMCS local)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Phones</source>
        <translation>&amp;Reintentar teléfonos con error</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>In this team database phonedesk-server registers the phones. Its keys are in its environment file (/etc/phonedesk/phonedesk-server.env), its addresses in [redirection] of phonedesk-server.conf; see docs/redirection.md. The settings here are not used.</source>
        <translation>En esta base de datos del equipo, phonedesk-server registra los teléfonos. Sus claves están en su archivo de entorno (/etc/phonedesk/phonedesk-server.env), y sus direcciones, en [redirection] de phonedesk-server.conf; consulte docs/redirection.md. Los ajustes de aquí no se usan.</translation>
    </message>
    <message>
        <source>This console registers no phones now (the demo, or a role that may not control phones). The settings here are used when it does.</source>
        <translation>Esta consola no registra teléfonos ahora (la demostración, o un rol que no puede controlar teléfonos). Los ajustes de aquí se usarán cuando lo haga.</translation>
    </message>
    <message>
        <source>Poly address</source>
        <translation>Dirección de Poly</translation>
    </message>
    <message>
        <source>Yealink address</source>
        <translation>Dirección de Yealink</translation>
    </message>
    <message>
        <source>API key: Poly ZTP needs the API key of your ZTP account to register phones.</source>
        <translation>Clave de API: Poly ZTP necesita la clave de API de su cuenta de ZTP para registrar teléfonos.</translation>
    </message>
    <message>
        <source>AccessKey: Yealink RPS needs the AccessKey ID and its secret (YMCS → System → Integration → API).</source>
        <translation>AccessKey: Yealink RPS necesita el ID de AccessKey y su secreto (YMCS → System → Integration → API).</translation>
    </message>
    <message>
        <source>Enter the key first.</source>
        <translation>Introduzca primero la clave.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <source>Phones: %1 registered, %2 waiting, %3 failed, %4 not sent (not set up), %5 to remove.</source>
        <translation>Teléfonos: %1 registrados, %2 en espera, %3 con error, %4 sin enviar (sin configurar), %5 por quitar.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RedirectionWorker</name>
    <message>
        <source>an in-memory database has no phones to register with a service.</source>
        <translation>una base de datos en memoria no tiene teléfonos que registrar en un servicio.</translation>
    </message>
    <message>
        <source>Set up; nothing sent yet.</source>
        <translation>Configurado; aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Not set up: nothing is sent.</source>
        <translation>Sin configurar: no se envía nada.</translation>
    </message>
    <message>
        <source>Another PhoneDesk (a console or phonedesk-server) registers the phones of this database; this one waits.</source>
        <translation>Otro PhoneDesk (una consola o phonedesk-server) registra los teléfonos de esta base de datos; este espera.</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>No se puede usar la base de datos: %1</translation>
    </message>
    <message>
        <source>Up to date; some phones are tried again at %1.</source>
        <translation>Al día; algunos teléfonos se volverán a intentar el %1.</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Al día.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n phone(s)…</source>
        <translation>
            <numerusform>Quitando %n teléfono…</numerusform>
            <numerusform>Quitando %n teléfonos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n phone(s)…</source>
        <translation>
            <numerusform>Registrando %n teléfono…</numerusform>
            <numerusform>Registrando %n teléfonos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2); nothing is sent until they change.</source>
        <translation>%1 rechazó las credenciales (%2); no se envía nada hasta que cambien.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>En pausa hasta el %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutDialog</name>
    <message>
        <source>Firmware Rollouts</source>
        <translation>Despliegues de firmware</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Base settings</source>
        <translation>Configuración base</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>A la vez</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Ran before</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>&amp;New Rollout…</source>
        <translation>&amp;Nuevo despliegue…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Stop this rollout and move the phones it moved back to the earlier version</source>
        <translation>Detener este despliegue y devolver los teléfonos que movió a la versión anterior</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>todos (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, rolling back #%2</source>
        <translation>%1, revierte el n.º %2</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message>
        <source>%1 waiting, %2 updating, %3 up to date, %4 failed</source>
        <translation>%1 en espera, %2 actualizando, %3 actualizados, %4 con error</translation>
    </message>
    <message>
        <source>Only Administrators start, pause and roll back rollouts.</source>
        <translation>Solo los administradores inician, pausan y revierten despliegues.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::RolloutRepository</name>
    <message>
        <source>reading the firmware rollouts</source>
        <translation>lectura de los despliegues de firmware</translation>
    </message>
    <message>
        <source>reading the phones of firmware rollout #%1</source>
        <translation>lectura de los teléfonos del despliegue de firmware n.º %1</translation>
    </message>
    <message>
        <source>reading the phones held at a firmware version</source>
        <translation>lectura de los teléfonos retenidos en una versión de firmware</translation>
    </message>
    <message>
        <source>reading the phones&apos; firmware rollouts</source>
        <translation>lectura de los despliegues de firmware de los teléfonos</translation>
    </message>
    <message>
        <source>start a firmware rollout</source>
        <translation>iniciar un despliegue de firmware</translation>
    </message>
    <message>
        <source>Target version: the firmware library has no image of version &quot;%1&quot; for the model of &quot;%2&quot;. Add it under Manage &gt; Firmware… first.</source>
        <translation>Versión de destino: la biblioteca de firmware no tiene ninguna imagen de la versión «%1» para el modelo de «%2». Añádala primero (Gestión &gt; Firmware…).</translation>
    </message>
    <message>
        <source>starting a firmware rollout of &quot;%1&quot;</source>
        <translation>inicio de un despliegue de firmware de «%1»</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 was removed meanwhile.</source>
        <translation>El despliegue de firmware n.º %1 se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>There is no firmware rollout #%1.</source>
        <translation>No existe el despliegue de firmware n.º %1.</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 is %2, not %3.</source>
        <translation>El despliegue de firmware n.º %1 está %2, no %3.</translation>
    </message>
    <message>
        <source>pause a firmware rollout</source>
        <translation>pausar un despliegue de firmware</translation>
    </message>
    <message>
        <source>resume a firmware rollout</source>
        <translation>reanudar un despliegue de firmware</translation>
    </message>
    <message>
        <source>roll back a firmware rollout</source>
        <translation>revertir un despliegue de firmware</translation>
    </message>
    <message>
        <source>Firmware rollout #%1 cannot be rolled back: &quot;%2&quot; named no firmware version before it.</source>
        <translation>El despliegue de firmware n.º %1 no se puede revertir: «%2» no indicaba ninguna versión de firmware antes de él.</translation>
    </message>
    <message>
        <source>rolling back firmware rollout #%1</source>
        <translation>reversión del despliegue de firmware n.º %1</translation>
    </message>
    <message>
        <source>advancing firmware rollout #%1</source>
        <translation>avance del despliegue de firmware n.º %1</translation>
    </message>
    <message>
        <source>reading the phones of the base settings</source>
        <translation>lectura de los teléfonos de la configuración base</translation>
    </message>
    <message>
        <source>Phones updating at once: %1 is out of range (1-10000).</source>
        <translation>Teléfonos que se actualizan a la vez: %1 está fuera de rango (1-10000).</translation>
    </message>
    <message>
        <source>Timeout: %1 minutes is out of range (1-10080).</source>
        <translation>Tiempo de espera: %1 minutos está fuera de rango (1-10080).</translation>
    </message>
    <message>
        <source>Percentage: %1 is out of range (1-100).</source>
        <translation>Porcentaje: %1 está fuera de rango (1-100).</translation>
    </message>
    <message>
        <source>Sites: choose at least one site.</source>
        <translation>Sitios: elija al menos un sitio.</translation>
    </message>
    <message>
        <source>Phones: choose at least one phone.</source>
        <translation>Teléfonos: elija al menos un teléfono.</translation>
    </message>
    <message>
        <source>Time window: start and end must be different times of day.</source>
        <translation>Franja horaria: el inicio y el fin deben ser horas del día distintas.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Time window &quot;%1&quot; is not two different times of day as HH:MM-HH:MM (22:00-06:00).</source>
        <translation>La franja horaria «%1» no son dos horas del día distintas con el formato HH:MM-HH:MM (22:00-06:00).</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a managed phone of the base settings &quot;%2&quot;.</source>
        <translation>El teléfono «%1» no es un teléfono gestionado de la configuración base «%2».</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>No managed phone of the base settings &quot;%1&quot; is in this rollout.</source>
        <translation>Ningún teléfono gestionado de la configuración base «%1» está en este despliegue.</translation>
    </message>
    <message>
        <source>stopping the rollouts under way</source>
        <translation>detención de los despliegues en curso</translation>
    </message>
    <message>
        <source>a later rollout of the same base settings took over</source>
        <translation>un despliegue posterior de la misma configuración base tomó el relevo</translation>
    </message>
    <message>
        <source>already ran %1</source>
        <translation>ya ejecutaba %1</translation>
    </message>
    <message>
        <source>came back on %1</source>
        <translation>volvió con %1</translation>
    </message>
    <message>
        <source>not back on %1 within %2 min</source>
        <translation>no volvió con %1 en %2 min</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SaveConflict</name>
    <message>
        <source> by %1 at %2</source>
        <translation> por %1 el %2</translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes are discarded). Overwrite saves your version over it. Cancel returns to your changes.</source>
        <translation>Recargar muestra la versión guardada (se descartan sus cambios). Sobrescribir guarda su versión en su lugar. Cancelar vuelve a sus cambios.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Scram</name>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The password contains a control character.</source>
        <translation>La contraseña contiene un carácter de control.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ScreenshotTour</name>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>No se pudo escribir %1: no se pudo codificar la imagen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Server</name>
    <message>
        <source>PhoneDesk server: HTTPS provisioning, SIP status polling and phone commands for a shared database.</source>
        <translation>Servidor PhoneDesk: aprovisionamiento HTTPS, sondeo del estado SIP y comandos de teléfonos para una base de datos compartida.</translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/file.sqlite or postgresql://user@host:port/db (password from PGPASSWORD).</source>
        <translation>URL de la base de datos: sqlite:/path/file.sqlite o postgresql://user@host:port/db (contraseña de PGPASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>INI configuration file (default %1).</source>
        <translation>Archivo de configuración INI (predeterminado %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Serve provisioning only: no status polling and no commands.</source>
        <translation>Solo servir aprovisionamiento: sin sondeo de estado ni comandos.</translation>
    </message>
    <message>
        <source>Check the configuration and the database, then exit.</source>
        <translation>Comprobar la configuración y la base de datos y salir.</translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer el archivo de configuración «%1».</translation>
    </message>
    <message>
        <source>The configuration file &quot;%1&quot; is not a valid INI file.</source>
        <translation>El archivo de configuración «%1» no es un archivo INI válido.</translation>
    </message>
    <message>
        <source>No database: give --database or set [database] url in %1.</source>
        <translation>Sin base de datos: indique --database o defina [database] url en %1.</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>La URL de la base de datos no es válida: %1</translation>
    </message>
    <message>
        <source>The [provisioning] settings in %1 are not valid:
%2</source>
        <translation>Los ajustes de [provisioning] en %1 no son válidos:
%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Configuration and database %1 are fine.</source>
        <translation>La configuración y la base de datos %1 son correctas.</translation>
    </message>
    <message>
        <source>The [deviceControl] settings in %1 are not valid:
%2</source>
        <translation>La configuración [deviceControl] de %1 no es válida:
%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>The login %1 has the %2 role in %3, which may not read the phones&apos; secrets or record their status. Connect with a login in the server role (phonedesk-cli team add LOGIN --role server).</source>
        <translation>La cuenta %1 tiene el rol %2 en %3, que no puede leer los secretos de los teléfonos ni registrar su estado. Conéctese con una cuenta con el rol de servidor (phonedesk-cli team add LOGIN --role server).</translation>
    </message>
    <message>
        <source>Cannot check the database %1: %2</source>
        <translation>No se puede comprobar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Database: connected (%1)</source>
        <translation>Base de datos: conectada (%1)</translation>
    </message>
    <message>
        <source>Database: reconnecting since %1 (%2)</source>
        <translation>Base de datos: reconectando desde %1 (%2)</translation>
    </message>
    <message>
        <source>Shards: holding %1 of %2, %3 server(s) seen</source>
        <translation>Shards: %1 de %2 en posesión, %3 servidor(es) visto(s)</translation>
    </message>
    <message>
        <source> (lock connection reconnecting: the last shards are kept)</source>
        <translation> (reconectando la conexión de bloqueo: se conservan los últimos shards)</translation>
    </message>
    <message>
        <source> (SQLite: this server holds every shard)</source>
        <translation> (SQLite: este servidor posee todos los shards)</translation>
    </message>
    <message>
        <source>Last sweep: %1, %2 ms, %3 phones probed</source>
        <translation>Último barrido: %1, %2 ms, %3 teléfonos sondeados</translation>
    </message>
    <message>
        <source>Last sweep: none finished yet</source>
        <translation>Último barrido: ninguno terminado todavía</translation>
    </message>
    <message>
        <source>Last sweep: status polling is off</source>
        <translation>Último barrido: el sondeo de estado está desactivado</translation>
    </message>
    <message>
        <source>Write backlog: status of %1 phone(s), %2 fetch record(s) waiting</source>
        <translation>Escrituras pendientes: estado de %1 teléfono(s), %2 registro(s) de descarga en espera</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(no informado)</translation>
    </message>
    <message>
        <source>Commands in progress: %1</source>
        <translation>Comandos en curso: %1</translation>
    </message>
    <message>
        <source>health/port: &quot;%1&quot; is not a port number (0 = no health endpoint).</source>
        <translation>health/port: «%1» no es un número de puerto (0 = sin endpoint de health).</translation>
    </message>
    <message>
        <source>health/address: &quot;%1&quot; is not a loopback address; the health endpoint answers anyone who reaches it, so it binds to 127.0.0.1 or ::1 only.</source>
        <translation>health/address: «%1» no es una dirección de loopback; el endpoint de health responde a cualquiera que lo alcance, por lo que solo se enlaza a 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <source>The health endpoint binds to a loopback address only, not %1.</source>
        <translation>El endpoint de health solo se enlaza a una dirección de loopback, no a %1.</translation>
    </message>
    <message>
        <source>The health endpoint cannot listen on %1 port %2: %3</source>
        <translation>El endpoint de health no puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>No health endpoint: set [health] port= in the configuration file and restart the service.</source>
        <translation>Sin endpoint de health: defina [health] port= en el archivo de configuración y reinicie el servicio.</translation>
    </message>
    <message>
        <source>The service does not answer on %1 port %2 (is it running?).</source>
        <translation>El servicio no responde en %1 puerto %2 (¿está en ejecución?).</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not valid: %1</source>
        <translation>La respuesta del servicio no es válida: %1</translation>
    </message>
    <message>
        <source>Ask the running service how it is (its [health] endpoint) and exit: 0 running and connected, 1 no endpoint configured, 2 the database is away, 4 no answer.</source>
        <translation>Preguntar al servicio en ejecución cómo está (su endpoint [health]) y salir: 0 en ejecución y conectado, 1 sin endpoint configurado, 2 la base de datos no está disponible, 4 sin respuesta.</translation>
    </message>
    <message>
        <source>With --status: text (default) or json.</source>
        <translation>Con --status: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>With --status: wait up to this many seconds for the service to answer and exit 0 once it does (also when no endpoint is configured).</source>
        <translation>Con --status: esperar hasta este número de segundos a que el servicio responda y salir con 0 en cuanto lo haga (también si no hay endpoint configurado).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The [health] settings in %1 are not valid: %2</source>
        <translation>Los ajustes [health] de %1 no son válidos: %2</translation>
    </message>
    <message>
        <source>--format is text or json, --wait a number of seconds.</source>
        <translation>--format es text o json; --wait, un número de segundos.</translation>
    </message>
    <message>
        <source>deviceControl/pollInterval in %1 must be a number of seconds from 1 to 86400.</source>
        <translation>deviceControl/pollInterval en %1 debe ser un número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>Cannot open the shard lock connection to %1: %2</source>
        <translation>No se puede abrir la conexión de bloqueo de shards con %1: %2</translation>
    </message>
    <message>
        <source>The [redirection] settings in %1 or its keys are not valid:
%2</source>
        <translation>Los ajustes de [redirection] de %1 o sus claves no son válidos:
%2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SettingsSchema</name>
    <message>
        <source>Dynamic reload</source>
        <translation>Recarga dinámica</translation>
    </message>
    <message>
        <source>Apply configuration changes without a restart: when these settings change, the phones using them are told to re-fetch their configuration.</source>
        <translation>Aplicar los cambios de configuración sin reiniciar: cuando cambian estos ajustes, se indica a los teléfonos que los usan que vuelvan a obtener su configuración.</translation>
    </message>
    <message>
        <source>Persist user settings</source>
        <translation>Conservar los ajustes del usuario</translation>
    </message>
    <message>
        <source>Keep settings the user changed on the phone (ring tone, volume) across re-provisioning.</source>
        <translation>Conservar los ajustes que el usuario cambió en el teléfono (tono de llamada, volumen) al volver a aprovisionar.</translation>
    </message>
    <message>
        <source>DSCP for RTP</source>
        <translation>DSCP para RTP</translation>
    </message>
    <message>
        <source>Differentiated Services code point for voice packets (0-63; 46 = Expedited Forwarding).</source>
        <translation>Punto de código Differentiated Services para los paquetes de voz (0-63; 46 = Expedited Forwarding).</translation>
    </message>
    <message>
        <source>DSCP for SIP</source>
        <translation>DSCP para SIP</translation>
    </message>
    <message>
        <source>Differentiated Services code point for SIP signalling (0-63).</source>
        <translation>Punto de código Differentiated Services para la señalización SIP (0-63).</translation>
    </message>
    <message>
        <source>RTP audio port range start</source>
        <translation>Inicio del rango de puertos de audio RTP</translation>
    </message>
    <message>
        <source>First UDP port used for RTP audio (1024-65534, even: RTCP uses the next odd port).</source>
        <translation>Primer puerto UDP usado para el audio RTP (1024-65534, par: RTCP usa el siguiente puerto impar).</translation>
    </message>
    <message>
        <source>Preferred codecs</source>
        <translation>Códecs preferidos</translation>
    </message>
    <message>
        <source>DTMF method</source>
        <translation>Método DTMF</translation>
    </message>
    <message>
        <source>RTP events (out-of-band, RFC 4733) or in-band audio tones.</source>
        <translation>Eventos RTP (fuera de banda, RFC 4733) o tonos de audio en banda.</translation>
    </message>
    <message>
        <source>RTP event payload type</source>
        <translation>Tipo de carga útil de eventos RTP</translation>
    </message>
    <message>
        <source>Dynamic RTP payload type for telephone events (96-127).</source>
        <translation>Tipo de carga útil RTP dinámico para eventos telefónicos (96-127).</translation>
    </message>
    <message>
        <source>TLS certificate authority</source>
        <translation>Entidad de certificación TLS</translation>
    </message>
    <message>
        <source>Which certificate authorities the phone trusts for SIP and provisioning TLS.</source>
        <translation>Entidades de certificación en las que confía el teléfono para el TLS de SIP y de aprovisionamiento.</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>Transporte SIP</translation>
    </message>
    <message>
        <source>Transport for SIP signalling: UDP, TCP or TLS.</source>
        <translation>Transporte para la señalización SIP: UDP, TCP o TLS.</translation>
    </message>
    <message>
        <source>SRTP</source>
        <translation>SRTP</translation>
    </message>
    <message>
        <source>Encrypt media with SRTP: disabled, offered (optional) or required.</source>
        <translation>Cifrar los medios con SRTP: desactivado, ofrecido (opcional) u obligatorio.</translation>
    </message>
    <message>
        <source>Mutual authentication</source>
        <translation>Autenticación mutua</translation>
    </message>
    <message>
        <source>The phone presents its device certificate when it fetches its configuration.</source>
        <translation>El teléfono presenta su certificado de dispositivo cuando obtiene su configuración.</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Versión de firmware</translation>
    </message>
    <message>
        <source>Firmware update policy</source>
        <translation>Política de actualización de firmware</translation>
    </message>
    <message>
        <source>Manual: never update on its own. Automatic: update when the firmware version changes.</source>
        <translation>Manual: nunca se actualiza por sí solo. Automática: se actualiza cuando cambia la versión de firmware.</translation>
    </message>
    <message>
        <source>Firmware server URL</source>
        <translation>URL del servidor de firmware</translation>
    </message>
    <message>
        <source>HTTPS address the phones download firmware from.</source>
        <translation>Dirección HTTPS desde la que los teléfonos descargan el firmware.</translation>
    </message>
    <message>
        <source>Resync period (minutes)</source>
        <translation>Periodo de resincronización (minutos)</translation>
    </message>
    <message>
        <source>How often phones check for a new configuration (0 = only on boot or when told; at most one week).</source>
        <translation>Con qué frecuencia los teléfonos buscan una configuración nueva (0 = solo al arrancar o cuando se les indica; como máximo una semana).</translation>
    </message>
    <message>
        <source>Enable HELD</source>
        <translation>Activar HELD</translation>
    </message>
    <message>
        <source>LIS URL</source>
        <translation>URL del LIS</translation>
    </message>
    <message>
        <source>HTTPS address of the Location Information Server.</source>
        <translation>Dirección HTTPS del servidor de información de ubicación.</translation>
    </message>
    <message>
        <source>Emergency Routing Service account ID</source>
        <translation>ID de cuenta del servicio de enrutamiento de emergencia</translation>
    </message>
    <message>
        <source>Account identifier at the emergency routing provider.</source>
        <translation>Identificador de la cuenta en el proveedor de enrutamiento de emergencias.</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Números de emergencia</translation>
    </message>
    <message>
        <source>Comma-separated numbers treated as emergency calls.</source>
        <translation>Números separados por comas que se tratan como llamadas de emergencia.</translation>
    </message>
    <message>
        <source>Raw vendor parameters</source>
        <translation>Parámetros sin procesar del fabricante</translation>
    </message>
    <message>
        <source>One vendor parameter per line as name=value, for what the other settings do not cover. Written last, so it wins.</source>
        <translation>Un parámetro del fabricante por línea como nombre=valor, para lo que no cubren los demás ajustes. Se escriben al final, por lo que prevalecen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Media / QoS</source>
        <translation>Medios / QoS</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Códecs</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Aprovisionamiento</translation>
    </message>
    <message>
        <source>E911 / HELD</source>
        <translation>E911 / HELD</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>RTP events (RFC 4733)</source>
        <translation>Eventos RTP (RFC 4733)</translation>
    </message>
    <message>
        <source>In-band audio</source>
        <translation>Audio en banda</translation>
    </message>
    <message>
        <source>Public certificate authorities</source>
        <translation>Entidades de certificación públicas</translation>
    </message>
    <message>
        <source>Organisation&apos;s private CA</source>
        <translation>CA privada de la organización</translation>
    </message>
    <message>
        <source>Public and private CAs</source>
        <translation>CA públicas y privadas</translation>
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
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>%1 must be on or off (true or false).</source>
        <translation>%1: el valor debe ser true o false (activado o desactivado).</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1: se esperaba un número entero.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1: el valor debe estar entre %2 y %3 (se recibió %4).</translation>
    </message>
    <message>
        <source>%1 must be an even number (got %2).</source>
        <translation>%1: el valor debe ser un número par (se recibió %2).</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: texto demasiado largo (como máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1: no se permiten caracteres de control.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2 (got &quot;%3&quot;).</source>
        <translation>%1: el valor debe ser uno de los siguientes: %2 (se recibió «%3»).</translation>
    </message>
    <message>
        <source>%1 needs at least one codec.</source>
        <translation>%1: se necesita al menos un códec.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known codec (use %3).</source>
        <translation>%1: «%2» no es un códec conocido (use %3).</translation>
    </message>
    <message>
        <source>%1: the %2 does not support %3.</source>
        <translation>%1: el %2 no admite %3.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1: %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is not a valid address (for example https://lis.example.com/held).</source>
        <translation>%1: dirección no válida (por ejemplo https://lis.example.com/held).</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1: la dirección debe usar https.</translation>
    </message>
    <message>
        <source>%1 must be an http or https address.</source>
        <translation>%1: se esperaba una dirección http o https.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1: texto demasiado largo.</translation>
    </message>
    <message>
        <source>%1, line %2: expected name=value.</source>
        <translation>%1, línea %2: se esperaba nombre=valor.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid parameter name (letters, digits, . _ - / only).</source>
        <translation>%1, línea %2: «%3» no es un nombre de parámetro válido (solo letras, dígitos, . _ - /).</translation>
    </message>
    <message>
        <source>%1, line %2: control characters are not allowed.</source>
        <translation>%1, línea %2: no se permiten caracteres de control.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting.</source>
        <translation>«%1» no es un ajuste conocido.</translation>
    </message>
    <message>
        <source>%1 does not apply to the %2.</source>
        <translation>%1 no se aplica al %2.</translation>
    </message>
    <message>
        <source>LIS URL is required when HELD is enabled.</source>
        <translation>La URL del LIS es obligatoria cuando HELD está activado.</translation>
    </message>
    <message>
        <source>Let the phone fetch its location from a Location Information Server for emergency calls. Poly phones: PhoneDesk keeps the LIS URL and account but does not write Poly&apos;s location parameters yet (their names are not confirmed); add them under Advanced for the firmware in use.</source>
        <translation>Permitir que el teléfono obtenga su ubicación de un servidor de información de ubicación (LIS) para las llamadas de emergencia. Teléfonos Poly: PhoneDesk guarda la URL del LIS y la cuenta, pero aún no escribe los parámetros de ubicación de Poly (sus nombres no están confirmados); añádalos en «Avanzado» para el firmware en uso.</translation>
    </message>
    <message>
        <source>Audio codecs in order of preference: the phone offers them in this order.</source>
        <translation>Códecs de audio por orden de preferencia: el teléfono los ofrece en este orden.</translation>
    </message>
    <message>
        <source>Firmware the phones should run, from the firmware library; none keeps what they have. A change reaches every phone at its next fetch; a rollout (Manage &gt; Firmware Rollouts…) moves them a few at a time.</source>
        <translation>Firmware que deben ejecutar los teléfonos, de la biblioteca de firmware; con ninguno conservan el que tienen. Un cambio llega a cada teléfono en su próxima descarga; un despliegue (Gestión &gt; Despliegues de firmware…) los mueve unos pocos cada vez.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipClient</name>
    <message numerus="yes">
        <source>no answer after %n transmissions</source>
        <translation>
            <numerusform>sin respuesta tras %n transmisión</numerusform>
            <numerusform>sin respuesta tras %n transmisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the SIP socket on %1 port %2: %3</source>
        <translation>No se puede abrir el socket SIP en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The SIP client is not started.</source>
        <translation>El cliente SIP no está iniciado.</translation>
    </message>
    <message>
        <source>SIP over TLS is not supported for %1; use UDP or TCP.</source>
        <translation>SIP sobre TLS no se admite para %1; use UDP o TCP.</translation>
    </message>
    <message>
        <source>no IPv6 socket</source>
        <translation>no hay socket IPv6</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>No se puede enviar a %1: %2</translation>
    </message>
    <message>
        <source>Too many open SIP TCP connections; %1 was not contacted.</source>
        <translation>Demasiadas conexiones TCP SIP abiertas; no se contactó con %1.</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>conexión rechazada por %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 cerró la conexión</translation>
    </message>
    <message>
        <source>TCP error with %1: %2</source>
        <translation>error TCP con %1: %2</translation>
    </message>
    <message>
        <source>%1 sent a malformed or oversized SIP message</source>
        <translation>%1 envió un mensaje SIP mal formado o demasiado grande</translation>
    </message>
    <message>
        <source>the TCP connection was closed</source>
        <translation>se cerró la conexión TCP</translation>
    </message>
    <message>
        <source>the SIP socket is bound to %1, which cannot reach this address</source>
        <translation>el socket SIP está enlazado a %1, desde donde no se puede llegar a esta dirección</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SipTarget</name>
    <message>
        <source>The phone has no network address.</source>
        <translation>El teléfono no tiene dirección de red.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown transport &quot;%2&quot;.</source>
        <translation>«%1»: transporte desconocido «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the user part is not valid.</source>
        <translation>«%1»: la parte de usuario no es válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the IPv6 address is missing its closing bracket.</source>
        <translation>«%1»: a la dirección IPv6 le falta el corchete de cierre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unexpected text after the address.</source>
        <translation>«%1»: texto inesperado después de la dirección.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>«%1»: el puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only IP addresses are probed; enter the phone&apos;s IP address.</source>
        <translation>«%1»: solo se sondean direcciones IP; introduzca la dirección IP del teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone indices are not supported; use a global address.</source>
        <translation>«%1»: no se admiten índices de zona IPv6; use una dirección global.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not the address of a single phone.</source>
        <translation>«%1»: no es la dirección de un único teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: documentation address, not probed (it stands for a made-up phone; enter the phone&apos;s real IP address).</source>
        <translation>«%1»: dirección de documentación, no sondeada (representa un teléfono ficticio; introduzca la dirección IP real del teléfono).</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SiteDialog</name>
    <message>
        <source>Edit Site</source>
        <translation>Editar sitio</translation>
    </message>
    <message>
        <source>New Site</source>
        <translation>Nuevo sitio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>&amp;Medios:</translation>
    </message>
    <message>
        <source>&amp;Primary SIP server:</source>
        <translation>Servidor SIP &amp;principal:</translation>
    </message>
    <message>
        <source>S&amp;econdary SIP server:</source>
        <translation>Servidor SIP &amp;secundario:</translation>
    </message>
    <message>
        <source>provisioning.example.com:8443</source>
        <translation>provisioning.example.com:8443</translation>
    </message>
    <message>
        <source>Pro&amp;visioning host:</source>
        <translation>&amp;Host de aprovisionamiento:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>E&amp;911 location:</source>
        <translation>&amp;Ubicación E911:</translation>
    </message>
    <message>
        <source>N&amp;umber plan:</source>
        <translation>P&amp;lan de numeración:</translation>
    </message>
    <message>
        <source>sip.example.com</source>
        <translation>sip.example.com</translation>
    </message>
    <message>
        <source>Site Changed Meanwhile</source>
        <translation>Sitio modificado mientras tanto</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>El sitio «%1» se modificó%2 mientras usted lo editaba.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Sql</name>
    <message>
        <source>manage the team (Administrator)</source>
        <translation>gestionar el equipo (Administrador)</translation>
    </message>
    <message>
        <source>change these phones or read their device secrets (Editor, or Administrator for secrets)</source>
        <translation>cambiar estos teléfonos o leer los secretos de sus dispositivos (Editor, o Administrador para los secretos)</translation>
    </message>
    <message>
        <source>record phone status (Operator)</source>
        <translation>registrar el estado de los teléfonos (Operador)</translation>
    </message>
    <message>
        <source>change the activity log (it is append-only; Operator to add entries)</source>
        <translation>cambiar el registro de actividad (solo admite añadir entradas; Operador para añadirlas)</translation>
    </message>
    <message>
        <source>change the provisioning quarantine (Editor)</source>
        <translation>cambiar la cuarentena de aprovisionamiento (Editor)</translation>
    </message>
    <message>
        <source>change sites, users, base settings or settings (Administrator)</source>
        <translation>cambiar sitios, usuarios, configuraciones base o ajustes (Administrador)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::StatusMapping</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>respondió %1</translation>
    </message>
    <message>
        <source>slow answer: %1 ms (limit %2 ms)</source>
        <translation>respuesta lenta: %1 ms (límite %2 ms)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Storage</name>
    <message>
        <source>writing the audit log</source>
        <translation>escritura del registro de auditoría</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lectura del registro de auditoría</translation>
    </message>
    <message>
        <source>Base settings &quot;%1&quot;</source>
        <translation>Configuración base «%1»</translation>
    </message>
    <message>
        <source>Base settings named &quot;%1&quot; already exist.</source>
        <translation>Ya existe una configuración base llamada «%1».</translation>
    </message>
    <message>
        <source>reading base settings</source>
        <translation>lectura de configuraciones base</translation>
    </message>
    <message>
        <source>The base settings no longer exist.</source>
        <translation>La configuración base ya no existe.</translation>
    </message>
    <message>
        <source>There are no base settings named &quot;%1&quot;.</source>
        <translation>No hay ninguna configuración base llamada «%1».</translation>
    </message>
    <message>
        <source>create base settings</source>
        <translation>crear configuraciones base</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>creación de %1</translation>
    </message>
    <message>
        <source>edit base settings</source>
        <translation>editar configuraciones base</translation>
    </message>
    <message>
        <source>Model: the model of existing base settings cannot change; create new base settings and migrate the phones.</source>
        <translation>Modelo: el modelo de una configuración base existente no puede cambiar; cree una configuración base nueva y migre los teléfonos.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>guardado de %1</translation>
    </message>
    <message>
        <source>counting phones</source>
        <translation>recuento de teléfonos</translation>
    </message>
    <message>
        <source>delete base settings</source>
        <translation>eliminar configuraciones base</translation>
    </message>
    <message numerus="yes">
        <source>Base settings &quot;%1&quot; are used by %n phone(s); migrate them to other base settings first.</source>
        <translation>
            <numerusform>La configuración base «%1» la usa %n teléfono; migre primero ese teléfono a otra configuración base.</numerusform>
            <numerusform>La configuración base «%1» la usan %n teléfonos; migre primero esos teléfonos a otra configuración base.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>eliminación de %1</translation>
    </message>
    <message>
        <source>The database already has phones; demo data is only added to an empty database.</source>
        <translation>La base de datos ya tiene teléfonos; los datos de demostración solo se añaden a una base de datos vacía.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <source>reading phones</source>
        <translation>lectura de los teléfonos</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;</source>
        <translation>Teléfono «%1»</translation>
    </message>
    <message>
        <source>reading sites</source>
        <translation>lectura de los sitios</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>lectura de los usuarios</translation>
    </message>
    <message>
        <source>reading a phone</source>
        <translation>lectura de un teléfono</translation>
    </message>
    <message>
        <source>The phone no longer exists.</source>
        <translation>El teléfono ya no existe.</translation>
    </message>
    <message>
        <source>Name: another phone is already called &quot;%1&quot;.</source>
        <translation>Nombre: otro teléfono ya se llama «%1».</translation>
    </message>
    <message>
        <source>Hardware ID: %1 already belongs to phone &quot;%2&quot;.</source>
        <translation>ID de hardware: %1 ya pertenece al teléfono «%2».</translation>
    </message>
    <message>
        <source>add or edit phones</source>
        <translation>añadir o editar teléfonos</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; has no id to update.</source>
        <translation>El teléfono «%1» no tiene ID para actualizar.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; is used by two phones in this batch.</source>
        <translation>Nombre: «%1» lo usan dos teléfonos de este lote.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 is used by &quot;%2&quot; and &quot;%3&quot; in this batch.</source>
        <translation>ID de hardware: %1 lo usan «%2» y «%3» en este lote.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation>Teléfono «%1»: %2</translation>
    </message>
    <message>
        <source>saving phones</source>
        <translation>guardado de los teléfonos</translation>
    </message>
    <message>
        <source>Phones %1 to %2 of the batch</source>
        <translation>Teléfonos %1 a %2 del lote</translation>
    </message>
    <message>
        <source>Saving %1 returned no id.</source>
        <translation>Al guardar %1 no se devolvió ningún ID.</translation>
    </message>
    <message>
        <source>delete phones</source>
        <translation>eliminar teléfonos</translation>
    </message>
    <message>
        <source>deleting phones</source>
        <translation>eliminación de los teléfonos</translation>
    </message>
    <message>
        <source>One of the selected phones no longer exists; nothing was deleted.</source>
        <translation>Uno de los teléfonos seleccionados ya no existe; no se eliminó nada.</translation>
    </message>
    <message>
        <source>deleting phone &quot;%1&quot;</source>
        <translation>eliminación del teléfono «%1»</translation>
    </message>
    <message>
        <source>migrate base settings</source>
        <translation>migrar configuraciones base</translation>
    </message>
    <message>
        <source>The target base settings use an unknown model.</source>
        <translation>La configuración base de destino usa un modelo desconocido.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is a %2 phone; base settings &quot;%3&quot; are for %4 phones.</source>
        <translation>El teléfono «%1» es de la categoría «%2»; la configuración base «%3» es para teléfonos %4.</translation>
    </message>
    <message>
        <source>log out phones</source>
        <translation>cerrar la sesión de teléfonos</translation>
    </message>
    <message>
        <source>logging out %1</source>
        <translation>cierre de sesión de %1</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot;</source>
        <translation>Sitio «%1»</translation>
    </message>
    <message>
        <source>A site named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un sitio llamado «%1».</translation>
    </message>
    <message>
        <source>reading a site</source>
        <translation>lectura de un sitio</translation>
    </message>
    <message>
        <source>The site no longer exists.</source>
        <translation>El sitio ya no existe.</translation>
    </message>
    <message>
        <source>create sites</source>
        <translation>crear sitios</translation>
    </message>
    <message>
        <source>edit sites</source>
        <translation>editar sitios</translation>
    </message>
    <message>
        <source>counting the site&apos;s phones</source>
        <translation>recuento de los teléfonos del sitio</translation>
    </message>
    <message>
        <source>delete sites</source>
        <translation>eliminar sitios</translation>
    </message>
    <message numerus="yes">
        <source>Site &quot;%1&quot; is used by %n phone(s); move them to another site first.</source>
        <translation>
            <numerusform>El sitio «%1» lo usa %n teléfono; muévalo primero a otro sitio.</numerusform>
            <numerusform>El sitio «%1» lo usan %n teléfonos; muévalos primero a otro sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish %1: a record with the same unique value exists (%2).</source>
        <translation>No se pudo completar la operación (%1): ya existe un registro con el mismo valor único (%2).</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>No se pudo completar la operación (%1): otro programa ha bloqueado la base de datos. No se cambió nada; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is read-only. Nothing was changed.</source>
        <translation>No se pudo completar la operación (%1): la base de datos es de solo lectura. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: a required value is missing or refers to a record that does not exist (%2). Nothing was changed.</source>
        <translation>No se pudo completar la operación (%1): falta un valor obligatorio o hace referencia a un registro que no existe (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Restore it from a backup.</source>
        <translation>No se pudo completar la operación (%1): el archivo de la base de datos está dañado (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not finish %1: the connection to the database was lost (%2). Nothing was changed.</source>
        <translation>No se pudo completar la operación (%1): se perdió la conexión con la base de datos (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: %2</source>
        <translation>No se pudo completar la operación (%1): %2</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone deleted it. Your changes were not saved.</source>
        <translation>%1 ya no existe: se eliminó mientras tanto. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> por %1 el %2</translation>
    </message>
    <message>
        <source>%1 was changed%2 after you opened it. Your changes were not saved: reload to see the current version, then apply your changes again.</source>
        <translation>%1 se modificó%2 después de que usted empezara a editar. Sus cambios no se guardaron: recargue para ver la versión actual y vuelva a aplicar sus cambios.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>reading phone status</source>
        <translation>lectura del estado de los teléfonos</translation>
    </message>
    <message>
        <source>saving phone status</source>
        <translation>guardado del estado de los teléfonos</translation>
    </message>
    <message>
        <source>recording a configuration fetch</source>
        <translation>registro de una obtención de configuración</translation>
    </message>
    <message>
        <source>SQLite support is missing from this installation (Qt&apos;s QSQLITE driver).</source>
        <translation>Falta la compatibilidad con SQLite en esta instalación (controlador QSQLITE de Qt).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. PhoneDesk needs to write to it: check its permissions, or open a copy.</source>
        <translation>El archivo de base de datos %1 es de solo lectura. PhoneDesk necesita escribir en él: compruebe sus permisos o abra una copia.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. PhoneDesk needs to create its journal files next to the database: check the folder&apos;s permissions.</source>
        <translation>La carpeta %1 es de solo lectura. PhoneDesk necesita crear sus archivos de diario junto a la base de datos: compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>No se puede abrir el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PhoneDesk database or it is damaged (%2). Restore it from a backup or choose another file.</source>
        <translation>%1 no es una base de datos de PhoneDesk o está dañada (%2). Restáurela desde una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>apertura de la base de datos</translation>
    </message>
    <message>
        <source>PostgreSQL support is missing from this installation (Qt&apos;s QPSQL driver; on Debian and Ubuntu install libqt6sql6-psql).</source>
        <translation>Falta la compatibilidad con PostgreSQL en esta instalación (controlador QPSQL de Qt; en Debian y Ubuntu, instale libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation>No se puede conectar a PostgreSQL en %1:%2 (base de datos %3): %4</translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation>preparación de la base de datos</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lectura de la versión del esquema</translation>
    </message>
    <message>
        <source>This database was created by a newer PhoneDesk (schema %1; this version knows up to %2). Update PhoneDesk to open it; the database was not changed.</source>
        <translation>Esta base de datos la creó una versión más reciente de PhoneDesk (esquema %1; esta versión conoce hasta el %2). Actualice PhoneDesk para abrirla; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>inicio de la actualización del esquema</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualización del esquema a la versión %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>registro de la versión %1 del esquema</translation>
    </message>
    <message>
        <source>%1 may not %2: the %3 role does not allow it.</source>
        <translation>%1 no puede %2: el rol %3 no lo permite.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>inicio de una transacción</translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation>notificación del cambio</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>guardado de los cambios</translation>
    </message>
    <message>
        <source>reading setting %1</source>
        <translation>lectura del ajuste %1</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar ajustes</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>guardado del ajuste %1</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;</source>
        <translation>Usuario «%1»</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>lectura de un usuario</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>create users</source>
        <translation>crear usuarios</translation>
    </message>
    <message>
        <source>edit users</source>
        <translation>editar usuarios</translation>
    </message>
    <message>
        <source>delete users</source>
        <translation>eliminar usuarios</translation>
    </message>
    <message>
        <source>counting the user&apos;s phones</source>
        <translation>recuento de los teléfonos del usuario</translation>
    </message>
    <message numerus="yes">
        <source>User &quot;%1&quot; is assigned to %n phone(s); log them out of those phones first.</source>
        <translation>
            <numerusform>El usuario «%1» está asignado a %n teléfono; cierre primero su sesión en ese teléfono.</numerusform>
            <numerusform>El usuario «%1» está asignado a %n teléfonos; cierre primero su sesión en esos teléfonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the provisioning quarantine</source>
        <translation>lectura de la cuarentena de aprovisionamiento</translation>
    </message>
    <message>
        <source>updating the provisioning quarantine</source>
        <translation>actualización de la cuarentena de aprovisionamiento</translation>
    </message>
    <message>
        <source>remove quarantined devices</source>
        <translation>quitar dispositivos en cuarentena</translation>
    </message>
    <message>
        <source>Could not finish %1: this build has no SQLite library.</source>
        <translation>No se pudo completar la operación (%1): esta compilación no incluye la biblioteca SQLite.</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>lectura de la base de datos</translation>
    </message>
    <message>
        <source>Site: you may only put phones at your own sites.</source>
        <translation>Sitio: solo puede poner teléfonos en sus propios sitios.</translation>
    </message>
    <message>
        <source>%1 may not read device secrets: only Administrators and the PhoneDesk server may.</source>
        <translation>%1 no puede leer los secretos de los dispositivos: solo pueden hacerlo los administradores y el servidor de PhoneDesk.</translation>
    </message>
    <message>
        <source>%1 may not render configuration files: they hold the phones&apos; passwords, which only Administrators and the PhoneDesk server may read.</source>
        <translation>%1 no puede generar archivos de configuración: contienen las contraseñas de los teléfonos, que solo pueden leer los administradores y el servidor de PhoneDesk.</translation>
    </message>
    <message>
        <source>Could not finish %1: it concerns a phone at a site outside your sites, and the database refused it (permission: site scope). Nothing was changed.</source>
        <translation>No se pudo completar la operación (%1): afecta a un teléfono de un sitio fuera de sus sitios y la base de datos la rechazó (permiso: ámbito de sitios). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: your role may not %2, and the database refused it. Nothing was changed.</source>
        <translation>No se pudo completar la operación (%1): su rol no puede %2 y la base de datos la rechazó. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database refused it for your role (%2). Nothing was changed.</source>
        <translation>No se pudo completar la operación (%1): la base de datos la rechazó para su rol (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk holding the database is full (%2). Nothing was changed; free some space on it and try again.</source>
        <translation>No se pudo completar la operación (%1): el disco que contiene la base de datos está lleno (%2). No se cambió nada; libere espacio en él e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>No se puede crear el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer could read it: PhoneDesk made it private to you: %1.</source>
        <translation>La base de datos contiene los secretos de los teléfonos y otros usuarios de este equipo podían leerla: PhoneDesk la hizo privada para usted: %1.</translation>
    </message>
    <message>
        <source>The database holds the phones&apos; secrets and other users of this computer can read it; PhoneDesk could not change that: %1. Ask the file&apos;s owner to make it private (chmod 600).</source>
        <translation>La base de datos contiene los secretos de los teléfonos y otros usuarios de este equipo pueden leerla; PhoneDesk no pudo cambiarlo: %1. Pida al propietario del archivo que lo haga privado (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the system could not read or write it (%2). Nothing was changed.</source>
        <translation>No se puede abrir el archivo de base de datos %1: el sistema no pudo leerlo ni escribirlo (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: the disk holding it is full (%2). The file is not damaged and nothing was changed; free some space on that disk and try again.</source>
        <translation>No se puede abrir el archivo de base de datos %1: el disco que lo contiene está lleno (%2). El archivo no está dañado y no se cambió nada; libere espacio en ese disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2: the database refused to let it read anything. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation>La cuenta %1 no es miembro del equipo de PhoneDesk de la base de datos %2: la base de datos no le deja leer nada. Pida a un administrador de PhoneDesk que la añada (phonedesk-cli team add).</translation>
    </message>
    <message>
        <source>backing up the database</source>
        <translation>copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it; nothing was changed. %2</source>
        <translation>No se pudo hacer una copia de seguridad de la base de datos en %1 antes de actualizarla; no se cambió nada. %2</translation>
    </message>
    <message>
        <source>Database %1 needs an upgrade to schema %2, which only its owner can do: ask them to open it once with this version of PhoneDesk (for example with phonedesk-cli db setup-team). Nothing was changed.</source>
        <translation>La base de datos %1 necesita una actualización al esquema %2 que solo puede hacer su propietario: pídale que la abra una vez con esta versión de PhoneDesk (por ejemplo con phonedesk-cli db setup-team). No se cambió nada.</translation>
    </message>
    <message>
        <source>reading who you are</source>
        <translation>identificación de su cuenta</translation>
    </message>
    <message>
        <source>The login %1 is not a member of the PhoneDesk team of database %2. Ask a PhoneDesk administrator to add it (phonedesk-cli team add).</source>
        <translation>La cuenta %1 no es miembro del equipo de PhoneDesk de la base de datos %2. Pida a un administrador de PhoneDesk que la añada (phonedesk-cli team add).</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role in this database; the %3 role was refused: a chosen role may only be lower than the one the database gives you.</source>
        <translation>Ha iniciado sesión como %1 con el rol %2 en esta base de datos; se rechazó el rol %3: un rol elegido solo puede ser inferior al que le da la base de datos.</translation>
    </message>
    <message>
        <source>%1 may not %2: that is outside their sites (%3). Nothing was changed.</source>
        <translation>%1 no puede %2: está fuera de sus sitios (%3). No se cambió nada.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Cannot listen for changes in PostgreSQL database %1: %2</source>
        <translation>No se pueden escuchar los cambios de la base de datos PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>setting up the change feed</source>
        <translation>la configuración del aviso de cambios</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMemberEditor</name>
    <message>
        <source>Team Member %1</source>
        <translation>Miembro del equipo %1</translation>
    </message>
    <message>
        <source>Add Team Member</source>
        <translation>Añadir miembro del equipo</translation>
    </message>
    <message>
        <source>PostgreSQL login, e.g. anna.keller</source>
        <translation>Cuenta de PostgreSQL, p. ej. anna.keller</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;All sites</source>
        <translation>&amp;Todos los sitios</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sitios:</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>Déjelo vacío para conservar la contraseña</translation>
    </message>
    <message>
        <source>&amp;No password: the login signs in with a certificate or peer authentication</source>
        <translation>Si&amp;n contraseña: la cuenta inicia sesión con un certificado o con autenticación peer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>Login: enter the PostgreSQL login name.</source>
        <translation>Cuenta: introduzca el nombre de la cuenta de PostgreSQL.</translation>
    </message>
    <message>
        <source>Login: use letters, digits and _ . @ - (at most 63).</source>
        <translation>Cuenta: use letras, dígitos y _ . @ - (63 como máximo).</translation>
    </message>
    <message>
        <source>Login: names starting with pg_ are reserved by PostgreSQL.</source>
        <translation>Cuenta: los nombres que empiezan por pg_ están reservados por PostgreSQL.</translation>
    </message>
    <message>
        <source>Sites: choose at least one site, or All sites.</source>
        <translation>Sitios: elija al menos un sitio, o Todos los sitios.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ.</source>
        <translation>Confirmar: las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Each person signs in to the team database with a login of their own. PostgreSQL enforces the role and the sites for the console, phonedesk-cli and psql alike.</source>
        <translation>Cada persona inicia sesión en la base de datos del equipo con una cuenta propia. PostgreSQL aplica el rol y los sitios por igual a la consola, a phonedesk-cli y a psql.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n miembro.</numerusform>
            <numerusform>%n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>Quitar miembro del equipo</translation>
    </message>
    <message>
        <source>Remove %1 from the team? The login loses every right in this database at once.</source>
        <translation>¿Quitar a %1 del equipo? La cuenta pierde de inmediato todos sus derechos en esta base de datos.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TeamRepository</name>
    <message>
        <source>Cannot %1: team members exist in a team database on PostgreSQL. The embedded database has one person at this desk; choose the role with --role.</source>
        <translation>No se puede %1: los miembros del equipo existen en una base de datos del equipo en PostgreSQL. La base de datos integrada tiene una sola persona en este puesto; elija el rol con --role.</translation>
    </message>
    <message>
        <source>reading the team&apos;s roles</source>
        <translation>lectura de los roles del equipo</translation>
    </message>
    <message>
        <source>set up team mode</source>
        <translation>configurar el modo de equipo</translation>
    </message>
    <message>
        <source>Only the owner of database %1 can set up team mode; you are signed in as %2.</source>
        <translation>Solo el propietario de la base de datos %1 puede configurar el modo de equipo; ha iniciado sesión como %2.</translation>
    </message>
    <message>
        <source>setting up team mode</source>
        <translation>configuración del modo de equipo</translation>
    </message>
    <message>
        <source>Setting up team mode creates PostgreSQL roles, and the login %1 may not create roles. A superuser can allow it: ALTER ROLE %1 CREATEROLE;</source>
        <translation>Configurar el modo de equipo crea roles de PostgreSQL, y la cuenta %1 no puede crear roles. Un superusuario puede permitirlo: ALTER ROLE %1 CREATEROLE;</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 already exists and was not made by PhoneDesk as the %2 role of database %3 (role names are shared by every database of the server). Rename or drop it, then set up team mode again; nothing was changed.</source>
        <translation>El rol de PostgreSQL %1 ya existe y PhoneDesk no lo creó como rol %2 de la base de datos %3 (los nombres de rol son comunes a todas las bases de datos del servidor). Cámbielo de nombre o elimínelo y vuelva a configurar el modo de equipo; no se cambió nada.</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>creación del rol %1</translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still create objects in the schema of the tables (its owner is not you): ask its owner to run REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</source>
        <translation>Cualquier cuenta del servidor PostgreSQL puede todavía crear objetos en el esquema de las tablas (su propietario no es usted): pida a su propietario que ejecute REVOKE CREATE ON SCHEMA %1 FROM PUBLIC;</translation>
    </message>
    <message>
        <source>Every login of the PostgreSQL server may still connect to database %1 (its owner is not you): ask its owner to run REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</source>
        <translation>Cualquier cuenta del servidor PostgreSQL puede todavía conectarse a la base de datos %1 (su propietario no es usted): pida a su propietario que ejecute REVOKE CONNECT ON DATABASE %1 FROM PUBLIC;</translation>
    </message>
    <message>
        <source>granting the team&apos;s privileges</source>
        <translation>concesión de los privilegios del equipo</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>No se pudo %1: %2.</translation>
    </message>
    <message>
        <source>list the team</source>
        <translation>listar el equipo</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>lectura del equipo</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is not a login name PhoneDesk can add: use letters, digits and _ . @ - (at most 63, not starting with pg_).</source>
        <translation>Cuenta: «%1» no es un nombre de cuenta que PhoneDesk pueda añadir: use letras, dígitos y _ . @ - (63 como máximo, sin empezar por pg_).</translation>
    </message>
    <message>
        <source>Sites: the %1 role is not limited to sites; only Viewers, Operators and Editors are.</source>
        <translation>Sitios: el rol %1 no está limitado a sitios; solo lo están Lector, Operador y Editor.</translation>
    </message>
    <message>
        <source>add %1 to the team</source>
        <translation>añadir a %1 al equipo</translation>
    </message>
    <message>
        <source>remove %1 from the team</source>
        <translation>quitar a %1 del equipo</translation>
    </message>
    <message>
        <source>give %1 the %2 role</source>
        <translation>dar a %1 el rol %2</translation>
    </message>
    <message>
        <source>change the sites of %1</source>
        <translation>cambiar los sitios de %1</translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation>cambiar la contraseña de %1</translation>
    </message>
    <message>
        <source>Server (phonedesk-server)</source>
        <translation>Servidor (phonedesk-server)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Types</name>
    <message>
        <source>Managed</source>
        <translation>Gestionado</translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation>No gestionado</translation>
    </message>
    <message>
        <source>WebRTC</source>
        <translation>WebRTC</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Speed dial</source>
        <translation>Marcación rápida</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Quitando</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::UserDialog</name>
    <message>
        <source>Edit User</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Extensión:</translation>
    </message>
    <message>
        <source>User Changed Meanwhile</source>
        <translation>Usuario modificado mientras tanto</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; was changed%2 while you were editing it.</source>
        <translation>El usuario «%1» se modificó%2 mientras usted lo editaba.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1: campo obligatorio.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: texto demasiado largo (como máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1: no se permiten caracteres de control.</translation>
    </message>
    <message>
        <source>Line keys: the %1 has %2 line keys, %3 are configured.</source>
        <translation>Teclas de línea: el %1 tiene %2 teclas de línea y hay %3 configuradas.</translation>
    </message>
    <message>
        <source>Line key %1: position must be between 1 and %2 on the %3.</source>
        <translation>Tecla de línea %1: la posición debe estar entre 1 y %2 en el %3.</translation>
    </message>
    <message>
        <source>Line key %1 is configured twice.</source>
        <translation>La tecla de línea %1 está configurada dos veces.</translation>
    </message>
    <message>
        <source>Line key %1: the label must be at most 64 printable characters.</source>
        <translation>Tecla de línea %1: la etiqueta debe tener como máximo 64 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>Line key %1: a speed dial needs a number (+15551234567 or an extension) or a SIP address, not &quot;%2&quot;.</source>
        <translation>Tecla de línea %1: una marcación rápida necesita un número (+15551234567 o una extensión) o una dirección SIP, no «%2».</translation>
    </message>
    <message>
        <source>Line key %1: a BLF key needs the extension or SIP address to watch, not &quot;%2&quot;.</source>
        <translation>Tecla de línea %1: una tecla BLF necesita la extensión o la dirección SIP que se va a supervisar, no «%2».</translation>
    </message>
    <message>
        <source>Line key %1: the value is not valid.</source>
        <translation>Tecla de línea %1: el valor no es válido.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Base settings are required.</source>
        <translation>La configuración base es obligatoria.</translation>
    </message>
    <message>
        <source>Base settings: the selected profile does not exist.</source>
        <translation>Configuración base: el perfil seleccionado no existe.</translation>
    </message>
    <message>
        <source>Base settings: the profile&apos;s model &quot;%1&quot; is not in the catalog.</source>
        <translation>Configuración base: el modelo «%1» del perfil no está en el catálogo.</translation>
    </message>
    <message>
        <source>Site is required.</source>
        <translation>El sitio es obligatorio.</translation>
    </message>
    <message>
        <source>Site: the selected site does not exist.</source>
        <translation>Sitio: el sitio seleccionado no existe.</translation>
    </message>
    <message>
        <source>User: the selected user does not exist.</source>
        <translation>Usuario: el usuario seleccionado no existe.</translation>
    </message>
    <message>
        <source>Hardware ID: a managed phone needs its MAC address (for example 00:04:F2:AB:CD:EF).</source>
        <translation>ID de hardware: un teléfono gestionado necesita su dirección MAC (por ejemplo 00:04:F2:AB:CD:EF).</translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a MAC address. Use 12 hex digits, e.g. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef or 0004f2abcdef.</source>
        <translation>ID de hardware: «%1» no es una dirección MAC. Use 12 dígitos hexadecimales, p. ej. 00:04:F2:AB:CD:EF, 00-04-f2-ab-cd-ef, 0004.f2ab.cdef o 0004f2abcdef.</translation>
    </message>
    <message>
        <source>Hardware ID: %1 is a broadcast or multicast address, not a phone&apos;s MAC.</source>
        <translation>ID de hardware: %1 es una dirección de difusión o multidifusión, no la MAC de un teléfono.</translation>
    </message>
    <message>
        <source>Remote address applies to remote phones only.</source>
        <translation>La dirección remota solo se aplica a los teléfonos remotos.</translation>
    </message>
    <message>
        <source>Hardware ID: &quot;%1&quot; is not a host name (for example softphone-12.example.com).</source>
        <translation>ID de hardware: «%1» no es un nombre de host (por ejemplo softphone-12.example.com).</translation>
    </message>
    <message>
        <source>User: a WebRTC phone belongs to a user; choose one.</source>
        <translation>Usuario: un teléfono WebRTC pertenece a un usuario; elija uno.</translation>
    </message>
    <message>
        <source>Hardware ID: a remote phone has no hardware ID.</source>
        <translation>ID de hardware: un teléfono remoto no tiene ID de hardware.</translation>
    </message>
    <message>
        <source>Remote address is required: an E.164 number (+15551234567) or a SIP address.</source>
        <translation>La dirección remota es obligatoria: un número E.164 (+15551234567) o una dirección SIP.</translation>
    </message>
    <message>
        <source>Remote address: &quot;%1&quot; is neither an E.164 number (+15551234567) nor a SIP address (sip:alice@example.com).</source>
        <translation>Dirección remota: «%1» no es ni un número E.164 (+15551234567) ni una dirección SIP (sip:alice@example.com).</translation>
    </message>
    <message>
        <source>Line keys: a remote phone has no line keys.</source>
        <translation>Teclas de línea: un teléfono remoto no tiene teclas de línea.</translation>
    </message>
    <message>
        <source>Network address: &quot;%1&quot; is not a host or IP address with an optional port.</source>
        <translation>Dirección de red: «%1» no es un host o una dirección IP con un puerto opcional.</translation>
    </message>
    <message>
        <source>Network address: remote phones are not probed.</source>
        <translation>Dirección de red: los teléfonos remotos no se sondean.</translation>
    </message>
    <message>
        <source>E911 location</source>
        <translation>Ubicación E911</translation>
    </message>
    <message>
        <source>Number plan</source>
        <translation>Plan de numeración</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address.</source>
        <translation>%1: «%2» no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>%1: enter the port in the port field, not in the host.</source>
        <translation>%1: introduzca el puerto en el campo del puerto, no en el host.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation>%1: el puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Primary SIP server</source>
        <translation>Servidor SIP principal</translation>
    </message>
    <message>
        <source>Secondary SIP server</source>
        <translation>Servidor SIP secundario</translation>
    </message>
    <message>
        <source>Secondary SIP server: must differ from the primary server.</source>
        <translation>Servidor SIP secundario: debe ser distinto del servidor principal.</translation>
    </message>
    <message>
        <source>Provisioning host: &quot;%1&quot; is not a host name or address with optional port.</source>
        <translation>Host de aprovisionamiento: «%1» no es un nombre de host o una dirección con un puerto opcional.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone name such as Europe/Berlin.</source>
        <translation>Zona horaria: «%1» no es un nombre de zona horaria como Europe/Madrid.</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address.</source>
        <translation>Correo electrónico: «%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Extension: &quot;%1&quot; must be 2 to 15 digits.</source>
        <translation>Extensión: «%1» debe tener entre 2 y 15 dígitos.</translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation>El modelo es obligatorio.</translation>
    </message>
    <message>
        <source>Model: &quot;%1&quot; is not a known phone model.</source>
        <translation>Modelo: «%1» no es un modelo de teléfono conocido.</translation>
    </message>
    <message>
        <source>The %1 is not compatible with cloud media; calls at this cloud-media site may fail.</source>
        <translation>El %1 no es compatible con medios en la nube; las llamadas en este sitio con medios en la nube pueden fallar.</translation>
    </message>
    <message>
        <source>Unmanaged phones are not supported with cloud media; use a premises site or a managed model.</source>
        <translation>Los teléfonos no gestionados no se admiten con medios en la nube; use un sitio con medios locales o un modelo gestionado.</translation>
    </message>
    <message>
        <source>%1 must not contain invisible or text-direction characters (%2 at character %3).</source>
        <translation>%1 no debe contener caracteres invisibles ni de dirección del texto (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>Line key %1: the label</source>
        <translation>Tecla de línea %1: la etiqueta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Base settings: a %2 profile is not for %1 phones.</source>
        <translation>Configuración base: un perfil de %2 no es para teléfonos de la categoría «%1».</translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic needs a Firmware version from the firmware library, or a Firmware server URL.</source>
        <translation>Política de actualización de firmware: Automática necesita una versión de firmware de la biblioteca de firmware o una URL del servidor de firmware.</translation>
    </message>
    <message>
        <source>Firmware update policy: Automatic, but the firmware library has no image of version %1 for the %2 (Firmware version), and no Firmware server URL is set. Add the image (Manage &gt; Firmware…), set the URL, or choose Manual.</source>
        <translation>Política de actualización de firmware: Automática, pero la biblioteca de firmware no tiene ninguna imagen de la versión %1 para el %2 (Versión de firmware) y no hay ninguna URL del servidor de firmware. Añada la imagen (Gestión &gt; Firmware…), indique la URL o elija Manual.</translation>
    </message>
    <message>
        <source>Serial number: only desk phones (managed or unmanaged) have one.</source>
        <translation>Número de serie: solo lo tienen los teléfonos de escritorio (gestionados o no gestionados).</translation>
    </message>
    <message>
        <source>Serial number: &quot;%1&quot; is not a serial number. Use the one on the phone&apos;s label: up to 64 letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos;.</source>
        <translation>Número de serie: «%1» no es un número de serie. Use el de la etiqueta del teléfono: hasta 64 letras, dígitos, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; o &apos;/&apos;.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::YealinkRpsService</name>
    <message>
        <source>the device stays at another server</source>
        <translation>el dispositivo permanece en otro servidor</translation>
    </message>
    <message>
        <source>Yealink RPS refused the AccessKey ID or secret (%1). Create a new AccessKey under YMCS → System → Integration → API.</source>
        <translation>Yealink RPS rechazó el ID o el secreto de AccessKey (%1). Cree una nueva AccessKey en YMCS → System → Integration → API.</translation>
    </message>
    <message>
        <source>Yealink RPS did not answer as expected: %1</source>
        <translation>Yealink RPS no respondió como se esperaba: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk phone management console</source>
        <translation>Consola de gestión de teléfonos de escritorio</translation>
    </message>
    <message>
        <source>Open a demo organisation in a temporary database.</source>
        <translation>Abrir una organización de demostración en una base de datos temporal.</translation>
    </message>
    <message>
        <source>Database to open: sqlite:/path/file.sqlite or postgresql://user@host:5432/phonedesk (password from PGPASSWORD or the system keychain).</source>
        <translation>Base de datos que se va a abrir: sqlite:/path/file.sqlite o postgresql://user@host:5432/phonedesk (contraseña de PGPASSWORD o del llavero del sistema).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Write screenshots of the console into a folder and exit.</source>
        <translation>Escribir capturas de pantalla de la consola en una carpeta y salir.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use viewer, operator, editor or administrator.</source>
        <translation>Rol desconocido «%1»: use viewer, operator, editor o administrator.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo.</source>
        <translation>No se pudo crear una carpeta temporal para la demostración.</translation>
    </message>
    <message>
        <source>PhoneDesk</source>
        <translation>PhoneDesk</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>No se pudo abrir %1:
%2</translation>
    </message>
    <message>
        <source>Phone status is not available: %1</source>
        <translation>El estado de los teléfonos no está disponible: %1</translation>
    </message>
    <message>
        <source>Resync after a configuration change failed: %1</source>
        <translation>Falló la resincronización tras un cambio de configuración: %1</translation>
    </message>
    <message>
        <source>The provisioning server did not start: %1</source>
        <translation>El servidor de aprovisionamiento no se inició: %1</translation>
    </message>
    <message>
        <source>Role: viewer, operator, editor or administrator. Embedded database: default administrator. Team database: your role in the database, which this may only lower.</source>
        <translation>Rol: viewer, operator, editor o administrator. Base de datos integrada: predeterminado administrator. Base de datos del equipo: su rol en la base de datos, que esta opción solo puede rebajar.</translation>
    </message>
    <message>
        <source>The simulated phones could not start: %1
The demo&apos;s phones are shown without status.</source>
        <translation>No se pudieron iniciar los teléfonos simulados: %1
Los teléfonos de la demostración se muestran sin estado.</translation>
    </message>
    <message>
        <source>Could not open %1 with --role %2:
%3</source>
        <translation>No se pudo abrir %1 con --role %2:
%3</translation>
    </message>
    <message>
        <source>Phone status is not available: %1 (in %2)</source>
        <translation>El estado de los teléfonos no está disponible: %1 (en %2)</translation>
    </message>
    <message>
        <source>Redirection services: %1</source>
        <translation>Servicios de redirección: %1</translation>
    </message>
</context>
<context>
    <name>phonesim</name>
    <message>
        <source>Simulated SIP desk phones on loopback. Phone i answers at 127.1.0.1 + i (skipping .0 and .255) on the SIP port; its Poly-style REST API is on the REST port of the same address.</source>
        <translation>Teléfonos de escritorio SIP simulados en loopback. El teléfono i responde en 127.1.0.1 + i (omitiendo .0 y .255) en el puerto SIP; su API REST de tipo Poly está en el puerto REST de la misma dirección.</translation>
    </message>
    <message>
        <source>Do not serve the REST API.</source>
        <translation>No servir la API REST.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number.</source>
        <translation>--%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>--digest-secrets: cannot read %1: %2</source>
        <translation>--digest-secrets: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: &quot;%3&quot; is not a MAC address.</source>
        <translation>--digest-secrets: %1 línea %2: «%3» no es una dirección MAC.</translation>
    </message>
    <message>
        <source>--digest-secrets: %1 line %2: the secret of %3 is empty.</source>
        <translation>--digest-secrets: %1 línea %2: el secreto de %3 está vacío.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 could not start, 2 bad options, 3 (with --exit-after-provisioning) some phones got no configuration.</source>
        <translation>Código de salida: 0 terminado, 1 no se pudo iniciar, 2 opciones no válidas, 3 (con --exit-after-provisioning) algunos teléfonos no recibieron ninguna configuración.</translation>
    </message>
    <message>
        <source>Number of phones.</source>
        <translation>Número de teléfonos.</translation>
    </message>
    <message>
        <source>SIP port every phone listens on (0 = any free port).</source>
        <translation>Puerto SIP en el que escucha cada teléfono (0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <source>HTTPS REST port (0 = any free port).</source>
        <translation>Puerto REST HTTPS (0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Share of requests ignored (0..1).</source>
        <translation>Proporción de solicitudes ignoradas (0..1).</translation>
    </message>
    <message>
        <source>Share of phones that never answer (0..1).</source>
        <translation>Proporción de teléfonos que nunca responden (0..1).</translation>
    </message>
    <message>
        <source>Share of answers replaced by garbage (0..1).</source>
        <translation>Proporción de respuestas sustituidas por datos basura (0..1).</translation>
    </message>
    <message>
        <source>Answer delay in milliseconds.</source>
        <translation>Retardo de las respuestas en milisegundos.</translation>
    </message>
    <message>
        <source>How long a rebooting phone is silent.</source>
        <translation>Cuánto tiempo permanece en silencio un teléfono que se reinicia.</translation>
    </message>
    <message>
        <source>Final answer to OPTIONS.</source>
        <translation>Respuesta final a OPTIONS.</translation>
    </message>
    <message>
        <source>Base URL phones fetch &lt;mac&gt;.cfg from: on check-sync, after a reboot and with --provision-on-boot.</source>
        <translation>URL base desde la que los teléfonos obtienen &lt;mac&gt;.cfg: con check-sync, tras un reinicio y con --provision-on-boot.</translation>
    </message>
    <message>
        <source>REST API password (user &quot;Polycom&quot;).</source>
        <translation>Contraseña de la API REST (usuario «Polycom»).</translation>
    </message>
    <message>
        <source>Random seed (which phones are dead, which packets are lost).</source>
        <translation>Semilla aleatoria (qué teléfonos están muertos, qué paquetes se pierden).</translation>
    </message>
    <message>
        <source>Write index,mac,sip_address,rest_address to this file.</source>
        <translation>Escribir index,mac,sip_address,rest_address en este archivo.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0 = until interrupted).</source>
        <translation>Detenerse tras este número de segundos (0 = hasta que se interrumpa).</translation>
    </message>
    <message>
        <source>User-Agent of the phones&apos; SIP answers.</source>
        <translation>User-Agent de las respuestas SIP de los teléfonos.</translation>
    </message>
    <message>
        <source>Every phone fetches its configuration from --provisioning-url at start, as a phone out of the box does: &lt;mac&gt;.cfg, then the files a Poly master file names.</source>
        <translation>Cada teléfono obtiene su configuración de --provisioning-url al arrancar, como hace un teléfono recién sacado de la caja: &lt;mac&gt;.cfg y después los archivos que indica un archivo maestro de Poly.</translation>
    </message>
    <message>
        <source>Phones power up at random times within this many milliseconds (seeded).</source>
        <translation>Los teléfonos se encienden en momentos aleatorios dentro de este número de milisegundos (según la semilla).</translation>
    </message>
    <message>
        <source>Configuration fetches in flight at most, fleet-wide.</source>
        <translation>Número máximo de obtenciones de configuración en curso en toda la flota.</translation>
    </message>
    <message>
        <source>Timeout of one provisioning request.</source>
        <translation>Tiempo de espera de una solicitud de aprovisionamiento.</translation>
    </message>
    <message>
        <source>User-Agent of provisioning requests; {mac}, {MAC} and {mac:} stand for the phone&apos;s MAC (default: &quot;FileTransport &lt;user-agent&gt; Type/Application&quot;, as Poly phones send).</source>
        <translation>User-Agent de las solicitudes de aprovisionamiento; {mac}, {MAC} y {mac:} representan la MAC del teléfono (predeterminado: «FileTransport &lt;user-agent&gt; Type/Application», como lo envían los teléfonos Poly).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) every phone presents; the server accepts it only for phones it names.</source>
        <translation>Certificado de cliente (PEM) que presenta cada teléfono; el servidor solo lo acepta para los teléfonos que nombra.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Clave privada (PEM) de --client-cert.</translation>
    </message>
    <message>
        <source>Per-phone client certificates: &lt;dir&gt;/&lt;mac&gt;.pem and &lt;dir&gt;/&lt;mac&gt;.key.</source>
        <translation>Certificados de cliente por teléfono: &lt;dir&gt;/&lt;mac&gt;.pem y &lt;dir&gt;/&lt;mac&gt;.key.</translation>
    </message>
    <message>
        <source>CSV file of &quot;mac,secret&quot; lines: the phone&apos;s own secret for HTTP Digest authentication.</source>
        <translation>Archivo CSV de líneas «mac,secret»: el secreto propio del teléfono para la autenticación HTTP Digest.</translation>
    </message>
    <message>
        <source>Write the files each phone received to &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt;.</source>
        <translation>Escribir los archivos que recibió cada teléfono en &lt;dir&gt;/&lt;mac&gt;/&lt;file&gt;.</translation>
    </message>
    <message>
        <source>Write index,mac,status,fetches,errors,files,error per live phone to this file after the first contact and at exit.</source>
        <translation>Escribir index,mac,status,fetches,errors,files,error de cada teléfono vivo en este archivo tras el primer contacto y al salir.</translation>
    </message>
    <message>
        <source>With --provision-on-boot: exit once every phone has fetched, with status 0 when all got their configuration and 3 otherwise.</source>
        <translation>Con --provision-on-boot: salir en cuanto todos los teléfonos hayan hecho su obtención, con el código 0 si todos recibieron su configuración y 3 en caso contrario.</translation>
    </message>
    <message>
        <source>--exit-after-provisioning needs --provision-on-boot.</source>
        <translation>--exit-after-provisioning requiere --provision-on-boot.</translation>
    </message>
    <message>
        <source>Check the provisioning server&apos;s certificate against the CA(s) in this PEM file (default: not checked, as on many phones out of the box).</source>
        <translation>Comprobar el certificado del servidor de aprovisionamiento con las CA de este archivo PEM (predeterminado: sin comprobar, como en muchos teléfonos recién sacados de la caja).</translation>
    </message>
</context>
</TS>
