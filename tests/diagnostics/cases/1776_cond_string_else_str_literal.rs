//! mistake: `o.note if o.note else "-"`: a `String` branch and a `&str` literal branch, into a `Vec<String>`
//! offending: "-"
//! category: type
use comprehensions::comp;

struct Order {
    id: u32,
    note: String,
}

fn main() {
    let orders = vec![
        Order { id: 1, note: "gift wrap".into() },
        Order { id: 2, note: String::new() },
    ];
    let notes: Vec<String> = comp![o.note.clone() if !o.note.is_empty() else "-" for o in &orders];
    for (o, n) in orders.iter().zip(&notes) {
        println!("#{} {}", o.id, n);
    }
}
