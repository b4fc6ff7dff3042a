//! mistake: Python's defensive `if r.status >= 0` kept on a `u16` status in an `async for` filter
//! offending: r.status >= 0
//! category: lint
use comprehensions::acomp;
use futures::stream;

struct Response {
    status: u16,
    body: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let responses = stream::iter(vec![
        Response { status: 200, body: "ok".to_string() },
        Response { status: 503, body: "busy".to_string() },
    ]);
    let bodies = acomp![r.body async for r in responses if r.status >= 0 && r.status < 500];
    println!("{bodies:?}");
}
