//! mistake: a conditional element whose branches are a `String` (cached body) and a `&str` literal
//! offending: "<miss>"
//! category: type

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
    let bodies: Vec<(&str, String)> = lookups
        .iter()
        .map(|l| (l.key.as_str(), if l.hit { l.cached_body.clone() } else { "<miss>" }))
        .collect();
    println!("{bodies:?}");
}
