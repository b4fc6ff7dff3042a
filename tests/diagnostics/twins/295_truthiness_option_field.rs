//! mistake: Python truthiness `if e.manager` on an `Option<String>` field (hand-written)
struct Employee {
    name: String,
    manager: Option<String>,
}

fn main() {
    let staff = vec![
        Employee { name: "ann".into(), manager: None },
        Employee { name: "bob".into(), manager: Some("ann".into()) },
    ];
    let mut managed = Vec::new();
    for e in &staff {
        if e.manager {
            managed.push(e.name.as_str());
        }
    }
    println!("{managed:?}");
}
