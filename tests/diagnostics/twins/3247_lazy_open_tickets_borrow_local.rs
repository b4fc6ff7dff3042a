//! mistake: returned a lazy generator over a local Vec of tickets (Python's generator keeps it alive)
//! offending: tickets.iter()
//! category: ownership
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
    tickets.iter().filter(|t| !t.done).map(|t| t.id)
}

fn main() {
    for id in open_tickets("dinner") {
        println!("open: {id}");
    }
}
