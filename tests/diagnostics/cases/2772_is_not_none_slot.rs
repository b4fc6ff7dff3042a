//! mistake: kept the filled slots with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Slot {
    name: &'static str,
    value: Option<String>,
}

fn main() {
    let frame = vec![
        Slot { name: "city", value: Some("Lisbon".to_string()) },
        Slot { name: "date", value: None },
        Slot { name: "guests", value: Some("4".to_string()) },
    ];
    let filled: HashMap<&str, &String> =
        comp!({s.name: s.value.as_ref().unwrap() for s in &frame if s.value is not None});
    println!("{filled:?}");
}
