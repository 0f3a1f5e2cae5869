"""Unit tests for support_studio.service_rules, with fixed times (naive UTC)."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from support_studio.domain import ORDER_STATUSES
from support_studio.service_rules import (
    AGENT,
    NO_GUARANTEES,
    PRIVATE_TARGETS,
    Check,
    CustomerReport,
    OrderFacts,
    PaymentFacts,
    PaymentReport,
    ServiceTerms,
    evaluate,
    format_day,
    format_duration,
    format_moment,
    judge_payment,
)

NOW = datetime(2024, 11, 29, 12, 0)
LINK = "https://t.me/durov_news"

REFILL_30 = ServiceTerms(
    name="Members [30d refill]",
    refill_days=30,
    refill_partial=False,
    cancel_allowed=True,
    cancel_while_processing=False,
    start_hours=1,
    speed_per_day=5000,
    expected_drop_percent=None,
)
NO_REFILL = replace(REFILL_30, name="Members [no refill]", refill_days=None, expected_drop_percent=20)


def order(**changes) -> OrderFacts:
    """A completed 1,000-member order on 3 November, window ending 3 December 10:00."""
    base = OrderFacts(
        order_id=4242,
        status="completed",
        quantity=1000,
        start_count=500,
        remains=0,
        submitted_link=LINK,
        charge=5.0,
        created_at=datetime(2024, 11, 3, 8, 0),
        started_at=datetime(2024, 11, 3, 8, 30),
        completed_at=datetime(2024, 11, 3, 10, 0),
        service=REFILL_30,
    )
    return replace(base, **changes)


def in_flight(status: str, **changes) -> OrderFacts:
    """An order placed at 10:00 today that has not finished."""
    defaults = dict(remains=1000, created_at=datetime(2024, 11, 29, 10, 0), started_at=None, completed_at=None)
    return order(status=status, **{**defaults, **changes})


def judge(facts: OrderFacts, issue_type: str, now: datetime = NOW, **report):
    return evaluate(facts, CustomerReport(issue_type, **report), now)


# -- Formatting ----------------------------------------------------------------------


def test_format_day_omits_the_current_year():
    assert format_day(datetime(2024, 12, 3, 10, 0), NOW) == "3 December"


def test_format_day_adds_another_year():
    assert format_day(datetime(2025, 1, 2), NOW) == "2 January 2025"


def test_format_moment_gives_time_and_day():
    assert format_moment(datetime(2024, 11, 29, 9, 5), NOW) == "09:05 on 29 November"


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(days=4, hours=23), "4 days"),
        (timedelta(days=1), "1 day"),
        (timedelta(hours=5, minutes=59), "5 hours"),
        (timedelta(minutes=1), "1 minute"),
        (timedelta(seconds=59), "less than a minute"),
    ],
)
def test_format_duration_rounds_down_to_the_largest_unit(span, text):
    assert format_duration(span) == text


# -- Input validation ----------------------------------------------------------------


def test_unknown_issue_type_is_rejected():
    with pytest.raises(ValueError, match="issue type"):
        judge(order(), "complaint")


def test_unknown_order_status_is_rejected():
    with pytest.raises(ValueError, match="order status"):
        judge(order(status="refunded"), "order")


# -- Status and target checks (every issue type) --------------------------------------


def test_reported_status_matching_the_record_by_label():
    verdict = judge(in_flight("in_progress", remains=400), "speed", reported_status="In progress")
    assert verdict.checks == (Check("Status", True, "In progress, as on the record."),)


def test_reported_status_differing_from_the_record_is_flagged_on_a_refill_ticket():
    verdict = judge(order(), "refill", reported_status="partial", current_count=1400)
    assert verdict.checks == (Check("Status", False, "You reported Partial; the record shows Completed."),)
    assert verdict.outcome == "eligible"  # the rule still goes by the record


def test_british_spelling_of_canceled_matches():
    facts = order(status="canceled", remains=1000, completed_at=None)
    assert judge(facts, "order", reported_status="Cancelled").checks[0].ok is True


def test_unknown_reported_status_is_shown_as_given():
    verdict = judge(order(), "order", reported_status="stuck")
    assert verdict.checks[0].ok is False
    assert verdict.checks[0].detail == "You reported stuck; the record shows Completed."


def test_no_checks_when_nothing_was_reported():
    assert judge(order(), "order").checks == ()


def test_blank_target_text_is_treated_as_not_given():
    assert judge(order(), "cancellation", target_text="   ").checks == ()


def test_target_check_normalises_both_sides():
    verdict = judge(order(), "cancellation", target_text="@Durov_News")
    assert verdict.checks == (Check("Target", True, f"Same target as submitted: {LINK}."),)


def test_status_and_target_checks_are_both_listed_on_any_ticket():
    verdict = judge(order(), "cancellation", reported_status="completed", target_text="t.me/other_chan")
    assert [check.label for check in verdict.checks] == ["Status", "Target"]
    assert verdict.checks[1].ok is False
    assert verdict.checks[1].detail == (f"You gave https://t.me/other_chan; the order was submitted for {LINK}.")


def test_changed_target_brings_the_private_target_boundary_to_any_ticket():
    verdict = judge(order(), "cancellation", target_text="t.me/other_chan")
    assert verdict.boundary == PRIVATE_TARGETS


def test_unreadable_target_gives_an_undecided_check_with_the_parser_reason():
    check = judge(order(), "order", target_text="https://example.com/x").checks[0]
    assert check.ok is None
    assert "another website (example.com)" in check.detail


def test_unreadable_submitted_link_is_reported_as_such():
    check = judge(order(submitted_link="not a link"), "order", target_text=LINK).checks[0]
    assert check.ok is None
    assert check.detail.startswith("The order's submitted link (not a link) could not be read:")


# -- Refill --------------------------------------------------------------------------


def test_refill_on_a_no_refill_service():
    verdict = judge(order(service=NO_REFILL), "refill", current_count=1200)
    assert verdict.outcome == "no_refill"
    assert verdict.tone == "negative"
    assert verdict.headline == ("This service has no refill: support can check delivery but cannot refill drops.")


def test_refill_eligible_inside_the_window_with_a_drop():
    verdict = judge(order(), "refill", current_count=1350)
    assert verdict.outcome == "eligible"
    assert verdict.tone == "positive"
    assert verdict.headline == (
        "This order can be refilled: 150 dropped and the refill window is open until 3 December."
    )
    assert verdict.reasons == (
        "Completed on 3 November.",
        "Refill window ends 3 December, 3 days left.",
        "Start count 500 + 1,000 delivered = 1,500; the count now is 1,350: 150 below (15% of 1,000).",
    )
    assert verdict.boundary == NO_GUARANTEES


def test_refill_window_open_one_second_before_it_ends():
    verdict = judge(order(), "refill", now=datetime(2024, 12, 3, 9, 59, 59), current_count=1000)
    assert verdict.outcome == "eligible"
    assert "Refill window ends 3 December, less than a minute left." in verdict.reasons


def test_refill_window_closed_at_the_exact_end():
    verdict = judge(order(), "refill", now=datetime(2024, 12, 3, 10, 0), current_count=1000)
    assert verdict.outcome == "window_closed"
    assert verdict.headline == ("The refill window for this order ended 3 December (less than a minute ago).")


def test_refill_window_closed_long_ago():
    verdict = judge(order(), "refill", now=datetime(2024, 12, 29, 12, 0), current_count=1000)
    assert verdict.outcome == "window_closed"
    assert verdict.tone == "negative"
    assert verdict.headline == "The refill window for this order ended 3 December (26 days ago)."
    assert verdict.reasons == (
        "Members [30d refill]: refill for 30 days from completion.",
        "Completed on 3 November.",
    )


def test_refill_window_end_in_another_year_shows_the_year():
    facts = order(completed_at=datetime(2024, 12, 20, 10, 0))
    verdict = judge(facts, "refill", now=datetime(2024, 12, 22), current_count=1000)
    assert "Refill window ends 19 January 2025, 28 days left." in verdict.reasons


def test_refill_of_a_completed_order_without_completion_date():
    verdict = judge(order(completed_at=None), "refill", current_count=1000)
    assert verdict.outcome == "info"
    assert verdict.headline == (
        "The record has no completion date, so support will check it before confirming the refill window."
    )
    assert "The record has no completion date for this completed order." in verdict.reasons


def test_refill_asks_for_the_current_count():
    verdict = judge(order(), "refill")
    assert verdict.outcome == "within_window"
    assert verdict.tone == "neutral"
    assert verdict.headline == "Tell us the current count so support can confirm the drop."
    assert "Refill window ends 3 December, 3 days left." in verdict.reasons


def test_refill_without_start_count_is_confirmed_from_logs():
    verdict = judge(order(start_count=None), "refill", current_count=900)
    assert verdict.outcome == "within_window"
    assert "no start count" in verdict.headline


def test_refill_with_no_drop():
    verdict = judge(order(), "refill", current_count=1500)
    assert verdict.outcome == "no_drop"
    assert verdict.reasons[-1] == (
        "Start count 500 + 1,000 delivered = 1,500; the count now is 1,500, so nothing dropped."
    )


def test_refill_of_a_partial_order_not_covered():
    facts = order(status="partial", remains=300)
    verdict = judge(facts, "refill", current_count=900)
    assert verdict.outcome == "not_eligible"
    assert "does not cover partial orders" in verdict.headline
    assert verdict.reasons[-1] == (
        "Partial: 700 of 1,000 delivered; the undelivered 300 were refunded to the balance ($1.50 of $5.00)."
    )


def test_refill_of_a_partial_order_covered_measures_the_delivered_part():
    facts = order(status="partial", remains=300, service=replace(REFILL_30, refill_partial=True))
    verdict = judge(facts, "refill", current_count=1130)
    assert verdict.outcome == "eligible"
    assert verdict.reasons[0] == "Stopped as partial on 3 November."
    assert "Start count 500 + 700 delivered = 1,200; the count now is 1,130: 70 below (10% of 700)." in verdict.reasons


def test_refill_of_a_canceled_order():
    verdict = judge(order(status="canceled", remains=1000, completed_at=None), "refill")
    assert verdict.outcome == "not_eligible"
    assert verdict.reasons == (
        "Canceled: nothing was delivered; the full charge of $5.00 was refunded to the balance.",
    )


@pytest.mark.parametrize("status", ["pending", "processing", "in_progress"])
def test_refill_before_completion(status):
    verdict = judge(in_flight(status), "refill", current_count=900)
    assert verdict.outcome == "not_eligible"
    assert verdict.headline == (
        f"Refill applies once the order is completed; it is {ORDER_STATUSES[status].lower()} now."
    )


def test_refill_refused_when_the_target_changed():
    verdict = judge(order(), "refill", current_count=1000, target_text="https://t.me/+AbCdEf123")
    assert verdict.outcome == "not_eligible"
    assert "unchanged and public" in verdict.headline
    assert verdict.boundary == PRIVATE_TARGETS


def test_refill_with_the_same_target_stays_eligible():
    verdict = judge(order(), "refill", current_count=1000, target_text="t.me/durov_news")
    assert verdict.outcome == "eligible"
    assert verdict.boundary == NO_GUARANTEES


# -- Cancellation --------------------------------------------------------------------


def test_cancel_pending_order():
    verdict = judge(in_flight("pending"), "cancellation")
    assert verdict.outcome == "possible"
    assert verdict.tone == "positive"
    assert verdict.headline == (
        "The order can still be canceled while it is pending; the charge would be refunded to your balance."
    )
    assert verdict.boundary is None


def test_cancel_processing_order_where_the_service_allows_it():
    service = replace(REFILL_30, cancel_while_processing=True)
    verdict = judge(in_flight("processing", service=service), "cancellation")
    assert verdict.outcome == "possible"
    assert verdict.reasons == ("Members [30d refill]: cancel allowed while the order is pending or processing.",)


def test_cancel_processing_order_where_only_pending_is_allowed():
    verdict = judge(in_flight("processing"), "cancellation")
    assert verdict.outcome == "not_possible"
    assert verdict.headline == (
        "This service allows cancelling only while pending, and the order is already processing."
    )


def test_cancel_in_progress_order():
    service = replace(REFILL_30, cancel_while_processing=True)
    verdict = judge(in_flight("in_progress", remains=600, service=service), "cancellation")
    assert verdict.outcome == "not_possible"
    assert verdict.headline == "Delivery has started, so this order can no longer be canceled."


def test_cancel_on_a_service_without_cancel():
    service = replace(REFILL_30, cancel_allowed=False)
    verdict = judge(in_flight("pending", service=service), "cancellation")
    assert verdict.outcome == "not_possible"
    assert verdict.headline == "This service does not allow cancellation."


def test_cancel_completed_order():
    verdict = judge(order(), "cancellation")
    assert verdict.outcome == "not_possible"
    assert "already completed" in verdict.headline


def test_cancel_canceled_order_explains_the_refund():
    verdict = judge(order(status="canceled", remains=1000, completed_at=None), "cancellation")
    assert verdict.outcome == "not_possible"
    assert "already canceled" in verdict.headline
    assert verdict.reasons[-1].startswith("Canceled: nothing was delivered; the full charge")


def test_cancel_partial_order_explains_what_was_refunded():
    verdict = judge(order(status="partial", remains=250, charge=8.0), "cancellation")
    assert verdict.outcome == "not_possible"
    assert "already stopped as partial" in verdict.headline
    assert verdict.reasons == (
        "Partial: 750 of 1,000 delivered; the undelivered 250 were refunded to the balance ($2.00 of $8.00).",
    )


# -- Speed / not started -------------------------------------------------------------


def test_not_started_inside_the_start_time():
    verdict = judge(in_flight("pending"), "speed", now=datetime(2024, 11, 29, 10, 20))
    assert verdict.outcome == "within_window"
    assert verdict.tone == "neutral"
    assert verdict.headline == (
        "The order is inside its stated start time: it should start by 11:00 on 29 November (40 minutes left)."
    )
    assert verdict.boundary == NO_GUARANTEES


def test_not_started_exactly_at_the_start_deadline_is_still_on_time():
    verdict = judge(in_flight("processing"), "speed", now=datetime(2024, 11, 29, 11, 0))
    assert verdict.outcome == "within_window"


def test_not_started_one_minute_after_the_start_deadline_is_late():
    verdict = judge(in_flight("processing"), "speed", now=datetime(2024, 11, 29, 11, 1))
    assert verdict.outcome == "late"
    assert verdict.tone == "positive"
    assert verdict.headline == (
        "The order is 1 minute past its stated start time, so support will check it with the provider."
    )


def test_not_started_hours_late():
    verdict = judge(in_flight("pending"), "speed")
    assert verdict.outcome == "late"
    assert verdict.headline.startswith("The order is 1 hour past its stated start time")
    assert verdict.reasons == ("Ordered at 10:00 on 29 November; the service states a start within 1 hour.",)


def delivering(**changes) -> OrderFacts:
    """10,000 at 5,000/day, started 10:30 on 28 November: due 10:30 on 30 November."""
    defaults = dict(
        status="in_progress",
        quantity=10000,
        remains=4000,
        created_at=datetime(2024, 11, 28, 10, 0),
        started_at=datetime(2024, 11, 28, 10, 30),
        completed_at=None,
    )
    return order(**{**defaults, **changes})


def test_delivery_within_the_stated_speed():
    verdict = judge(delivering(), "speed")
    assert verdict.outcome == "within_window"
    assert verdict.headline == (
        "Delivery is within the stated speed: it should finish by 10:30 on 30 November (22 hours left)."
    )
    assert verdict.reasons == (
        "Started at 10:30 on 28 November; at the stated 5,000/day, 10,000 are due by 10:30 on 30 November.",
        "6,000 of 10,000 delivered so far.",
    )


def test_delivery_exactly_at_the_due_time_is_on_time():
    verdict = judge(delivering(), "speed", now=datetime(2024, 11, 30, 10, 30))
    assert verdict.outcome == "within_window"


def test_delivery_past_the_due_time_is_late():
    verdict = judge(delivering(), "speed", now=datetime(2024, 12, 1, 15, 30))
    assert verdict.outcome == "late"
    assert verdict.headline == (
        "Delivery is 1 day behind the stated speed, so support will check it with the provider."
    )


def test_delivery_that_started_late_says_so():
    verdict = judge(delivering(started_at=datetime(2024, 11, 28, 14, 0)), "speed")
    assert "It started 3 hours after the stated start time of 1 hour." in verdict.reasons


def test_delivery_without_a_start_time_counts_from_the_stated_start():
    verdict = judge(delivering(started_at=None), "speed")
    assert verdict.reasons[0] == (
        "Start time not recorded; counted from the stated start, 11:00 on 28 November; at the "
        "stated 5,000/day, 10,000 are due by 11:00 on 30 November."
    )


def test_speed_on_a_completed_order():
    verdict = judge(order(), "speed")
    assert verdict.outcome == "info"
    assert verdict.headline == "The order is completed: all 1,000 delivered."
    assert verdict.reasons == ("Completed on 3 November.",)


def test_speed_on_a_completed_order_without_completion_date():
    verdict = judge(order(completed_at=None), "speed")
    assert verdict.reasons == ("The record has no completion date for this completed order.",)


def test_speed_on_a_canceled_order():
    verdict = judge(order(status="canceled", remains=1000, completed_at=None), "speed")
    assert verdict.outcome == "info"
    assert verdict.reasons == (
        "Canceled: nothing was delivered; the full charge of $5.00 was refunded to the balance.",
    )


def test_speed_on_a_partial_order():
    verdict = judge(order(status="partial", remains=100), "speed")
    assert verdict.outcome == "info"
    assert verdict.headline.startswith("The order stopped early as partial: 900 of 1,000 delivered")
    assert verdict.reasons[0] == "Stopped as partial on 3 November."
    assert verdict.reasons[1].endswith("($0.50 of $5.00).")


# -- Drop ----------------------------------------------------------------------------


def test_drop_within_the_stated_drop_on_a_no_refill_service():
    verdict = judge(order(service=NO_REFILL), "drop", current_count=1350)
    assert verdict.outcome == "expected_drop"
    assert verdict.tone == "negative"
    assert verdict.headline == (
        "The drop of 150 (15%) is within the service's stated drop of up to 20%, so it is not a fault."
    )
    assert verdict.reasons[:2] == (
        "Start count 500 + 1,000 delivered = 1,500; the count now is 1,350: 150 below (15% of 1,000).",
        "Members [no refill]: drops possible, up to 20%.",
    )
    assert verdict.boundary == NO_GUARANTEES


def test_drop_exactly_at_the_stated_limit_is_expected():
    verdict = judge(order(service=NO_REFILL), "drop", current_count=1300)
    assert verdict.outcome == "expected_drop"


def test_drop_just_above_the_stated_limit_is_excess():
    verdict = judge(order(service=NO_REFILL), "drop", current_count=1299)
    assert verdict.outcome == "excess_drop"
    assert verdict.tone == "positive"
    assert verdict.headline == (
        "The drop of 201 (20.1%) is above the service's stated drop of up to 20%, so support "
        "will review it with the provider."
    )


def test_drop_on_a_no_refill_service_without_stated_drop():
    service = replace(NO_REFILL, expected_drop_percent=None)
    verdict = judge(order(service=service), "drop", current_count=1000)
    assert verdict.outcome == "no_refill"
    assert verdict.reasons[0].endswith("500 below (50% of 1,000).")


def test_drop_inside_an_open_refill_window_takes_the_refill_route():
    verdict = judge(order(), "drop", current_count=1400)
    assert verdict.outcome == "eligible"
    assert verdict.headline == ("The drop of 100 can be refilled: the refill window is open until 3 December.")


def test_drop_after_the_refill_window_within_the_stated_drop():
    service = replace(REFILL_30, expected_drop_percent=10)
    verdict = judge(order(service=service), "drop", now=datetime(2024, 12, 10), current_count=1450)
    assert verdict.outcome == "expected_drop"
    assert "The refill window for this order ended 3 December (6 days ago)." in verdict.reasons


def test_no_drop_when_the_count_is_above_the_delivered_level():
    verdict = judge(order(service=NO_REFILL), "drop", current_count=1600)
    assert verdict.outcome == "no_drop"


def test_drop_asks_for_the_current_count():
    verdict = judge(order(service=NO_REFILL), "drop")
    assert verdict.outcome == "info"
    assert verdict.headline == "Tell us the current count so support can confirm the drop."


def test_drop_without_a_start_count():
    verdict = judge(order(start_count=None), "drop", current_count=800)
    assert verdict.outcome == "info"
    assert "no start count" in verdict.headline


@pytest.mark.parametrize("status", ["pending", "processing"])
def test_drop_on_an_order_that_delivered_nothing(status):
    verdict = judge(in_flight(status), "drop", current_count=400)
    assert verdict.outcome == "info"
    assert verdict.headline == (f"Nothing was delivered on this {status} order, so nothing could drop.")


def test_drop_on_a_partial_order_is_measured_against_the_delivered_part():
    facts = order(status="partial", remains=500, service=NO_REFILL)
    verdict = judge(facts, "drop", current_count=950)
    assert verdict.outcome == "expected_drop"
    assert verdict.headline.startswith("The drop of 50 (10%)")
    assert "does not cover partial orders" not in verdict.headline


# -- Target --------------------------------------------------------------------------


def test_target_ticket_without_a_target_asks_for_it():
    verdict = judge(order(), "target")
    assert verdict.outcome == "info"
    assert verdict.boundary == PRIVATE_TARGETS


def test_target_unchanged():
    verdict = judge(order(), "target", target_text="https://telegram.me/DUROV_NEWS")
    assert verdict.outcome == "same"
    assert verdict.tone == "positive"
    assert verdict.boundary == PRIVATE_TARGETS


def test_target_renamed():
    verdict = judge(order(), "target", target_text="@durov_news2")
    assert verdict.outcome == "changed"
    assert verdict.tone == "negative"
    assert verdict.reasons == (f"You gave https://t.me/durov_news2; the order was submitted for {LINK}.",)


def test_target_became_an_invite_link():
    verdict = judge(order(), "target", target_text="t.me/+AbCdEf123")
    assert verdict.outcome == "became_private"
    assert verdict.reasons == (
        "You gave a private target (invite link: https://t.me/+AbCdEf123); the order was "
        f"submitted for the public {LINK}.",
    )
    assert verdict.boundary == PRIVATE_TARGETS


def test_target_became_a_private_post():
    facts = order(submitted_link="t.me/durov_news/15")
    verdict = judge(facts, "target", target_text="https://t.me/c/1234567890/15")
    assert verdict.outcome == "became_private"


def test_one_private_target_replaced_by_another_is_changed():
    facts = order(submitted_link="https://t.me/+AbCdEf123")
    verdict = judge(facts, "target", target_text="https://t.me/+ZyXwVu987")
    assert verdict.outcome == "changed"


def test_channel_link_instead_of_the_post_is_changed():
    facts = order(submitted_link="t.me/durov_news/15")
    assert judge(facts, "target", target_text=LINK).outcome == "changed"


def test_unreadable_target_gives_the_parser_reason():
    verdict = judge(order(), "target", target_text="t.me/login/123")
    assert verdict.outcome == "unparseable"
    assert verdict.tone == "neutral"
    assert "Login links are never needed" in verdict.reasons[0]


# -- Order, other and payment tickets ------------------------------------------------


@pytest.mark.parametrize(
    ("status", "start"),
    [
        ("pending", "The order is pending: it has not been sent to the provider yet"),
        (
            "processing",
            "The order is processing: it was sent to the provider and should start within 1 hour of ordering.",
        ),
        ("in_progress", "The order is in progress: 0 of 1,000 delivered so far."),
        ("partial", "The order stopped early as partial: 0 of 1,000 delivered"),
        ("completed", "The order is completed: all 1,000 delivered."),
        ("canceled", "The order was canceled: nothing was delivered"),
    ],
)
def test_order_ticket_describes_the_recorded_status(status, start):
    verdict = judge(in_flight(status), "order")
    assert verdict.outcome == "info"
    assert verdict.tone == "neutral"
    assert verdict.headline.startswith(start)
    assert verdict.boundary is None


def test_order_ticket_where_everything_reported_matches():
    verdict = judge(order(), "order", reported_status="Completed", target_text="@durov_news")
    assert verdict.outcome == "matches"
    assert verdict.tone == "positive"
    assert verdict.reasons == ("Order #4242: Completed.", "Completed on 3 November.")


def test_order_ticket_with_a_status_mismatch():
    verdict = judge(order(), "other", reported_status="pending")
    assert verdict.outcome == "mismatch"
    assert verdict.tone == "negative"
    assert verdict.checks[0].ok is False


def test_order_ticket_with_an_unreadable_target_is_only_info():
    verdict = judge(order(), "order", target_text="https://example.com/x")
    assert verdict.outcome == "info"


def test_other_ticket_on_a_partial_order_explains_the_refund():
    verdict = judge(order(status="partial", remains=400, charge=10.0), "other")
    assert verdict.reasons == (
        "Order #4242: Partial.",
        "Stopped as partial on 3 November.",
        "Partial: 600 of 1,000 delivered; the undelivered 400 were refunded to the balance ($4.00 of $10.00).",
    )


def test_order_ticket_without_completion_date_says_so():
    verdict = judge(order(completed_at=None), "order")
    assert "The record has no completion date for this completed order." in verdict.reasons


def test_payment_tickets_are_not_judged_by_order_rules():
    with pytest.raises(ValueError):
        judge(order(), "payment")


# -- Refills never exceed what was delivered ------------------------------------------


def test_a_count_below_the_start_count_refills_only_what_was_delivered():
    # Start 500 + 1,000 delivered = 1,500; a count of 300 is 1,200 below.
    verdict = judge(order(), "refill", current_count=300)
    assert verdict.outcome == "eligible"
    assert "1,000 dropped" in verdict.headline
    assert "2,200" not in verdict.headline and "120%" not in " ".join(verdict.reasons)
    assert any("the other 200 are below the start count" in reason for reason in verdict.reasons)


# -- The agent reads the verdict about the customer ------------------------------------


def test_agent_wording_speaks_about_the_customer():
    customer = judge(order(status="canceled"), "cancellation", reported_status="pending")
    agent = evaluate(
        order(status="canceled"),
        CustomerReport("cancellation", reported_status="pending"),
        NOW,
        audience=AGENT,
    )
    assert "your balance" in customer.headline
    assert "the customer's balance" in agent.headline
    assert agent.checks[0].detail.startswith("The customer reported Pending")
    words = " ".join((agent.headline, *agent.reasons, *(c.detail for c in agent.checks)))
    assert " you " not in f" {words.lower()} " and "your" not in words.lower()


def test_agent_is_told_what_to_ask_for():
    verdict = evaluate(order(), CustomerReport("drop"), NOW, audience=AGENT)
    assert verdict.headline == "Ask the customer for the current count to confirm the drop."


# -- Payments ----------------------------------------------------------------------------

PAID = datetime(2024, 11, 28, 9, 30)


def payment(reference="TXN-1001", amount=2500, status="completed", at=PAID, method="Card") -> PaymentFacts:
    return PaymentFacts(reference, method, amount, status, at)


@pytest.mark.parametrize(
    ("status", "outcome", "words"),
    [
        ("completed", "payment_completed", "added to the balance"),
        ("pending", "payment_pending", "still pending"),
        ("failed", "payment_failed", "nothing was added"),
    ],
)
def test_payment_found_by_reference_follows_its_status(status, outcome, words):
    result = judge_payment(PaymentReport("txn-1001", 2500, "card"), [payment(status=status)], NOW)
    assert result.verdict.outcome == outcome
    assert words in result.verdict.headline
    assert result.matched_reference == "TXN-1001"
    assert all(check.ok for check in result.verdict.checks)


def test_unknown_payment_reference_is_not_found():
    result = judge_payment(PaymentReport("NOPE-1"), [payment()], NOW)
    assert result.verdict.outcome == "payment_not_found"
    assert result.matched_reference is None


def test_payment_amount_that_differs_from_the_record():
    result = judge_payment(PaymentReport("TXN-1001", 5000), [payment()], NOW)
    assert result.verdict.outcome == "payment_amount_differs"
    amount = next(check for check in result.verdict.checks if check.label == "Amount")
    assert amount.ok is False and "$50.00" in amount.detail


def test_two_equal_payments_within_a_day_are_a_duplicate():
    twin = payment("TXN-1002", at=PAID + timedelta(minutes=3))
    result = judge_payment(PaymentReport("TXN-1001", 2500), [payment(), twin], NOW)
    assert result.verdict.outcome == "payment_duplicate"
    assert "TXN-1002" in result.verdict.headline


def test_equal_payments_days_apart_are_not_a_duplicate():
    later = payment("TXN-1002", at=PAID - timedelta(days=3))
    result = judge_payment(PaymentReport("TXN-1001", 2500), [payment(), later], NOW)
    assert result.verdict.outcome == "payment_completed"
