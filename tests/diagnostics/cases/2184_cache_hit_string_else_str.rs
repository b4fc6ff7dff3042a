//! mistake: a conditional element whose branches are a `String` (cached body) and a `&str` literal
//! offending: "<miss>"
//! category: type
use comprehensions::comp;

struct Lookup {
    key: String,
    hit: bool,
    cached_body: String,
}

fn main() {
    let lookups = vec![
        Lookup { key: "user:1".to_string(), hit: true, cached_body: "{\"name\":\"ana\"}".to_string() },
        Lookup { key: "user:2".to_string(), hit: false, cached_body: String::new() },
    ];
    let bodies = comp![(l.key.as_str(), l.cached_body.clone() if l.hit else "<miss>") for l in &lookups];
    println!("{bodies:?}");
}
