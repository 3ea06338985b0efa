#include "MessageWriter.h"

#include "DemoCalendar.h"
#include "DemoVocabulary.h"

#include <algorithm>
#include <charconv>

namespace concord::demo {
namespace {

using domain::Channel;
using domain::Direction;

constexpr std::string_view kSystemAuthor = "System";

void appendNumber(std::string& out, int value)
{
    char buffer[16];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

// "6 min 05 s"
void appendDuration(std::string& out, int seconds)
{
    appendNumber(out, seconds / 60);
    out += " min ";
    out.push_back(static_cast<char>('0' + seconds % 60 / 10));
    out.push_back(static_cast<char>('0' + seconds % 10));
    out += " s";
}

std::string messageId(DemoRandom& random, std::string_view domain)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = "<";
    std::uint64_t bits = random.next();
    for (int i = 0; i < 16; ++i, bits >>= 4)
        id.push_back(kHex[bits & 0xf]);
    id.push_back('@');
    id.append(domain);
    id.push_back('>');
    return id;
}

std::string_view domainOf(std::string_view address)
{
    const auto at = address.find('@');
    return at == std::string_view::npos ? std::string_view("mail.example")
                                        : address.substr(at + 1);
}

// Customers' lines that already say hello need no e-mail salutation before them.
bool startsWithGreeting(std::string_view line)
{
    for (std::string_view greeting : {"Dzień dobry", "Witam", "Hej", "Hello", "Hi,", "Good "})
        if (line.substr(0, greeting.size()) == greeting)
            return true;
    return false;
}

} // namespace

MessageWriter::MessageWriter(const StaffRoster& roster) : m_roster(roster) {}

void MessageWriter::begin(DemoRandom& random, const CustomerProfile& customer,
                          const CaseFacts& facts, const ContactRequest& request)
{
    m_customer = &customer;
    m_facts = &facts;
    m_request = &request;
    m_english = customer.english;
    m_referenced = false;
    m_transferred = false;
    m_lastMessageId.clear();
    m_earlierDate.clear();
    m_used.clear();
    m_visitPurpose = 0;
    if (request.earlier)
        DemoCalendar::appendShortDate(m_earlierDate, request.earlier->when);

    PhraseContext& c = m_context;
    c = PhraseContext{};
    c.order = facts.order;
    c.amount = facts.amount;
    c.product = m_english ? facts.product->english : facts.product->polish;
    c.productAccusative = m_english ? facts.product->english : facts.product->polishAccusative;
    c.invoice = facts.invoice;
    c.orderDate = facts.orderDate;
    c.courier = facts.courier;
    c.tracking = facts.tracking;
    c.caseNumber = facts.caseNumber;
    c.address = customer.address;
    c.customerName = customer.customer.displayName;
    c.customerEmail = customer.email();
    c.branch = facts.branch;
    c.earlierDate = m_earlierDate;
    c.network = networkName(request.network);
    c.fromTeam = m_roster.team(request.team).name;
    c.toTeam = m_roster.team(request.escalate ? request.escalateTo : request.team).name;
    c.customerFemale = customer.female;

    m_subject.clear();
    const Lines subjects = topicLines(facts.topic, m_english).subjects;
    PhraseRenderer::append(m_subject, pick(random, subjects), m_context);
}

std::string_view MessageWriter::pick(DemoRandom& random, Lines lines)
{
    std::string_view line = lines[random.index(lines.size())];
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (std::find(m_used.begin(), m_used.end(), line.data()) == m_used.end())
            break;
        line = lines[random.index(lines.size())];
    }
    m_used.push_back(line.data());
    return line;
}

void MessageWriter::write(DemoRandom& random, Step step, const StaffMember& agent,
                          domain::Timestamp at, domain::Message& out)
{
    out.id = domain::makeUuid(random.engine());
    out.sentAt = at;
    out.body.clear();
    out.email.reset();
    out.call.reset();
    out.visit.reset();
    m_context.agentFirstName = agent.firstName;
    m_context.agentName = agent.agent.displayName;

    if (isCustomerStep(step)) {
        out.direction = Direction::Inbound;
        out.authorId = m_customer->customer.id;
        out.authorName = m_customer->customer.displayName;
        writeCustomer(random, step, out);
        return;
    }
    out.authorId = agent.agent.id;
    out.authorName = agent.agent.displayName;
    m_context.speakerFemale = agent.female;
    if (isAgentStep(step)) {
        out.direction = Direction::Outbound;
        writeAgent(random, step, out);
    } else if (isNoteStep(step)) {
        out.direction = Direction::Note;
        writeNote(random, step, out);
    } else {
        out.direction = Direction::Event;
        writeEvent(random, step, out);
    }
}

