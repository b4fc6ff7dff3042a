//! mistake: an `Option<String>` field formatted with `{}` in a CSV export line (Python prints `None`)
//! offending: c.phone
//! category: type
use comprehensions::comp;

struct Contact {
    name: String,
    phone: Option<String>,
}

fn main() {
    let contacts = vec![
        Contact { name: "ann".to_string(), phone: Some("555-0100".to_string()) },
        Contact { name: "bob".to_string(), phone: None },
    ];
    let lines: Vec<String> = comp![format!("{},{}", c.name, c.phone) for c in &contacts];
    println!("{}", lines.join("\n"));
}
