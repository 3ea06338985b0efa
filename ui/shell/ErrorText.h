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
};

} // namespace concord::ui
