//! mistake: under `concurrency`, the last `for` iterates `body.split('/')`, a borrow of a page an earlier `let` clause owns (the items outlive it)
//! offending: body.split('/')
//! category: ownership
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("{url}/index/about")
}

async fn check(seg: &str) -> bool {
    !seg.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.example", "b.example"];
    // Python: ok = await asyncio.gather(*[check(s) for u in urls for s in (await fetch(u)).split("/")])
    let ok = acomp![check(seg).await for u in &urls let body = fetch(u).await for seg in body.split('/'); concurrency = 4];
    println!("{ok:?}");
}
