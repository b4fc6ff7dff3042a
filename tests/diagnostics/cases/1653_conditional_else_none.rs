//! mistake: Python's `r.body if r.status == 200 else None` over an `async for`: one branch a `String`, the other `None`
//! offending: None
//! category: python-habit
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
        Response { status: 404, body: "missing".to_string() },
    ]);
    let bodies = acomp![r.body if r.status == 200 else None async for r in responses];
    println!("{}", bodies.len());
}
