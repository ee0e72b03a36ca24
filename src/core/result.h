#pragma once

// Error and Result<T>: how every fallible core/storage call reports failure to its caller.

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace PhoneDesk {

// One problem with one field of one record. `field` is the schema/CSV name ("hardwareId",
// "media.dscpRtp"), `message` is translated and names the field for a person.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

struct Error
{
    enum class Code {
        Validation, // the record is invalid; see fields
        Conflict, // optimistic concurrency: someone else changed it
        NotFound,
        Duplicate, // unique key (name, hardware ID) already taken
        InUse, // still referenced (e.g. base settings used by phones)
        Permission, // the current role may not do this
        Database, // the database failed (locked, gone, corrupt)
        Io,
        Unsupported, // e.g. a schema newer than this build
        Cancelled,
        Network,
        WriteFailed, // a file could be created but not written in full (disk full, I/O error)
        Damaged, // the database file is damaged: restore it from a backup
    };

    Code code = Code::Database;
    QString message;
    FieldErrors fields;

    static Error validation(FieldErrors errors);
    static Error make(Code code, QString message) { return Error {code, std::move(message), {}}; }

    // The message plus every field error, one per line: what a dialog or the CLI prints.
    QString fullText() const;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    // By value: `for (auto &x : repo.list().value())` must not refer into the temporary Result,
    // which is gone before the loop body runs.
    T value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace PhoneDesk
