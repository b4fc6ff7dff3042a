//! mistake: tested an `Option` field with Python's `is None`
//! offending: is None
//! category: python-habit
use comprehensions::comp;

struct Player {
    name: String,
    injury: Option<String>,
}

fn main() {
    let squad = vec![
        Player { name: "Rice".into(), injury: None },
        Player { name: "Timber".into(), injury: Some("ACL".into()) },
    ];
    let available = comp![p.name.as_str() for p in &squad if p.injury is None];
    println!("{available:?}");
}
