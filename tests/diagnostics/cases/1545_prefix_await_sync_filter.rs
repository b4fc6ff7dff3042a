//! mistake: prefix `await` on a synchronous predicate in a filter
//! offending: await is_valid(u)
//! category: async
use comprehensions::acomp;

fn is_valid(u: &str) -> bool {
    u.starts_with("https")
}

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.io", "ftp://b.io"];
    let sizes = acomp![fetch(u).await for u in &urls if await is_valid(u)];
    println!("{sizes:?}");
}