Lines MessageWriter::customerLines(Step step) const
{
    const TopicLines& topic = topicLines(m_facts->topic, m_english);
    const CommonLines& common = commonLines(m_english);
    switch (step) {
    case Step::Opening: return topic.openings;
    case Step::Detail: return topic.details;
    case Step::Reminder: return common.customerReminders;
    case Step::Thanks: return common.customerThanks;
    default: return common.customerFillers;
    }
}

Lines MessageWriter::agentLines(Step step) const
{
    const TopicLines& topic = topicLines(m_facts->topic, m_english);
    const CommonLines& common = commonLines(m_english);
    switch (step) {
    case Step::Greeting: return common.agentGreetings;
    case Step::FirstReply: return topic.firstReplies;
    case Step::Hold: return common.agentHolds;
    case Step::Progress: return topic.progress;
    case Step::Question: return common.agentQuestions;
    case Step::Resolution: return topic.resolutions;
    default: return common.agentClosings;
    }
}

void MessageWriter::writeCustomer(DemoRandom& random, Step step, domain::Message& out)
{
    const CommonLines& common = commonLines(m_english);
    const bool email = m_request->channel == Channel::Email;
    m_context.speakerFemale = m_customer->female;
    const std::string_view line = pick(random, customerLines(step));
    if (email && !startsWithGreeting(line))
        PhraseRenderer::append(out.body, pick(random, common.customerEmailOpen), m_context);
    PhraseRenderer::append(out.body, line, m_context);
    if (step == Step::Opening && m_request->earlier && !m_referenced) {
        m_context.earlierChannel = channelReference(m_request->earlier->channel, m_english);
        PhraseRenderer::append(out.body, pick(random, common.customerReferences), m_context);
        m_referenced = true;
    }
    if (email) {
        PhraseRenderer::append(out.body, pick(random, common.customerEmailClose), m_context);
        addEmailDetail(random, true, out);
    }
}

void MessageWriter::writeAgent(DemoRandom& random, Step step, domain::Message& out)
{
    const CommonLines& common = commonLines(m_english);
    const Channel channel = m_request->channel;
    if (channel == Channel::Email) {
        PhraseRenderer::append(out.body, pick(random, common.agentEmailOpen), m_context);
    } else if (channel == Channel::Sms) {
        out.body += "Mercato: ";
    }
    if (step == Step::FirstReply && channel != Channel::Email && channel != Channel::Chat
        && random.chance(0.5)) {
        out.body += m_english ? "Hello " : "Dzień dobry ";
        out.body += m_customer->address;
        out.body += m_english ? ", " : "! ";
    }
    PhraseRenderer::append(out.body, pick(random, agentLines(step)), m_context);
    if (channel == Channel::Email) {
        if (step == Step::Resolution) {
            out.body.push_back(' ');
            PhraseRenderer::append(out.body, pick(random, common.agentClosings), m_context);
        }
        PhraseRenderer::append(out.body, pick(random, common.agentEmailClose), m_context);
        addEmailDetail(random, false, out);
    }
}

void MessageWriter::writeNote(DemoRandom& random, Step step, domain::Message& out)
{
    const TopicLines& topic = topicLines(m_facts->topic, false);
    const DeskLines& desk = deskLines();
    if ((step == Step::CallNote || step == Step::VisitNote) && m_request->earlier
        && !m_referenced) {
        m_context.earlierChannel = channelReference(m_request->earlier->channel, false);
        PhraseRenderer::append(out.body, pick(random, desk.agentReferences), m_context);
        m_referenced = true;
    }
    Lines lines = desk.generalNotes;
    switch (step) {
    case Step::TopicNote: lines = topic.notes; break;
    case Step::EscalationNote: lines = desk.escalationNotes; break;
    case Step::CallNote: lines = topic.callNotes; break;
    case Step::VisitNote: // the note tells what came of the visit's purpose
        PhraseRenderer::append(out.body,
                               topic.visitNotes[m_visitPurpose % topic.visitNotes.size()],
                               m_context);
        return;
    default: break;
    }
    PhraseRenderer::append(out.body, pick(random, lines), m_context);
}

