//! mistake: Python's `[await fetch(u) for u in urls]` written with `comp!` (not `acomp!`) inside an async fn
//! offending: await fetch(u)
//! category: async
use comprehensions::comp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes = comp![await fetch(u) for u in &urls];
    println!("{sizes:?}");
}
