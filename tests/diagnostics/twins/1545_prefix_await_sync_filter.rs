//! mistake: prefix `await` on a synchronous predicate in a filter
//! offending: is_valid(u).await
//! category: async
fn is_valid(u: &str) -> bool {
    u.starts_with("https")
}

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.io", "ftp://b.io"];
    let mut sizes = Vec::new();
    for u in &urls {
        if is_valid(u).await {
            sizes.push(fetch(u).await);
        }
    }
    println!("{sizes:?}");
}
