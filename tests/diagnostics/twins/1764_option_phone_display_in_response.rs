//! mistake: an `Option<String>` field formatted with `{}` in a CSV export line (Python prints `None`)
//! offending: c.phone
//! category: type

struct Contact {
    name: String,
    phone: Option<String>,
}

fn main() {
    let contacts = vec![
        Contact { name: "ann".to_string(), phone: Some("555-0100".to_string()) },
        Contact { name: "bob".to_string(), phone: None },
    ];
    let mut lines: Vec<String> = Vec::new();
    for c in &contacts {
        lines.push(format!("{},{}", c.name, c.phone));
    }
    println!("{}", lines.join("\n"));
}
