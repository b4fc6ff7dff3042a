//! mistake: Python truthiness `if e.manager` on an `Option<String>` field
//! offending: e.manager
//! category: python-habit
use comprehensions::comp;

struct Employee {
    name: String,
    manager: Option<String>,
}

fn main() {
    let staff = vec![
        Employee { name: "ann".into(), manager: None },
        Employee { name: "bob".into(), manager: Some("ann".into()) },
    ];
    // Python: [e.name for e in staff if e.manager]
    let managed = comp![e.name.as_str() for e in &staff if e.manager];
    println!("{managed:?}");
}
