//! mistake: under `concurrency`, a `let` clause binds `fetch(u)` without `.await`, then the element calls `.len()` on the future
//! offending: body.len()
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    // Python: async def size(u): body = await fetch(u); return len(body)
    let sizes = acomp![body.len() for u in &urls let body = fetch(u); concurrency = 4];
    println!("{sizes:?}");
}
