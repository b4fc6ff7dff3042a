//! mistake: returned a lazy generator over a local Vec of tickets (Python's generator keeps it alive)
//! offending: &tickets
//! category: ownership
use comprehensions::comp;

struct Ticket {
    id: u32,
    done: bool,
}

fn load_tickets(shift: &str) -> Vec<Ticket> {
    let base = if shift == "dinner" { 200 } else { 100 };
    vec![Ticket { id: base + 1, done: false }, Ticket { id: base + 2, done: true }]
}

fn open_tickets(shift: &str) -> impl Iterator<Item = u32> + '_ {
    let tickets = load_tickets(shift);
    comp!((t.id for t in &tickets if !t.done))
}

fn main() {
    for id in open_tickets("dinner") {
        println!("open: {id}");
    }
}
