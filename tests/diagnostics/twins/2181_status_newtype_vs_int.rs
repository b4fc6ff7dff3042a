//! mistake: compared a `StatusCode` newtype with an integer literal, as Python compares `resp.status == 200`
//! offending: 200
//! category: type

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
    let healthy: Vec<&str> = responses.iter().filter(|r| r.status == 200).map(|r| r.url.as_str()).collect();
    println!("{healthy:?}");
}
