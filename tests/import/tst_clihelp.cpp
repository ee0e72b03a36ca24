// phonedesk-cli COMMAND --help: every command registered in phonedesk-cli answers with its own
// usage (the command, its summary, options and arguments) on stdout and exit code 0, without
// opening the database; the list of commands comes from phonedesk-cli --help.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PHONEDESK_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The commands and their summaries as phonedesk-cli --help lists them.
QList<std::pair<QString, QString>> listedCommands()
{
    const Run r = cli({QStringLiteral("--help")});
    QList<std::pair<QString, QString>> commands;
    bool inCommands = false;
    static const QRegularExpression line(QStringLiteral("^  (\\S+(?: \\S+)*?) {2,}(.*)$"));
    for (const QString &text : r.out.split(u'\n')) {
        if (text == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (text.isEmpty())
            break;
        if (const QRegularExpressionMatch m = line.match(text); m.hasMatch())
            commands.append({m.captured(1), m.captured(2)});
    }
    return commands;
}
} // namespace

class TestCliHelp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandAnswersHelp_data();
    void everyCommandAnswersHelp();
    void importUsage();
    void groupsListTheirCommands();
    void helpNeedsNoOtherArguments();
    void usageErrorsStillExitTwo_data();
    void usageErrorsStillExitTwo();

private:
    QTemporaryDir m_dir;
    QString m_missingDatabase; // a database that cannot be opened: --help must not try
};

void TestCliHelp::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PHONEDESK_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_missingDatabase =
        QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("no/such/folder/db.sqlite"));
}

void TestCliHelp::everyCommandAnswersHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("summary");
    const auto commands = listedCommands();
    QStringList names;
    for (const auto &[name, summary] : commands) {
        names.append(name);
        QTest::newRow(qPrintable(name)) << name << summary;
    }
    // The list was read: the commands every build has are in it.
    for (const char *known :
         {"db info", "demo", "phones check", "phones credentials", "phones export", "phones import",
          "phones list", "phones logout", "phones restart", "phones resync"}) {
        if (!names.contains(QLatin1String(known)))
            qFatal("phonedesk-cli --help does not list \"%s\"", known);
    }
}

void TestCliHelp::everyCommandAnswersHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, summary);
    const Run r = cli(QStringList {QStringLiteral("--database"), m_missingDatabase} + command.split(u' ') +
                      QStringList {QStringLiteral("--help")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    QVERIFY2(lines.size() > 4, qPrintable(r.out));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Usage: phonedesk-cli [global options] ") + command +
                                    QStringLiteral(" [options]")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), summary);
    QVERIFY2(r.out.contains(QStringLiteral("\nOptions:\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n  --help ")), qPrintable(r.out));
    // Every option the summary mentions is in the usage, with its description.
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    for (auto it = option.globalMatch(summary); it.hasNext();) {
        const QString name = it.next().captured(0);
        static const QRegularExpression listed(QStringLiteral("\\n  (?:-\\w, )?%1(?: <\\w+>)? +\\S"));
        QVERIFY2(QRegularExpression(listed.pattern().arg(QRegularExpression::escape(name)))
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(name + QStringLiteral(" is not in:\n") + r.out));
    }
    QVERIFY(r.out.endsWith(QStringLiteral("Global options (--database, --role, --actor) come before the "
                                          "command; see phonedesk-cli --help.\n")));
}

void TestCliHelp::groupsListTheirCommands()
{
    // "phonedesk-cli phones --help" (and the group alone, as a usage error) lists the group's
    // commands with the summaries --help gives, and nothing of other groups.
    const auto commands = listedCommands();
    QStringList groups;
    for (const auto &[name, summary] : commands) {
        if (name.contains(u' ') && !groups.contains(name.section(u' ', 0, 0)))
            groups.append(name.section(u' ', 0, 0));
    }
    QVERIFY(groups.contains(QStringLiteral("phones")));
    QVERIFY(groups.contains(QStringLiteral("firmware")));
    for (const QString &group : std::as_const(groups)) {
        const Run help = cli({group, QStringLiteral("--help")});
        QCOMPARE(help.status, QProcess::NormalExit);
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.err, QString());
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: phonedesk-cli [global options] ") + group +
                                     QStringLiteral(" COMMAND [ARGS]\n")),
                 qPrintable(help.out));
        for (const auto &[name, summary] : commands) {
            const bool member = name.startsWith(group + u' ');
            QCOMPARE(help.out.contains(QStringLiteral("\n  ") + name + u' '), member);
            if (member)
                QVERIFY2(help.out.contains(summary), qPrintable(name));
        }
        const Run bare = cli({group});
        QCOMPARE(bare.exitCode, 2);
        QCOMPARE(bare.out, QString());
        QCOMPARE(bare.err, help.out);
    }
    const Run unknown = cli({QStringLiteral("nosuchgroup"), QStringLiteral("--help")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("unknown command")), qPrintable(unknown.err));
}

void TestCliHelp::importUsage()
{
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out,
             QStringLiteral(
                 "Usage: phonedesk-cli [global options] phones import [options] FILE\n"
                 "Import phones from CSV: FILE [--mode MODE] [--dry-run] [--skip-invalid] [--report FILE]\n"
                 "\n"
                 "Options:\n"
                 "  --mode <MODE>    create (default): only new phones; upsert-hardware-id or\n"
                 "                   upsert-name: update the phone with the same hardware ID /\n"
                 "                   name, create the others.\n"
                 "  --dry-run        Check the file; save nothing.\n"
                 "  --skip-invalid   Save the valid rows and skip the others (default: save\n"
                 "                   nothing if any row is invalid).\n"
                 "  --report <FILE>  Write every problem to FILE as CSV.\n"
                 "  --progress       Report progress on stderr even when it is not a terminal.\n"
                 "  --help           Show this help and exit.\n"
                 "\n"
                 "Arguments:\n"
                 "  FILE             The CSV file to import.\n"
                 "\n"
                 "Global options (--database, --role, --actor) come before the command; see "
                 "phonedesk-cli --help.\n"));
}

void TestCliHelp::helpNeedsNoOtherArguments()
{
    // --help wins over what the command would otherwise insist on (a file, a selection).
    for (const QStringList &args :
         {QStringList {QStringLiteral("phones"), QStringLiteral("import"), QStringLiteral("--help")},
          QStringList {QStringLiteral("phones"), QStringLiteral("restart"), QStringLiteral("--help")},
          QStringList {QStringLiteral("phones"), QStringLiteral("export"), QStringLiteral("out.csv"),
                       QStringLiteral("--help")}}) {
        const Run r = cli(QStringList {QStringLiteral("--database"), m_missingDatabase} + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: phonedesk-cli [global options] ") + args.at(0) +
                                 u' ' + args.at(1)));
    }
}

void TestCliHelp::usageErrorsStillExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("phones"), QStringLiteral("import"),
                                                    QStringLiteral("--bogus")}
                                    << QStringLiteral("phonedesk-cli: Unknown option 'bogus'.\n");
    QTest::newRow("db info with an argument")
        << QStringList {QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("extra")}
        << QStringLiteral("phonedesk-cli: unexpected argument \"extra\".\n");
    QTest::newRow("help with a value") << QStringList {QStringLiteral("demo"), QStringLiteral("--help=yes")}
                                       << QStringLiteral("phonedesk-cli: Unexpected value after '--help'.\n");
}

void TestCliHelp::usageErrorsStillExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const Run r = cli(QStringList {QStringLiteral("--database"), m_missingDatabase} + args);
    QCOMPARE(r.err, err);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
