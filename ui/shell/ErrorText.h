#pragma once
// Words for the errors core returns as codes.

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace concord::ui {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // What happened to the cache at `path`, and whether the file was left untouched.
    static QString openCache(const domain::Error& error, const QString& path);
    // Why the hub refused to sign in, from the protocol's error key ("bad_credentials", ...).
    static QString signIn(const QString& codeKey);
    // Why the hub refused one of the agent's writes, whose effect is already undone;
    // `holder` names who has the conversation when a claim lost.
    static QString writeRefused(const QString& codeKey, const QString& holder);
    static QString hubUnreachable(const QString& hub);
    static QString embeddedHub(const domain::Error& error, const QString& path);
};

} // namespace concord::ui
