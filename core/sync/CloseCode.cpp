#include "CloseCode.h"

namespace concord::sync {

std::string_view closeCodeName(CloseCode code)
{
    switch (code) {
    case CloseCode::Normal: return "normal";
    case CloseCode::GoingAway: return "going_away";
    case CloseCode::UnsupportedData: return "unsupported_data";
    case CloseCode::PolicyViolation: return "policy_violation";
    case CloseCode::MessageTooBig: return "message_too_big";
    case CloseCode::HelloTimeout: return "hello_timeout";
    case CloseCode::UnsupportedProtocol: return "unsupported_protocol";
    case CloseCode::TooSlow: return "too_slow";
    }
    return {};
}

} // namespace concord::sync
