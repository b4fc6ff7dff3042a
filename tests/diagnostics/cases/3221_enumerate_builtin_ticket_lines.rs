//! mistake: numbered the ticket lines with Python's `enumerate(..)` builtin
//! offending: enumerate(&ticket.lines)
//! category: python-habit
use comprehensions::comp;

struct Ticket {
    table: u8,
    lines: Vec<String>,
}

fn main() {
    let ticket = Ticket { table: 4, lines: vec!["caesar salad".into(), "ribeye medium".into(), "tiramisu".into()] };
    let printed = comp![format!("T{} {}. {}", ticket.table, i + 1, line) for (i, line) in enumerate(&ticket.lines)];
    for p in &printed {
        println!("{p}");
    }
}
