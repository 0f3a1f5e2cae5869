"""Demo panel: customers, an agent, a dozen services with different terms, ~40
orders covering every status and the service-rule cases, payments, and a few
tickets. Safe to re-run: rows are keyed (username, service name, order ID,
payment reference, ticket submission key) and existing ones are left alone.

    python -m support_studio.demo_data
"""

from datetime import datetime, timedelta

from sqlmodel import Session, select

from support_studio import lifecycle, order_status
from support_studio.accounts import hash_password
from support_studio.models import Account, Message, Order, Payment, Service, Ticket, utc_now
from support_studio.telegram import parse_target
from support_studio.ticket_quality import default_subject, method_key

# username, display name, role, password (printed in the README)
DEMO_ACCOUNTS = [
    ("maria", "Maria Ivanova", "customer", "maria-demo-pass"),
    ("arif", "Arif Rahman", "customer", "arif-demo-pass"),
    ("lucas", "Lucas Pereira", "customer", "lucas-demo-pass"),
    ("sam", "Sam (Support)", "agent", "sam-agent-pass"),
    ("nadia", "Nadia (Support)", "agent", "nadia-agent-pass"),
]

# name, category, target kind, cents per 1000, refill days, refill partial,
# cancel allowed, cancel while processing, start hours, speed/day, drop %, terms
DEMO_SERVICES = [
    ("Telegram Members | Real | 30-day refill", "members", "channel", 180, 30, False, True, False, 1, 5000, 15,
     "Start 0-1 h, 5k/day. Refill 30 days. Cancel while pending. Drops up to 15% possible."),
    ("Telegram Members | Cheap | No refill", "members", "channel", 45, None, False, False, False, 6, 10000, 40,
     "Start 0-6 h, 10k/day. No refill, no cancel. Drops up to 40% possible."),
    ("Telegram Members | Premium | 365-day refill", "members", "channel", 650, 365, True, True, True, 2, 2000, 5,
     "Start 0-2 h, 2k/day. Refill 365 days, partial orders included. Cancel while pending or processing."),
    ("Telegram Subscribers | 60-day refill", "subscribers", "channel", 240, 60, False, False, False, 12, 3000, 20,
     "Start 0-12 h, 3k/day. Refill 60 days. No cancel. Drops up to 20% possible."),
    ("Telegram Group Members | 90-day refill", "members", "channel", 300, 90, False, False, False, 4, 4000, 25,
     "Start 0-4 h, 4k/day. Refill 90 days. No cancel. Drops up to 25% possible."),
    ("Telegram Post Views | Instant", "views", "post", 8, None, False, True, False, 1, 100000, None,
     "Start 0-1 h, 100k/day. No refill. Cancel while pending."),
    ("Telegram Post Views | Last 5 posts", "views", "post", 25, None, False, False, False, 2, 50000, None,
     "Start 0-2 h, 50k/day. No refill, no cancel."),
    ("Telegram Reactions | Positive mix", "reactions", "post", 60, None, False, False, False, 1, 20000, 10,
     "Start 0-1 h, 20k/day. No refill, no cancel. Drops up to 10% possible."),
    ("Telegram Reactions | 30-day refill", "reactions", "post", 110, 30, False, True, False, 1, 10000, 10,
     "Start 0-1 h, 10k/day. Refill 30 days. Cancel while pending."),
    ("Telegram Poll Votes", "votes", "post", 150, None, False, True, True, 3, 5000, None,
     "Start 0-3 h, 5k/day. No refill. Cancel while pending or processing."),
    ("Telegram Comments | Custom", "comments", "post", 2500, None, False, True, False, 24, 200, None,
     "Start 0-24 h, 200/day. No refill. Cancel while pending."),
    ("Telegram Bot Starts", "bot starts", "bot", 90, None, False, True, False, 2, 10000, None,
     "Start 0-2 h, 10k/day. No refill. Cancel while pending."),
]

M = timedelta(minutes=1)
H = timedelta(hours=1)
D = timedelta(days=1)

