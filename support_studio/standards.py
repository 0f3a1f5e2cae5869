"""The Support Standards, as published (seed: support-standards.txt). Plain data,
shown on the standards page and reused by the studio's reminders."""

INTRO = (
    "These Support Standards explain how tickets are reviewed, what details support "
    "needs, and what users should expect when asking for help. Support works best when "
    "every request includes the order ID, submitted Telegram link, current status, and "
    "a clear explanation."
)

# Page text as data, one list per section of the published page.
SHORT_STANDARDS = [
    ("Tickets only", "Support questions are handled through tickets inside the website, not scattered messages."),
    ("Order context", "Support needs order ID, selected service, submitted link, status, and issue details."),
    ("No passwords", "Support does not need Telegram passwords, 2FA codes, recovery keys, or admin access."),
    ("Review-based help", "Support can review records and service rules, but cannot guarantee platform outcomes."),
]

STANDARDS_INTRO = (
    "These standards keep support organized, fair, and based on real order records. "
    "They also help users understand what support can and cannot review."
)
STANDARDS = [
    (
        "Ticket-based review",
        "Support is handled through tickets so account, order, and message history stay connected.",
    ),
    ("Order ID required", "Most reviews need the order ID to locate the exact request in the dashboard."),
    (
        "Submitted link checked",
        "Support compares the submitted Telegram target with the order and current target condition.",
    ),
    (
        "Status-aware review",
        "Pending, processing, in-progress, partial, completed, and canceled orders are reviewed differently.",
    ),
    (
        "No private access",
        "Support does not need Telegram passwords, 2FA codes, recovery keys, or private admin access.",
    ),
    (
        "Service-rule comparison",
        "Refill, cancellation, delivery, and drop questions are checked against service terms.",
    ),
    ("Evidence helps", "Screenshots, current counts, payment references, and clear explanations can speed review."),
    (
        "No outcome guarantees",
        "Support cannot guarantee Telegram behavior, organic growth, retention, sales, or platform approval.",
    ),
]

GOOD_TICKET = [
    ("Order ID", "The order ID helps support find the exact request."),
    ("Telegram target", "Include the submitted channel, group, post, bot, username, or link."),
    ("Current status", "Tell support whether the order is pending, processing, partial, completed, or canceled."),
    ("Clear issue summary", "Explain what happened, what you expected, and what you already checked."),
]

DO_NOT_SEND = [
    ("Telegram password", "Never send your Telegram password, session access, or private login credentials."),
    ("2FA or OTP codes", "Do not send login approval codes, SMS codes, or two-factor authentication codes."),
    ("Recovery details", "Do not share recovery keys, backup codes, reset links, or private email access."),
    ("Admin access", "Do not provide private ownership access to channels, groups, bots, or accounts."),
]

REVIEW_FLOW_INTRO = (
    "Support review follows a practical process. The goal is to understand the request from "
    "account records, service terms, order status, and user-provided details."
)
REVIEW_FLOW = [
    ("Ticket is received", "The support request is connected to your account and ticket history."),
    ("Order is checked", "Support reviews order ID, service name, submitted link, and current status."),
    ("Rules are compared", "Delivery, refill, cancellation, and limitation rules are checked where relevant."),
    ("Reply is sent", "Support replies inside the same ticket thread with the next step or explanation."),
]

BOUNDARIES_INTRO = (
    "Support can review order records, payment records, submitted Telegram links, and "
    "service rules. However, support cannot control Telegram's systems, organic audience "
    "behavior, long-term retention, or platform-side decisions."
)

BOUNDARIES = [
    (
        "A",
        "Can review order records",
        "Status, service, quantity, submitted link, and delivery notes can be checked.",
        True,
    ),
    (
        "B",
        "Can review payment records",
        "Balance, card payment, duplicate payment, or missing payment cases can be checked.",
        True,
    ),
    (
        "C",
        "Cannot guarantee outcomes",
        "Organic growth, sales, retention, monetization, or Telegram platform behavior cannot be guaranteed.",
        False,
    ),
    (
        "D",
        "Cannot fix private targets",
        "If a target becomes private, deleted, renamed, or restricted, support options may be limited.",
        False,
    ),
]

CALL_TO_ACTION = (
    "Open one clear support ticket with your order ID, submitted Telegram link, current "
    "status, and a short explanation. Support is handled through tickets."
)
