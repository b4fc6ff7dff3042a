//! mistake: compared a `StatusCode` newtype with an integer literal, as Python compares `resp.status == 200`
//! offending: 200
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq)]
struct StatusCode(u16);

struct Response {
    url: String,
    status: StatusCode,
}

fn main() {
    let responses = vec![
        Response { url: "http://users.svc/health".to_string(), status: StatusCode(200) },
        Response { url: "http://orders.svc/health".to_string(), status: StatusCode(503) },
    ];
    let healthy = comp![r.url.as_str() for r in &responses if r.status == 200];
    println!("{healthy:?}");
}
