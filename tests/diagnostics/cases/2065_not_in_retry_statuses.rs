//! mistake: kept the finished responses with Python's `not in` against the list of retryable status codes
//! offending: not in
//! category: python-habit
use comprehensions::comp;

const RETRY_STATUSES: [u16; 4] = [429, 502, 503, 504];

struct Response {
    url: String,
    status: u16,
}

fn main() {
    let responses = vec![
        Response { url: "https://api.example.com/users".into(), status: 200 },
        Response { url: "https://api.example.com/orders".into(), status: 503 },
        Response { url: "https://api.example.com/items".into(), status: 429 },
    ];
    let done: Vec<&str> = comp![r.url.as_str() for r in &responses if r.status not in RETRY_STATUSES];
    println!("done: {done:?}");
}
