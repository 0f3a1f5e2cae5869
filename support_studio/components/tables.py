"""Tables that become stacked cards on a phone (see assets/styles.css): each
cell carries its column's name, shown beside the value when rows stack."""

import reflex as rx


def stacked_table(headers: list[str], rows, render_row, table_id: str, caption: str) -> rx.Component:
    """`render_row(row)` returns the row's cells, in the order of `headers`. Rows are
    tickets, keyed by their number: when the list is read again and a ticket moves,
    its row (and the link focused in it) moves with it instead of showing another ticket."""

    def row(item) -> rx.Component:
        cells = render_row(item)
        return rx.table.row(
            *[rx.table.cell(cell, data_label=header) for header, cell in zip(headers, cells, strict=True)],
            key=item.number,
        )

    return rx.table.root(
        rx.el.caption(caption, class_name="sr-only"),
        rx.table.header(rx.table.row(*[rx.table.column_header_cell(header, scope="col") for header in headers])),
        rx.table.body(rx.foreach(rows, row)),
        width="100%",
        id=table_id,
        class_name="stacked-table",
    )
