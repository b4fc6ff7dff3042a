//! mistake: built the kitchen ticket label with a Python f-string
//! offending: f"#{t.id} {t.dish} x{t.qty}"
//! category: python-habit
use comprehensions::comp;

struct Ticket {
    id: u32,
    dish: String,
    qty: u8,
}

fn main() {
    let tickets = vec![
        Ticket { id: 11, dish: "burger".into(), qty: 2 },
        Ticket { id: 12, dish: "fries".into(), qty: 3 },
    ];
    let labels: Vec<String> = comp![f"#{t.id} {t.dish} x{t.qty}" for t in &tickets];
    println!("{labels:?}");
}
