//! mistake: a `?` inside the `async move` block given to `tokio::spawn` in the loop, a block that returns no `Result`
//! offending: ?
//! category: try
async fn fetch_len(id: u32) -> Result<usize, String> {
    if id == 0 { Err("zero".into()) } else { Ok(id as usize * 10) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let mut tasks = Vec::new();
    for id in ids {
        tasks.push(tokio::spawn(async move { fetch_len(id).await? * 2 }));
    }
    let mut lens = Vec::new();
    for t in tasks {
        lens.push(t.await.unwrap());
    }
    println!("{lens:?}");
}