# order ID, customer, service index, link, quantity, start count, remains,
# status, created (ago), started (ago or None), completed (ago or None)
DEMO_ORDERS = [
    # maria: every status, refill inside and past the window, no-refill drops
    (48201, "maria", 0, "https://t.me/cryptonewsdaily", 5000, 12400, 0, "completed", 12 * D, 12 * D - H, 10 * D),
    (48202, "maria", 0, "https://t.me/cryptonewsdaily", 3000, 17100, 0, "completed", 45 * D, 45 * D - H, 44 * D),
    (48203, "maria", 1, "https://t.me/maria_travel_club", 10000, 2300, 0, "completed", 20 * D, 20 * D - 5 * H, 19 * D),
    (48204, "maria", 2, "https://t.me/fitwithmaria", 2000, 850, 600, "partial", 30 * D, 30 * D - H, 29 * D),
    (48205, "maria", 3, "https://t.me/maria_recipes", 4000, 900, 4000, "pending", 2 * H, None, None),
    (48206, "maria", 5, "https://t.me/cryptonewsdaily/1520", 20000, 300, 20000, "processing", 5 * H, None, None),
    (48207, "maria", 4, "https://t.me/+Xk3pL9qRzT1hYWEy", 3000, 410, 1700, "in_progress", 2 * D, 2 * D - 2 * H, None),
    (48208, "maria", 7, "https://t.me/cryptonewsdaily/1498", 1000, 40, 1000, "canceled", 6 * D, None, None),
    (48209, "maria", 9, "https://t.me/maria_travel_club/210", 500, 0, 500, "pending", 30 * M, None, None),
    (48210, "maria", 10, "https://t.me/fitwithmaria/77", 100, 3, 100, "processing", 40 * H, None, None),
    (48211, "maria", 6, "https://t.me/cryptonewsdaily/1533", 30000, 120, 0, "completed", 3 * D, 3 * D - H, 3 * D - 2 * H),
    (48212, "maria", 8, "https://t.me/maria_recipes/12", 2000, 15, 0, "completed", 29 * D, 29 * D - H, 29 * D - 5 * H),
    (48213, "maria", 11, "https://t.me/maria_booking_bot?start=promo", 5000, 0, 2000, "in_progress", 10 * H, 9 * H, None),
    (48214, "maria", 0, "https://t.me/fitwithmaria", 1500, 2600, 0, "completed", 40 * D, 40 * D - H, None),
    (48215, "maria", 2, "https://t.me/c/1874523301/88", 1000, 0, 1000, "processing", 30 * H, None, None),
    # arif
    (48221, "arif", 0, "https://t.me/arif_tech_deals", 8000, 5200, 0, "completed", 25 * D, 25 * D - H, 23 * D),
    (48222, "arif", 1, "https://t.me/arif_tech_deals", 20000, 13200, 0, "completed", 8 * D, 8 * D - 6 * H, 6 * D),
    (48223, "arif", 3, "https://t.me/arifgaming", 6000, 1800, 2500, "partial", 15 * D, 15 * D - 10 * H, 13 * D),
    (48224, "arif", 5, "https://t.me/arif_tech_deals/402", 50000, 900, 0, "completed", D, D - H, D - 2 * H),
    (48225, "arif", 7, "https://t.me/arifgaming/77", 3000, 12, 3000, "pending", 3 * H, None, None),
    (48226, "arif", 4, "https://t.me/arif_chat_group", 5000, 300, 5000, "processing", 20 * H, None, None),
    (48227, "arif", 8, "https://t.me/arif_tech_deals/398", 1500, 20, 800, "in_progress", 20 * H, 19 * H, None),
    (48228, "arif", 11, "https://t.me/arif_shop_bot?start=ref", 2000, 0, 2000, "canceled", 4 * D, None, None),
    (48229, "arif", 0, "https://t.me/arifgaming", 2500, 1200, 0, "completed", 70 * D, 70 * D - H, 68 * D),
    (48230, "arif", 9, "https://t.me/arif_tech_deals/410", 800, 0, 800, "processing", 2 * H, None, None),
    (48231, "arif", 2, "https://t.me/arif_tech_deals", 1000, 21000, 0, "completed", 200 * D, 200 * D - H, 198 * D),
    (48232, "arif", 6, "https://t.me/arifgaming/80", 10000, 35, 10000, "canceled", 9 * D, None, None),
    (48233, "arif", 10, "https://t.me/arifgaming/81", 50, 2, 20, "partial", 5 * D, 5 * D - 20 * H, 4 * D),
    # lucas
    (48241, "lucas", 1, "https://t.me/lucas_music_br", 15000, 800, 0, "completed", 18 * D, 18 * D - 5 * H, 16 * D),
    (48242, "lucas", 0, "https://t.me/lucas_music_br", 4000, 16000, 0, "completed", 28 * D, 28 * D - H, 27 * D),
    (48243, "lucas", 3, "https://t.me/futebol_ao_vivo", 10000, 3000, 10000, "pending", 26 * H, None, None),
    (48244, "lucas", 4, "https://t.me/futebol_chat", 2500, 150, 900, "in_progress", 6 * D, 6 * D - 3 * H, None),
    (48245, "lucas", 7, "https://t.me/lucas_music_br/301", 2000, 30, 0, "completed", 2 * D, 2 * D - H, 2 * D - 3 * H),
    (48246, "lucas", 5, "https://t.me/futebol_ao_vivo/1201", 40000, 1000, 12000, "partial", 4 * D, 4 * D - H, 4 * D - 10 * H),
    (48247, "lucas", 11, "https://t.me/lucas_tickets_bot", 3000, 0, 3000, "processing", 8 * H, None, None),
    (48248, "lucas", 2, "https://t.me/lucas_music_br", 500, 20000, 500, "canceled", 3 * D, None, None),
    (48249, "lucas", 9, "https://t.me/futebol_ao_vivo/1188", 1200, 0, 0, "completed", 11 * D, 11 * D - 2 * H, 11 * D - 5 * H),
    (48250, "lucas", 8, "https://t.me/lucas_music_br/290", 1000, 8, 1000, "pending", 40 * M, None, None),
    (48251, "lucas", 0, "https://t.me/futebol_chat", 2000, 2400, 0, "completed", 31 * D, 31 * D - H, 30 * D),
]

