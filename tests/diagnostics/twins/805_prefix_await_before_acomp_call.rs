//! mistake: Python's `await asyncio.gather(...)`: a prefix `await` written before the call itself
//! offending: await futures
async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "bb.org"];
    let sizes = await futures::future::join_all(urls.iter().map(|u| fetch(u)));
    println!("{sizes:?}");
}
