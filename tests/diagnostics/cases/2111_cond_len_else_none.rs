//! mistake: wrote Python's `len(r.body) if r.status == 200 else None` as the conditional element, mixing a `usize` branch with a `None` branch
//! offending: None
//! category: type
use comprehensions::comp;
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
    let sizes = comp![(r.url.as_str(), r.body.len() if r.status == 200 else None) for r in &resps];
    println!("{sizes:?} {:?}", resps[0].headers);
}
