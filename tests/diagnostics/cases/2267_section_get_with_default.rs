//! mistake: called `HashMap::get` with a default value like Python's `dict.get(key, default)`
//! offending: section.get("port", "22")
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn load_hosts() -> Vec<HashMap<String, String>> {
    let mut web = HashMap::new();
    web.insert("host".to_string(), "web01".to_string());
    web.insert("port".to_string(), "2222".to_string());
    let mut db = HashMap::new();
    db.insert("host".to_string(), "db01".to_string());
    vec![web, db]
}

fn main() {
    let hosts = load_hosts();
    let ports = comp![section.get("port", "22") for section in &hosts];
    println!("{ports:?}");
}
