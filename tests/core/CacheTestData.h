#pragma once
// A small, hand-built contact centre for the store's tests: three teams, three agents, four
// customers and conversations covering every channel, status and priority, with ties in the
// sort keys, conversations without an SLA, out-of-order messages and Polish text.

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "store/Database.h"

#include <memory>

#include <vector>

namespace concord::testdata {

struct CacheData {
    std::vector<domain::Team> teams;
    std::vector<domain::Agent> agents;
    std::vector<domain::Customer> customers;
    std::vector<domain::Conversation> conversations;
    std::vector<domain::Message> messages; // in the order they are appended
};

CacheData makeCacheData();
// An in-memory cache holding `data`, written row by row or as a bulk load; nullptr (after a
// warning) if the store refuses.
std::unique_ptr<store::Database> writeTestCache(const CacheData& data, bool bulk = false);

// Fixed points of the data set that tests refer to.
inline constexpr const char* kAnnaId = "a0000000-0000-4000-8000-000000000001";
inline constexpr const char* kMarekId = "a0000000-0000-4000-8000-000000000002";
inline constexpr const char* kPiotrId = "a0000000-0000-4000-8000-000000000003";
inline constexpr const char* kFrontLineId = "70000000-0000-4000-8000-000000000001";
inline constexpr const char* kComplaintsId = "70000000-0000-4000-8000-000000000002";
inline constexpr const char* kBillingId = "70000000-0000-4000-8000-000000000003";
inline constexpr const char* kJanId = "c0000000-0000-4000-8000-000000000001";
inline constexpr const char* kZofiaId = "c0000000-0000-4000-8000-000000000002";
inline constexpr const char* kJohnId = "c0000000-0000-4000-8000-000000000003";
inline constexpr const char* kQuietId = "c0000000-0000-4000-8000-000000000004"; // no contacts
// Jan's complaint by e-mail: "Chcę złożyć reklamację", a thread written out of order.
inline constexpr const char* kComplaintId = "d0000000-0000-4000-8000-000000000001";

} // namespace concord::testdata
