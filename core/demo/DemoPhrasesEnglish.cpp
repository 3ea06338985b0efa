// The English phrases of the demo, for customers who write in English. Internal notes stay
// Polish: the agents are Polish whatever language the customer speaks.

#include "DemoPhrases.h"

#include <array>

namespace concord::demo {
namespace {

using SV = std::string_view;

constexpr SV kComplaintSubjects[] = {"Complaint – {p}", "Damaged item in order {o}",
                                     "I want to file a complaint", "Faulty product"};
constexpr SV kComplaintOpenings[] = {
    "Hello, I would like to file a complaint. The {p} from order {o} stopped working after a "
    "week.",
    "Hi, my parcel arrived today and the {p} inside is damaged – the box was crushed.",
    "Good morning, the product does not work as described. I paid {a} and it switches off "
    "after a few minutes.",
    "I'm quite disappointed – this is the second faulty item I have received (order {o}). "
    "Please refund {a}.",
    "Hello, the charger was missing from the box. Product: {p}, order {o}.",
};
constexpr SV kComplaintDetails[] = {"The order number is {o}, placed on {d}.",
                                    "I've attached photos of the damage.",
                                    "I'd prefer a replacement rather than a repair."};
constexpr SV kComplaintFirstReplies[] = {
    "I'm sorry to hear about the problem. I have registered your complaint under number {k}.",
    "Thank you for reporting this. Could you send us photos of the damage and your order "
    "number?",
    "We apologise for the inconvenience. I'll check order {o} and get back to you shortly.",
};
constexpr SV kComplaintProgress[] = {
    "I have booked a {c} courier to collect the item. The label will arrive by e-mail.",
    "The service centre has confirmed the fault; we're waiting for a decision on the "
    "replacement.",
};
constexpr SV kComplaintResolutions[] = {
    "Your complaint {k} has been accepted and we have issued a refund of {a}.",
    "A new unit was shipped today with {c}, tracking number {t}.",
};

constexpr SV kDeliverySubjects[] = {"Where is my parcel?", "Late delivery of order {o}",
                                    "Courier did not come"};
constexpr SV kDeliveryOpenings[] = {
    "Hello, I placed order {o} on {d} and it still hasn't arrived. When can I expect it?",
    "Where is my parcel? Tracking number {t} hasn't changed for three days.",
    "The {c} courier was supposed to come yesterday but nobody showed up. Order {o}.",
    "Tracking says „delivered”, but I haven't received anything.",
};
constexpr SV kDeliveryDetails[] = {"The tracking number is {t}.",
                                   "I'm at home every day after 3 pm.",
                                   "I could pick it up in one of your stores if that's faster."};
constexpr SV kDeliveryFirstReplies[] = {
    "I'm checking the status of shipment {t}, one moment please.",
    "Sorry for the delay. The parcel is stuck at the {c} depot; I have reported it.",
    "Shipment {t} is on its way, delivery is planned for tomorrow before 6 pm.",
};
constexpr SV kDeliveryProgress[] = {
    "The carrier confirmed the parcel is at the local depot.",
    "We're waiting for {c} to reply; I'll update you tomorrow at the latest.",
};
constexpr SV kDeliveryResolutions[] = {
    "The parcel has been delivered. We have refunded the delivery cost ({a}).",
    "We have shipped the order again, the new tracking number is {t}.",
};

constexpr SV kBillingSubjects[] = {"Invoice correction {i}", "Charged twice",
                                   "Missing invoice for order {o}"};
constexpr SV kBillingOpenings[] = {
    "Hello, the VAT number on invoice {i} is wrong. Could you correct it?",
    "My card was charged {a} twice for one order ({o}). Please refund the overpayment.",
    "I haven't received an invoice for order {o}. I need it for my company's accounts.",
    "Could you send me a duplicate of invoice {i}?",
};
constexpr SV kBillingDetails[] = {"Please send the invoice to {e}.",
                                  "The bank statement shows {a} taken twice."};
constexpr SV kBillingFirstReplies[] = {
    "Thank you, I'm checking the payments for order {o}.",
    "Sorry for the mistake on invoice {i}. We'll issue a corrected invoice.",
    "I can see two transactions of {a}; one is a temporary hold that will disappear within 7 "
    "days.",
};
constexpr SV kBillingProgress[] = {
    "I've passed the correction request to our accounts team; it usually takes 2 working "
    "days.",
};
constexpr SV kBillingResolutions[] = {
    "The corrected invoice for {i} has been issued and sent to {e}.",
    "The overpayment of {a} has been refunded to your card.",
};

constexpr SV kReturnSubjects[] = {"Return of order {o}", "Refund request", "Return status {k}"};
constexpr SV kReturnOpenings[] = {
    "Hello, I'd like to return the {p} from order {o}. It's unused and in the original box.",
    "I sent the item back on {d} and still haven't got my money back. Return number {k}.",
    "Can I return an item bought online at your store in {b}?",
};
constexpr SV kReturnDetails[] = {"Please refund to the card I paid with.",
                                 "I dropped the parcel off, shipment number {t}."};
constexpr SV kReturnFirstReplies[] = {
    "Of course – you have 30 days to return it without giving a reason.",
    "I've sent the return label for order {o} to {e}.",
};
constexpr SV kReturnProgress[] = {"The return has reached our warehouse and is being checked."};
constexpr SV kReturnResolutions[] = {"Return {k} accepted, {a} has been refunded.",
                                     "Your refund is on its way, allow 3 working days."};

constexpr SV kWarrantySubjects[] = {"Warranty repair – {p}", "Repair taking too long"};
constexpr SV kWarrantyOpenings[] = {
    "Hello, my {p} is still under warranty and stopped working yesterday. How do I arrange a "
    "repair?",
    "The device has been at the service centre for over a month (case {k}). When will I get "
    "it back?",
    "I've lost the warranty card. Is the order confirmation for {o} enough?",
};
constexpr SV kWarrantyDetails[] = {"It switches itself off and doesn't react to buttons.",
                                   "I need it for work – is a replacement unit possible?"};
constexpr SV kWarrantyFirstReplies[] = {
    "The warranty covers this fault. I've opened service case {k}.",
    "The order confirmation for {o} is perfectly enough as proof of purchase.",
};
constexpr SV kWarrantyProgress[] = {"The service centre is waiting for a spare part, about 7 "
                                    "days."};
constexpr SV kWarrantyResolutions[] = {
    "Repair {k} is finished; the device is on its way with {c}, tracking {t}.",
    "Your replacement has been approved and will ship within 3 days.",
};

constexpr SV kAccountSubjects[] = {"Can't log in", "Password reset", "Account locked"};
constexpr SV kAccountOpenings[] = {
    "Hello, I can't log in to my account. The password reset link never arrives at {e}.",
    "My account was locked after a few login attempts. Could you unlock it?",
    "I got a notification about a login from an unknown device. Has someone accessed my "
    "account?",
};
constexpr SV kAccountDetails[] = {"I tried another browser, same thing.",
                                  "I last logged in on {d}."};
constexpr SV kAccountFirstReplies[] = {
    "For your security I need to confirm your identity. Could you give me your last order "
    "number?",
    "I'm checking the account registered to {e}.",
};
constexpr SV kAccountProgress[] = {"I've sent a new password reset link, valid for 24 hours."};
constexpr SV kAccountResolutions[] = {
    "Your account is unlocked; we recommend changing the password.",
    "The e-mail address on your account has been changed to {e}.",
};

constexpr SV kComplaintIvr[] = {"9 English", "2 Complaints and returns"};
constexpr SV kDeliveryIvr[] = {"9 English", "1 Orders and delivery"};
constexpr SV kBillingIvr[] = {"9 English", "3 Invoices and payments"};
constexpr SV kReturnIvr[] = {"9 English", "2 Complaints and returns"};
constexpr SV kWarrantyIvr[] = {"9 English", "4 Service and warranty"};
constexpr SV kAccountIvr[] = {"9 English", "5 Account and login"};

constexpr SV kCustomerThanks[] = {"Thank you very much for your help!", "Thanks, that's all.",
                                  "Great, thanks for the quick reply.", "OK, thank you."};
constexpr SV kCustomerFillers[] = {"OK.", "I see.", "How long will it take?",
                                   "Will I get a confirmation by e-mail?",
                                   "My order number is {o}.", "Sure, one moment."};
constexpr SV kCustomerReminders[] = {"Hello, is there any update on my case?",
                                     "I'm still waiting for an answer."};
constexpr SV kAgentGreetings[] = {"Hello, this is {g} from Mercato customer service. How can I "
                                  "help?",
                                  "Hi, my name is {g}, happy to help."};
constexpr SV kAgentHolds[] = {"One moment please, I'm checking.",
                              "Thank you for your patience.", "Could I have your order number?"};
constexpr SV kAgentClosings[] = {"Is there anything else I can help you with?",
                                 "Thank you for contacting us, have a nice day!"};
constexpr SV kAgentQuestions[] = {"Could you please confirm the delivery address?",
                                  "Could you send us a photo of the receipt?"};
constexpr SV kCustomerEmailOpen[] = {"Hello,\n\n", "Dear Mercato team,\n\n", "Hi,\n\n"};
constexpr SV kCustomerEmailClose[] = {"\n\nBest regards\n{f}", "\n\nKind regards\n{f}",
                                      "\n\nThanks\n{f}"};
constexpr SV kAgentEmailOpen[] = {"Dear {v},\n\n", "Hello {v},\n\n"};
constexpr SV kAgentEmailClose[] = {"\n\nKind regards\n{s}\nMercato Customer Service"};
constexpr SV kCustomerReferences[] = {" This follows up on my {R} of {D}.",
                                      " I already contacted you about this on {D}."};

TopicLines english(Topic topic, Lines subjects, Lines openings, Lines details,
                   Lines firstReplies, Lines progress, Lines resolutions, Lines ivr)
{
    const TopicLines& polish = polishTopicLines(topic);
    return {subjects,       openings,          details,     firstReplies,
            progress,       resolutions,       polish.notes, polish.callNotes,
            polish.visitPurposes, polish.visitNotes, polish.tags, ivr};
}

} // namespace

const TopicLines& englishTopicLines(Topic topic)
{
    static const std::array<TopicLines, 6> tables{
        english(Topic::ProductComplaint, kComplaintSubjects, kComplaintOpenings,
                kComplaintDetails, kComplaintFirstReplies, kComplaintProgress,
                kComplaintResolutions, kComplaintIvr),
        english(Topic::DeliveryDelay, kDeliverySubjects, kDeliveryOpenings, kDeliveryDetails,
                kDeliveryFirstReplies, kDeliveryProgress, kDeliveryResolutions, kDeliveryIvr),
        english(Topic::Billing, kBillingSubjects, kBillingOpenings, kBillingDetails,
                kBillingFirstReplies, kBillingProgress, kBillingResolutions, kBillingIvr),
        english(Topic::Return, kReturnSubjects, kReturnOpenings, kReturnDetails,
                kReturnFirstReplies, kReturnProgress, kReturnResolutions, kReturnIvr),
        english(Topic::Warranty, kWarrantySubjects, kWarrantyOpenings, kWarrantyDetails,
                kWarrantyFirstReplies, kWarrantyProgress, kWarrantyResolutions, kWarrantyIvr),
        english(Topic::AccountAccess, kAccountSubjects, kAccountOpenings, kAccountDetails,
                kAccountFirstReplies, kAccountProgress, kAccountResolutions, kAccountIvr),
    };
    return tables[static_cast<std::size_t>(topic)];
}

const CommonLines& englishCommonLines()
{
    static const CommonLines lines{kCustomerThanks,    kCustomerFillers,    kCustomerReminders,
                                   kAgentGreetings,    kAgentHolds,         kAgentClosings,
                                   kAgentQuestions,    kCustomerEmailOpen,  kCustomerEmailClose,
                                   kAgentEmailOpen,    kAgentEmailClose,    kCustomerReferences};
    return lines;
}

} // namespace concord::demo
