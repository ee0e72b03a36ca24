#pragma once

// The HTTP side of serving firmware images to phones: their URL on the provisioning server and
// the answer to one GET or HEAD of an image (RFC 9110: validators, conditional requests, a single
// byte range). Pure functions; the connection threads stream the body from the cached file.

#include "firmwarerepository.h"
#include "requesthandler.h"

namespace PhoneDesk {

namespace FirmwareServing {

// "/firmware/<mac>/<sha256>/<name>": the path a phone downloads `image` from. The MAC says whose
// credentials the request must carry (the same checks as for its configuration files); the
// SHA-256 names the content (and never changes with it); `name` is the image's file name made
// safe for a URL (letters, digits, '.', '-', '_'; at most 64).
QString path(const QString &mac, const FirmwareImage &image);
QString urlName(const FirmwareImage &image);
// The URL a phone's configuration names for `image`: `baseUrl` (https://host[:port]/, where the
// phone fetches its files) followed by the image's path. A Poly image is named by the file UC
// Software asks for: ".../<sha256>/sip.ld", which a split-download phone turns into
// ".../<sha256>/<part number>.sip.ld" (docs/firmware.md). Empty when `baseUrl` is.
QString phoneUrl(const QString &baseUrl, const QString &mac, const FirmwareImage &image);

// The parts of a firmware path; nullopt when `target` (without its query) is not one.
struct Target
{
    QString mac; // lower case
    QString sha256; // lower case
    QString name;
};
std::optional<Target> parseTarget(const QByteArray &target);

// The strong entity tag of an image: its SHA-256, quoted.
QByteArray etag(const FirmwareImage &image);
QByteArray httpDate(const QDateTime &time);
std::optional<QDateTime> parseHttpDate(const QByteArray &text);

// A single byte range of `size` bytes: nullopt for a header that is absent, has bad syntax, or
// asks for more than one range (all served as 200, RFC 9110 14.2); `unsatisfiable` when it is
// well-formed but selects nothing (416).
struct ByteRange
{
    qint64 first = 0;
    qint64 length = 0;
    bool unsatisfiable = false;
};
std::optional<ByteRange> parseRange(const QByteArray &header, qint64 size);

// The answer to a GET or HEAD of `image`, whose bytes are in the file `path`: 200, 206, 304 or
// 416, with the body to stream in response.filePath / fileOffset / fileLength.
HttpResponse respond(const HttpRequest &request, const FirmwareImage &image, const QString &path);

} // namespace FirmwareServing

} // namespace PhoneDesk
