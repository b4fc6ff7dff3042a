//! mistake: tested an `Option` field with Python's `is None`
//! offending: is None
//! category: python-habit
struct Player {
    name: String,
    injury: Option<String>,
}

fn main() {
    let squad = vec![
        Player { name: "Rice".into(), injury: None },
        Player { name: "Timber".into(), injury: Some("ACL".into()) },
    ];
    let available: Vec<&str> = squad.iter().filter(|p| p.injury is None).map(|p| p.name.as_str()).collect();
    println!("{available:?}");
}
