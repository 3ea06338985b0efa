#pragma once
// The particulars of one customer case (order, amount, invoice, parcel, case number) that
// every contact about it repeats, so a journey across channels reads as one story and a
// search for an order number finds all of it.

#include "DemoRandom.h"
#include "DemoVocabulary.h"
#include "domain/Time.h"

#include <string>
#include <string_view>

namespace concord::demo {

struct CaseFacts {
    Topic topic = Topic::ProductComplaint;
    const Product* product = nullptr;
    std::string order;      // "MC-48213967"
    std::string amount;     // "1 249,99 zł"
    std::string invoice;    // "FV/2025/11/04821"
    std::string orderDate;  // "12.11"
    std::string tracking;
    std::string caseNumber; // "RK/2025/04812"
    std::string_view courier;
    std::string_view branch;

    // Facts for a case opened at `opened`; the order was placed a few days before.
    static CaseFacts make(DemoRandom& random, Topic topic, domain::Timestamp opened);
};

} // namespace concord::demo