# reference, customer, method, amount in cents, status, created (ago)
DEMO_PAYMENTS = [
    ("CARD-7F3K29QX", "maria", "card", 5000, "completed", 50 * D),
    ("USDT-TRC20-8c1e5b7a90", "maria", "crypto (USDT TRC20)", 12000, "completed", 21 * D),
    ("CARD-9D2M44LB", "maria", "card", 2500, "pending", 2 * H),
    ("PIX-20261127-4471", "maria", "PIX", 3000, "failed", 2 * D),
    ("CARD-1A8Z77PW", "arif", "card", 10000, "completed", 80 * D),
    ("BKASH-TX-55X0912", "arif", "bKash", 4000, "completed", 16 * D),
    ("BKASH-TX-55X0913", "arif", "bKash", 4000, "completed", 16 * D - 2 * M),
    ("PIX-20261120-0932", "lucas", "PIX", 8000, "completed", 30 * D),
    ("BTC-3f9a0c71e2", "lucas", "crypto (BTC)", 15000, "pending", 5 * H),
]

# submission key, customer, order ID or payment reference, issue type, reported
# status, reported count, summary, opened (ago), ticket status, assigned agent,
# and the agent's reply (None while nobody has answered)
DEMO_TICKETS = [
    ("demo-ticket-1", "arif", 48222, "drop", "completed", 27900,
     "My channel dropped from 33,200 to 27,900 members in four days after this order. "
     "I checked the channel is still public and the link is the same.",
     3 * H, "open", None, None),
    ("demo-ticket-2", "lucas", 48243, "speed", "pending", None,
     "The order is still pending after a full day. The service says start 0-12 hours. "
     "The channel is public and the link works.",
     3 * H, "open", None, None),
    ("demo-ticket-3", "maria", 48207, "speed", "in_progress", None,
     "Delivery is slower than 4k/day: only about 1,300 members arrived in two days. "
     "The invite link still works.",
     3 * H, "open", None, None),
    ("demo-ticket-4", "lucas", 48246, "order", "partial", None,
     "The views order stopped at 28,000 of 40,000 and shows partial. Where is the rest?",
     2 * D, "waiting_on_customer", "sam",
     ("sam", "Hello Lucas, order #48246 stopped early as partial: the 12,000 undelivered views "
             "were refunded to your balance. Would you like to place a new order for them?")),
    ("demo-ticket-5", "arif", 48231, "refill", "completed", 19800,
     "The channel went from 22,000 to 19,800 members. The premium service has a 365-day refill.",
     26 * H, "in_review", "nadia", None),
    ("demo-ticket-6", "maria", "CARD-9D2M44LB", "payment", None, None,
     "I paid $25 by card two hours ago and the balance is still not added. "
     "The bank shows the payment as completed.",
     50 * M, "open", None, None),
    ("demo-ticket-7", "lucas", 48241, "drop", "completed", 14100,
     "About 1,700 members left within a week of the order. Is this normal for this service?",
     6 * D, "resolved", "sam",
     ("sam", "Hello Lucas, this service has no refill and states drops up to 40%: 1,700 of 15,000 "
             "is about 11%, inside what the service expects.")),
    ("demo-ticket-8", "arif", 48228, "cancellation", "canceled", None,
     "I canceled the bot starts order by mistake, can it be restarted?",
     4 * D, "closed", "nadia",
     ("nadia", "Hello Arif, order #48228 was canceled and fully refunded to your balance, so "
               "nothing is left to deliver. Please place a new order.")),
]


def _ago(now: datetime, delta: timedelta | None) -> datetime | None:
    return None if delta is None else now - delta


