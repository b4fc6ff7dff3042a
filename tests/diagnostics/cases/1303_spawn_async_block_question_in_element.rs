//! mistake: a `?` inside the `async move` block given to `tokio::spawn` in the element (Python's `create_task(coro)`), a block that returns no `Result`
//! offending: ?
//! category: try
use comprehensions::acomp;

async fn fetch_len(id: u32) -> Result<usize, String> {
    if id == 0 { Err("zero".into()) } else { Ok(id as usize * 10) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let tasks = acomp![tokio::spawn(async move { fetch_len(id).await? * 2 }) for id in ids];
    let lens = acomp![t.await.unwrap() for t in tasks];
    println!("{lens:?}");
}