void MessageWriter::writeEvent(DemoRandom& random, Step step, domain::Message& out)
{
    const DeskLines& desk = deskLines();
    switch (step) {
    case Step::Assigned:
        out.authorId.clear();
        out.authorName = kSystemAuthor;
        PhraseRenderer::append(out.body, pick(random, desk.assignedEvents), m_context);
        return;
    case Step::Transfer:
        PhraseRenderer::append(out.body, pick(random, desk.transferEvents), m_context);
        m_transferred = true;
        return;
    case Step::Visit: writeVisit(random, out); return;
    default: writeCall(random, step, out); return;
    }
}

void MessageWriter::writeCall(DemoRandom& random, Step step, domain::Message& out)
{
    domain::CallDetail call;
    const TopicLines& topic = topicLines(m_facts->topic, m_english);
    call.ivrPath.assign(topic.ivrPath.begin(), topic.ivrPath.end());
    const TeamKind team = m_transferred ? m_request->escalateTo : m_request->team;
    call.queue = m_roster.team(team).name;
    const auto* phone = m_customer->identity(domain::IdentityKind::Phone);
    const std::string_view number = phone ? std::string_view(phone->value) : "numer zastrzeżony";

    switch (step) {
    case Step::CallMissed:
        call.outcome = domain::CallOutcome::Missed;
        call.durationSeconds = static_cast<int>(random.between(5, 40));
        out.body += "Nieodebrane połączenie z numeru ";
        out.body += number;
        break;
    case Step::CallAbandoned:
        call.outcome = domain::CallOutcome::Abandoned;
        call.durationSeconds = static_cast<int>(random.between(20, 300));
        out.body += "Połączenie przerwane w kolejce po ";
        appendDuration(out.body, call.durationSeconds);
        break;
    case Step::CallbackRequested:
        call.outcome = domain::CallOutcome::Callback;
        call.durationSeconds = static_cast<int>(random.between(25, 70));
        out.body += "Prośba o oddzwonienie zostawiona w IVR (";
        out.body += number;
        out.body += ")";
        break;
    default: {
        const bool made = step == Step::CallbackMade;
        call.outcome = domain::CallOutcome::Answered;
        call.durationSeconds = static_cast<int>(random.chance(0.7) ? random.between(60, 420)
                                                                   : random.between(420, 1500));
        if (made)
            call.ivrPath.clear(); // we dialled out: no menu
        out.body += made ? "Oddzwonienie do klienta – rozmowa " : "Rozmowa telefoniczna – ";
        appendDuration(out.body, call.durationSeconds);
        out.body += made ? "" : ", kolejka ";
        if (!made)
            out.body += call.queue;
        break;
    }
    }
    if (step != Step::CallbackMade) {
        out.authorId.clear();
        out.authorName = kSystemAuthor;
    }
    out.call = std::move(call);
}

void MessageWriter::writeVisit(DemoRandom& random, domain::Message& out)
{
    domain::VisitDetail visit;
    const TopicLines& topic = topicLines(m_facts->topic, false);
    visit.branch = m_facts->branch;
    m_visitPurpose = random.index(topic.visitPurposes.size());
    visit.purpose = topic.visitPurposes[m_visitPurpose];
    visit.durationMinutes = static_cast<int>(random.between(5, 45));
    out.body += "Wizyta w salonie ";
    out.body += visit.branch;
    out.body += ": ";
    out.body += visit.purpose;
    out.visit = std::move(visit);
}

void MessageWriter::addEmailDetail(DemoRandom& random, bool fromCustomer, domain::Message& out)
{
    domain::EmailDetail email;
    const bool first = m_lastMessageId.empty();
    email.subject = first ? m_subject : "Re: " + m_subject;
    const TeamKind team = m_transferred ? m_request->escalateTo : m_request->team;
    const std::string_view centre = m_roster.teamAddress(team);
    const std::string_view customer = m_customer->email();
    if (fromCustomer) {
        email.from = m_customer->customer.displayName + " <" + std::string(customer) + ">";
        email.to = centre;
    } else {
        email.from = "Mercato – Obsługa Klienta <" + std::string(centre) + ">";
        email.to = customer;
    }
    std::string id = messageId(random, fromCustomer ? domainOf(customer) : "mercato.pl");
    email.headers.emplace_back("Message-ID", id);
    if (!first) {
        email.headers.emplace_back("In-Reply-To", m_lastMessageId);
        email.headers.emplace_back("References", m_lastMessageId);
    }
    email.headers.emplace_back("Content-Language", m_english ? "en" : "pl");
    m_lastMessageId = std::move(id);
    out.email = std::move(email);
}

int MessageWriter::busySeconds(const domain::Message& message)
{
    if (message.call)
        return message.call->durationSeconds;
    if (message.visit)
        return message.visit->durationMinutes * 60;
    return 0;
}

} // namespace concord::demo
