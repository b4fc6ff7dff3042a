//! mistake: numbered the ticket lines with Python's `enumerate(..)` builtin
//! offending: enumerate(&ticket.lines)
//! category: python-habit
struct Ticket {
    table: u8,
    lines: Vec<String>,
}

fn main() {
    let ticket = Ticket { table: 4, lines: vec!["caesar salad".into(), "ribeye medium".into(), "tiramisu".into()] };
    let mut printed = Vec::new();
    for (i, line) in enumerate(&ticket.lines) {
        printed.push(format!("T{} {}. {}", ticket.table, i + 1, line));
    }
    for p in &printed {
        println!("{p}");
    }
}
