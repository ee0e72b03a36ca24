#include "migrations.h"

namespace PhoneDesk::Migrations {

const QList<Migration> &all()
{
    static const QList<Migration> migrations = {
        {1,
         "initial schema",
         {
             QStringLiteral(
                 "CREATE TABLE sites ("
                 " id %ID%,"
                 " name TEXT NOT NULL UNIQUE,"
                 " description TEXT NOT NULL DEFAULT '',"
                 " media_model TEXT NOT NULL,"
                 " primary_host TEXT NOT NULL, primary_port INTEGER NOT NULL, primary_transport TEXT NOT "
                 "NULL,"
                 " secondary_host TEXT NOT NULL DEFAULT '', secondary_port INTEGER NOT NULL DEFAULT 5061,"
                 " secondary_transport TEXT NOT NULL DEFAULT 'tls',"
                 " provisioning_host TEXT NOT NULL DEFAULT '',"
                 " time_zone TEXT NOT NULL DEFAULT '',"
                 " e911_location TEXT NOT NULL DEFAULT '',"
                 " number_plan TEXT NOT NULL DEFAULT '',"
                 " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE users ("
                            " id %ID%,"
                            " name TEXT NOT NULL,"
                            " email TEXT NOT NULL DEFAULT '',"
                            " extension TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE base_settings ("
                            " id %ID%,"
                            " name TEXT NOT NULL UNIQUE,"
                            " model_id TEXT NOT NULL,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " settings_json TEXT NOT NULL DEFAULT '{}',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE phones ("
                            " id %ID%,"
                            " name TEXT NOT NULL UNIQUE,"
                            " category TEXT NOT NULL,"
                            " base_settings_id %BIGINT% NOT NULL REFERENCES base_settings(id),"
                            " site_id %BIGINT% NOT NULL REFERENCES sites(id),"
                            " hardware_id TEXT UNIQUE,"
                            " user_id %BIGINT% REFERENCES users(id),"
                            " remote_address TEXT NOT NULL DEFAULT '',"
                            " network_address TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " overrides_json TEXT NOT NULL DEFAULT '{}',"
                            " line_keys_json TEXT NOT NULL DEFAULT '[]',"
                            " device_secret TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX phones_site ON phones(site_id)"),
             QStringLiteral("CREATE INDEX phones_base_settings ON phones(base_settings_id)"),
             QStringLiteral("CREATE INDEX phones_user ON phones(user_id)"),
             QStringLiteral("CREATE TABLE phone_status ("
                            " phone_id %BIGINT% PRIMARY KEY REFERENCES phones(id) ON DELETE CASCADE,"
                            " status TEXT NOT NULL DEFAULT 'unknown',"
                            " rtt_ms INTEGER NOT NULL DEFAULT -1,"
                            " last_seen %BIGINT%,"
                            " last_change %BIGINT%,"
                            " detail TEXT NOT NULL DEFAULT '',"
                            " fetch_time %BIGINT%,"
                            " fetch_ip TEXT NOT NULL DEFAULT '',"
                            " fetch_user_agent TEXT NOT NULL DEFAULT '',"
                            " firmware TEXT NOT NULL DEFAULT '',"
                            " served_hash TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE audit ("
                            " id %ID%,"
                            " at %BIGINT% NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity_type TEXT NOT NULL,"
                            " entity_id %BIGINT% NOT NULL DEFAULT 0,"
                            " entity_name TEXT NOT NULL DEFAULT '',"
                            " details TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
             QStringLiteral("CREATE INDEX audit_entity ON audit(entity_type, entity_id)"),
             QStringLiteral("CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
        {2,
         "provisioning quarantine",
         {
             QStringLiteral("CREATE TABLE provisioning_quarantine ("
                            " mac TEXT PRIMARY KEY,"
                            " first_seen %BIGINT% NOT NULL,"
                            " last_seen %BIGINT% NOT NULL,"
                            " ip TEXT NOT NULL DEFAULT '',"
                            " user_agent TEXT NOT NULL DEFAULT '',"
                            " model_id TEXT NOT NULL DEFAULT '',"
                            " requests INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral(
                 "CREATE INDEX provisioning_quarantine_last_seen ON provisioning_quarantine(last_seen)"),
         }},
    };
    return migrations;
}

QString dialect(const QString &statement, bool postgres)
{
    QString s = statement;
    s.replace(QLatin1String("%ID%"),
              postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                       : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    s.replace(QLatin1String("%BIGINT%"), postgres ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    return s;
}

} // namespace PhoneDesk::Migrations
