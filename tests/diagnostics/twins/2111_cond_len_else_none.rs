//! mistake: wrote Python's `len(r.body) if r.status == 200 else None` as the conditional element, mixing a `usize` branch with a `None` branch
//! offending: None
//! category: type
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
    let sizes: Vec<_> = resps
        .iter()
        .map(|r| (r.url.as_str(), if r.status == 200 { r.body.len() } else { None }))
        .collect();
    println!("{sizes:?} {:?}", resps[0].headers);
}
