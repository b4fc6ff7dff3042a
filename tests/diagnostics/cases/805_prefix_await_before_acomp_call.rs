//! mistake: Python's `await asyncio.gather(...)`: a prefix `await` written before the acomp! call itself
//! offending: await acomp!
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "bb.org"];
    let sizes = await acomp![fetch(u).await for u in &urls; concurrency = 4];
    println!("{sizes:?}");
}
