//! mistake: `o.note if o.note else "-"`: a `String` branch and a `&str` literal branch, into a `Vec<String>`
//! offending: "-"
//! category: type

struct Order {
    id: u32,
    note: String,
}

fn main() {
    let orders = vec![
        Order { id: 1, note: "gift wrap".into() },
        Order { id: 2, note: String::new() },
    ];
    let mut notes: Vec<String> = Vec::new();
    for o in &orders {
        notes.push(if !o.note.is_empty() { o.note.clone() } else { "-" });
    }
    for (o, n) in orders.iter().zip(&notes) {
        println!("#{} {}", o.id, n);
    }
}
