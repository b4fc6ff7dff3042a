//! mistake: Python's `r.body if r.status == 200 else None` over an `async for`: one branch a `String`, the other `None`
//! offending: None
//! category: python-habit
use futures::stream::{self, StreamExt};

struct Response {
    status: u16,
    body: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut responses = stream::iter(vec![
        Response { status: 200, body: "ok".to_string() },
        Response { status: 404, body: "missing".to_string() },
    ]);
    let mut bodies = Vec::new();
    while let Some(r) = responses.next().await {
        bodies.push(if r.status == 200 { r.body } else { None });
    }
    println!("{}", bodies.len());
}
