//! mistake: defaulted a missing header with Python's `x or default` (`headers.get(..) or "text/html"`), which in Rust is `.map(..).unwrap_or(..)`, not `||`
//! offending: or
//! category: python-habit
use std::collections::HashMap;

struct Response {
    url: String,
    status: u16,
    headers: HashMap<String, String>,
    body: String,
}

fn responses() -> Vec<Response> {
    vec![
        Response {
            url: "https://api.example.com/users".into(),
            status: 200,
            headers: HashMap::from([("content-type".to_string(), "application/json".to_string())]),
            body: "[]".into(),
        },
        Response { url: "https://api.example.com/gone".into(), status: 404, headers: HashMap::new(), body: String::new() },
    ]
}

fn main() {
    let resps = responses();
    let kinds: Vec<(&str, &str)> = resps
        .iter()
        .map(|r| (r.url.as_str(), r.headers.get("content-type") or "text/html"))
        .collect();
    println!("{kinds:?} {} {}", resps[0].status, resps[0].body);
}