def seed(session: Session, now: datetime | None = None) -> dict[str, int]:
    """Insert what is missing; return how many rows of each kind were added."""
    now = now or utc_now()
    added = dict.fromkeys(("accounts", "services", "orders", "payments", "tickets"), 0)

    accounts = {a.username: a for a in session.exec(select(Account))}
    for username, display_name, role, password in DEMO_ACCOUNTS:
        if username not in accounts:
            accounts[username] = Account(
                username=username, display_name=display_name, role=role,
                email=f"{username}@example.com", password_hash=hash_password(password),
            )
            session.add(accounts[username])
            added["accounts"] += 1

    services = {s.name: s for s in session.exec(select(Service))}
    for (name, category, target_kind, rate, refill_days, refill_partial, cancel_allowed,
         cancel_while_processing, start_hours, speed, drop, terms) in DEMO_SERVICES:
        if name not in services:
            services[name] = Service(
                name=name, category=category, target_kind=target_kind,
                rate_cents_per_1000=rate, refill_days=refill_days,
                refill_partial=refill_partial, cancel_allowed=cancel_allowed,
                cancel_while_processing=cancel_while_processing, start_hours=start_hours,
                speed_per_day=speed, expected_drop_percent=drop, terms_note=terms,
            )
            session.add(services[name])
            added["services"] += 1
    session.flush()

    # Each table is loaded alike (only the demo rows it lacks); the loops differ in their rows and models.
    existing_orders = set(session.exec(select(Order.id)))
    for (order_id, username, service_index, link, quantity, start_count, remains, status,
         created_ago, started_ago, completed_ago) in DEMO_ORDERS:
        if order_id in existing_orders:
            continue
        service = services[DEMO_SERVICES[service_index][0]]
        created_at = now - created_ago
        session.add(
            Order(
                id=order_id, customer_id=accounts[username].id, service_id=service.id,
                link=link, quantity=quantity, start_count=start_count, remains=remains,
                status=status, charge_cents=round(quantity * service.rate_cents_per_1000 / 1000),
                created_at=created_at,
                updated_at=_ago(now, completed_ago or started_ago) or created_at,
                started_at=_ago(now, started_ago), completed_at=_ago(now, completed_ago),
            )
        )
        added["orders"] += 1

    existing_payments = set(session.exec(select(Payment.reference)))
    for reference, username, method, amount, status, created_ago in DEMO_PAYMENTS:
        if reference not in existing_payments:
            session.add(
                Payment(
                    reference=reference, customer_id=accounts[username].id, method=method,
                    amount_cents=amount, status=status, created_at=now - created_ago,
                )
            )
            added["payments"] += 1
    session.flush()

    existing_tickets = set(session.exec(select(Ticket.submission_key)))
    for (key, username, subject, issue_type, reported_status, count, summary, opened_ago,
         status, assigned, reply) in DEMO_TICKETS:
        if key in existing_tickets:
            continue
        customer = accounts[username]
        order = session.get(Order, subject) if isinstance(subject, int) else None
        payment = None if order else session.exec(select(Payment).where(Payment.reference == subject)).one()
        opened_at = now - opened_ago
        # The ticket's history, told to the lifecycle as it happened.
        clock = lifecycle.opened(opened_at)
        replied_at = opened_at + H
        if reply:
            clock = lifecycle.agent_replied(clock, replied_at).clock
        if clock.status != status:
            clock = lifecycle.agent_set_status(clock, status, replied_at if reply else opened_at).clock
        ticket = Ticket(
            customer_id=customer.id, issue_type=issue_type, order_id=order.id if order else None,
            subject=default_subject(issue_type, order.id if order else None, subject if payment else ""),
            payment_reference=payment.reference if payment else None,
            payment_amount_cents=payment.amount_cents if payment else None,
            payment_method=method_key(payment.method) if payment else None,
            payment_date=payment.created_at.date() if payment else None,
            telegram_target=parse_target(order.link).canonical if order else None,
            reported_status=reported_status, reported_count=count, summary=summary,
            submission_key=key, assigned_agent_id=accounts[assigned].id if assigned else None,
            created_at=opened_at, updated_at=clock.last_activity_at,
            status=clock.status, waiting_since=clock.waiting_since,
            last_support_reply_at=clock.last_support_reply_at, last_activity_at=clock.last_activity_at,
        )
        session.add(ticket)
        session.flush()
        order_status.copy_to_tickets(session, ticket.order_id)
        session.add(Message(ticket_id=ticket.id, author_id=customer.id, body=summary, created_at=opened_at))
        if reply:
            agent, text = reply
            session.add(Message(ticket_id=ticket.id, author_id=accounts[agent].id, body=text, created_at=replied_at))
        added["tickets"] += 1

    session.commit()
    return added


def main() -> None:
    import reflex as rx  # only the command line needs the app's configured database

    with rx.session() as session:
        added = seed(session)
    print("Demo data: " + ", ".join(f"{count} {kind} added" for kind, count in added.items()))


if __name__ == "__main__":
    main()
