// libFuzzer target: arbitrary bytes to the provisioning server's HTTP request parser, fed in
// arbitrary pieces, and every Authorization header to the Digest parser. Aborts when a parsed
// request breaks the parser's promises (limits, a well-formed target, no byte invented or lost).

#include "digestauth.h"
#include "httprequestparser.h"

#include <cstdint>
#include <cstdlib>

using namespace PhoneDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the chunk size, so the same bytes are also parsed in small pieces.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    HttpRequestParser::Limits limits;
    limits.maxBody = 256;
    HttpRequestParser parser(limits);
    QByteArray buffer;
    qsizetype offset = 0;
    qsizetype consumed = 0;
    int requests = 0;
    while (offset < input.size() || !buffer.isEmpty()) {
        if (offset < input.size()) {
            const QByteArray piece = input.mid(offset, chunk);
            buffer += piece;
            offset += piece.size();
        }
        const qsizetype before = buffer.size();
        const HttpRequestParser::State state = parser.feed(buffer);
        consumed += before - buffer.size();
        if (buffer.size() > before || consumed > input.size())
            abort();
        if (state == HttpRequestParser::State::Error) {
            const int status = parser.errorStatus();
            if (status != 400 && status != 413 && status != 414 && status != 431 && status != 501 &&
                status != 505)
                abort();
            break;
        }
        if (state == HttpRequestParser::State::NeedMore) {
            if (offset >= input.size())
                break;
            continue;
        }
        const HttpRequest request = parser.take();
        ++requests;
        if (request.target.isEmpty() || request.target.at(0) != '/' ||
            request.target.size() > limits.maxRequestLine)
            abort();
        if (request.headers.size() > limits.maxHeaders || request.body.size() > limits.maxBody)
            abort();
        for (const auto &[name, value] : request.headers) {
            if (name != name.toLower() || value.contains('\n') || value.contains('\r'))
                abort();
        }
        if (const QByteArray authorization = request.header("authorization"); !authorization.isEmpty()) {
            if (const auto credentials = DigestAuthenticator::parse(authorization)) {
                if (credentials->username.isEmpty() || credentials->nonce.isEmpty() ||
                    credentials->response.isEmpty())
                    abort();
            }
        }
        if (requests > 1000)
            break;
    }
    // The Digest parser on the raw input as well (it sees header values only after the HTTP parser
    // otherwise).
    (void)DigestAuthenticator::parse(input.left(2048));
    return 0;
}
